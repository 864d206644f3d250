// The document model of a plan file: metadata, calendar, owners, sections and items.
// Plain data; every element keeps where it was written.
#pragma once
#include "plan/util/date.hpp"
#include "plan/model/diagnostic.hpp"
#include "plan/model/schedule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plan {

/// A term with its first and last day.
struct Term {
  int number = 0; ///< 1 autumn (第一学期), 2 spring (第二学期)
  std::string name;
  Date first_day{};
  Date last_day{};
  SourceLocation location;
};

/// A day or span of days: a holiday entry, a school day off, or an extra school day.
struct DaySpan {
  Date from{};
  Date to{};
  std::string name;
  bool off = true; ///< holidays only: false marks an official make-up workday (调休)
  SourceLocation location;
};

struct Calendar {
  std::vector<Term> terms;
  bool national_holidays = true;
  bool skip_holiday_weeks = false; ///< holiday_weeks: skip (weeks without school get no number)
  std::vector<DaySpan> holidays;
  std::vector<DaySpan> days_off;
  std::vector<DaySpan> extra_workdays;
};

/// What happens to a date that falls on a day without school.
enum class HolidayPolicy { Skip, Before, After, Keep };

/// How a target's measured value must compare with its value.
enum class Comparison { AtLeast, AtMost, Equal, Greater, Less };

struct Target {
  std::string indicator;
  Comparison op = Comparison::AtLeast;
  double value = 0;
  std::string unit;
  SourceLocation location;
};

/// A schedule with the place it was written (a `when` phrase or a `quota` entry).
struct ScheduleEntry {
  Schedule schedule;
  SourceLocation location;
  std::string pointer;
};

struct Item {
  std::string id;
  std::string title;
  std::vector<std::string> owners; ///< the item's own, else its nearest section's
  std::vector<std::string> tags;   ///< the item's own, then its sections' (outermost first)
  std::string notes;
  std::optional<int> term;
  std::vector<ScheduleEntry> when;   ///< parsed `when` phrases (count phrases included)
  std::vector<ScheduleEntry> quotas; ///< `quota` entries, as Count schedules
  std::optional<HolidayPolicy> on_holiday;
  std::vector<Target> targets;
  SourceLocation location;
  std::string pointer;
};

struct Section {
  std::string number;
  std::string title;
  std::string id;
  std::vector<std::string> owners;
  std::vector<std::string> tags;
  std::string notes;
  std::vector<Section> sections;
  std::vector<Item> items;
  SourceLocation location;
  std::string pointer;
};

/// Most schedule phrases (`when`) and most quotas one item may have; the schema says
/// the same with maxItems, and the meaning checks compare an item's rules pairwise.
inline constexpr std::size_t k_max_schedules_per_item = 64;

struct Plan {
  int format = 0;
  std::string school;
  std::string unit;
  std::string title;
  int first_year = 0;       ///< 2023 for academic year 2023-2024
  std::vector<int> terms;   ///< terms covered; defaults to every term in the calendar
  Calendar calendar;
  std::vector<std::string> owners;
  std::vector<Section> sections;
  std::vector<Item> items; ///< items outside any section
  SourceLocation location;
};

/// Symbols as written in files: ">=", "<=", "=", ">", "<".
const char* to_string(Comparison op);
const char* to_string(HolidayPolicy policy);

} // namespace plan
