// parse_holiday_file (the reader of `--holidays FILE`) on arbitrary bytes: well-formed
// days come back as real dates of the file's year, every problem is a `holiday-file`
// error, and both print as `plan validate` prints them in each of its formats.
#include "check.hpp"

#include "plan/calendar/holidays.hpp"
#include "plan/render/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  plan::DiagnosticList problems;
  int year = 0;
  std::vector<plan::HolidayDay> days = plan::parse_holiday_file(text, "fuzz.json", year, problems);

  plan::HolidayTable table;
  for (const plan::HolidayDay& day : days) {
    PLAN_FUZZ_CHECK(day.date.ok());
    PLAN_FUZZ_CHECK(day.origin == plan::HolidayOrigin::File);
    int y = static_cast<int>(day.date.year());
    PLAN_FUZZ_CHECK(y == year || static_cast<long long>(y) == static_cast<long long>(year) - 1);
    table.add(day);
  }
  table.add_year(year);
  for (const plan::HolidayDay& day : days) PLAN_FUZZ_CHECK(table.find(day.date) != nullptr);
  PLAN_FUZZ_CHECK(table.all().size() <= days.size());

  for (const plan::Diagnostic& d : problems) {
    PLAN_FUZZ_CHECK(d.rule == "holiday-file" && d.severity == plan::Severity::Error && !d.message.empty());
    std::string as_json = plan::render_diagnostic_json(d);
    PLAN_FUZZ_CHECK(nlohmann::json::accept(as_json));
    plan::render_diagnostic_text(d, nullptr);
    plan::render_diagnostic_github(d);
  }
  return 0;
}
