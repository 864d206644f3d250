// `plan calendar`: a month at a glance (--month), or a term's week-by-week 行事历 (--term N --weeks).
#include "cmd_calendar.hpp"

#include "fatal.hpp"
#include "output.hpp"
#include "plan_input.hpp"

#include "plan/render/csv.hpp"
#include "plan/render/html.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/term_table.hpp"

#include <fmt/format.h>

#include <algorithm>
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
  add_output_options(app, o->out, "calendar", k_format | k_lang | k_color | k_output);
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.footer("Examples:\n"
             "  plan calendar examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml --month 10\n"
             "  plan calendar plan.yaml --term 1 --weeks --format html -o 行事历.html\n"
             "Exit status: 0 done, 1 the plan has errors, 2 could not run.");
  return [o] {
    // Colour goes to a terminal only, never when NO_COLOR is set (to any non-empty
    // value, as no-color.org says) unless asked for with always.
    const char* no_color = std::getenv("NO_COLOR");
    o->terminal_takes_color = ::isatty(STDOUT_FILENO) != 0 && !(no_color && *no_color);
    return run_calendar(*o);
  };
}

ExitCode run_calendar(const CalendarOptions& o)
{
  if (o.month.empty() == !o.weeks) throw Fatal("give either --month M or --term N --weeks");
  if (o.weeks && !o.term) throw Fatal("--weeks needs --term: the 行事历 is made per term");
  if (!o.weeks && o.term) throw Fatal("--term goes with --weeks; for a month use --month alone");
  if (o.all && !o.weeks) throw Fatal("--all goes with --weeks");
  const OutputFormats& formats = formats_of("calendar", o.weeks ? "--weeks" : "--month");
  Format format = o.out.format_or_default(formats);
  if (std::find(formats.formats.begin(), formats.formats.end(), format) == formats.formats.end()) {
    throw Fatal(o.weeks ? "--weeks prints md, csv, html or text" : "--month prints text, md, html or json");
  }

  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  auto expanded = load_expanded_plan(o.input, *national, o.encoding);
  if (!expanded) return ExitCode::Problems;
  if (!expansion_fits(*expanded)) return ExitCode::Problems;
  Lang lang = o.out.lang;

  std::string text;
  if (o.weeks) {
    TermTable table = make_term_table(*expanded, *o.term, o.all);
    if (table.rows.empty()) throw Fatal(fmt::format("the plan does not cover term {}", *o.term));
    switch (format) {
    case Format::Csv: text = render_term_table_csv(table, lang); break;
    case Format::Html: text = render_term_table_html(table, lang); break;
    case Format::Text: text = render_term_table_text(table, lang); break;
    default: text = render_term_table_markdown(table, lang); break;
    }
  } else {
    MonthGrid grid = make_month_grid(*expanded, month_of_year(o.month, expanded->plan().first_year));
    // Colour never goes into a file.
    bool to_stdout = o.out.output.empty() || o.out.output == "-";
    bool color = to_stdout && (o.out.color == Color::Always || (o.out.color == Color::Auto && o.terminal_takes_color));
    switch (format) {
    case Format::Markdown: text = render_month_markdown(grid, lang); break;
    case Format::Html: text = render_month_html(grid, lang); break;
    case Format::Json: text = render_month_json(grid, lang); break;
    default: text = render_month_text(grid, lang, color); break;
    }
  }
  std::vector<std::string> inputs = o.holiday_files;
  inputs.push_back(o.input);
  write_output(text, o.out.output, inputs);
  return ExitCode::Ok;
}

} // namespace plan::cli
