// Where the months of an academic year fall: it turns in September, so months 9-12 are
// in its first calendar year and months 1-8 in the second.
#pragma once

namespace plan {

/// The month an academic year begins with: September.
inline constexpr unsigned k_first_month_of_year = 9;

/// The calendar year in which month `month` (1-12) of the academic year that starts in
/// `first_year` falls: `first_year` for 9-12, the next year for 1-8.
constexpr int year_of_month(int first_year, unsigned month)
{
  return month >= k_first_month_of_year ? first_year : first_year + 1;
}

/// The place of month `month` (1-12) in the academic year: 0 for September, 3 for
/// December, 4 for January, 11 for August.
constexpr unsigned month_index(unsigned month)
{
  return month >= k_first_month_of_year ? month - k_first_month_of_year : month + 12 - k_first_month_of_year;
}

/// Months from September of `first_year` to month `month` of calendar year `year`:
/// 0 for that September, 11 for the next August, negative before, above 11 after.
constexpr int months_since_start(int first_year, int year, unsigned month)
{
  return (year - first_year) * 12 + static_cast<int>(month) - static_cast<int>(k_first_month_of_year);
}

} // namespace plan
