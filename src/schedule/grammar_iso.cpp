// ISO dates as schedule phrases: 2023-10-13, and spans such as 2023-10-13..2023-10-20.
#include "grammar.hpp"

#include "plan/util/date.hpp"

#include <fmt/format.h>

#include <chrono>

namespace plan {

namespace {

// Why an ISO date of the right shape is not a day: "2024-04 has 30 days".
std::string not_real(const std::string& iso)
{
  int y = std::stoi(iso.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  if (m < 1 || m > 12) return fmt::format("not a real date (there is no month {})", m);
  auto last = std::chrono::year_month_day_last{std::chrono::year{y}, std::chrono::month_day_last{std::chrono::month{m}}};
  return fmt::format("not a real date ({} has {} days)", iso.substr(0, 7), static_cast<unsigned>(last.day()));
}

} // namespace

// 2023-10-13 or 2023-10-13..2023-10-20 (also "to", "至", "-" between the two dates).
std::optional<Parsed> parse_iso(const std::string& text)
{
  if (text.size() < 10 || !looks_like_iso_date(text.substr(0, 10))) return std::nullopt;
  Schedule s;
  auto first = parse_iso_date(text.substr(0, 10));
  if (!first) return impossible(not_real(text.substr(0, 10)));
  auto outside = [](const std::string& iso) {
    return out_of_range(fmt::format("{} is outside the dates plan works with, {}", iso, supported_dates_text()));
  };
  if (!k_supported_dates.contains(*first)) return outside(text.substr(0, 10));
  s.date = text.substr(0, 10);
  if (text.size() == 10) {
    s.kind = ScheduleKind::OnDate;
    return success(s);
  }
  std::string rest = text.substr(10);
  for (const char* sep : {"..", " to ", " - ", "-", "至", "到", " .. "}) {
    std::string sp = sep;
    if (rest.rfind(sp, 0) == 0 && rest.size() == sp.size() + 10) {
      std::string second = rest.substr(sp.size());
      auto last = parse_iso_date(second);
      if (!last) {
        if (looks_like_iso_date(second)) return impossible(not_real(second));
        break;
      }
      if (!k_supported_dates.contains(*last)) return outside(second);
      if (*last < *first) return fail(fmt::format("the span ends ({}) before it starts ({})", second, s.date));
      s.kind = ScheduleKind::DateRange;
      s.end_date = second;
      return success(s);
    }
  }
  return fail("write a date span as `2023-10-13..2023-10-20`");
}

const std::vector<std::string>& iso_examples()
{
  static const std::vector<std::string> phrases = {"2023-10-13", "2023-10-13..2023-10-20"};
  return phrases;
}

} // namespace plan
