// ISO dates (YYYY-MM-DD) over std::chrono::year_month_day.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

using Date = std::chrono::year_month_day;

/// The dates plan works with, first and last. Plans and holiday files are refused
/// (`date-range`) outside it: a school plan names no day before 1900 or after 2199,
/// so such a date is a typo (9999 for 2023), and every date computed from one
/// (teaching weeks, an iCalendar DTEND the day after) stays a four-digit year.
struct DateRange {
  Date first;
  Date last;
  bool contains(const Date& date) const { return first <= date && date <= last; }
  bool contains_year(long long year) const
  {
    return year >= static_cast<int>(first.year()) && year <= static_cast<int>(last.year());
  }
};
inline constexpr DateRange k_supported_dates{
    Date{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}},
    Date{std::chrono::year{2199}, std::chrono::December, std::chrono::day{31}}};

/// "1900-01-01 to 2199-12-31", for messages.
std::string supported_dates_text();

/// Whether `text` has the shape YYYY-MM-DD (digits and dashes only).
bool looks_like_iso_date(std::string_view text);

/// The date `text` names, or nullopt when it is not of the form YYYY-MM-DD or names a
/// day that does not exist (2024-02-30, 2023-02-29, month 13).
std::optional<Date> parse_iso_date(std::string_view text);

/// YYYY-MM-DD.
std::string format_iso(const Date& date);

/// Whether a year/month/day triple is a real calendar day.
bool is_real_date(int year, unsigned month, unsigned day);

} // namespace plan
