// Loading what the plan-using commands share: the holiday layers and one checked plan.
#include "plan_input.hpp"

#include "input.hpp"

#include "plan/render/diagnostics.hpp"

#include <iostream>

namespace plan::cli {

std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files)
{
  HolidayTable table = HolidayTable::built_in();
  bool ok = true;
  for (const std::string& file : files) {
    std::string text = read_input({file, file == "-" ? "<stdin>" : file});
    DiagnosticList problems;
    int year = 0;
    auto days = parse_holiday_file(text, file, year, problems);
    for (const Diagnostic& d : problems) std::cerr << render_diagnostic_text(d, nullptr);
    if (!problems.empty()) {
      ok = false;
      continue;
    }
    for (HolidayDay& day : days) table.add(std::move(day));
    table.add_year(year);
  }
  if (!ok) return std::nullopt;
  return table;
}

std::optional<LoadResult> load_checked_plan(const std::string& path, const HolidayTable& national)
{
  static const SchemaValidator schema;
  InputName input{path, path == "-" ? "<stdin>" : path};
  std::string text = read_input(input);
  LoadResult result = load_plan(text, input.display, schema, &national);
  for (const Diagnostic& d : result.diagnostics) std::cerr << render_diagnostic_text(d, &result.source);
  if (has_errors(result.diagnostics) || !result.plan) {
    std::cerr << "plan: error: " << input.display << " has errors; run `plan validate " << input.display
              << "` for the full report\n";
    return std::nullopt;
  }
  return result;
}

} // namespace plan::cli
