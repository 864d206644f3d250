// `plan holidays`: the holiday data in force, each day with where it came from.
#include "cmd_holidays.hpp"

#include "output.hpp"
#include "plan_input.hpp"

#include "plan/render/csv.hpp"
#include "plan/render/json.hpp"
#include "plan/render/text.hpp"
#include "plan/views/holiday_list.hpp"

#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_holidays(CLI::App& app)
{
  auto o = std::make_shared<HolidaysOptions>();
  app.add_option("plan", o->plan, "a plan file: add its own entries and show its academic year");
  app.add_option("--year", o->year, "only this calendar year")->check(CLI::Range(1900, 2200));
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  add_output_options(app, o->out, "holidays", k_format | k_lang | k_output);
  app.footer("Examples:\n"
             "  plan holidays --year 2024\n"
             "  plan holidays examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml\n"
             "  plan holidays --holidays 2027.json --year 2027 --format json");
  return [o] { return run_holidays(*o); };
}

ExitCode run_holidays(const HolidaysOptions& o)
{
  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  // With a plan: the data in force for it (its own entries on top) over its academic
  // year, August to August, so that the days before the first term show too.
  std::unique_ptr<ExpandedPlan> expanded;
  std::optional<Date> from, to;
  if (o.plan) {
    expanded = load_expanded_plan(*o.plan, *national, o.encoding);
    if (!expanded) return ExitCode::Problems;
    int y = expanded->calendar().first_year();
    from = Date{std::chrono::year{y} / std::chrono::August / 1};
    to = Date{std::chrono::year{y + 1} / std::chrono::August / 31};
  }
  const HolidayTable& table = expanded ? expanded->calendar().holidays() : *national;
  HolidayList list = make_holiday_list(table, o.year, from, to);
  std::string out;
  switch (o.out.format_or_default(formats_of("holidays"))) {
  case Format::Json: out = render_holidays_json(list); break;
  case Format::Csv: out = render_holidays_csv(list, o.out.lang); break;
  default: out = render_holidays_text(list, o.out.lang); break;
  }
  std::vector<std::string> inputs = o.holiday_files;
  if (o.plan) inputs.push_back(*o.plan);
  write_output(out, o.out.output, inputs);
  return ExitCode::Ok;
}

} // namespace plan::cli
