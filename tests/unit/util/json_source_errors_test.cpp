// Tests for the JSON reader holiday files go through: every kind of syntax error with
// the line:column a user is sent to, escapes, numbers, and positions of odd keys.
#include "plan/util/json_source.hpp"

#include <doctest/doctest.h>

using namespace plan;

namespace {

std::string where(LineColumn p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

// "line:column message" of the one syntax error `text` has.
std::string error(std::string_view text)
{
  std::vector<JsonProblem> problems;
  auto doc = parse_json_source(text, problems);
  CHECK_FALSE(doc);
  REQUIRE(problems.size() >= 1);
  CHECK(problems.back().kind == "syntax");
  return where(problems.back().where) + " " + problems.back().message;
}

nlohmann::json parsed(std::string_view text)
{
  std::vector<JsonProblem> problems;
  auto doc = parse_json_source(text, problems);
  REQUIRE(doc);
  CHECK(problems.empty());
  return doc->value;
}

} // namespace

TEST_SUITE("parse_json_source errors")
{
  TEST_CASE("the end of the file where more was expected")
  {
    CHECK(error("{") == "1:2 expected a key in double quotes, found the end of the file");
    CHECK(error("{\"a\"") == "1:5 expected `:` after the key, found the end of the file");
    CHECK(error("{\"a\":") == "1:6 expected a value, found the end of the file");
    CHECK(error("{\"a\": 1") == "1:8 expected `,` or `}`, found the end of the file");
    CHECK(error("[") == "1:2 expected a value, found the end of the file");
    CHECK(error("[1") == "1:3 expected `,` or `]`, found the end of the file");
    CHECK(error("[1,") == "1:4 expected a value, found the end of the file");
  }

  TEST_CASE("a wrong character names what was found")
  {
    CHECK(error("{\"a\" 1}") == "1:6 expected `:` after the key, found `1`");
    CHECK(error("[1 2]") == "1:4 expected `,` or `]`, found `2`");
    CHECK(error("{\"a\": 1,}") == "1:9 expected a key in double quotes, found `}`");
    // A character of several bytes is shown whole.
    CHECK(error("[1 é]") == "1:4 expected `,` or `]`, found `é`");
    CHECK(error("[“a”]") == "1:2 expected a value, found `“`");
    CHECK(error("{\"a\": +1}") == "1:7 expected a value, found `+`");
  }

  TEST_CASE("characters that cannot be shown are described instead")
  {
    const std::string not_allowed = " a character JSON does not allow here";
    CHECK(error("[\x7F]") == "1:2 expected a value, found" + not_allowed);
    // U+0085, a C1 control.
    CHECK(error("[\xC2\x85]") == "1:2 expected a value, found" + not_allowed);
    // U+00A0, a no-break space, is a printable character.
    CHECK(error("[\xC2\xA0]") == "1:2 expected a value, found `\xC2\xA0`");
    // Invalid UTF-8: a lone continuation byte, a byte that never starts a character.
    CHECK(error("[\x80\x80\x80\x80\x80\x80]") == "1:2 expected a value, found" + not_allowed);
    CHECK(error("[\xFF]") == "1:2 expected a value, found" + not_allowed);
  }

  TEST_CASE("literals are spelled out in full")
  {
    CHECK(parsed("[true, false, null]") == nlohmann::json::parse("[true, false, null]"));
    CHECK(error("[tru]") == "1:2 expected a value, found `t`");
    CHECK(error("[fals]") == "1:2 expected a value, found `f`");
    CHECK(error("[nul]") == "1:2 expected a value, found `n`");
    CHECK(error("[None]") == "1:2 expected a value, found `N`");
  }

  TEST_CASE("numbers")
  {
    CHECK(parsed("2027") == 2027);
    CHECK(parsed("[-0, 1.5e+3, 2E-2]") == nlohmann::json::parse("[-0, 1.5e+3, 2E-2]"));
    CHECK(error("[01]") == "1:2 not a valid JSON number (or one too large)");
    CHECK(error("[1.]") == "1:2 not a valid JSON number (or one too large)");
    CHECK(error("[-]") == "1:2 not a valid JSON number (or one too large)");
    CHECK(error("[2023-01-01]") == "1:2 not a valid JSON number (or one too large)");
  }

  TEST_CASE("texts in double quotes")
  {
    CHECK(parsed("\"a\\\"b\\\\c\\/d\\n\"") == "a\"b\\c/d\n");
    CHECK(parsed("\"\\u5143\\u65e6\"") == "元旦");
    // A character outside the BMP is written as a surrogate pair.
    CHECK(parsed("\"\\ud83c\\udf89\"") == "\xF0\x9F\x8E\x89");
    const std::string bad = "1:2 not a valid JSON text (a bad escape, a control character or invalid UTF-8)";
    CHECK(error("[\"\\ud83c\"]") == bad);        // a high surrogate alone
    CHECK(error("[\"\\udf89\\ud83c\"]") == bad); // the pair the wrong way round
    CHECK(error("[\"\\u12\"]") == bad);          // too few hex digits
    CHECK(error("[\"\\u12g4\"]") == bad);
    CHECK(error("[\"a\tb\"]") == bad);           // a raw tab
    CHECK(error("[\"\xFF\"]") == bad);
    // Not closed: at the end of the line, at the end of the file, after a backslash.
    CHECK(error("{\"a\": \"abc\n\"}") == "1:7 a text in double quotes is not closed on its line");
    CHECK(error("[\"abc") == "1:2 a text in double quotes is not closed on its line");
    CHECK(error("[\"abc\\") == "1:2 a text in double quotes is not closed on its line");
    CHECK(error("{\"a") == "1:2 a text in double quotes is not closed on its line");
  }

  TEST_CASE("tabs and carriage returns are blanks; lines are counted at line feeds")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\r\n\t\"a\" :\t1 ,\r\n\t\"b\": [ ]\r\n}\r\n", problems);
    REQUIRE(doc);
    CHECK(doc->value["a"] == 1);
    CHECK(where(doc->key_position("/b")) == "3:2");
    CHECK(error("{\r\n\t\"a\": x}") == "2:7 expected a value, found `x`");
  }

  TEST_CASE("keys with / and ~ are escaped in pointers as RFC 6901 says")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\"a/b\": 1,\n \"m~n\": 2}", problems);
    REQUIRE(doc);
    CHECK(where(doc->key_position("/a~1b")) == "1:2");
    CHECK(where(doc->value_position("/a~1b")) == "1:9");
    CHECK(where(doc->key_position("/m~0n")) == "2:2");
    // The unescaped spelling names no member: it falls back to the document.
    CHECK(where(doc->key_position("/a/b")) == "1:1");
  }

  TEST_CASE("a pointer without a key falls back to its value, and a value to its ancestor")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\"days\": [\n  1,\n  {\"x\": 2}]}", problems);
    REQUIRE(doc);
    CHECK(where(doc->key_position("/days/1")) == "3:3");
    CHECK(where(doc->key_position("/days/1/y")) == "3:3");
    // A source with no positions at all places everything at the start.
    JsonSource empty;
    CHECK(where(empty.value_position("/a/b")) == "1:1");
  }

  TEST_CASE("duplicate keys: reported each time, even nested in the ignored value")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\"a\": 1,\n \"a\": {\"b\": 1, \"b\": 2},\n \"a~/\": 3, \"a~/\": 4}", problems);
    REQUIRE(doc);
    CHECK(doc->value["a"] == 1);
    CHECK(doc->value["a~/"] == 3);
    REQUIRE(problems.size() == 3);
    CHECK(where(problems[0].where) == "2:2");
    CHECK(where(problems[1].where) == "2:16");
    CHECK(problems[1].message == "key `b` is given twice in one object (first on line 2)");
    CHECK(where(problems[2].where) == "3:12");
    CHECK(problems[2].message == "key `a~/` is given twice in one object (first on line 3)");
  }

  TEST_CASE("a syntax error in the value of a duplicate key still stops the parse")
  {
    std::vector<JsonProblem> problems;
    CHECK_FALSE(parse_json_source("{\"a\": 1, \"a\": }", problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].kind == "duplicate-key");
    CHECK(problems[1].kind == "syntax");
    CHECK(where(problems[1].where) == "1:15");
    CHECK(problems[1].message == "expected a value, found `}`");
  }

  TEST_CASE("nesting counts objects as well as arrays")
  {
    std::string deep;
    for (int n = 0; n < 65; ++n) deep += "{\"a\":";
    CHECK(error(deep + "1") == "1:321 nesting deeper than 64 levels");
  }
}
