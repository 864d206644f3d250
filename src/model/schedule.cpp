// A schedule rule: the structured meaning of one `when` phrase or quota.
#include "plan/model/schedule.hpp"

#include <fmt/format.h>

#include <array>
#include <vector>

namespace plan {

const char* to_string(ScheduleKind kind)
{
  switch (kind) {
  case ScheduleKind::OnDate: return "date";
  case ScheduleKind::DateRange: return "date-range";
  case ScheduleKind::MonthDay: return "month-day";
  case ScheduleKind::MonthDayRange: return "month-day-range";
  case ScheduleKind::Months: return "months";
  case ScheduleKind::Weekly: return "weekly";
  case ScheduleKind::EveryNWeeks: return "every-n-weeks";
  case ScheduleKind::Count: return "count";
  case ScheduleKind::MonthlyDeadline: return "monthly-deadline";
  case ScheduleKind::MonthStart: return "month-start";
  case ScheduleKind::MonthlyOnDay: return "monthly-on-day";
  case ScheduleKind::Daily: return "daily";
  case ScheduleKind::TermRelative: return "term-relative";
  case ScheduleKind::TeachingWeeks: return "teaching-weeks";
  case ScheduleKind::Seasonal: return "seasonal";
  }
  return "?";
}

const char* to_string(Period period)
{
  switch (period) {
  case Period::Week: return "week";
  case Period::Month: return "month";
  case Period::Quarter: return "quarter";
  case Period::Term: return "term";
  case Period::Year: return "year";
  }
  return "?";
}

const char* to_string(TermAnchor anchor)
{
  switch (anchor) {
  case TermAnchor::BeforeStart: return "before-start";
  case TermAnchor::FirstWeek: return "first-week";
  case TermAnchor::FirstMonth: return "first-month";
  case TermAnchor::MidTerm: return "mid-term";
  case TermAnchor::EndOfTerm: return "end-of-term";
  }
  return "?";
}

const char* to_string(Season season)
{
  switch (season) {
  case Season::Autumn: return "autumn";
  case Season::Winter: return "winter";
  case Season::Spring: return "spring";
  case Season::Summer: return "summer";
  }
  return "?";
}

const char* to_string(WeekParity parity)
{
  switch (parity) {
  case WeekParity::Any: return "any";
  case WeekParity::Odd: return "odd";
  case WeekParity::Even: return "even";
  }
  return "?";
}

namespace {

std::string weekday_list(WeekdayMask mask)
{
  static constexpr std::array<const char*, 7> names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  std::vector<std::string> out;
  for (unsigned i = 0; i < 7; ++i) {
    if (mask & (1u << i)) out.emplace_back(names[i]);
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

std::string month_span(const Schedule& s)
{
  std::string prefix = s.second_year ? "second-year " : "";
  if (s.month_from == s.month_to) return fmt::format("{}month {}", prefix, s.month_from);
  return fmt::format("{}months {}-{}", prefix, s.month_from, s.month_to);
}

} // namespace

std::string describe(const Schedule& s)
{
  switch (s.kind) {
  case ScheduleKind::OnDate:
    return fmt::format("on {}", s.date);
  case ScheduleKind::DateRange:
    return fmt::format("from {} to {}", s.date, s.end_date);
  case ScheduleKind::MonthDay:
    return fmt::format("on {}{}-{}", s.second_year ? "second-year " : "", s.month_from, s.day_from);
  case ScheduleKind::MonthDayRange:
    return fmt::format("from {}{}-{} to {}-{}", s.second_year ? "second-year " : "", s.month_from, s.day_from,
                       s.month_to, s.day_to == 0 ? std::string("end") : std::to_string(s.day_to));
  case ScheduleKind::Months:
    return fmt::format("some time in {}", month_span(s));
  case ScheduleKind::Weekly: {
    std::string parity = s.parity == WeekParity::Any ? "" : fmt::format(" ({} teaching weeks)", to_string(s.parity));
    if (s.weekdays == 0) {
      return s.parity == WeekParity::Any ? "once in each teaching week"
                                         : fmt::format("once in each {} teaching week", to_string(s.parity));
    }
    return fmt::format("weekly on {}{}", weekday_list(s.weekdays), parity);
  }
  case ScheduleKind::EveryNWeeks:
    if (s.weekdays == 0) return fmt::format("once every {} teaching weeks", s.interval);
    return fmt::format("every {} teaching weeks on {}", s.interval, weekday_list(s.weekdays));
  case ScheduleKind::Count:
    return fmt::format("at least {}{} per {}{}", s.count, s.unit.empty() ? "" : " " + s.unit, to_string(s.period),
                       s.role.empty() ? "" : " for " + s.role);
  case ScheduleKind::MonthlyDeadline:
    if (s.day == 0) return "monthly by the last school day";
    return fmt::format("monthly on or before day {}", s.day);
  case ScheduleKind::MonthStart:
    return "in the first school week of each month";
  case ScheduleKind::MonthlyOnDay:
    return fmt::format("monthly on day {}", s.day);
  case ScheduleKind::Daily:
    return "every school day";
  case ScheduleKind::TermRelative:
    return fmt::format("each term: {}", to_string(s.anchor));
  case ScheduleKind::TeachingWeeks: {
    std::string weeks = s.week_from == s.week_to ? fmt::format("teaching week {}", s.week_from)
                                                 : fmt::format("teaching weeks {}-{}", s.week_from, s.week_to);
    return s.weekdays == 0 ? weeks : fmt::format("{} on {}", weeks, weekday_list(s.weekdays));
  }
  case ScheduleKind::Seasonal:
    return fmt::format("during {}", to_string(s.season));
  }
  return "?";
}

} // namespace plan
