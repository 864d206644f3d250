// The holiday days `plan holidays` shows: the data in force for one calendar year or
// one academic year, each day with where it came from.
#include "plan/views/holiday_list.hpp"

namespace plan {

HolidayList make_holiday_list(const HolidayTable& table, std::optional<int> year, std::optional<Date> from,
                              std::optional<Date> to)
{
  HolidayList list;
  for (const HolidayDay* d : table.all()) {
    if (year && static_cast<int>(d->date.year()) != *year) continue;
    if (!year && from && *from > d->date) continue;
    if (!year && to && d->date > *to) continue;
    list.days.push_back(d);
  }
  return list;
}

} // namespace plan
