// Tests for the subcommand runners called directly with their typed options, as the
// command line calls them: the output equals the hand-checked expected output of the
// matching end-to-end case in tests/cli/, and options that do not go together are a
// Fatal with the message users see.
#include "cmd_calendar.hpp"
#include "cmd_expand.hpp"
#include "cmd_holidays.hpp"
#include "cmd_summary.hpp"
#include "cmd_validate.hpp"
#include "commands.hpp"
#include "fatal.hpp"

#include "support/scratch.hpp"

#include <doctest/doctest.h>

using namespace plan;
using namespace plan::cli;
using plan::test::read_file;
using plan::test::repo_file;
using plan::test::ScratchDir;

namespace {

const std::string k_example = repo_file("examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml");

} // namespace

TEST_SUITE("runners")
{
  TEST_CASE("calendar --term 1 --weeks writes the 行事历 of the end-to-end case")
  {
    ScratchDir dir;
    CalendarOptions o;
    o.input = k_example;
    o.term = 1;
    o.weeks = true;
    o.out.output = dir.file("行事历.md");
    CHECK(run_calendar(o) == ExitCode::Ok);
    CHECK(read_file(o.out.output) == read_file(repo_file("tests/cli/calendar/weeks-md/expected.out")));
  }

  TEST_CASE("calendar --month 2023-10 --format json, and no colour in a file even when asked for")
  {
    ScratchDir dir;
    CalendarOptions o;
    o.input = k_example;
    o.month = "2023-10";
    o.out.format = Format::Json;
    o.out.output = dir.file("month.json");
    CHECK(run_calendar(o) == ExitCode::Ok);
    CHECK(read_file(o.out.output) == read_file(repo_file("tests/cli/calendar/month-json/expected.out")));

    CalendarOptions text = o;
    text.out.format = Format::Text;
    text.out.color = Color::Always;
    text.out.output = dir.file("month.txt");
    CHECK(run_calendar(text) == ExitCode::Ok);
    CHECK(read_file(text.out.output).find('\x1b') == std::string::npos);
  }

  TEST_CASE("calendar refuses a format its mode does not print")
  {
    CalendarOptions o;
    o.input = k_example;
    o.month = "10";
    o.out.format = Format::Csv;
    CHECK_THROWS_WITH_AS(run_calendar(o), "--month prints text, md, html or json", Fatal);
    o.month.clear();
    o.weeks = true;
    o.term = 1;
    o.out.format = Format::Json;
    CHECK_THROWS_WITH_AS(run_calendar(o), "--weeks prints md, csv, html or text", Fatal);
  }

  TEST_CASE("expand --format csv writes the whole year of the end-to-end case; --bom puts EF BB BF first")
  {
    ScratchDir dir;
    ExpandOptions o;
    o.input = k_example;
    o.out.format = Format::Csv;
    o.out.output = dir.file("清单.csv");
    CHECK(run_expand(o) == ExitCode::Ok);
    std::string csv = read_file(repo_file("tests/cli/expand/full-year-csv/expected.out"));
    CHECK(read_file(o.out.output) == csv);
    o.out.bom = true;
    CHECK(run_expand(o) == ExitCode::Ok);
    CHECK(read_file(o.out.output) == "\xEF\xBB\xBF" + csv);
  }

  TEST_CASE("expand: --bom without csv, a week without a term, and a date that does not exist")
  {
    ExpandOptions o;
    o.input = k_example;
    o.out.bom = true;
    o.out.format = Format::Ics;
    CHECK_THROWS_WITH_AS(run_expand(o),
                         "--bom is only for --format csv (the byte-order mark that Excel needs), not --format ics",
                         Fatal);
    o.out.bom = false;
    o.out.format.reset();
    o.to = "2024-02-30";
    CHECK_THROWS_WITH_AS(run_expand(o), "--to 2024-02-30: expected a real date written YYYY-MM-DD", Fatal);
  }

  TEST_CASE("expand: a plan with errors is exit status 1, with its diagnostics on standard error")
  {
    ScratchDir dir;
    std::string plan = dir.file("plan.yaml");
    plan::test::write_file(plan, "format: 1\nschool: 测试小学\n");
    ExpandOptions o;
    o.input = plan;
    plan::test::CaptureStderr err;
    plan::test::CaptureStdout out;
    CHECK(run_expand(o) == ExitCode::Problems);
    CHECK(out.text().empty());
    CHECK(err.text().find(plan + " has errors; run `plan validate " + plan + "` for the full report") !=
          std::string::npos);
  }

  TEST_CASE("validate over the examples directory: clean, in every format")
  {
    ValidateOptions o;
    o.inputs = {repo_file("examples")};
    o.strict = true;
    {
      plan::test::CaptureStdout out;
      CHECK(run_validate(o) == ExitCode::Ok);
      CHECK(out.text() == "7 files checked: 0 errors, 0 warnings\n");
    }
    o.out.format = Format::Json;
    plan::test::CaptureStdout out;
    CHECK(run_validate(o) == ExitCode::Ok);
    CHECK(out.text() == "[]\n");
  }

  TEST_CASE("holidays --year 2024 --format csv: the State Council's 2024 days, with make-up workdays")
  {
    ScratchDir dir;
    HolidaysOptions o;
    o.year = 2024;
    o.out.format = Format::Csv;
    o.out.lang = Lang::En;
    o.out.output = dir.file("2024.csv");
    CHECK(run_holidays(o) == ExitCode::Ok);
    std::string csv = read_file(o.out.output);
    CHECK(csv.rfind("date,weekday,name,isOffDay,origin,source\r\n", 0) == 0);
    // 国办发明电〔2023〕7号: 春节 2月10日至17日放假，2月4日（星期日）、2月18日（星期日）上班。
    CHECK(csv.find("2024-02-04,Sun,春节,false,") != std::string::npos);
    CHECK(csv.find("2024-02-10,Sat,春节,true,") != std::string::npos);
    CHECK(csv.find("2024-02-17,Sat,春节,true,") != std::string::npos);
    CHECK(csv.find("2024-02-18,Sun,春节,false,") != std::string::npos);
    CHECK(csv.find("2023-") == std::string::npos);
  }

  TEST_CASE("summary --format json names each plan by its file")
  {
    ScratchDir dir;
    SummaryOptions o;
    o.inputs = {k_example};
    o.by = "owner";
    o.out.format = Format::Json;
    o.out.output = dir.file("summary.json");
    CHECK(run_summary(o) == ExitCode::Ok);
    CHECK(read_file(o.out.output).find("{\"file\":\"" + k_example + "\",") != std::string::npos);
  }

  TEST_CASE("the command line: an unknown command is status 2 with a suggestion")
  {
    plan::test::CaptureStderr err;
    std::string a0 = "plan", a1 = "valdate";
    char* argv[] = {a0.data(), a1.data(), nullptr};
    CHECK(run(2, argv) == 2);
    CHECK(err.text() == "plan: error: unknown command `valdate`; did you mean `validate`?\n"
                        "Run `plan --help` for the list of commands.\n");
  }

  TEST_CASE("the command line parses the shared options into typed values")
  {
    CLI::App app;
    OutputOptions o;
    add_output_options(app, o, "expand", k_format | k_lang | k_output | k_bom);
    std::vector<std::string> args = {"x.csv", "-o", "en", "--lang", "csv", "--format", "--bom"}; // reversed
    app.parse(args);
    CHECK(o.format == Format::Csv);
    CHECK(o.lang == Lang::En);
    CHECK(o.output == "x.csv");
    CHECK(o.bom);
    CLI::App strict;
    OutputOptions s;
    add_output_options(strict, s, "summary", k_format);
    std::vector<std::string> bad = {"ics", "--format"};
    CHECK_THROWS_AS(strict.parse(bad), CLI::ValidationError);
  }

  TEST_CASE("every command's formats: the default first, each name once")
  {
    CHECK(formats_of("expand").formats.front() == Format::Markdown);
    CHECK(formats_of("calendar", "--month").formats.front() == Format::Text);
    CHECK(formats_of("calendar", "--weeks").formats.front() == Format::Markdown);
    CHECK(formats_of("validate").formats.front() == Format::Text);
    CHECK_THROWS_AS(formats_of("calendar"), std::logic_error);
    for (const Command& c : commands()) {
      bool listed = false;
      for (const OutputFormats& f : output_formats()) listed = listed || f.command == c.name;
      CHECK_MESSAGE(listed, c.name);
    }
  }
}
