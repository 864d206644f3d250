// The week-by-week 行事历 of one term: a row per teaching week with its dates, the
// week's work and the offices responsible, as schools print it for the staff room.
#include "plan/views/term_table.hpp"

#include <algorithm>

namespace plan {

using namespace std::chrono;

bool is_routine(const Schedule& s)
{
  switch (s.kind) {
  case ScheduleKind::Weekly:
  case ScheduleKind::EveryNWeeks:
  case ScheduleKind::Daily:
  case ScheduleKind::MonthlyDeadline:
  case ScheduleKind::MonthStart:
  case ScheduleKind::MonthlyOnDay:
    return true;
  case ScheduleKind::Count:
    return s.period == Period::Week || s.period == Period::Month;
  case ScheduleKind::TeachingWeeks:
    return s.weekdays != 0 && s.week_to > s.week_from; // 第3周周二 is an event, 第1-4周周二 a routine
  default:
    return false;
  }
}

TermTable make_term_table(const ExpandedPlan& expanded, int term, bool include_routine)
{
  const Plan& plan = expanded.plan();
  const AcademicCalendar& calendar = expanded.calendar();
  const Expansion& expansion = expanded.expansion();
  TermTable table;
  table.plan = &plan;
  table.calendar = &calendar;
  table.expansion = &expansion;
  table.term = term;
  const TermWeeks* t = calendar.term(term);
  if (!t || std::find(plan.terms.begin(), plan.terms.end(), term) == plan.terms.end()) return table;

  TermRow before;
  before.week = 0;
  before.before_term = true;
  before.first = Date{sys_days{t->first_day} - days{7}};
  before.last = Date{sys_days{t->first_day} - days{1}};
  std::vector<TermRow> weeks;
  for (std::size_t i = 0; i < t->numbers.size(); ++i) {
    TermRow row;
    row.week = t->numbers[i];
    row.first = Date{sys_days{t->week1_monday} + days{static_cast<long>(7 * i)}};
    row.last = Date{sys_days{row.first} + days{6}};
    row.no_school = true;
    for (int k = 0; k < 7; ++k) {
      Date d{sys_days{row.first} + days{k}};
      if (d < t->first_day || t->last_day < d) continue;
      if (calendar.is_school_day(d)) row.no_school = false;
      DayKind kind = calendar.kind(d);
      if (kind == DayKind::Holiday || kind == DayKind::DayOff) {
        std::string name(calendar.day_name(d));
        if (!name.empty() && std::find(row.holidays.begin(), row.holidays.end(), name) == row.holidays.end()) {
          row.holidays.push_back(name);
        }
      }
    }
    weeks.push_back(std::move(row));
  }

  auto add_owners = [](TermRow& row, const Item& item) {
    for (const std::string& o : item.owners) {
      if (std::find(row.owners.begin(), row.owners.end(), o) == row.owners.end()) row.owners.push_back(o);
    }
  };
  for (const Occurrence& o : expansion.occurrences) {
    const ItemRef& ref = expansion.items[o.item];
    const Schedule& s = ref.schedules[o.rule]->schedule;
    if (!include_routine && is_routine(s)) continue;
    if (o.index > 1) continue; // counted lines 2/N.. repeat 1/N's row
    // Where it starts: a window at its first school day, if it has one.
    Date start = o.date;
    if (o.kind == OccurrenceKind::Window) {
      if (auto f = calendar.first_school_day(o.date, o.end)) start = *f;
    }
    if (start < before.first || t->last_day < start) continue;
    // Windows spanning the whole term (quotas per term or year) are not a week's work;
    // with include_routine they are listed in the week they start.
    if (!include_routine && o.kind == OccurrenceKind::Window && !(t->first_day < o.date) && !(o.end < t->last_day)) {
      continue;
    }
    TermRow* row = nullptr;
    if (start < t->first_day) { // before the term, even inside its first teaching week
      row = &before;
    } else {
      auto i = static_cast<std::size_t>((sys_days{start} - sys_days{t->week1_monday}).count() / 7);
      if (i < weeks.size()) row = &weeks[i];
    }
    if (!row) continue;
    row->work.push_back(&o);
    add_owners(*row, *ref.item);
  }
  if (!before.work.empty()) table.rows.push_back(std::move(before));
  for (TermRow& row : weeks) table.rows.push_back(std::move(row));
  return table;
}

} // namespace plan
