// `plan summary`: items and occurrences of one or more plans counted by month, owner,
// section or tag, with their quotas and targets; Markdown, CSV or JSON.
#include "cmd_summary.hpp"

#include "fatal.hpp"
#include "input.hpp"
#include "output.hpp"
#include "plan_input.hpp"

#include "plan/calendar/recurrence.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/views/summary.hpp"

#include <iostream>
#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_summary(CLI::App& app)
{
  auto o = std::make_shared<SummaryOptions>();
  app.add_option("inputs", o->inputs, "plan files, directories (every *.yaml/*.yml below), or - for stdin")->required();
  app.add_option("--by", o->by, "group by month (default), owner, section (top level) or tag")
      ->check(CLI::IsMember({"month", "owner", "section", "tag"}));
  app.add_option("--format", o->format, "md (default), csv, json")->check(CLI::IsMember({"md", "csv", "json"}));
  app.add_option("--lang", o->lang, "labels: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  app.add_flag("--bom", o->bom, "csv: start with a UTF-8 byte-order mark, so that Excel shows Chinese");
  add_output_option(app, o->output);
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.footer("Examples:\n"
             "  plan summary examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml\n"
             "  plan summary --by owner --format csv --bom plans/ -o 汇总.csv\n"
             "  plan summary --by section --format json plans/ | jq '.total'\n"
             "Exit status: 0 done, 1 a plan has errors (the others are summarised), 2 could not run.");
  return [o] { return run_summary(*o); };
}

namespace {

/// One plan with its calendar and expansion, which point into it: kept in place.
struct Summarised {
  LoadResult loaded;
  AcademicCalendar calendar;
  Expansion expansion;
  std::string file;
  Summarised(LoadResult result, const HolidayTable& national, std::string name)
      : loaded(std::move(result)), calendar(*loaded.plan, national), expansion(expand(*loaded.plan, calendar)),
        file(std::move(name))
  {
  }
};

} // namespace

ExitCode run_summary(const SummaryOptions& o)
{
  if (o.bom && o.format != "csv") throw Fatal("--bom applies to --format csv only");
  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  std::vector<InputName> inputs = expand_inputs(o.inputs);
  if (inputs.empty()) throw Fatal("no plan files to summarise (a directory holds no *.yaml or *.yml file)");

  // A plan with errors is reported and left out; the others are still summarised.
  std::vector<std::unique_ptr<Summarised>> plans;
  bool errors = false;
  bool unreadable = false;
  for (const InputName& input : inputs) {
    std::optional<LoadResult> loaded;
    try {
      loaded = load_checked_plan(input.path, *national, o.encoding);
    } catch (const Fatal& e) {
      std::cerr << "plan: error: " << e.what() << "\n";
      unreadable = true;
      continue;
    }
    if (!loaded) {
      errors = true;
      continue;
    }
    auto summarised = std::make_unique<Summarised>(std::move(*loaded), *national, input.display);
    if (!expansion_fits(summarised->expansion, input.display)) {
      errors = true;
      continue;
    }
    plans.push_back(std::move(summarised));
  }

  if (!plans.empty()) {
    std::vector<SummaryInput> summary_inputs;
    for (const auto& p : plans) summary_inputs.push_back({&*p->loaded.plan, &p->calendar, &p->expansion, p->file});
    Summary summary = make_summary(summary_inputs, *parse_summary_by(o.by));
    Lang lang = o.lang == "en" ? Lang::En : Lang::Zh;
    std::string text;
    if (o.format == "csv") {
      text = (o.bom ? "\xEF\xBB\xBF" : "") + render_summary_csv(summary, lang);
    } else if (o.format == "json") {
      text = render_summary_json(summary, lang);
    } else {
      text = render_summary_markdown(summary, lang);
    }
    std::vector<std::string> paths = o.holiday_files;
    for (const InputName& input : inputs) paths.push_back(input.path);
    write_output(text, o.output, paths);
  }
  if (unreadable) return ExitCode::CouldNotRun;
  return errors ? ExitCode::Problems : ExitCode::Ok;
}

} // namespace plan::cli
