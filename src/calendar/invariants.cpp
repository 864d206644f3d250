// What every expansion promises, checked in one place after every expansion: by the
// pipeline itself, the unit tests, and the fuzz targets.
#include "plan/calendar/invariants.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

namespace {

bool recurring(const Schedule& s)
{
  switch (s.kind) {
  case ScheduleKind::OnDate:
  case ScheduleKind::DateRange:
  case ScheduleKind::MonthDay:
  case ScheduleKind::MonthDayRange:
  case ScheduleKind::Months:
  case ScheduleKind::Seasonal:
    return false;
  default:
    return true;
  }
}

bool same_occurrence(const Occurrence& a, const Occurrence& b)
{
  return a.item == b.item && a.rule == b.rule && a.kind == b.kind && a.date == b.date && a.end == b.end &&
         a.due == b.due && a.index == b.index;
}

} // namespace

std::string expansion_violation(const Plan& plan, const AcademicCalendar& calendar, const Expansion& expansion)
{
  using namespace std::chrono;
  Date earliest{year{calendar.first_year()} / July / 25};
  Date latest{year{calendar.first_year() + 1} / August / 31};
  const Occurrence* previous = nullptr;
  std::size_t n = 0;
  for (const Occurrence& o : expansion.occurrences) {
    auto broken = [&](std::string_view what) {
      return fmt::format("occurrence {} (item {}, rule {}, {}): {}", n, o.item, o.rule,
                         o.date.ok() ? format_iso(o.date) : "no date", what);
    };
    ++n;
    if (o.item >= expansion.items.size()) return broken("no such item");
    const ItemRef& ref = expansion.items[o.item];
    if (o.rule >= ref.schedules.size()) return broken("no such rule");
    const Schedule& s = ref.schedules[o.rule]->schedule;
    if (!o.date.ok() || !o.end.ok() || !o.due.ok()) return broken("a date that does not exist");
    if (!(o.date <= o.due && o.due <= o.end)) return broken("due date outside its span");
    if (o.kind != OccurrenceKind::Window && o.date != o.end) return broken("a day or deadline that spans days");
    if (s.kind != ScheduleKind::OnDate && s.kind != ScheduleKind::DateRange && !(earliest <= o.date && o.end <= latest)) {
      return broken("outside the academic year");
    }
    if (o.term != 0 && calendar.term(o.term) == nullptr) return broken("a term the calendar does not have");
    if (recurring(s) && o.term != 0) {
      if (std::find(plan.terms.begin(), plan.terms.end(), o.term) == plan.terms.end()) {
        return broken("a recurring duty in a term the plan does not cover");
      }
      if (ref.item->term && o.term != *ref.item->term) return broken("a recurring duty outside its item's term");
    }
    if (o.index > o.total || (o.index == 0) != (o.total == 0)) return broken("counted out of range");
    if (o.kind != OccurrenceKind::Window) {
      if (o.off_day == calendar.is_school_day(o.date)) {
        return broken(o.off_day ? "marked as kept on a day without school, but it is a school day"
                                : "on a day without school that no policy keeps");
      }
      if (o.moved && (o.off_day || o.moved_from == o.date)) return broken("moved, but not off its first date");
    }
    if (previous) {
      if (o.date < previous->date || (previous->date == o.date && o.due < previous->due)) return broken("out of order");
      if (same_occurrence(*previous, o)) return broken("listed twice");
    }
    previous = &o;
  }
  return {};
}

} // namespace plan
