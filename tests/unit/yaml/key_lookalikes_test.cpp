// Keys that are not what they look like: a null or collection key, and a key whose
// `: ` is a look-alike (a full-width colon, or a colon followed by a space-like or
// invisible character). Each is reported at its own character, not at the line after.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::find_rule;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_CASE("a null key is reported as one, at the key")
{
  // minimal_plan() has 8 lines: the body starts on line 9.
  for (const char* key : {"~", "null", "Null", "NULL"}) {
    CAPTURE(key);
    auto r = load(minimal_plan(std::string(key) + ": 1\n"));
    CHECK(positions(r) == "9:1 yaml-key");
    REQUIRE(find_rule(r, "yaml-key"));
    CHECK(find_rule(r, "yaml-key")->message.find("null") != std::string::npos);
  }
  // Nested, with its siblings still read.
  auto r = load(minimal_plan("sections:\n  - number: 一\n    title: 教学\n    ~: x\n    items: []\n"));
  CHECK(positions(r) == "12:5 yaml-key");
  // An empty key written with `? `.
  CHECK(positions(load(minimal_plan("? \n: 1\n"))).find("yaml-key") != std::string::npos);
  // Quoted, `null` is text: an unknown key like any other.
  CHECK(positions(load(minimal_plan("\"null\": 1\n"))) == "9:1 schema-unknown-key");
}

TEST_CASE("a list or mapping as a key is reported as one")
{
  auto list = load(minimal_plan("[a, b]: 1\n"));
  CHECK(positions(list) == "9:1 yaml-key");
  CHECK(find_rule(list, "yaml-key")->message == "this key is a list, not a name");
  auto map = load(minimal_plan("{a: b}: 1\n"));
  CHECK(positions(map) == "9:1 yaml-key");
  CHECK(find_rule(map, "yaml-key")->message == "this key is a mapping, not a name");
}

TEST_CASE("a full-width colon after a key is named at its own column")
{
  auto r = load(minimal_plan("unit：小学部\nowners: [教务处]\n"));
  CHECK(positions(r) == "9:5 yaml-syntax");
  CHECK(r.diagnostics[0].message ==
        "YAML syntax error: `unit` is followed by a full-width colon `：` (U+FF1A), so YAML reads the line as text, "
        "not as a key");
  CHECK(r.diagnostics[0].hint == "type the colon as `:` followed by a space: `unit: …`");
  // In a list entry, several lines before the error: the whole continued text is searched.
  auto nested = load(minimal_plan("sections:\n  - number：一\n    title: 教学\n"));
  CHECK(positions(nested) == "10:11 yaml-syntax");
}

TEST_CASE("a colon followed by a space-like or invisible character is named with its code point")
{
  struct Case {
    const char* bytes;
    const char* shown;
  };
  for (Case c : {Case{"\xEF\xBB\xBF", "<U+FEFF>"}, Case{"\xE3\x80\x80", "<U+3000>"}, Case{"\xC2\xA0", "<U+00A0>"},
                 Case{"\xE2\x80\x8B", "<U+200B>"}}) {
    CAPTURE(c.shown);
    auto r = load(minimal_plan(std::string("unit:") + c.bytes + "小学部\nowners: [教务处]\n"));
    CHECK(positions(r) == "9:6 yaml-syntax");
    CHECK(r.diagnostics[0].message == std::string("YAML syntax error: the `:` after `unit` is followed by ") +
                                          c.shown + ", not a space, so YAML reads the line as text, not as a key");
  }
}

TEST_CASE("a full-width colon in running text is not mistaken for a key")
{
  // Text after a real key, and a continued line that does not start with a key name.
  CHECK(positions(load(minimal_plan("unit: 说明：小学部\nowners: [教务处]\n"))) == "");
  CHECK(positions(load(minimal_plan("unit: 小学部\n  备注：无\nowners: [教务处]\n"))) == "");
  // Another syntax error keeps its own message when no look-alike is near.
  auto r = load(minimal_plan("unit: a: b\n"));
  CHECK(positions(r) == "9:8 yaml-syntax");
  CHECK(r.diagnostics[0].message.find("looks like a new key") != std::string::npos);
}
