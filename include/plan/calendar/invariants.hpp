// What every expansion promises, checked in one place after every expansion: by the
// pipeline itself, the unit tests, and the fuzz targets.
#pragma once
#include "plan/calendar/academic_year.hpp"
#include "plan/calendar/occurrence.hpp"
#include "plan/model/plan.hpp"

#include <string>

namespace plan {

/// The first promise `expansion` of `plan` over `calendar` breaks, described in one
/// line with the occurrence it is about, or "" when it keeps them all:
/// - every occurrence points at a real item and rule, with real dates, and
///   date <= due <= end (end == date unless it is a window);
/// - everything but an explicit date lands between 25 July of the first year and the
///   academic year's last day (31 August of the second);
/// - its term is one of the calendar's; a recurring duty stays in the terms the plan
///   covers and the term its item is limited to;
/// - a day or deadline falls on a school day, unless its policy keeps it on a day
///   without school (then off_day is set); a move changed the date;
/// - counted lines number 1..total;
/// - occurrences are sorted by date, then due date, and no occurrence appears twice.
/// Linear in the number of occurrences.
std::string expansion_violation(const Plan& plan, const AcademicCalendar& calendar, const Expansion& expansion);

} // namespace plan
