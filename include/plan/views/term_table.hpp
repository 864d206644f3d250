// The week-by-week 行事历 of one term: a row per teaching week with its dates, the
// week's work and the offices responsible, as schools print it for the staff room.
#pragma once
#include "plan/expanded_plan.hpp"

#include <string>
#include <vector>

namespace plan {

struct TermRow {
  int week = 0;      ///< teaching week; 0 for the days before the term
  bool before_term = false;
  Date first{};      ///< Monday (or the first day shown)
  Date last{};       ///< Sunday (or the last day shown)
  bool no_school = false;            ///< a week without any school day
  std::vector<std::string> holidays; ///< names of holidays and days off in the week, in order
  std::vector<const Occurrence*> work;
  std::vector<std::string> owners;   ///< everyone responsible for the week's work, in order of first mention
};

struct TermTable {
  const Plan* plan = nullptr;
  const AcademicCalendar* calendar = nullptr;
  const Expansion* expansion = nullptr;
  int term = 0;
  std::vector<TermRow> rows;
};

/// Whether a schedule is routine (daily, weekly, every few weeks, monthly, or a count
/// per week or month): routines fill every row of a 行事历, so the table leaves them
/// out unless asked for.
bool is_routine(const Schedule& schedule);

/// Builds the table of term `term`. Each occurrence goes to the row of the week in
/// which it starts (a window: of its first school day); anything that starts before
/// the term's first day goes to a row for the days before the term, added when
/// something falls there. Routine duties and windows over the whole term are left
/// out; with `include_routine` they are listed too. Returns an empty table when the
/// term is not in the plan.
TermTable make_term_table(const ExpandedPlan& expanded, int term, bool include_routine);

} // namespace plan
