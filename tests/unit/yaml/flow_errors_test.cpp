// A flow list or mapping with two entries run together: the error points at the second
// one, and names the bracket the collection expects and the usual causes.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_SUITE("YAML flow errors")
{
  TEST_CASE("entries of a flow list with no comma between them")
  {
    const std::string message = "YAML syntax error: expected `,` or `]` here, in the list `[…]` (a missing comma, or "
                                "`: ` in an unquoted value?)";
    struct Case {
      const char* body;
      const char* at;
    };
    for (Case c : {Case{"owners: [教务处, {a: b} x]\n", "9:22 yaml-syntax"}, Case{"owners: [\"a\" b]\n", "9:14 yaml-syntax"},
                   Case{"owners: [a, 'b' c]\n", "9:17 yaml-syntax"}, Case{"owners: [a: b: c]\n", "9:14 yaml-syntax"}}) {
      CAPTURE(c.body);
      auto r = load(minimal_plan(c.body));
      CHECK(positions(r) == c.at);
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics[0].message == message);
      CHECK(r.diagnostics[0].hint == "separate entries with `, `; put text that contains `: ` or `,` in quotes");
    }
  }

  TEST_CASE("entries of a flow mapping with no comma between them")
  {
    auto r = load(minimal_plan("owners: {a: b c: d}\n"));
    CHECK(positions(r) == "9:16 yaml-syntax");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "YAML syntax error: expected `,` or `}` here, in the mapping `{…}` (a missing "
                                      "comma, or `: ` in an unquoted value?)");
  }
}
