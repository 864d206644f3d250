// Numbers beyond what a double holds are still numbers: a value past its range is
// infinite, one below its smallest normal value is kept as near as a double can.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;

namespace {

double target_value(const std::string& value)
{
  auto r = load(minimal_plan("items:\n  - title: x\n    target: {indicator: 入学率, op: '>=', value: " + value + "}\n"));
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.plan->items.size() == 1);
  REQUIRE(r.plan->items[0].targets.size() == 1);
  return r.plan->items[0].targets[0].value;
}

} // namespace

TEST_CASE("a float beyond a double's range loads as infinity, not as an internal error")
{
  CHECK(std::isinf(target_value("1e999")));
  CHECK(target_value("-1e999") < 0);
}

TEST_CASE("a float below a double's normal range loads as the nearest double")
{
  CHECK(target_value("5e-324") > 0);
  CHECK(target_value("1e-400") == 0);
}
