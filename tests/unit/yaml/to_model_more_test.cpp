// More tests for reading the model from a plan: each comparison a target may make, a
// quota's text with its role and unit, and how comparisons and holiday policies are named.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;

TEST_SUITE("to_model")
{
  TEST_CASE("each operator a target may use, in ASCII and as a sign")
  {
    struct Case {
      const char* written;
      Comparison op;
    };
    for (Case c : {Case{">=", Comparison::AtLeast}, Case{"≥", Comparison::AtLeast}, Case{"<=", Comparison::AtMost},
                   Case{"≤", Comparison::AtMost}, Case{"=", Comparison::Equal}, Case{">", Comparison::Greater},
                   Case{"<", Comparison::Less}}) {
      CAPTURE(c.written);
      auto r = load(minimal_plan(std::string("items:\n  - title: x\n    target: {indicator: 入学率, op: '") + c.written +
                                 "', value: 95, unit: '%'}\n"));
      CHECK(r.diagnostics.empty());
      REQUIRE(r.plan);
      REQUIRE(r.plan->items.size() == 1);
      REQUIRE(r.plan->items[0].targets.size() == 1);
      const Target& t = r.plan->items[0].targets[0];
      CHECK(t.op == c.op);
      CHECK(t.indicator == "入学率");
      CHECK(t.value == 95);
      CHECK(t.unit == "%");
    }
  }

  TEST_CASE("comparisons and holiday policies are named as the file writes them")
  {
    CHECK(std::string(to_string(Comparison::AtLeast)) == ">=");
    CHECK(std::string(to_string(Comparison::AtMost)) == "<=");
    CHECK(std::string(to_string(Comparison::Equal)) == "=");
    CHECK(std::string(to_string(Comparison::Greater)) == ">");
    CHECK(std::string(to_string(Comparison::Less)) == "<");
    CHECK(std::string(to_string(HolidayPolicy::Skip)) == "skip");
    CHECK(std::string(to_string(HolidayPolicy::Before)) == "before");
    CHECK(std::string(to_string(HolidayPolicy::After)) == "after");
    CHECK(std::string(to_string(HolidayPolicy::Keep)) == "keep");
  }

  TEST_CASE("a quota's text names its role and unit when it has them")
  {
    auto r = load(minimal_plan("items:\n  - title: 听课\n    quota:\n      - {at_least: 30, per: term, role: 教师, unit: 节}\n"
                               "      - {at_least: 2, per: month}\n"));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.plan);
    REQUIRE(r.plan->items.size() == 1);
    const auto& quotas = r.plan->items[0].quotas;
    REQUIRE(quotas.size() == 2);
    CHECK(quotas[0].schedule.text == "quota: at_least 30, per term, role 教师, unit 节");
    CHECK(describe(quotas[0].schedule) == "at least 30 节 per term for 教师");
    CHECK(quotas[1].schedule.text == "quota: at_least 2, per month");
    CHECK(describe(quotas[1].schedule) == "at least 2 per month");
  }
}
