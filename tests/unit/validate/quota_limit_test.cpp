// A quota's count beyond k_max_count is refused where it is written, never cut down.
#include "plan/model/schedule.hpp"
#include "plan/validate/schema.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace plan;
using plan::test::expanded;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

namespace {

std::string quota_plan(const std::string& count)
{
  return minimal_plan("items:\n  - title: 听课\n    quota: {at_least: " + count + ", per: week, unit: 节}\n");
}

} // namespace

TEST_SUITE("quota limit")
{
  TEST_CASE("the schema's maximum for at_least is k_max_count")
  {
    SchemaValidator v;
    const auto& at_least = v.schema()["definitions"]["quota"]["properties"]["at_least"];
    CHECK(at_least["maximum"] == k_max_count);
    CHECK(at_least["minimum"] == 1);
  }

  TEST_CASE("a count above the limit is an error at its value, and the plan does not expand")
  {
    for (const char* count : {"1000001", "1000000000", "9223372036854775807"}) {
      CAPTURE(count);
      auto r = load(quota_plan(count));
      CHECK(positions(r) == "11:23 schema-range");
      CHECK(r.diagnostics[0].message == fmt::format("`at_least` must be at most 1000000, not {}", count));
      CHECK(expanded(quota_plan(count)) == nullptr);
    }
  }

  TEST_CASE("a count below one still names the minimum")
  {
    auto r = load(quota_plan("0"));
    CHECK(positions(r) == "11:23 schema-range");
    CHECK(r.diagnostics[0].message == "`at_least` must be at least 1, not 0");
  }

  TEST_CASE("the limit itself is kept as written")
  {
    auto r = load(quota_plan("1000000"));
    CHECK(positions(r) == "");
    REQUIRE(r.plan);
    REQUIRE(r.plan->items.size() == 1);
    REQUIRE(r.plan->items[0].quotas.size() == 1);
    CHECK(r.plan->items[0].quotas[0].schedule.count == 1'000'000);
  }
}
