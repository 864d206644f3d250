// YAML tags: only the non-specific `!` and the core schema's tags that fit their node
// are part of the plan format; any other is a yaml-tag error at the tag, never a value
// read as something else (!!binary as its base64 text) or a tag dropped (!weekly).
#include "plan/yaml/to_json.hpp"

#include "plan/yaml/parse.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

namespace {

JsonDocument convert(const std::string& text)
{
  SourceText source(text);
  DiagnosticList diagnostics;
  auto root = parse_yaml(source, "t.yaml", diagnostics);
  REQUIRE(root.has_value());
  return to_json(*root, source, "t.yaml");
}

std::string rules(const JsonDocument& d)
{
  std::string out;
  for (const Diagnostic& x : d.diagnostics) {
    out += (out.empty() ? "" : "; ") + fmt::format("{}:{} {} {}", x.location.line, x.location.column, x.rule, x.pointer);
  }
  return out;
}

} // namespace

TEST_SUITE("YAML tags")
{
  TEST_CASE("untagged, quoted, `!` and fitting core tags are accepted")
  {
    auto d = convert("a: x\nb: 'y'\nc: ! z\nd: !!str 5\ne: !!int 12\nf: !!float 1.5\ng: !!bool true\nh: !!null\n"
                     "i: !!map {k: v}\nj: !!seq [1]\nk: !<tag:yaml.org,2002:str> s\nl: !!float 3\n");
    CHECK(rules(d) == "");
    CHECK(d.value["c"] == "z");
    CHECK(d.value["d"] == "5");
    CHECK(d.value["e"] == 12);
    CHECK(d.value["h"].is_null());
  }

  TEST_CASE("tags the format does not define are errors at the tag")
  {
    auto d = convert("a: !!binary aGVsbG8=\nb: !weekly 每周一\nc: !quota {at_least: 1}\nd: !set [x]\n!k e: v\n"
                     "f: !!timestamp 2023-09-01\n");
    CHECK(rules(d) == "1:4 yaml-tag /a; 2:4 yaml-tag /b; 3:4 yaml-tag /c; 4:4 yaml-tag /d; 5:1 yaml-tag /e; "
                      "6:4 yaml-tag /f");
    CHECK(d.diagnostics[0].message ==
          "the YAML tag `!!binary` is not part of the plan format: its value would be read as something else or "
          "dropped");
    CHECK(d.diagnostics[1].message.find("`!weekly`") != std::string::npos);
  }

  TEST_CASE("core tags that do not fit the value are errors")
  {
    auto d = convert("a: !!int 听课\nb: !!bool yes\nc: !!null x\nd: !!map [1]\ne: !!seq {k: v}\nf: !!str [1]\n"
                     "g: !!float abc\n");
    CHECK(rules(d) == "1:4 yaml-tag /a; 2:4 yaml-tag /b; 3:4 yaml-tag /c; 4:4 yaml-tag /d; 5:4 yaml-tag /e; "
                      "6:4 yaml-tag /f; 7:4 yaml-tag /g");
    CHECK(d.diagnostics[0].message == "`!!int` marks an integer, but `听课` is not one");
    CHECK(d.diagnostics[3].message == "`!!map` marks a mapping, but the value is a list");
  }

  TEST_CASE("a plan with a tag has an error and does not expand")
  {
    std::string text = minimal_plan("items:\n  - title: 听课\n    when: !weekly 每周一\n");
    auto r = load(text);
    CHECK(positions(r) == "11:11 yaml-tag");
    CHECK(plan::test::expanded(text) == nullptr);
  }
}
