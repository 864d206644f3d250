// Tests for holiday files whose JSON is valid but whose shape is not: each problem is
// reported at the place it is written, and well-formed days are still kept.
#include "plan/calendar/holidays.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

using namespace plan;

namespace {

struct Read {
  std::vector<HolidayDay> days;
  DiagnosticList out;
  int year = 0;
};

Read read(const std::string& text)
{
  Read r;
  r.days = parse_holiday_file(text, "h.json", r.year, r.out);
  return r;
}

// "line:column pointer message [hint]" of the one problem.
std::string only_problem(const std::string& text)
{
  Read r = read(text);
  REQUIRE(r.out.size() == 1);
  const Diagnostic& d = r.out[0];
  CHECK(d.severity == Severity::Error);
  CHECK(d.rule == "holiday-file");
  return fmt::format("{}:{} {} {}", d.location.line, d.location.column, d.pointer, d.message) +
         (d.hint.empty() ? "" : " [" + d.hint + "]");
}

} // namespace

TEST_SUITE("holiday file shape")
{
  TEST_CASE("the document must be an object with a year and a list of days")
  {
    const std::string expected = "1:1  expected an object with an integer `year` and a `days` list";
    CHECK(only_problem("[]").starts_with(expected));
    CHECK(only_problem("{\"days\": []}").starts_with(expected));
    CHECK(only_problem("{\"year\": 2027}").starts_with(expected));
    CHECK(only_problem("{\"year\": 2027, \"days\": {}}").starts_with("1:24 /days `days` must be a list of days"));
    CHECK(read("{\"year\": 2027, \"days\": {}}").days.empty());
  }

  TEST_CASE("each entry needs a date text and a boolean isOffDay")
  {
    const std::string needs = "entry 1 of `days` needs `date` (YYYY-MM-DD) and `isOffDay` (true or false)";
    auto entry = [](const std::string& day) { return "{\"year\": 2027, \"days\": [\n  " + day + "]}"; };
    CHECK(only_problem(entry("1")) == "2:3 /days/0 " + needs);
    CHECK(only_problem(entry("{\"isOffDay\": true}")) == "2:3 /days/0 " + needs);
    CHECK(only_problem(entry("{\"date\": 20270101, \"isOffDay\": true}")) == "2:3 /days/0 " + needs);
    CHECK(only_problem(entry("{\"date\": \"2027-01-01\"}")) == "2:3 /days/0 " + needs);
    CHECK(only_problem(entry("{\"date\": \"2027-01-01\", \"isOffDay\": \"true\"}")) == "2:3 /days/0 " + needs);
  }

  TEST_CASE("a date that is not real says whether its shape or its day is wrong")
  {
    CHECK(only_problem("{\"year\": 2027, \"days\": [{\"date\": \"2027-02-30\", \"isOffDay\": true}]}") ==
          "1:34 /days/0/date entry 1 of `days`: `2027-02-30` is not a real date [that day does not exist in the calendar]");
    CHECK(only_problem("{\"year\": 2027, \"days\": [{\"date\": \"2027/01/01\", \"isOffDay\": true}]}") ==
          "1:34 /days/0/date entry 1 of `days`: `2027/01/01` is not a real date [write dates as YYYY-MM-DD]");
  }

  TEST_CASE("bad entries are left out; good ones keep their name, or none, and the source")
  {
    Read r = read("{\"year\": 2027, \"source\": \"国办发明电〔2026〕1号\", \"days\": [\n"
                  "  {\"date\": \"2027-01-01\", \"isOffDay\": true, \"name\": \"元旦\"},\n"
                  "  {\"date\": \"2027-13-01\", \"isOffDay\": true},\n"
                  "  {\"date\": \"2027-02-06\", \"isOffDay\": false, \"name\": 7}]}");
    CHECK(r.year == 2027);
    REQUIRE(r.out.size() == 1);
    CHECK(r.out[0].pointer == "/days/1/date");
    REQUIRE(r.days.size() == 2);
    CHECK(r.days[0].name == "元旦");
    CHECK(r.days[0].off);
    CHECK(r.days[0].source == "国办发明电〔2026〕1号");
    CHECK(r.days[0].origin == HolidayOrigin::File);
    CHECK(r.days[1].name == "");
    CHECK_FALSE(r.days[1].off);
  }

  TEST_CASE("a source that is not text falls back to the file's name")
  {
    Read r = read("{\"year\": 2027, \"source\": 5, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}]}");
    CHECK(r.out.empty());
    REQUIRE(r.days.size() == 1);
    CHECK(r.days[0].source == "h.json");
  }
}
