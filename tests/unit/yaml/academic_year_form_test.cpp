// An academic year of the wrong form is a schema error, and nothing else: a form with
// dashes where digits belong once escaped as an internal error.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;
using plan::test::positions;

namespace {

std::string plan_with_year(const std::string& year)
{
  return "format: 1\nschool: s\ntitle: t\nacademic_year: \"" + year +
         "\"\ncalendar:\n  terms:\n    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n";
}

} // namespace

TEST_CASE("an academic year with dashes for digits is a pattern error")
{
  for (const char* year : {"---------", "2023-----", "----2024-", "-1---2024"}) {
    CAPTURE(year);
    auto r = load(plan_with_year(year));
    CHECK(positions(r) == "4:16 schema-pattern");
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->first_year == 0);
  }
}
