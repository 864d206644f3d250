// Loading what the plan-using commands share: the holiday layers and one checked plan.
#include "plan_input.hpp"

#include "fatal.hpp"
#include "input.hpp"
#include "report.hpp"

#include "plan/model/school_year.hpp"

#include <fmt/format.h>

namespace plan::cli {

std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files)
{
  HolidayTable table = HolidayTable::built_in();
  bool ok = true;
  for (const std::string& file : files) {
    // An empty name is named by its option, "--holidays: an empty file name".
    std::string text = read_input({file, file == "-" ? "<stdin>" : file.empty() ? "--holidays" : file});
    DiagnosticList problems;
    int year = 0;
    auto days = parse_holiday_file(text, file, year, problems);
    print_diagnostics(problems, nullptr);
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

std::unique_ptr<ExpandedPlan> load_expanded_plan(const std::string& path, const HolidayTable& national,
                                                 const std::string& encoding)
{
  static const SchemaValidator schema;
  InputName input{path, path == "-" ? "<stdin>" : path};
  std::string text = read_input(input, encoding);
  PipelineResult result = load_and_expand(text, input.display, schema, national);
  print_diagnostics(result.diagnostics, &result.source);
  if (!result.expanded) {
    print_error(fmt::format("{0} has errors; run `plan validate {0}` for the full report", input.display));
  }
  return std::move(result.expanded);
}

bool expansion_fits(const ExpandedPlan& plan)
{
  if (!plan.over_limit()) return true;
  print_error(fmt::format("{} expands to more than {} occurrences, the most plan handles in one plan; split it (by "
                          "term or section) or check for items repeated by mistake",
                          plan.name(), k_max_occurrences));
  return false;
}

unsigned month_of_year(const std::string& value, int first_year)
{
  unsigned m = 0;
  int y = 0;
  if (value.size() == 7 && value[4] == '-' && looks_like_iso_date(value + "-01")) {
    y = std::stoi(value.substr(0, 4));
    m = static_cast<unsigned>(std::stoi(value.substr(5, 2)));
  } else if (!value.empty() && value.size() <= 2 && value.find_first_not_of("0123456789") == std::string::npos) {
    m = static_cast<unsigned>(std::stoi(value));
  }
  if (m < 1 || m > 12) throw Fatal(fmt::format("--month {}: expected a month 1-12 or YYYY-MM", value));
  int expected = year_of_month(first_year, m);
  if (y != 0 && y != expected) {
    throw Fatal(fmt::format("--month {}: the plan's academic year {}-{} has month {} in {}", value, first_year,
                            first_year + 1, m, expected));
  }
  return m;
}

void add_repeatable_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                       const std::string& help)
{
  app.add_option(name, values, help)->expected(1)->allow_extra_args(false)->multi_option_policy(
      CLI::MultiOptionPolicy::TakeAll);
}

void add_holidays_option(CLI::App& app, std::vector<std::string>& files)
{
  add_repeatable_option(app, "--holidays", files, "a holiday file in the holiday-cn format (repeatable)");
}

void add_encoding_option(CLI::App& app, std::string& encoding)
{
  app.add_option("--encoding", encoding, "the plan files' encoding when not UTF-8: GB18030, GBK, UTF-16LE, ...")
      ->type_name("NAME");
}

} // namespace plan::cli
