// Contradictory and repeated holiday data is reported at its place, in holiday files
// and in a plan's calendar.holidays alike, never settled silently by whichever came last.
#include "plan/calendar/holidays.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

namespace {

std::string problems(const DiagnosticList& out)
{
  std::string s;
  for (const Diagnostic& d : out) {
    s += fmt::format("{}{}:{} {} {}", s.empty() ? "" : "; ", d.location.line, d.location.column, d.rule, d.message);
  }
  return s;
}

DiagnosticList file_problems(const std::string& text)
{
  DiagnosticList out;
  int year = 0;
  parse_holiday_file(text, "h.json", year, out);
  return out;
}

} // namespace

TEST_SUITE("holiday clashes")
{
  TEST_CASE("a day off and a make-up workday on one day, in a file")
  {
    auto out = file_problems("{\"year\": 2027, \"days\": [\n"
                             " {\"name\": \"劳动节\", \"date\": \"2027-05-02\", \"isOffDay\": true},\n"
                             " {\"name\": \"劳动节调休\", \"date\": \"2027-05-02\", \"isOffDay\": false}]}");
    CHECK(problems(out) == "3:2 holiday-conflict 2027-05-02 is a make-up workday here but a day off on line 2");
  }

  TEST_CASE("the same day twice, in a file")
  {
    auto out = file_problems("{\"year\": 2027, \"days\": [\n"
                             " {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},\n"
                             " {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");
    CHECK(problems(out) == "3:2 duplicate-holiday 2027-01-01 is listed twice (first on line 2)");
  }

  TEST_CASE("`year` twice, and a key twice in a day")
  {
    CHECK(problems(file_problems("{\"year\": 2027, \"days\": [], \"year\": 2028}")) ==
          "1:28 duplicate-key key `year` is given twice in one object (first on line 1)");
    CHECK(problems(file_problems(
              "{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true, \"isOffDay\": false}]}")) ==
          "1:66 duplicate-key key `isOffDay` is given twice in one object (first on line 1)");
  }

  TEST_CASE("file problems have lines and columns")
  {
    CHECK(problems(file_problems("[]")) == "1:1 holiday-file expected an object with an integer `year` and a `days` list");
    CHECK(problems(file_problems("{\"year\": \"2027\", \"days\": []}")) ==
          "1:10 holiday-file `year` must be an integer, such as 2027");
    CHECK(problems(file_problems("{\"year\": 2027, \"days\": [\n {\"date\": \"2026-10-01\", \"isOffDay\": true}]}")) ==
          "2:11 holiday-file entry 1 of `days`: 2026-10-01 is not in 2027");
    CHECK(problems(file_problems("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\"}]}")) ==
          "1:25 holiday-file entry 1 of `days` needs `date` (YYYY-MM-DD) and `isOffDay` (true or false)");
    CHECK(problems(file_problems("{\"year\": 2027,\n \"days\": [}")) ==
          "2:11 holiday-file not JSON: expected a value, found `}`");
  }

  TEST_CASE("dates and years outside the supported range")
  {
    CHECK(problems(file_problems("{\"year\": 9999, \"days\": []}")) ==
          "1:10 date-range year 9999 is outside the dates plan works with, 1900-01-01 to 2199-12-31");
    CHECK(problems(file_problems("{\"year\": 2027, \"days\": [{\"date\": \"2200-01-01\", \"isOffDay\": true}]}")) ==
          "1:34 date-range entry 1 of `days`: 2200-01-01 is outside the dates plan works with, 1900-01-01 to "
          "2199-12-31");
  }

  TEST_CASE("New Year days of the December before are the notice's, not a clash")
  {
    CHECK(file_problems("{\"year\": 2027, \"days\": [{\"date\": \"2026-12-31\", \"isOffDay\": true},"
                        " {\"date\": \"2027-01-01\", \"isOffDay\": true}]}")
              .empty());
  }

  TEST_CASE("in a plan's calendar.holidays: spans that share a day")
  {
    auto plan_with = [](const std::string& entries) {
      std::string text = minimal_plan();
      text.insert(text.find("  terms:"), "  holidays:\n" + entries);
      return load(text);
    };
    auto conflict = plan_with("    - {name: 国庆节, from: 2023-10-01, to: 2023-10-06}\n"
                              "    - {name: 国庆节调休, date: 2023-10-06, kind: workday}\n");
    CHECK(positions(conflict) == "8:7 holiday-conflict");
    CHECK(conflict.diagnostics[0].message == "2023-10-06 is a make-up workday here but a day off on line 7");
    auto twice = plan_with("    - {name: 国庆节, from: 2023-10-01, to: 2023-10-06}\n"
                           "    - {name: 中秋节, from: 2023-09-29, to: 2023-10-01}\n");
    CHECK(positions(twice) == "8:7 duplicate-holiday");
    CHECK(twice.diagnostics[0].message == "2023-10-01 is listed twice (first on line 7)");
    CHECK(positions(plan_with("    - {name: 中秋节, date: 2023-09-29}\n"
                              "    - {name: 国庆节, from: 2023-09-30, to: 2023-10-06}\n")) == "");
  }

  TEST_CASE("a plan's dates outside the supported range")
  {
    std::string text = minimal_plan("items:\n  - title: x\n    when: 9999-12-31\n");
    auto r = load(text);
    CHECK(positions(r) == "11:11 date-range");
    CHECK(r.diagnostics[0].message ==
          "`9999-12-31`: 9999-12-31 is outside the dates plan works with, 1900-01-01 to 2199-12-31");
    std::string term = minimal_plan();
    term.replace(term.find("2024-07-05"), 10, "9999-07-05");
    CHECK(positions(load(term)) == "8:50 date-range");
    std::string year = minimal_plan();
    year.replace(year.find("2023-2024"), 9, "9998-9999");
    CHECK(positions(load(year)).rfind("4:16 date-range", 0) == 0);
  }

  TEST_CASE("a school day off that is also an extra workday, in a plan")
  {
    auto plan_with = [](const std::string& lines) {
      std::string text = minimal_plan();
      text.insert(text.find("  terms:"), lines);
      return load(text);
    };
    // Line 6 is the first inserted line.
    auto both = plan_with("  days_off:\n    - {name: 运动会, from: 2023-10-19, to: 2023-10-20}\n"
                          "  extra_workdays:\n    - {name: 补课, date: 2023-10-20}\n");
    CHECK(positions(both) == "9:7 holiday-conflict");
    CHECK(both.diagnostics[0].message == "2023-10-20 is an extra workday here but a school day off on line 7");
    // The later of the two in the file is reported, whichever list it is in.
    auto workday_first = plan_with("  extra_workdays:\n    - {name: 补课, date: 2023-10-21}\n"
                                   "  days_off:\n    - {name: 校庆, date: 2023-10-21}\n");
    CHECK(positions(workday_first) == "9:7 holiday-conflict");
    CHECK(workday_first.diagnostics[0].message == "2023-10-21 is a school day off here but an extra workday on line 7");
    auto twice = plan_with("  days_off:\n    - {name: 运动会, from: 2023-10-19, to: 2023-10-20}\n"
                           "    - {name: 阅卷, date: 2023-10-19}\n");
    CHECK(positions(twice) == "8:7 duplicate-holiday");
    CHECK(positions(plan_with("  days_off:\n    - {name: 运动会, from: 2023-10-19, to: 2023-10-20}\n"
                              "  extra_workdays:\n    - {name: 补课, date: 2023-10-21}\n")) == "");
  }

  TEST_CASE("many single days are checked against each other without comparing every pair")
  {
    // 20,000 entries over one year's days: each repeat is reported once, at its entry.
    std::string text = "{\"year\": 2027, \"days\": [\n";
    for (int i = 0; i < 20000; ++i) {
      int day = i % 365;
      auto d = std::chrono::sys_days{std::chrono::year{2027} / 1 / 1} + std::chrono::days{day};
      text += fmt::format("{}{{\"name\": \"x\", \"date\": \"{}\", \"isOffDay\": true}}\n", i ? "," : "",
                          format_iso(Date{d}));
    }
    text += "]}\n";
    auto out = file_problems(text);
    CHECK(out.size() == 20000 - 365);
    CHECK(out.front().location.line == 367); // entry 366, on line 367
    CHECK(out.front().message == "2027-01-01 is listed twice (first on line 2)");
  }
}
