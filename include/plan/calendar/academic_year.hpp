// The school calendar of one plan: which days are school days, which term and
// teaching week each day is in, and where months fall in the academic year.
#pragma once
#include "plan/util/date.hpp"
#include "plan/calendar/holidays.hpp"
#include "plan/model/plan.hpp"
#include "plan/model/school_year.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace plan {

/// What a day is for the school.
enum class DayKind : std::uint8_t {
  Vacation,      ///< outside every term
  Weekend,       ///< Saturday or Sunday inside a term
  Holiday,       ///< a statutory holiday inside a term
  DayOff,        ///< one of the plan's days_off
  SchoolDay,     ///< Monday to Friday inside a term
  MakeUpWorkday, ///< an official make-up workday (调休) inside a term: a school day
  ExtraWorkday,  ///< one of the plan's extra_workdays: a school day
};

/// "vacation", "weekend", "holiday", "day-off", "school-day", "make-up-workday", "extra-workday".
const char* to_string(DayKind kind);

/// One term with its teaching weeks.
struct TermWeeks {
  int number = 0;
  Date first_day{};
  Date last_day{};
  Date week1_monday{}; ///< the Monday of the week that contains first_day
  /// Teaching-week number of each Monday-Sunday week from week1_monday on, 0 for a
  /// week that has no number (holiday_weeks: skip).
  std::vector<int> numbers;
  int week_count = 0; ///< the highest number
};

/// The calendar of one plan. Build once per plan; every query is O(1) or a short scan.
class AcademicCalendar {
public:
  /// Combines the plan's terms, days off, extra workdays and holiday entries with
  /// `national` (ignored when the plan sets national_holidays: false). Plan entries
  /// override national entries for the same day.
  AcademicCalendar(const Plan& plan, const HolidayTable& national);

  int first_year() const { return m_first_year; }

  /// The calendar year of month `m` (1-12) in this academic year: months 9-12 fall in
  /// the first year, 1-8 in the second.
  int year_of_month(unsigned m) const { return plan::year_of_month(m_first_year, m); }

  /// The holiday data in force (national layers and the plan's entries).
  const HolidayTable& holidays() const { return m_holidays; }

  const std::vector<TermWeeks>& terms() const { return m_terms; }
  const TermWeeks* term(int number) const;

  DayKind kind(const Date& day) const;
  bool is_school_day(const Date& day) const;
  /// The name of the holiday, day off or extra workday on `day`, or "".
  std::string_view day_name(const Date& day) const;

  /// The term containing `day` (between its first and last day), or nullptr.
  const TermWeeks* term_at(const Date& day) const;
  /// The teaching week of `day` in its term (0 outside terms or for an unnumbered week).
  int teaching_week(const Date& day) const;
  /// First and last day (Monday, Sunday) of teaching week `week` of `term`, or nullopt.
  std::optional<std::pair<Date, Date>> week_span(const TermWeeks& term, int week) const;

  /// The latest school day in [from, to], or nullopt.
  std::optional<Date> last_school_day(const Date& from, const Date& to) const;
  /// The earliest school day in [from, to], or nullopt.
  std::optional<Date> first_school_day(const Date& from, const Date& to) const;

private:
  int m_first_year = 0;
  HolidayTable m_holidays;
  std::vector<TermWeeks> m_terms;
  std::chrono::sys_days m_origin{};
  std::vector<DayKind> m_kinds;            // dense, from m_origin
  std::vector<std::uint8_t> m_term_index;  // 0 none, else index + 1 into m_terms
  std::vector<std::pair<std::chrono::sys_days, std::string>> m_names; // plan days off / extra days, sorted

  DayKind compute_kind(const Date& day) const;
  std::optional<std::size_t> index(const Date& day) const;
};

} // namespace plan
