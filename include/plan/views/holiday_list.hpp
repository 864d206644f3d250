// The holiday days `plan holidays` shows: the data in force for one calendar year or
// one academic year, each day with where it came from.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/util/date.hpp"

#include <optional>
#include <vector>

namespace plan {

/// Days of a HolidayTable, in date order; they point into the table, which must
/// outlive the list.
struct HolidayList {
  std::vector<const HolidayDay*> days;
};

/// The days of `table` in calendar year `year` when given, else those from `from` to
/// `to` (both included) when given, else all of them.
HolidayList make_holiday_list(const HolidayTable& table, std::optional<int> year, std::optional<Date> from,
                              std::optional<Date> to);

} // namespace plan
