// Tests for the position-keeping JSON parser holiday files are read with.
#include "plan/util/json_source.hpp"

#include <doctest/doctest.h>

using namespace plan;

namespace {

std::string where(LineColumn p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

} // namespace

TEST_SUITE("parse_json_source")
{
  TEST_CASE("values and keys keep their line and column, counted in characters")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\n  \"year\": 2027,\n  \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\"}]\n}",
                                 problems);
    REQUIRE(doc);
    CHECK(problems.empty());
    CHECK(doc->value["year"] == 2027);
    CHECK(doc->value["days"][0]["name"] == "元旦");
    CHECK(where(doc->value_position("")) == "1:1");
    CHECK(where(doc->key_position("/year")) == "2:3");
    CHECK(where(doc->value_position("/year")) == "2:11");
    CHECK(where(doc->value_position("/days/0")) == "3:12");
    CHECK(where(doc->value_position("/days/0/date")) == "3:35");
    CHECK(where(doc->value_position("/days/0/missing")) == "3:12");
  }

  TEST_CASE("a key twice in one object is reported at the second, and the first is kept")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("{\"year\": 2027,\n \"days\": [],\n \"year\": 2028}", problems);
    REQUIRE(doc);
    CHECK(doc->value["year"] == 2027);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == "duplicate-key");
    CHECK(where(problems[0].where) == "3:2");
    CHECK(problems[0].message == "key `year` is given twice in one object (first on line 1)");
  }

  TEST_CASE("syntax errors have the position of what is wrong")
  {
    auto error = [](std::string_view text) {
      std::vector<JsonProblem> problems;
      auto doc = parse_json_source(text, problems);
      CHECK_FALSE(doc);
      REQUIRE(problems.size() == 1);
      CHECK(problems[0].kind == "syntax");
      return where(problems[0].where) + " " + problems[0].message;
    };
    CHECK(error("{\"a\": 1 \"b\": 2}") == "1:9 expected `,` or `}`, found `\"`");
    CHECK(error("[1,\n 2,\n ]") == "3:2 expected a value, found `]`");
    CHECK(error("") == "1:1 expected a value, found the end of the file");
    CHECK(error("{\"a\": 1e999}") == "1:7 not a valid JSON number (or one too large)");
    CHECK(error("{\"a\": \"\\q\"}") == "1:7 not a valid JSON text (a bad escape, a control character or invalid UTF-8)");
    CHECK(error("{} x") == "1:4 expected the end of the file after the JSON value, found `x`");
    CHECK(error("{'a': 1}") == "1:2 expected a key in double quotes, found `'`");
    CHECK(error("[\x1b]") == "1:2 expected a value, found a character JSON does not allow here");
  }

  TEST_CASE("nesting is bounded before the parser recurses")
  {
    std::vector<JsonProblem> problems;
    CHECK(parse_json_source(std::string(64, '[') + std::string(64, ']'), problems));
    CHECK(problems.empty());
    CHECK_FALSE(parse_json_source(std::string(100000, '['), problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "nesting deeper than 64 levels");
    CHECK(where(problems[0].where) == "1:65");
  }

  TEST_CASE("a UTF-8 byte-order mark is skipped")
  {
    std::vector<JsonProblem> problems;
    auto doc = parse_json_source("\xEF\xBB\xBF{\"a\": 1}", problems);
    REQUIRE(doc);
    CHECK(where(doc->value_position("/a")) == "1:7");
  }
}
