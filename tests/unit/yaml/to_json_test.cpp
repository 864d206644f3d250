// Tests for the YAML 1.2 core-schema conversion and position tracking.
#include "plan/yaml/to_json.hpp"

#include "plan/yaml/parse.hpp"

#include <doctest/doctest.h>

using namespace plan;

namespace {

JsonDocument convert(const std::string& text)
{
  SourceText source(text);
  DiagnosticList diagnostics;
  auto root = parse_yaml(source, "t.yaml", diagnostics);
  REQUIRE(root.has_value());
  return to_json(*root, source, "t.yaml");
}

} // namespace

TEST_SUITE("to_json")
{
  TEST_CASE("plain scalars resolve by the YAML 1.2 core schema")
  {
    auto d = convert("a: 1\nb: -2.5\nc: true\nd: no\ne: 2023-09-01\nf: ~\ng: '1'\nh: 0x1F\ni: 1.\nj: .5\n");
    CHECK(d.value["a"] == 1);
    CHECK(d.value["b"] == -2.5);
    CHECK(d.value["c"] == true);
    CHECK(d.value["d"] == "no");
    CHECK(d.value["e"] == "2023-09-01");
    CHECK(d.value["f"].is_null());
    CHECK(d.value["g"] == "1");
    CHECK(d.value["h"] == 31);
    CHECK(d.value["i"] == 1.0);
    CHECK(d.value["j"] == 0.5);
    CHECK(d.yaml11_booleans == std::vector<std::string>{"/d"});
  }

  TEST_CASE("positions of values and keys, in characters")
  {
    auto d = convert("标题: 学校\nlist:\n  - 中文\n  - x\n");
    CHECK(d.value_location("/标题").column == 5);
    CHECK(d.key_location("/list").line == 2);
    CHECK(d.value_location("/list/1").line == 4);
    CHECK(d.value_location("/list/1").column == 5);
    CHECK(d.value_location("/list/9").line == 3); // falls back to the parent
  }

  TEST_CASE("an alias is placed where it is used, not at the anchor")
  {
    auto d = convert("owners: &o [甲, 乙]\nunit: &u 小学\nitems:\n  - title: *o\n    note: x\n  - *u\n  - {*u : 1}\n");
    // The value *o: at its key on line 4, and so are the entries it stands for.
    CHECK(d.value_location("/items/0/title").line == 4);
    CHECK(d.value_location("/items/0/title").column == 5);
    CHECK(d.value_location("/items/0/title/1").line == 4);
    // An alias entry: at the entry before it.
    CHECK(d.value_location("/items/1").line == 4);
    // A key written as an alias: at its value, on the alias's line.
    CHECK(d.key_location("/items/2/小学").line == 7);
    CHECK(d.key_location("/items/2/小学").column == 11);
    // The anchors themselves keep their own positions.
    CHECK(d.value_location("/owners").line == 1);
    CHECK(d.value_location("/unit").line == 2);
  }

  TEST_CASE("pointer tokens are escaped")
  {
    CHECK(json_pointer_token("a/b~c") == "a~1b~0c");
  }
}
