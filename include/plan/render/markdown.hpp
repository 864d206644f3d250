// Markdown renderers: checklists as GitHub-flavoured task lists grouped by teaching week.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <string>

namespace plan {

/// A task list headed by the plan and range, with a `## 第一学期` heading per term and a
/// `### 第3周（9月18日—9月24日）` heading per teaching week; lines such as
/// `- [ ] 9月19日 周二 粉笔字展示活动 — 教务处`. With `explain`, each line gets an
/// indented line saying why it lands on its date.
std::string render_checklist_markdown(const Checklist& checklist, Lang lang, bool explain);

} // namespace plan
