// A `,` where a block node starts: a syntax error that yaml-cpp 0.7 turns into an
// endless loop (with memory growing) when it follows the top-level node, so the
// lexical pass reports it first. Text that continues a plain scalar may start with one.
#include "plan/load.hpp"
#include "plan/yaml/parse.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_CASE("a comma that starts a block node is a syntax error at the comma")
{
  CHECK(positions(load(",")) == "1:1 yaml-syntax");
  CHECK(positions(load(", \n")) == "1:1 yaml-syntax");
  CHECK(positions(load("[a] ,\n")) == "1:5 yaml-syntax");
  CHECK(positions(load("\"a\" , b\n")) == "1:5 yaml-syntax");
  CHECK(positions(load("&a [b] ,\n")) == "1:8 yaml-syntax");
  CHECK(positions(load("--- ,\n")) == "1:5 yaml-syntax");
  CHECK(positions(load("[a]\n  ,\n")) == "2:3 yaml-syntax");
  CHECK(positions(load("- a\n,\n")) == "2:1 yaml-syntax");
  CHECK(positions(load("a: 1\n...\n,\n")) == "3:1 yaml-syntax");
  // A directive is not a plain scalar that the next line could continue.
  CHECK(positions(load("%YAML 1.2\n,\n")) == "2:1 yaml-syntax");
  CHECK(positions(load("|\n% \n,\n")) == "3:1 yaml-syntax");
  // A key of the top-level mapping is one line: the next line does not continue it.
  CHECK(positions(load("format: 1\nschool:~ x\n% \n,07-07}\n")) == "4:1 yaml-syntax");
  CHECK(positions(load("a: 1\nb\n,\n")) == "3:1 yaml-syntax");
  // A comment ends a plain scalar: what follows does not continue it.
  CHECK(positions(load("a\n# c\n,\n")) == "3:1 yaml-syntax");
  CHECK(positions(load("a\n  # c\n,\n")) == "3:1 yaml-syntax");
  auto r = load(minimal_plan("unit: ,x\n"));
  CHECK(positions(r) == "9:7 yaml-syntax");
  CHECK(r.diagnostics[0].message == "YAML syntax error: a value cannot start with `,` outside [ ] or { }");
}

TEST_CASE("yaml_stall finds where yaml-cpp's LoadAll would loop for ever")
{
  CHECK(yaml_stall(",") == 0u);
  CHECK(yaml_stall("[a] ,") == 4u);
  CHECK(yaml_stall("- a\n,\n") == 4u);
  CHECK(!yaml_stall("a: 1\n"));
  CHECK(!yaml_stall("a\n, b\n")); // text that continues a plain scalar
  CHECK(!yaml_stall("--- a\n--- b\n"));
  CHECK(!yaml_stall(""));
}

TEST_CASE("a comma may start a line that continues a plain scalar, and may stand inside one")
{
  auto r = load(minimal_plan("unit: 小学部\n  , 初中部\ntitle2: a, b\n"));
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.diagnostics[0].rule == "schema-unknown-key"); // title2, not the commas
  CHECK(load(minimal_plan("unit: 小学部\n  , 初中部\n")).diagnostics.empty());
  CHECK(load(minimal_plan("unit: 小学部,初中部\n")).diagnostics.empty());
  CHECK(load(minimal_plan("owners: [a, b]\n")).diagnostics.empty());
}
