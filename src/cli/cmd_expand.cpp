// `plan expand`: the dated occurrences of a plan, as a checklist in Markdown, CSV, JSON, text or iCalendar.
#include "cmd_expand.hpp"

#include "fatal.hpp"
#include "output.hpp"
#include "plan_input.hpp"

#include "plan/render/csv.hpp"
#include "plan/render/icalendar.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/views/checklist.hpp"

#include <fmt/format.h>

#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_expand(CLI::App& app)
{
  auto o = std::make_shared<ExpandOptions>();
  app.add_option("file", o->input, "the plan file, or - for standard input")->required();
  app.add_option("--term", o->term, "only term N (1 autumn, 2 spring)")->check(CLI::Range(1, 2));
  app.add_option("--month", o->month, "only month M of the academic year (10, or 2023-10)");
  app.add_option("--week", o->week, "only teaching week N of --term")->check(CLI::Range(1, 60));
  app.add_option("--from", o->from, "from this date (YYYY-MM-DD)");
  app.add_option("--to", o->to, "up to this date (YYYY-MM-DD)");
  add_repeatable_option(app, "--owner", o->owners, "only items of this owner (repeatable)");
  add_repeatable_option(app, "--tag", o->tags, "only items with this tag (repeatable)");
  add_repeatable_option(app, "--section", o->sections,
                        "only items under a section whose title contains this (repeatable)");
  add_output_options(app, o->out, "expand", k_format | k_bom | k_lang);
  app.add_flag("--explain", o->explain, "say why each occurrence lands on its date");
  add_output_options(app, o->out, "expand", k_output);
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.footer("Examples:\n"
             "  plan expand examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml --term 1 --week 5\n"
             "  plan expand plan.yaml --month 10 --owner 教务处 --explain\n"
             "  plan expand plan.yaml --format csv --bom -o checklist.csv\n"
             "  plan expand plan.yaml --owner 教务处 --format ics -o 教务处.ics\n"
             "Exit status: 0 done, 1 the plan has errors, 2 could not run.");
  return [o] { return run_expand(*o); };
}

namespace {

Date parse_date_option(const std::string& name, const std::string& value)
{
  auto d = parse_iso_date(value);
  if (!d) throw Fatal(fmt::format("{} {}: expected a real date written YYYY-MM-DD", name, value));
  return *d;
}

} // namespace

ExitCode run_expand(const ExpandOptions& o)
{
  Format format = o.out.format_or_default(formats_of("expand"));
  if (o.out.bom && format != Format::Csv) {
    throw Fatal(fmt::format("--bom is only for --format csv (the byte-order mark that Excel needs), not --format {}",
                            to_string(format)));
  }
  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  auto expanded = load_expanded_plan(o.input, *national, o.encoding);
  if (!expanded) return ExitCode::Problems;

  ChecklistQuery query;
  query.term = o.term;
  query.week = o.week;
  if (!o.month.empty()) query.month = month_of_year(o.month, expanded->plan().first_year);
  if (!o.from.empty()) query.from = parse_date_option("--from", o.from);
  if (!o.to.empty()) query.to = parse_date_option("--to", o.to);
  query.owners = o.owners;
  query.tags = o.tags;
  query.sections = o.sections;

  if (!expansion_fits(*expanded)) return ExitCode::Problems;
  ChecklistResult checklist = make_checklist(*expanded, query);
  if (!checklist.checklist) throw Fatal(checklist.error);

  const Checklist& list = *checklist.checklist;
  Lang lang = o.out.lang;
  std::string text;
  switch (format) {
  case Format::Csv: text = (o.out.bom ? "\xEF\xBB\xBF" : "") + render_checklist_csv(list, lang, o.explain); break;
  case Format::Ics: text = render_checklist_icalendar(list, lang, o.explain); break;
  case Format::Json: text = render_checklist_json(list, lang, o.explain); break;
  case Format::Text: text = render_checklist_text(list, lang, o.explain); break;
  default: text = render_checklist_markdown(list, lang, o.explain); break;
  }
  std::vector<std::string> inputs = o.holiday_files;
  inputs.push_back(o.input);
  write_output(text, o.out.output, inputs);
  return ExitCode::Ok;
}

} // namespace plan::cli
