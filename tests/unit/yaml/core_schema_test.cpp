// How plain scalars resolve under the YAML 1.2 core schema (null, booleans, integers in
// decimal, octal and hex, floats, .inf and .nan), which tags fit which nodes, and where
// keys written as aliases are placed.
#include "plan/yaml/to_json.hpp"

#include "plan/yaml/parse.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

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

// The value of `key: <plain>` as the core schema reads it.
nlohmann::json plain(const std::string& scalar)
{
  JsonDocument d = convert("a: " + scalar + "\n");
  INFO("scalar: " << scalar);
  REQUIRE(d.value.contains("a"));
  return d.value["a"];
}

std::string at(const SourceLocation& l) { return std::to_string(l.line) + ":" + std::to_string(l.column); }

} // namespace

TEST_SUITE("YAML core schema")
{
  TEST_CASE("null and the booleans in each of their spellings")
  {
    for (const char* n : {"~", "null", "Null", "NULL", ""}) CHECK(plain(n).is_null());
    for (const char* t : {"true", "True", "TRUE"}) CHECK(plain(t) == true);
    for (const char* f : {"false", "False", "FALSE"}) CHECK(plain(f) == false);
    CHECK(plain("nULL") == "nULL");
    CHECK(plain("tRUE") == "tRUE");
  }

  TEST_CASE("integers: signed decimal, 0o octal and 0x hex")
  {
    CHECK(plain("+5") == 5);
    CHECK(plain("-5") == -5);
    CHECK(plain("0o17") == 15);
    CHECK(plain("0xff") == 255);
    CHECK(plain("0xFF") == 255);
    CHECK(plain("0x1aF") == 431);
    // Not integers: digits outside the base, or a prefix with no digits.
    CHECK(plain("0o18") == "0o18");
    CHECK(plain("0o") == "0o");
    CHECK(plain("0xfg") == "0xfg");
    CHECK(plain("0x") == "0x");
    CHECK(plain("+") == "+");
  }

  TEST_CASE("integers beyond 64 bits are still numbers")
  {
    nlohmann::json big = plain("99999999999999999999");
    REQUIRE(big.is_number_float());
    CHECK(big.get<double>() == doctest::Approx(1e20));
    nlohmann::json big_hex = plain("0x10000000000000000");
    REQUIRE(big_hex.is_number_float());
    CHECK(big_hex.get<double>() == doctest::Approx(18446744073709551616.0));
  }

  TEST_CASE("floats, and integer-valued floats kept as integers")
  {
    CHECK(plain(".5") == 0.5);
    CHECK(plain("-1.25") == -1.25);
    CHECK(plain("1e-3") == 0.001);
    CHECK(plain("2.5E+1") == 25);
    CHECK(plain("1.") == 1);
    CHECK(plain("1e3").is_number_integer());
    CHECK(plain("1e3") == 1000);
    // Not floats: no digits, an exponent with no digits, letters after the number.
    CHECK(plain(".") == ".");
    CHECK(plain("-.e1") == "-.e1");
    CHECK(plain("1e") == "1e");
    CHECK(plain("1e+") == "1e+");
    CHECK(plain("1.5x") == "1.5x");
    CHECK(plain("1e3x") == "1e3x");
  }

  TEST_CASE("infinity and not-a-number")
  {
    for (const char* inf : {".inf", ".Inf", ".INF", "+.inf"}) {
      INFO(inf);
      CHECK(plain(inf).get<double>() == std::numeric_limits<double>::infinity());
    }
    for (const char* inf : {"-.inf", "-.Inf", "-.INF"}) {
      INFO(inf);
      CHECK(plain(inf).get<double>() == -std::numeric_limits<double>::infinity());
    }
    for (const char* nan : {".nan", ".NaN", ".NAN"}) {
      INFO(nan);
      CHECK(std::isnan(plain(nan).get<double>()));
    }
    CHECK(plain(".iNf") == ".iNf");
  }

  TEST_CASE("a plus sign before .Inf and .INF is infinity as before .inf")
  {
    // The core schema's float pattern allows a sign before each of the three spellings.
    for (const char* inf : {"+.Inf", "+.INF"}) {
      INFO(inf);
      nlohmann::json v = plain(inf);
      REQUIRE(v.is_number_float());
      CHECK(v.get<double>() == std::numeric_limits<double>::infinity());
    }
  }

  TEST_CASE("core tags that do not fit their node say what the node is")
  {
    auto d = convert("a: !!str {k: v}\nb: !!int [1]\nc: !!map x\nd: !!seq {k: v}\ne: !!float x\nf: !!null x\n"
                     "g: !!bool 1\n");
    REQUIRE(d.diagnostics.size() == 7);
    CHECK(d.diagnostics[0].message == "`!!str` marks a single value, but the value is a mapping");
    CHECK(d.diagnostics[1].message == "`!!int` marks a single value, but the value is a list");
    CHECK(d.diagnostics[2].message == "`!!map` marks a mapping, but the value is a single value");
    CHECK(d.diagnostics[3].message == "`!!seq` marks a list, but the value is a mapping");
    CHECK(d.diagnostics[4].message == "`!!float` marks a number, but `x` is not one");
    CHECK(d.diagnostics[5].message == "`!!null` marks null, but `x` is not one");
    CHECK(d.diagnostics[6].message == "`!!bool` marks true or false, but `1` is not one");
    for (const Diagnostic& x : d.diagnostics) CHECK(x.rule == "yaml-tag");
    CHECK(d.diagnostics[3].pointer == "/d");
    CHECK(at(d.diagnostics[3].location) == "4:4");
  }

  TEST_CASE("a key written as an alias is placed on its own line")
  {
    // The alias's node is the anchored `key1` on line 1; the key is placed at its value.
    auto d = convert("x: &k key1\ny:\n  *k : v\n");
    CHECK(d.value["y"]["key1"] == "v");
    CHECK(at(d.key_location("/y/key1")) == "3:8");
    // With no value, at the mapping it is in, which starts on the alias's line.
    auto empty = convert("x: &k key1\ny:\n  *k :\n");
    CHECK(empty.value["y"]["key1"].is_null());
    CHECK(at(empty.key_location("/y/key1")) == "3:3");
  }

  TEST_CASE("locations of pointers the document does not have")
  {
    auto d = convert("list:\n  - a\n  - b\n");
    // A list entry has no key: its key location is its value's.
    CHECK(at(d.key_location("/list/1")) == "3:5");
    CHECK(at(d.value_location("/list/1")) == "3:5");
    // A pointer below a value falls back to the value.
    CHECK(at(d.value_location("/list/1/x")) == "3:5");
    JsonDocument none;
    CHECK(none.value_location("/a/b").line == 0);
    CHECK(none.key_location("/a").line == 0);
  }
}
