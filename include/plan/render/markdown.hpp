// Markdown renderers: checklists as GitHub-flavoured task lists grouped by teaching week.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/term_table.hpp"

#include <string>

namespace plan {

/// A task list headed by the plan and range, with a `## 第一学期` heading per term and a
/// `### 第3周（9月18日—9月24日）` heading per teaching week; lines such as
/// `- [ ] 9月19日 周二 粉笔字展示活动 — 教务处`. With `explain`, each line gets an
/// indented line saying why it lands on its date.
std::string render_checklist_markdown(const Checklist& checklist, Lang lang, bool explain);

/// The month as a GitHub-flavoured table (a row per week, the teaching week first,
/// each day with its marks) and the agenda as a list.
std::string render_month_markdown(const MonthGrid& grid, Lang lang);

/// The 行事历 as a table: 周次 | 起止日期 | 主要工作 | 负责部门 (entries separated by <br>).
std::string render_term_table_markdown(const TermTable& table, Lang lang);

} // namespace plan

#include "plan/views/summary.hpp"

namespace plan {

/// The summary as GitHub-flavoured Markdown: a heading (the plan, or the number of
/// plans and a table of them: school, title, academic year, file), a line with the
/// grouping and the totals, then `## 按月份` (or owner, section, tag) with the counts
/// table (columns 事项数 and 次数 for one plan; for several, a column per plan and a
/// 合计 column, each cell "items / occurrences" or — when the plan has no item in the
/// group; a 合计 row last), `## 定量要求` (item, role, requirement, periods, in all)
/// and `## 目标指标` (item, indicator, comparison, value), with a 学校 column first
/// when there are several plans. An empty table is the line 无。 (None.).
std::string render_summary_markdown(const Summary& summary, Lang lang);

} // namespace plan
