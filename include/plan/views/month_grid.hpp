// One month of a plan at a glance: week rows of seven days (Monday first) with the
// teaching week, what kind of day each is, and the month's agenda day by day.
#pragma once
#include "plan/expanded_plan.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace plan {

struct DayCell {
  Date date{};
  bool in_month = false;
  DayKind kind = DayKind::Vacation;
  bool weekend = false;
  bool holiday = false;      ///< a statutory holiday (in a term or not)
  bool makeup = false;       ///< an official make-up workday (in a term or not)
  std::string name;          ///< the holiday's, day off's or extra day's name
  std::size_t items = 0;     ///< agenda entries on this day (every-school-day duties not counted)
};

struct WeekRow {
  int term = 0; ///< the term of the row's school week, 0 outside terms
  int week = 0; ///< its teaching week, 0 when none
  std::array<DayCell, 7> days;
};

/// The month's agenda: each day that has something, with what happens there (days and
/// deadlines on their date, windows on their due date; every-school-day duties are
/// in MonthGrid::daily instead).
struct AgendaDay {
  Date date{};
  std::vector<const Occurrence*> items; ///< days and deadlines on the date, windows due on it
};

struct MonthGrid {
  const Plan* plan = nullptr;
  const AcademicCalendar* calendar = nullptr;
  const Expansion* expansion = nullptr;
  int year = 0;
  unsigned month = 0;
  std::vector<WeekRow> weeks;
  std::vector<AgendaDay> agenda;
  /// Duties of every school day, listed once (one occurrence each, for its item).
  std::vector<const Occurrence*> daily;
};

/// Builds month `month` (1-12) of the plan's academic year (10 is October of the first
/// year, 3 March of the second).
MonthGrid make_month_grid(const ExpandedPlan& expanded, unsigned month);

} // namespace plan
