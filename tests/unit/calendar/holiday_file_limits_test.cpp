// Holiday files at the edges of what JSON can say: numbers beyond a double and years
// at the ends of int are problems in the file, never a crash.
#include "plan/calendar/holidays.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_CASE("a holiday file with a number too large for a double is not JSON we can read")
{
  DiagnosticList out;
  int year = 0;
  auto days = parse_holiday_file(R"({"year": 1e999, "days": []})", "h.json", year, out);
  CHECK(days.empty());
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "holiday-file");
  CHECK(out[0].message.find("not JSON") == 0);
}

TEST_CASE("a holiday file's year at the end of int is outside the supported dates, before any year arithmetic")
{
  DiagnosticList out;
  int year = 0;
  auto days = parse_holiday_file(
      R"({"year": -2147483648, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})", "h.json", year,
      out);
  CHECK(days.empty());
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "date-range");
  CHECK(out[0].location.line == 1);
  CHECK(out[0].location.column == 10);
  CHECK(out[0].message == "year -2147483648 is outside the dates plan works with, 1900-01-01 to 2199-12-31");
}
