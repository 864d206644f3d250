// More tests for keys written with something that only looks like `: `: the other
// space-like characters after a colon, keys in list entries and keys with `-` or `_`.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_SUITE("YAML lookalike colons")
{
  TEST_CASE("every space-like character after a colon is named")
  {
    struct Case {
      const char* bytes;
      const char* shown;
    };
    for (Case c : {Case{"\xE2\x80\xAF", "<U+202F>"}, Case{"\xE2\x81\x9F", "<U+205F>"}, Case{"\xE2\x81\xA0", "<U+2060>"},
                   Case{"\xE2\x80\x80", "<U+2000>"}, Case{"\xE2\x80\x83", "<U+2003>"}}) {
      CAPTURE(c.shown);
      auto r = load(minimal_plan(std::string("unit:") + c.bytes + "小学部\nowners: [教务处]\n"));
      CHECK(positions(r) == "9:6 yaml-syntax");
      REQUIRE_FALSE(r.diagnostics.empty());
      CHECK(r.diagnostics[0].message == std::string("YAML syntax error: the `:` after `unit` is followed by ") +
                                            c.shown + ", not a space, so YAML reads the line as text, not as a key");
      CHECK(r.diagnostics[0].hint == std::string("replace ") + c.shown + " with an ordinary space");
    }
  }

  TEST_CASE("a full-width colon after a key in a list entry, and in a key with `_`")
  {
    auto r = load(minimal_plan("sections:\n  - title：安全\n    items: []\n"));
    CHECK(positions(r) == "10:10 yaml-syntax");
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message == "YAML syntax error: `title` is followed by a full-width colon `：` (U+FF1A), so "
                                      "YAML reads the line as text, not as a key");
    auto under = load(minimal_plan("sections:\n  - title: 安全\n    on_holiday：skip\n    items: []\n"));
    REQUIRE_FALSE(under.diagnostics.empty());
    CHECK(positions(under) == "11:15 yaml-syntax");
    CHECK(under.diagnostics[0].hint == "type the colon as `:` followed by a space: `on_holiday: …`");
  }
}
