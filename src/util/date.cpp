// ISO dates (YYYY-MM-DD) over std::chrono::year_month_day.
#include "plan/util/date.hpp"

#include <fmt/format.h>

namespace plan {

bool looks_like_iso_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

bool is_real_date(int year, unsigned month, unsigned day)
{
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

std::optional<Date> parse_iso_date(std::string_view text)
{
  if (!looks_like_iso_date(text)) return std::nullopt;
  auto number = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  int y = number(0, 4);
  auto m = static_cast<unsigned>(number(5, 2));
  auto d = static_cast<unsigned>(number(8, 2));
  if (!is_real_date(y, m, d)) return std::nullopt;
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

std::string format_iso(const Date& date)
{
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

std::string supported_dates_text()
{
  return fmt::format("{} to {}", format_iso(k_supported_dates.first), format_iso(k_supported_dates.last));
}

} // namespace plan
