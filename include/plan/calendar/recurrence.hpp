// Expands every item's schedules over the academic calendar into dated occurrences,
// applying the holiday policies and keeping recurring duties inside terms.
#pragma once
#include "plan/calendar/academic_year.hpp"
#include "plan/calendar/occurrence.hpp"
#include "plan/model/plan.hpp"

namespace plan {

/// The default holiday policy of a schedule kind: recurring duties skip days without
/// school, deadlines move to the previous school day, and events on a named day or
/// in a named month keep it.
HolidayPolicy default_policy(const Schedule& schedule);

/// Expands the whole plan. Occurrences are sorted by date, then due date, then item
/// and schedule order. Items limited to a term (`term:`) and plans that cover only
/// some terms expand only there. Never throws for a validated plan.
/// Stops, with Expansion::over_limit set and no occurrences, once more than
/// `max_occurrences` are made.
Expansion expand(const Plan& plan, const AcademicCalendar& calendar,
                 std::size_t max_occurrences = k_max_occurrences);

} // namespace plan
