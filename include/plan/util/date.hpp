// ISO dates (YYYY-MM-DD) over std::chrono::year_month_day.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

using Date = std::chrono::year_month_day;

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
