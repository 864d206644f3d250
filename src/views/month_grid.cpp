// One month of a plan at a glance: week rows of seven days (Monday first) with the
// teaching week, what kind of day each is, and the month's agenda day by day.
#include "plan/views/month_grid.hpp"

#include <algorithm>
#include <map>

namespace plan {

using namespace std::chrono;

MonthGrid make_month_grid(const ExpandedPlan& expanded, unsigned m)
{
  const Plan& plan = expanded.plan();
  const AcademicCalendar& calendar = expanded.calendar();
  const Expansion& expansion = expanded.expansion();
  MonthGrid g;
  g.plan = &plan;
  g.calendar = &calendar;
  g.expansion = &expansion;
  g.year = calendar.year_of_month(m);
  g.month = m;
  Date first{year{g.year} / month{m} / 1};
  Date last{year_month_day_last{year{g.year}, month_day_last{month{m}}}};

  // What lands on each day of the month: days and deadlines on their date, windows on
  // their due date.
  // Every-school-day duties are listed once for the month instead of on every day.
  std::map<sys_days, std::vector<const Occurrence*>> by_day;
  for (const Occurrence& o : expansion.occurrences) {
    Date when = o.kind == OccurrenceKind::Window ? o.due : o.date;
    if (when < first || last < when) continue;
    const ItemRef& ref = expansion.items[o.item];
    if (ref.schedules[o.rule]->schedule.kind == ScheduleKind::Daily && !o.moved && !o.off_day) {
      bool listed = std::any_of(g.daily.begin(), g.daily.end(), [&](const Occurrence* d) {
        return d->item == o.item && d->rule == o.rule;
      });
      if (!listed) g.daily.push_back(&o);
      continue;
    }
    by_day[sys_days{when}].push_back(&o);
  }

  sys_days monday = sys_days{first} - days{(weekday{sys_days{first}}.c_encoding() + 6) % 7};
  for (; monday <= sys_days{last}; monday += days{7}) {
    WeekRow row;
    for (unsigned i = 0; i < 7; ++i) {
      Date d{monday + days{i}};
      DayCell& cell = row.days[i];
      cell.date = d;
      cell.in_month = d.month() == month{m};
      cell.kind = calendar.kind(d);
      cell.weekend = i >= 5;
      const HolidayDay* h = calendar.holidays().find(d);
      cell.holiday = h && h->off;
      cell.makeup = h && !h->off;
      cell.name = std::string(calendar.day_name(d));
      auto it = by_day.find(sys_days{d});
      cell.items = cell.in_month && it != by_day.end() ? it->second.size() : 0;
      if (!row.week) {
        if (const TermWeeks* t = calendar.term_at(d)) {
          row.term = t->number;
          row.week = calendar.teaching_week(d);
        }
      }
    }
    g.weeks.push_back(row);
  }
  for (auto& [day, items] : by_day) g.agenda.push_back({Date{day}, std::move(items)});
  return g;
}

} // namespace plan
