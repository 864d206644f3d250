// `plan calendar`: a month at a glance (--month), or a term's week-by-week 行事历 (--term N --weeks).
#include "cmd_calendar.hpp"

#include "fatal.hpp"
#include "output.hpp"
#include "plan_input.hpp"

#include "plan/calendar/recurrence.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/html.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/term_table.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <memory>

#include <unistd.h>

namespace plan::cli {

std::function<ExitCode()> setup_calendar(CLI::App& app)
{
  auto o = std::make_shared<CalendarOptions>();
  app.add_option("file", o->input, "the plan file, or - for standard input")->required();
  app.add_option("--month", o->month, "the month at a glance: 10, or 2023-10 (in the plan's academic year)");
  app.add_option("--term", o->term, "the term of --weeks (1 autumn, 2 spring)")->check(CLI::Range(1, 2));
  app.add_flag("--weeks", o->weeks, "the term's week-by-week 行事历 (with --term)");
  app.add_flag("--all", o->all, "list routine duties (daily, weekly, monthly) in the 行事历 too");
  app.add_option("--format", o->format, "--month: text (default), md, html, json; --weeks: md (default), csv, html, text")
      ->check(CLI::IsMember({"text", "md", "html", "json", "csv"}));
  app.add_option("--lang", o->lang, "labels: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--color", o->color, "auto (default: on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_output_option(app, o->output);
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.footer("Examples:\n"
             "  plan calendar examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml --month 10\n"
             "  plan calendar plan.yaml --term 1 --weeks --format html -o 行事历.html\n"
             "Exit status: 0 done, 1 the plan has errors, 2 could not run.");
  return [o] { return run_calendar(*o); };
}

ExitCode run_calendar(const CalendarOptions& o)
{
  if (o.month.empty() == !o.weeks) throw Fatal("give either --month M or --term N --weeks");
  if (o.weeks && !o.term) throw Fatal("--weeks needs --term: the 行事历 is made per term");
  if (!o.weeks && o.term) throw Fatal("--term goes with --weeks; for a month use --month alone");
  if (o.all && !o.weeks) throw Fatal("--all goes with --weeks");
  std::string format = o.format.empty() ? (o.weeks ? "md" : "text") : o.format;
  if (!o.weeks && format == "csv") throw Fatal("--month prints text, md, html or json");
  if (o.weeks && format == "json") throw Fatal("--weeks prints md, csv, html or text");

  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  auto loaded = load_checked_plan(o.input, *national, o.encoding);
  if (!loaded) return ExitCode::Problems;
  const Plan& plan = *loaded->plan;
  AcademicCalendar calendar(plan, *national);
  Expansion expansion = expand(plan, calendar);
  if (!expansion_fits(expansion, o.input == "-" ? "<stdin>" : o.input)) return ExitCode::Problems;
  Lang lang = o.lang == "en" ? Lang::En : Lang::Zh;

  std::string text;
  if (o.weeks) {
    TermTable table = make_term_table(plan, calendar, expansion, *o.term, o.all);
    if (table.rows.empty()) throw Fatal(fmt::format("the plan does not cover term {}", *o.term));
    if (format == "csv") text = render_term_table_csv(table, lang);
    else if (format == "html") text = render_term_table_html(table, lang);
    else if (format == "text") text = render_term_table_text(table, lang);
    else text = render_term_table_markdown(table, lang);
  } else {
    MonthGrid grid = make_month_grid(plan, calendar, expansion, month_of_year(o.month, plan.first_year));
    // Colour goes to a terminal only: never into a file, never when NO_COLOR is set
    // (to any non-empty value, as no-color.org says) unless asked for with always.
    const char* no_color = std::getenv("NO_COLOR");
    bool to_stdout = o.output.empty() || o.output == "-";
    bool color = to_stdout && (o.color == "always" || (o.color == "auto" && ::isatty(STDOUT_FILENO) &&
                                                        !(no_color && *no_color)));
    if (format == "md") text = render_month_markdown(grid, lang);
    else if (format == "html") text = render_month_html(grid, lang);
    else if (format == "json") text = render_month_json(grid, lang);
    else text = render_month_text(grid, lang, color);
  }
  std::vector<std::string> inputs = o.holiday_files;
  inputs.push_back(o.input);
  write_output(text, o.output, inputs);
  return ExitCode::Ok;
}

} // namespace plan::cli
