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

  TEST_CASE("text: an excerpt shows controls as <U+XXXX> and the caret stays under its character")
  {
    SourceText source("title: a\u202Eb\x07" "c\n");
    Diagnostic d = sample();
    d.location = {"p.yaml", 1, 12}; // `c`: t-i-t-l-e-:-space-a-RLO-b-BEL is 11 characters
    std::string text = render_diagnostic_text(d, &source);
    CHECK(text.find("    1 | title: a<U+202E>b<U+0007>c\n"
                    "      | " + std::string(8 + 8 + 1 + 8, ' ') + "^\n") != std::string::npos);
  }

  TEST_CASE("text: controls and direction marks in a message or hint are shown as <U+XXXX>")
  {
    // A key written "\e[2Jx" or "wh\u202Een" reaches the message through a YAML escape
    // or the file itself; printed raw it would clear the terminal or reorder the line.
    Diagnostic d = sample();
    d.message = "unknown key `\x1B[2Jx`, `wh\u202Een`, `a\rb`, `\u009B1m`";
    d.hint = "did you mean `教务处\u200F`?";
    std::string text = render_diagnostic_text(d, nullptr);
    CHECK(text == "p.yaml:2:12: error: unknown key `<U+001B>[2Jx`, `wh<U+202E>en`, `a<U+000D>b`, `<U+009B>1m` "
                  "[unknown-owner]\n"
                  "  hint: did you mean `教务处<U+200F>`?\n");
    // Tabs and CJK text are left alone.
    d.message = "unknown owner `教务外\t`";
    d.hint = "";
    CHECK(render_diagnostic_text(d, nullptr) == "p.yaml:2:12: error: unknown owner `教务外\t` [unknown-owner]\n");
  }

  TEST_CASE("text: a carriage return inside a line is shown as <U+000D> in the excerpt")
  {
    SourceText source("title: a\rb\n");
    Diagnostic d = sample();
    d.location = {"p.yaml", 1, 10}; // `b`, after t-i-t-l-e-:-space-a-CR
    d.hint = "";
    CHECK(render_diagnostic_text(d, &source) == "p.yaml:1:10: error: unknown owner `教务外` [unknown-owner]\n"
                                                "    1 | title: a<U+000D>b\n"
                                                "      | " + std::string(8 + 8, ' ') + "^\n");
  }

  TEST_CASE("text: a very long line shows a window around the column, cut with …")
  {
    std::string line = std::string(100000, 'a') + "X" + std::string(100000, 'b');
    SourceText source(line + "\n");
    Diagnostic d = sample();
    d.location = {"p.yaml", 1, 100001};
    std::string text = render_diagnostic_text(d, &source);
    CHECK(text.size() < 400);
    // 60 columns before the caret, then the rest of the 120 columns after it.
    CHECK(text.find("    1 | …" + std::string(60, 'a') + "X" + std::string(59, 'b') + "…\n"
                    "      |  " + std::string(60, ' ') + "^\n") != std::string::npos);
    // Near the start of the line nothing is cut on the left.
    d.location.column = 3;
    text = render_diagnostic_text(d, &source);
    CHECK(text.find("    1 | " + std::string(120, 'a') + "…\n      |   ^\n") != std::string::npos);
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
