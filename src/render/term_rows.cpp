// The printable cells of one 行事历 row, shared by every term-table renderer.
#include "plan/render/term_rows.hpp"

#include <fmt/format.h>

namespace plan {

std::vector<std::string> term_table_headings(Lang lang)
{
  if (lang == Lang::Zh) return {"周次", "起止日期", "主要工作", "负责部门"};
  return {"Week", "Dates", "Work", "Responsible"};
}

TermRowCells term_row_cells(const TermTable& table, const TermRow& row, Lang lang)
{
  bool zh = lang == Lang::Zh;
  TermRowCells c;
  c.week = row.before_term ? (zh ? "开学前" : "Before the term")
           : row.week == 0  ? (zh ? "不计周次" : "No week number") // holiday_weeks: skip
                            : week_label(row.week, lang);
  c.dates = span_label(row.first, row.last, lang);
  if (!row.holidays.empty()) {
    std::string names = join_names(row.holidays, lang);
    if (row.no_school) {
      c.work.push_back(zh ? names + "放假，全周不上课" : names + ": no school this week");
    } else {
      c.work.push_back(zh ? names + "放假" : names + " (days off)");
    }
  }
  for (const Occurrence* o : row.work) {
    const ItemRef& ref = table.expansion->items[o->item];
    const Schedule& s = ref.schedules[o->rule]->schedule;
    std::string amount = o->total > 1 ? (zh ? fmt::format("（{}次）", o->total) : fmt::format(" ({} times)", o->total))
                                      : amount_label(*o, s, lang);
    std::string line = ref.item->title + amount;
    switch (o->kind) {
    case OccurrenceKind::Day:
      line = date_label(o->date, lang) + " " + line;
      break;
    case OccurrenceKind::Deadline:
      line = (zh ? "截止" : "by ") + date_label(o->date, lang) + " " + line;
      break;
    case OccurrenceKind::Window:
      break;
    }
    c.work.push_back(line);
  }
  c.owners = join_names(row.owners, lang);
  return c;
}

} // namespace plan
