// A schedule rule: the structured meaning of one `when` phrase or quota, before any
// dates are computed.
#pragma once
#include <cstdint>
#include <string>

namespace plan {

/// The largest count a quota (`at_least`) or a schedule may ask for in one period.
/// A larger one is refused where it is written (the schema's `maximum` for quotas says
/// the same number), never cut down to this.
inline constexpr unsigned k_max_count = 1'000'000;

/// The period a count or quota refers to.
enum class Period { Week, Month, Quarter, Term, Year };

/// Where inside each term a term-relative rule falls.
enum class TermAnchor {
  BeforeStart, ///< 开学前: the seven days before the term's first day
  FirstWeek,   ///< 开学初, 学期初, 开学第一周: teaching week 1
  FirstMonth,  ///< 开学第一个月: from the first day up to the same day a month later, exclusive
  MidTerm,     ///< 期中: the middle teaching week
  EndOfTerm,   ///< 期末, 学期末: the last two teaching weeks
};

/// Meteorological seasons placed inside the academic year.
enum class Season { Autumn, Winter, Spring, Summer };

/// Teaching-week parity for alternate-week duties.
enum class WeekParity { Any, Odd, Even };

/// The kinds of schedule the format can express; see plan-format(5).
enum class ScheduleKind {
  OnDate,          ///< one day: `date`
  DateRange,       ///< a span of days: `date` .. `end_date`
  MonthDay,        ///< a day given as month and day (10月13日), placed in the academic year
  MonthDayRange,   ///< 10月13日至10月20日; 9月下旬 (day_to 0: the month's last day)
  Months,          ///< some time in months `month_from`..`month_to` of the academic year
  Weekly,          ///< on `weekdays` every teaching week matching `parity`
  EveryNWeeks,     ///< once in every block of `interval` teaching weeks, or on `weekdays` in its first week
  Count,           ///< at least `count` times per `period`, dates not fixed (also quotas)
  MonthlyDeadline, ///< on or before day `day` of each month (`day` 0: the last school day)
  MonthStart,      ///< in the first school week of each month
  MonthlyOnDay,    ///< on day `day` of each month
  Daily,           ///< every school day
  TermRelative,    ///< at `anchor` of each term
  TeachingWeeks,   ///< in teaching weeks `week_from`..`week_to` of each term (on `weekdays` if given)
  Seasonal,        ///< during `season` of the academic year
};

/// Weekday bits: bit 0 is Monday ... bit 6 is Sunday.
using WeekdayMask = std::uint8_t;

/// One parsed rule. Only the fields its kind names are meaningful; the rest keep
/// their defaults so that rules compare and print predictably.
struct Schedule {
  ScheduleKind kind = ScheduleKind::Daily;
  std::string text;     ///< the phrase as written
  std::string activity; ///< descriptive words the phrase carried (大教研 in 每周四大教研)

  // OnDate, DateRange: ISO dates.
  std::string date;
  std::string end_date;

  // MonthDay(Range), Months: months 1-12 inside the academic year; `second_year`
  // marks an explicit 次年 (the month must then be in the second calendar year).
  unsigned month_from = 0;
  unsigned month_to = 0;
  unsigned day_from = 0;
  unsigned day_to = 0;
  bool second_year = false;

  // Weekly, EveryNWeeks, TeachingWeeks
  WeekdayMask weekdays = 0;
  WeekParity parity = WeekParity::Any;
  unsigned interval = 1;

  // Count
  Period period = Period::Week;
  unsigned count = 0;
  std::string unit;
  std::string role;

  // MonthlyDeadline, MonthlyOnDay (day 0 = the month's last school day)
  unsigned day = 0;

  // TermRelative
  TermAnchor anchor = TermAnchor::FirstWeek;

  // TeachingWeeks
  unsigned week_from = 0;
  unsigned week_to = 0;

  // Seasonal
  Season season = Season::Autumn;

  friend bool operator==(const Schedule&, const Schedule&) = default;
};

/// Stable lower-case names used in JSON and in `--explain` text: "weekly", "count"...
const char* to_string(ScheduleKind kind);
const char* to_string(Period period);
const char* to_string(TermAnchor anchor);
const char* to_string(Season season);
const char* to_string(WeekParity parity);

/// A one-line English description of the rule's meaning, e.g. "weekly on Tue, Thu
/// (odd teaching weeks)"; used in tests and diagnostics.
std::string describe(const Schedule& schedule);

} // namespace plan
