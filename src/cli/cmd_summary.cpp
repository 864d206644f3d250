// `plan summary`: items and occurrences of one or more plans counted by month, owner,
// section or tag, with their quotas and targets; Markdown, CSV or JSON.
#include "cmd_summary.hpp"

#include "fatal.hpp"
#include "input.hpp"
#include "output.hpp"
#include "plan_input.hpp"
#include "report.hpp"

#include "plan/render/csv.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/views/summary.hpp"

#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_summary(CLI::App& app)
{
  auto o = std::make_shared<SummaryOptions>();
  app.add_option("inputs", o->inputs, "plan files, directories (every *.yaml/*.yml below), or - for stdin")->required();
  app.add_option("--by", o->by, "group by month (default), owner, section (top level) or tag")
      ->check(CLI::IsMember({"month", "owner", "section", "tag"}));
  add_output_options(app, o->out, "summary", k_format | k_lang | k_bom | k_output);
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.footer("Examples:\n"
             "  plan summary examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml\n"
             "  plan summary --by owner --format csv --bom plans/ -o 汇总.csv\n"
             "  plan summary --by section --format json plans/ | jq '.total'\n"
             "Exit status: 0 done, 1 a plan has errors (the others are summarised), 2 could not run.");
  return [o] { return run_summary(*o); };
}

ExitCode run_summary(const SummaryOptions& o)
{
  Format format = o.out.format_or_default(formats_of("summary"));
  if (o.out.bom && format != Format::Csv) throw Fatal("--bom applies to --format csv only");
  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  std::vector<InputName> inputs = expand_inputs(o.inputs);
  if (inputs.empty()) throw Fatal("no plan files to summarise (a directory holds no *.yaml or *.yml file)");

  // A plan with errors is reported and left out; the others are still summarised.
  std::vector<std::unique_ptr<ExpandedPlan>> plans;
  bool errors = false;
  bool unreadable = false;
  for (const InputName& input : inputs) {
    std::unique_ptr<ExpandedPlan> expanded;
    try {
      expanded = load_expanded_plan(input.path, *national, o.encoding);
    } catch (const Fatal& e) {
      print_error(e.what());
      unreadable = true;
      continue;
    }
    if (!expanded || !expansion_fits(*expanded)) {
      errors = true;
      continue;
    }
    plans.push_back(std::move(expanded));
  }

  if (!plans.empty()) {
    std::vector<const ExpandedPlan*> summary_inputs;
    for (const auto& p : plans) summary_inputs.push_back(p.get());
    Summary summary = make_summary(summary_inputs, *parse_summary_by(o.by));
    Lang lang = o.out.lang;
    std::string text;
    switch (format) {
    case Format::Csv: text = (o.out.bom ? "\xEF\xBB\xBF" : "") + render_summary_csv(summary, lang); break;
    case Format::Json: text = render_summary_json(summary, lang); break;
    default: text = render_summary_markdown(summary, lang); break;
    }
    std::vector<std::string> paths = o.holiday_files;
    for (const InputName& input : inputs) paths.push_back(input.path);
    write_output(text, o.out.output, paths);
  }
  if (unreadable) return ExitCode::CouldNotRun;
  return errors ? ExitCode::Problems : ExitCode::Ok;
}

} // namespace plan::cli
