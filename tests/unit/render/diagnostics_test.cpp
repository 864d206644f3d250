// Tests for the diagnostic renderers: caret under CJK text, JSON keys, GitHub escaping.
#include "plan/render/diagnostics.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("render diagnostics")
{
  Diagnostic sample()
  {
    return {Severity::Error, "unknown-owner", {"p.yaml", 2, 12}, "/items/0/owner", "unknown owner `教务外`",
            "did you mean `教务处`?"};
  }

  TEST_CASE("text: header, source line, caret under wide characters, hint")
  {
    SourceText source("items:\n  - {标题: x, owner: 教务外}\n");
    Diagnostic d = sample();
    d.location.column = 20; // 教务外 is the 20th character; the 19 before it are 21 columns wide
    CHECK(render_diagnostic_text(d, &source) == "p.yaml:2:20: error: unknown owner `教务外` [unknown-owner]\n"
                                                "    2 |   - {标题: x, owner: 教务外}\n"
                                                "      | " + std::string(21, ' ') + "^\n"
                                                "  hint: did you mean `教务处`?\n");
  }

  TEST_CASE("json: stable keys in a fixed order")
  {
    CHECK(render_diagnostic_json(sample()) ==
          R"({"file":"p.yaml","line":2,"column":12,"pointer":"/items/0/owner","severity":"error",)"
          R"("rule":"unknown-owner","message":"unknown owner `教务外`","hint":"did you mean `教务处`?"})");
  }

  TEST_CASE("github: workflow command with escaped properties and data")
  {
    Diagnostic d = sample();
    d.location.file = "a,b:c.yaml";
    d.message = "50% done\nnext";
    d.hint.clear();
    CHECK(render_diagnostic_github(d) ==
          "::error file=a%2Cb%3Ac.yaml,line=2,col=12,title=plan unknown-owner::50%25 done%0Anext\n");
  }
}
