// Tests for SchemaValidator: valijson errors mapped to positions, rules and hints.
#include "plan/validate/schema.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_SUITE("SchemaValidator")
{
  TEST_CASE("the embedded schema is draft-07 and compiles")
  {
    SchemaValidator v;
    CHECK(v.schema()["$schema"] == "http://json-schema.org/draft-07/schema#");
  }

  TEST_CASE("unknown keys point at the key and suggest the nearest one")
  {
    auto r = load(minimal_plan("items:\n  - titel: x\n"));
    CHECK(positions(r) == "10:5 schema-unknown-key; 10:5 schema-required");
    CHECK(r.diagnostics[0].message == "unknown key `titel`");
    CHECK(r.diagnostics[0].hint == "did you mean `title`?");
    CHECK(r.diagnostics[0].pointer == "/items/0/titel");
  }

  TEST_CASE("missing keys are reported at the mapping with the key's description")
  {
    auto r = load("format: 1\nschool: s\nacademic_year: 2023-2024\ncalendar: {terms: []}\n");
    CHECK(positions(r) == "1:1 schema-required; 4:19 schema-empty");
    CHECK(r.diagnostics[0].message == "missing required key `title`");
    CHECK(r.diagnostics[0].hint == "The plan's title as written.");
  }

  TEST_CASE("types, enums, patterns and ranges")
  {
    auto r = load(minimal_plan("items:\n"
                               "  - title: 42\n"
                               "    on_holiday: sometimes\n"
                               "    id: has space\n"
                               "    quota: {at_least: -1, per: month}\n"));
    CHECK(positions(r) == "10:12 schema-type; 11:17 schema-enum; 12:9 schema-pattern; 13:23 schema-range");
    CHECK(r.diagnostics[0].message == "`title` must be text, not the whole number `42`");
    CHECK(r.diagnostics[0].hint == "put the value in quotes to make it text");
    CHECK(r.diagnostics[1].message ==
          "the text `sometimes` is not allowed for `on_holiday`; use one of `skip`, `before`, `after`, `keep`");
  }

  TEST_CASE("infinity and NaN are named as YAML writes them, not as JSON's null")
  {
    auto r = load(minimal_plan("items:\n  - title: x\n    quota: {at_least: 1e400, per: month}\n"));
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].message == "`at_least` must be at most 1000000, not .inf");
    CHECK(r.diagnostics[1].message == "`at_least` must be a whole number, not the number `.inf` (infinity)");
    r = load(minimal_plan("items:\n  - title: x\n    quota: {at_least: -.inf, per: month}\n"));
    REQUIRE(!r.diagnostics.empty());
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].message == "`at_least` must be at least 1, not -.inf");
    CHECK(r.diagnostics[1].message == "`at_least` must be a whole number, not the number `-.inf` (infinity)");
    r = load(minimal_plan("items:\n  - title: x\n    quota: {at_least: .nan, per: month}\n"));
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].message == "`at_least` must be a whole number, not the number `.nan` (not a number)");
  }

  TEST_CASE("a list where one value or a list is allowed: each entry is checked")
  {
    auto r = load(minimal_plan("items:\n  - title: x\n    quota:\n      - {at_least: 1, per: term}\n"
                               "      - {at_least: 2, per: termly}\n"));
    CHECK(positions(r) == "13:28 schema-enum");
    CHECK(r.diagnostics[0].pointer == "/items/0/quota/1/per");
  }

  TEST_CASE("date together with from/to is a conflict")
  {
    auto r = load(minimal_plan("  days_off:\n    - {date: 2023-10-10, from: 2023-10-09, to: 2023-10-11, name: x}\n"));
    CHECK(positions(r) == "10:26 schema-conflict; 10:44 schema-conflict");
  }

  TEST_CASE("a span needs both ends")
  {
    auto r = load(minimal_plan("  days_off:\n    - {from: 2023-10-09, name: x}\n"));
    CHECK(positions(r) == "10:7 schema-required");
    CHECK(r.diagnostics[0].message == "missing required key `to`");
  }
}
