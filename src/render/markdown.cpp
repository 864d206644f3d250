// Markdown renderers: checklists as GitHub-flavoured task lists grouped by teaching week.
#include "plan/render/markdown.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/encoding.hpp"

#include <fmt/format.h>

namespace plan {

namespace {

// The one rule of Markdown output: every piece of input goes through md(). Controls
// are shown as <U+XXXX> (encoding::visible), a line break as <br> (a line of its own
// would end the list item or table row), and Markdown that could change the meaning
// of plan text is escaped, `|` included, so that a cell stays one cell.
std::string md(std::string_view text)
{
  std::string out;
  for (char c : encoding::visible(text, true)) {
    if (c == '\n') {
      out += "<br>";
      continue;
    }
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' ||
        c == '|' || c == '&') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace

std::string render_checklist_markdown(const Checklist& c, Lang lang, bool explain_lines)
{
  const Plan& p = *c.plan;
  const AcademicCalendar& cal = *c.calendar;
  bool zh = lang == Lang::Zh;
  std::string out = fmt::format("# {}{} {}\n\n", md(p.school), p.unit.empty() ? "" : " " + md(p.unit), md(p.title));
  out += zh ? fmt::format("工作清单：{}年{}至{}年{}，共{}项\n", static_cast<int>(c.from.year()), date_label(c.from, lang),
                          static_cast<int>(c.to.year()), date_label(c.to, lang), c.rows.size())
            : fmt::format("Checklist: {} to {}, {} entries\n", format_iso(c.from), format_iso(c.to), c.rows.size());

  int term = -1;
  std::string group;
  for (const Occurrence* o : c.rows) {
    // Group by where the occurrence starts inside the range shown: a window begun
    // before it (a yearly quota from term 1) is listed where the range begins.
    Date anchor = o->date < c.from ? c.from : o->date;
    const TermWeeks* in_term = cal.term_at(anchor);
    int group_term = in_term ? in_term->number : 0;
    if (!in_term) {
      // The week before a term belongs to it (开学前), whatever began there.
      for (const TermWeeks& t : cal.terms()) {
        if (anchor < t.first_day && t.first_day <= Date{std::chrono::sys_days{anchor} + std::chrono::days{7}}) {
          group_term = t.number;
        }
      }
    }
    if (group_term != term) {
      term = group_term;
      out += "\n## " + (term ? term_label(term, lang) : std::string(zh ? "假期" : "Outside terms")) + "\n";
      group.clear();
    }
    int week = in_term ? cal.teaching_week(anchor) : 0;
    std::string heading;
    if (term && week) {
      auto span = cal.week_span(*in_term, week);
      heading = week_label(week, lang) + (span ? (zh ? "（" + span_label(span->first, span->second, lang) + "）"
                                                    : " (" + span_label(span->first, span->second, lang) + ")")
                                               : "");
    } else if (term) {
      heading = in_term ? (zh ? "不计周次" : "Unnumbered week") : (zh ? "开学前" : "Before the term");
    } else {
      heading = zh ? fmt::format("{}年{}月", static_cast<int>(anchor.year()), static_cast<unsigned>(anchor.month()))
                   : fmt::format("{}-{:02}", static_cast<int>(anchor.year()), static_cast<unsigned>(anchor.month()));
    }
    if (heading != group) {
      out += "\n### " + heading + "\n\n";
      group = heading;
    }
    RowFields r = row_fields(c, *o, lang);
    std::string when;
    std::string due; // windows: when they are due
    switch (o->kind) {
    case OccurrenceKind::Day:
      when = date_label(o->date, lang) + " " + weekday_label(o->date, lang);
      break;
    case OccurrenceKind::Deadline:
      when = zh ? "截止 " + date_label(o->date, lang) + " " + weekday_label(o->date, lang)
                : "due " + weekday_label(o->date, lang) + " " + date_label(o->date, lang);
      break;
    case OccurrenceKind::Window:
      when = span_label(o->date, o->end, lang);
      due = zh ? fmt::format("截止{} {}", date_label(o->due, lang), weekday_label(o->due, lang))
               : fmt::format("due {} {}", weekday_label(o->due, lang), date_label(o->due, lang));
      break;
    }
    std::string tail = md(r.owners);
    if (!due.empty()) tail += (tail.empty() ? "" : (zh ? "，" : ", ")) + due;
    std::string note = r.note.empty() ? "" : (zh ? "（" + md(r.note) + "）" : " (" + md(r.note) + ")");
    out += fmt::format("- [ ] {} {}{}{}{}\n", when, md(r.item->item->title), md(r.amount),
                       tail.empty() ? "" : " — " + tail, note);
    if (explain_lines) out += "  - " + md(explain(*o, *r.schedule, cal, lang)) + "\n";
  }
  return out;
}

} // namespace plan

#include "plan/render/term_rows.hpp"

namespace plan {

std::string render_month_markdown(const MonthGrid& g, Lang lang)
{
  bool zh = lang == Lang::Zh;
  std::string out = fmt::format("# {}{} {}\n\n", md(g.plan->school), g.plan->unit.empty() ? "" : " " + md(g.plan->unit),
                                md(g.plan->title));
  out += zh ? fmt::format("## {}年{}月\n\n", g.year, g.month) : fmt::format("## {}-{:02}\n\n", g.year, g.month);
  out += zh ? "| 周次 |" : "| Week |";
  for (const DayCell& d : g.weeks.front().days) out += " " + weekday_label(d.date, lang) + " |";
  out += "\n|---|---|---|---|---|---|---|---|\n";
  for (const WeekRow& row : g.weeks) {
    out += "| " + (row.week ? week_label(row.week, lang) : std::string()) + " |";
    for (const DayCell& d : row.days) {
      if (!d.in_month) {
        out += "  |";
        continue;
      }
      std::string mark;
      if (d.kind == DayKind::DayOff) mark = zh ? " 校" : " O";
      else if (d.kind == DayKind::ExtraWorkday) mark = zh ? " 补" : " E";
      else if (d.holiday) mark = zh ? " 休" : " H";
      else if (d.makeup) mark = zh ? " 班" : " W";
      out += fmt::format(" {}{}{} |", static_cast<unsigned>(d.date.day()), mark, d.items ? " \\*" : "");
    }
    out += "\n";
  }
  out += zh ? "\n图例：\\* 有事项；休 法定节假日；班 调休上班；校 学校放假；补 学校补课\n"
            : "\nLegend: \\* items; H public holiday; W make-up workday; O school day off; E extra school day\n";
  if (!g.daily.empty()) {
    out += zh ? "\n### 每个上课日\n\n" : "\n### Every school day\n\n";
    for (const Occurrence* o : g.daily) out += "- " + md(title_with_owners(*g.expansion->items[o->item].item, lang)) + "\n";
  }
  for (const AgendaDay& day : g.agenda) {
    std::string name(g.calendar->day_name(day.date));
    DayKind kind = g.calendar->kind(day.date);
    std::string note = kind == DayKind::MakeUpWorkday ? (zh ? "（调休上班）" : " (make-up workday)")
                       : kind == DayKind::Holiday     ? (zh ? "（放假）" : " (holiday)")
                       : (kind == DayKind::Weekend || kind == DayKind::Vacation || kind == DayKind::DayOff)
                           ? (zh ? "（不上课）" : " (no school)")
                           : "";
    out += "\n### " + date_label(day.date, lang) + " " + weekday_label(day.date, lang) +
           (name.empty() ? "" : " " + md(name)) + note + "\n\n";
    for (const Occurrence* o : day.items) {
      const ItemRef& ref = g.expansion->items[o->item];
      std::string owners = join_names(ref.item->owners, lang);
      out += "- " + deadline_prefix(*o, lang) + md(ref.item->title) +
             md(amount_label(*o, ref.schedules[o->rule]->schedule, lang)) + md(window_due_today(*o, lang)) +
             (owners.empty() ? "" : " — " + md(owners)) + "\n";
    }
  }
  return out;
}

std::string render_term_table_markdown(const TermTable& t, Lang lang)
{
  auto headings = term_table_headings(lang);
  std::string out = fmt::format("# {}{} {}\n\n## {}\n\n", md(t.plan->school), t.plan->unit.empty() ? "" : " " + md(t.plan->unit),
                                md(t.plan->title),
                                lang == Lang::Zh ? term_label(t.term, lang) + "行事历" : term_label(t.term, lang) + " calendar");
  out += "| " + headings[0] + " | " + headings[1] + " | " + headings[2] + " | " + headings[3] + " |\n|---|---|---|---|\n";
  for (const TermRow& row : t.rows) {
    TermRowCells c = term_row_cells(t, row, lang);
    std::string work;
    for (const std::string& line : c.work) work += (work.empty() ? "" : "<br>") + md(line);
    out += "| " + md(c.week) + " | " + md(c.dates) + " | " + work + " | " + md(c.owners) + " |\n";
  }
  return out;
}

} // namespace plan

#include "plan/render/summary_rows.hpp"

namespace plan {

namespace {

// "95%", "30条" (zh), "30 条" (en): a target's value with its unit.
std::string value_with_unit(const Target& t, Lang lang)
{
  std::string value = number_text(t.value);
  if (t.unit.empty()) return value;
  return lang == Lang::Zh || t.unit == "%" ? value + t.unit : value + " " + t.unit;
}

std::string md_row(const std::vector<std::string>& cells)
{
  std::string out = "|";
  for (const std::string& c : cells) out += " " + c + " |";
  return out + "\n";
}

std::string md_rule(std::size_t text_columns, std::size_t number_columns)
{
  std::string out = "|";
  for (std::size_t i = 0; i < text_columns; ++i) out += "---|";
  for (std::size_t i = 0; i < number_columns; ++i) out += "---:|";
  return out + "\n";
}

} // namespace

std::string render_summary_markdown(const Summary& s, Lang lang)
{
  bool zh = lang == Lang::Zh;
  bool several = s.plans.size() > 1;
  std::string out;
  if (s.plans.size() == 1) {
    const Plan& p = *s.plans.front().plan;
    out += fmt::format("# {}{} {}\n\n", md(p.school), p.unit.empty() ? "" : " " + md(p.unit), md(p.title));
  } else {
    out += zh ? fmt::format("# 工作计划汇总：{}份计划\n\n", s.plans.size())
              : fmt::format("# Summary of {} plans\n\n", s.plans.size());
  }
  std::string by = summary_by_label(s.by, lang);
  out += zh ? fmt::format("工作汇总：按{}，共{}项事项，{}次\n", by, s.total.items, s.total.occurrences)
            : fmt::format("Summary by {}: {} items, {} occurrences\n", to_string(s.by), s.total.items,
                          s.total.occurrences);
  if (several) {
    out += "\n" + md_row(zh ? std::vector<std::string>{"学校", "计划", "学年", "文件"}
                            : std::vector<std::string>{"School", "Plan", "Academic year", "File"});
    out += md_rule(4, 0);
    for (const SummaryPlan& p : s.plans) {
      out += md_row({md(summary_plan_label(p, lang)), md(p.plan->title),
                     fmt::format("{}-{}", p.plan->first_year, p.plan->first_year + 1), md(p.file)});
    }
  }

  // The counts.
  out += zh ? "\n## 按" + by + "\n\n" : "\n## By " + std::string(to_string(s.by)) + "\n\n";
  auto cell = [&](const SummaryCount& c) {
    return c.items == 0 && c.occurrences == 0 ? std::string("—") : fmt::format("{} / {}", c.items, c.occurrences);
  };
  if (several) {
    out += zh ? "每格为“事项数 / 次数”，“—”表示没有。\n\n" : "Each cell is \"items / occurrences\"; — means none.\n\n";
    std::vector<std::string> head{md(by)};
    for (const SummaryPlan& p : s.plans) head.push_back(md(summary_plan_label(p, lang)));
    head.push_back(summary_total_label(lang));
    out += md_row(head) + md_rule(1, s.plans.size() + 1);
    for (const SummaryGroup& g : s.groups) {
      std::vector<std::string> row{md(summary_group_label(g, s.by, lang))};
      for (const SummaryCount& c : g.per_plan) row.push_back(cell(c));
      row.push_back(cell(g.total));
      out += md_row(row);
    }
    std::vector<std::string> total{summary_total_label(lang)};
    for (const SummaryCount& c : s.plan_totals) total.push_back(cell(c));
    total.push_back(cell(s.total));
    out += md_row(total);
  } else {
    out += md_row({md(by), zh ? "事项数" : "Items", zh ? "次数" : "Occurrences"}) + md_rule(1, 2);
    for (const SummaryGroup& g : s.groups) {
      out += md_row({md(summary_group_label(g, s.by, lang)), std::to_string(g.total.items),
                     std::to_string(g.total.occurrences)});
    }
    out += md_row({summary_total_label(lang), std::to_string(s.total.items), std::to_string(s.total.occurrences)});
  }
  if (s.by != SummaryBy::Section) {
    std::string each = zh ? by : std::string(to_string(s.by));
    out += zh ? fmt::format("\n一项事项在它所属的每个{}各计一次，在合计中只计一次。\n", each)
              : fmt::format("\nAn item counts once in each {} it belongs to, and once in the total.\n", each);
  }

  // Quotas and targets.
  std::vector<std::string> school_column;
  if (several) school_column.push_back(zh ? "学校" : "School");
  auto with_school = [&](std::size_t plan, std::vector<std::string> cells) {
    if (several) cells.insert(cells.begin(), md(summary_plan_label(s.plans[plan], lang)));
    return cells;
  };
  out += zh ? "\n## 定量要求\n\n" : "\n## Quotas\n\n";
  if (s.quotas.empty()) {
    out += zh ? "无。\n" : "None.\n";
  } else {
    std::vector<std::string> head = school_column;
    for (const char* h : zh ? std::vector<const char*>{"事项", "角色", "要求", "周期数", "共计"}
                            : std::vector<const char*>{"Item", "Role", "Requirement", "Periods", "In all"}) {
      head.emplace_back(h);
    }
    out += md_row(head) + md_rule(head.size() - 2, 2);
    for (const SummaryQuota& q : s.quotas) {
      out += md_row(with_school(q.plan, {md(q.item->item->title), md(q.schedule->role),
                                         md(quota_requirement(*q.schedule, lang)), std::to_string(q.periods),
                                         md(quota_amount(q.required(), *q.schedule, lang))}));
    }
  }
  out += zh ? "\n## 目标指标\n\n" : "\n## Targets\n\n";
  if (s.targets.empty()) {
    out += zh ? "无。\n" : "None.\n";
  } else {
    std::vector<std::string> head = school_column;
    for (const char* h : zh ? std::vector<const char*>{"事项", "指标", "比较", "目标值"}
                            : std::vector<const char*>{"Item", "Indicator", "Comparison", "Value"}) {
      head.emplace_back(h);
    }
    out += md_row(head) + md_rule(head.size(), 0);
    for (const SummaryTarget& t : s.targets) {
      out += md_row(with_school(t.plan, {md(t.item->item->title), md(t.target->indicator),
                                         md(comparison_sign(t.target->op)), md(value_with_unit(*t.target, lang))}));
    }
  }
  return out;
}

} // namespace plan
