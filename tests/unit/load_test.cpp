// Tests for load_plan: the layers run together and positions are right.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

TEST_SUITE("load_plan")
{
  TEST_CASE("a minimal plan loads clean into the model")
  {
    auto r = load(minimal_plan("owners: [教务处]\n"
                               "sections:\n"
                               "  - title: 教学\n"
                               "    owner: 教务处\n"
                               "    items:\n"
                               "      - title: 大教研\n"
                               "        when: [每周四, 期末]\n"
                               "        quota: {at_least: 2, per: term, role: 校长, unit: 节}\n"
                               "        target: {indicator: 入学率, op: '>=', value: 95, unit: '%'}\n"));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.plan.has_value());
    const Plan& p = *r.plan;
    CHECK(p.first_year == 2023);
    CHECK(p.terms == std::vector<int>{1, 2});
    REQUIRE(p.calendar.terms.size() == 2);
    CHECK(format_iso(p.calendar.terms[1].first_day) == "2024-02-26");
    REQUIRE(p.sections.size() == 1);
    REQUIRE(p.sections[0].items.size() == 1);
    const Item& item = p.sections[0].items[0];
    CHECK(item.owners == std::vector<std::string>{"教务处"}); // inherited from the section
    REQUIRE(item.when.size() == 2);
    CHECK(item.when[0].schedule.kind == ScheduleKind::Weekly);
    CHECK(item.when[0].location.line == 15);
    CHECK(item.when[1].location.column == 21);
    REQUIRE(item.quotas.size() == 1);
    CHECK(item.quotas[0].schedule.role == "校长");
    CHECK(item.quotas[0].schedule.count == 2);
    REQUIRE(item.targets.size() == 1);
    CHECK(item.targets[0].op == Comparison::AtLeast);
    CHECK(item.targets[0].value == 95);
  }

  TEST_CASE("items take their sections' tags after their own")
  {
    auto r = load(minimal_plan("sections:\n  - title: a\n    tags: [安全]\n    sections:\n      - title: b\n"
                               "        tags: [德育, 安全]\n        items:\n          - {title: x, tags: [演练]}\n"));
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->sections[0].sections[0].items[0].tags == std::vector<std::string>{"演练", "安全", "德育"});
  }

  TEST_CASE("YAML syntax errors stop loading with a position")
  {
    auto r = load("format: 1\ntitle: [a, b\nschool: x\n");
    CHECK_FALSE(r.plan.has_value());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "yaml-syntax");
    CHECK(r.diagnostics[0].location.line == 2); // at the `[` that is never closed
    CHECK(r.diagnostics[0].location.column == 8);
    CHECK(r.diagnostics[0].message == "YAML syntax error: the list opened with `[` here is never closed");
  }

  TEST_CASE("schema and meaning problems are all reported, in file order")
  {
    auto r = load(minimal_plan("owners: [教务处]\n"
                               "items:\n"
                               "  - title: 检查\n"
                               "    owner: 教务外\n"
                               "    when: 每逢周四\n"
                               "    tilte: x\n"));
    CHECK(positions(r) == "12:12 unknown-owner; 13:11 unknown-phrase; 14:5 schema-unknown-key");
  }

  TEST_CASE("columns count characters, not bytes")
  {
    auto r = load(minimal_plan("owners: [教务处]\nitems:\n  - {title: 中文标题, owner: 教务外}\n"));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].location.column == 26);
  }

  TEST_CASE("a carriage return alone ends a line, as YAML says")
  {
    std::string plan = minimal_plan("unit: 小学部\n");
    std::string mac = plan;
    std::replace(mac.begin(), mac.end(), '\n', '\r');
    auto r = load(mac);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.plan.has_value());
    CHECK(r.plan->unit == "小学部");
    // Positions count such lines; CRLF lines are unchanged.
    CHECK(positions(load("format: 1\rschool: \"a\r")) == "2:9 yaml-syntax");
    CHECK(positions(load("format: 1\r\nschool: \"a\r\n")) == "2:9 yaml-syntax");
  }

  TEST_CASE("a UTF-8 byte-order mark is accepted")
  {
    auto r = load("\xEF\xBB\xBF" + minimal_plan());
    CHECK(r.diagnostics.empty());
  }

  TEST_CASE("UTF-16 is named, with the command that converts it")
  {
    std::string text("\xFF\xFE" "f\0o\0", 6);
    auto r = load(text);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "encoding");
    CHECK(r.diagnostics[0].message == "the file is encoded as UTF-16LE; plan files are UTF-8");
    CHECK(r.diagnostics[0].hint ==
          "convert it: iconv -f UTF-16LE -t UTF-8 t.yaml > converted.yaml (or read it as it is with --encoding UTF-16LE)");
  }

  TEST_CASE("invalid UTF-8 is reported with its line and byte")
  {
    auto r = load("format: 1\nschool: 学校\xFFx\n"); // 0xFF begins no sequence in UTF-8 or GB18030
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "encoding");
    CHECK(r.diagnostics[0].location.line == 2);
    CHECK(r.diagnostics[0].location.column == 11);
    CHECK(r.diagnostics[0].message == "invalid UTF-8 at byte 25 (line 2, byte 15 of the line)");
  }

  TEST_CASE("GB18030 (GBK) is named where its first Chinese character is")
  {
    auto r = load("format: 1\nschool: \xC1\xC4\xB3\xC7\xCA\xD0\n"); // 聊城市
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(positions(r) == "2:9 encoding");
    CHECK(r.diagnostics[0].message == "the file is encoded as GB18030 (or GBK, GB2312); plan files are UTF-8");
    CHECK(r.diagnostics[0].hint == "convert it: iconv -f GB18030 -t UTF-8 t.yaml > converted.yaml (or read it as "
                                   "it is with --encoding GB18030)");
  }

  TEST_CASE("control characters are refused; NUL as a sign of a binary file")
  {
    auto r = load("format: 1\nschool: a\x07" "b\n");
    CHECK(positions(r) == "2:10 control-character");
    CHECK(r.diagnostics[0].message == "U+0007 BELL is a control character, which YAML does not allow in a file");
    auto bin = load(std::string("\x7F" "ELF\x02\x01\x01\x00\x00", 9));
    CHECK(positions(bin) == "1:1 control-character"); // DEL comes first
    auto nul = load(std::string("format: 1\n\0\0", 12));
    CHECK(positions(nul) == "2:1 control-character");
    CHECK(nul.diagnostics[0].message == "a NUL byte: this looks like a binary file, not a plan");
    // C1 controls (U+0080 to U+009F) too, but not NEL (U+0085).
    CHECK(positions(load("format: 1\nschool: \xC2\x9B\n")) == "2:9 control-character");
  }

  TEST_CASE("control characters written as YAML escapes are refused in values and keys")
  {
    auto r = load(minimal_plan("unit: \"\\e[2J小学部\"\n\"a\\0b\": 1\nowners: [\"教务处\\r\"]\n"));
    CHECK(positions(r) == "9:7 control-character; 10:1 control-character; 10:1 schema-unknown-key; "
                          "11:10 control-character");
    CHECK(r.diagnostics[0].message == "the text holds U+001B ESCAPE, a control character");
    CHECK(r.diagnostics[1].message == "the key holds U+0000 NUL, a control character");
    CHECK(r.diagnostics[1].pointer == std::string("/a\0b", 4));
    CHECK(r.diagnostics[3].message == "the text holds U+000D, a control character");
    // NEL is allowed in a file but not in a value; tabs and line breaks are fine.
    CHECK(positions(load(minimal_plan("unit: 小\xC2\x85学\n"))) == "9:7 control-character");
    // The escape \N is NEL too, whatever bytes the YAML library makes of it.
    auto nel = load(minimal_plan("unit: \"小\\N学\"\n"));
    CHECK(positions(nel) == "9:7 control-character");
    CHECK(nel.diagnostics[0].message == "the text holds U+0085, a control character");
    CHECK(load(minimal_plan("unit: \"小\\t学\\n部\"\n")).diagnostics.empty());
    // A direction control is a warning wherever it is written, not an error: written
    // as an escape, it is reported at its value, once.
    auto bidi = load(minimal_plan("unit: \"小学\\u202E部\"\n"));
    CHECK(positions(bidi) == "9:7 bidi-control");
    CHECK(bidi.diagnostics[0].severity == Severity::Warning);
    CHECK(bidi.diagnostics[0].message == "the text holds U+202E RIGHT-TO-LEFT OVERRIDE, written as an escape, which "
                                         "makes it display in a different order from how it reads");
    CHECK(positions(load(minimal_plan("unit: \"小学\u202E部\"\n"))) == "9:10 bidi-control");
  }

  TEST_CASE("direction controls are warned about, the first five of them")
  {
    std::string text = minimal_plan("unit: 教务处\u202E\n");
    auto r = load(text);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "bidi-control");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message ==
          "U+202E RIGHT-TO-LEFT OVERRIDE makes this line display in a different order from how it reads");
    std::string many = "\u200F\u200F\u200F\u200F\u200F\u200F\u200F";
    CHECK(load(minimal_plan("unit: " + many + "\n")).diagnostics.size() == 5);
  }

  TEST_CASE("empty files and several documents are refused")
  {
    CHECK(positions(load("")) == "1:1 empty-file");
    CHECK(positions(load("# only a comment\n")) == "1:1 empty-file");
    CHECK(positions(load("a: 1\n---\nb: 2\n")) == "2:1 yaml-multiple-documents");
    CHECK(positions(load("---\na: 1\n---\nb: 2\n")) == "3:1 yaml-multiple-documents");
  }

  TEST_CASE("a top level that is not a mapping is a schema error")
  {
    auto r = load("- a\n- b\n");
    CHECK(positions(r) == "1:1 schema-type");
    CHECK(r.diagnostics[0].message == "the document must be a mapping (key: value lines), not a list");
  }

  TEST_CASE("a quote that is never closed is an error even where yaml-cpp accepts it")
  {
    auto r = load(minimal_plan("unit: \"小学部\n"));
    CHECK(positions(r) == "9:7 yaml-syntax");
    // Quotes inside plain text, comments and block scalars are text, not openings.
    CHECK(load(minimal_plan("unit: 他说\"好 # a \" here\nitems:\n  - title: x\n    notes: |-\n      \"unclosed\n")).diagnostics.empty());
  }

  TEST_CASE("yaml-cpp's syntax errors are said in words a school office can act on")
  {
    auto message = [](const std::string& text) {
      auto r = load(text);
      REQUIRE(!r.diagnostics.empty());
      return positions(r) + " " + r.diagnostics[0].message;
    };
    CHECK(message("owners: [a, b]]\n") ==
          "1:15 yaml-syntax YAML syntax error: a `]` or `}` that closes nothing");
    CHECK(message("t: {a: 1 b: 2}\n") == "1:11 yaml-syntax YAML syntax error: expected `,` or `}` here, in the "
                                         "mapping `{…}` (a missing comma, or `: ` in an unquoted value?)");
    CHECK(message("items:\n  - id: a\n    title: b\n   when: c\n") ==
          "4:4 yaml-syntax YAML syntax error: this line is indented differently from the list entries around it");
    CHECK(message("t: \"a\\qb\"\n") == "1:6 yaml-syntax YAML syntax error: `\\q` is not an escape YAML knows in double "
                                          "quotes"); // at the backslash
    CHECK(message("t: \"学\\uD800学\"\n").find("1:6 yaml-syntax YAML syntax error: an escape in double quotes names "
                                               "no character") == 0);
  }

  TEST_CASE("a tab in the indentation is named as such")
  {
    auto r = load("format: 1\ncalendar:\n\tterms: []\n");
    CHECK(positions(r) == "3:1 yaml-syntax");
    CHECK(r.diagnostics[0].message == "YAML syntax error: a tab in the indentation");
  }

  TEST_CASE("deep nesting is refused before the parser recurses into it")
  {
    auto r = load("a: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
    // `a:` is level 1 and the first `[` (column 4) level 2: level 65 is at column 67.
    CHECK(positions(r) == "1:67 yaml-limit");
    CHECK(r.diagnostics[0].message == "nesting deeper than 64 levels");
  }

  TEST_CASE("deep block nesting is refused in every spelling, on one line or many")
  {
    // `- ` entries: level n starts at column 2n - 1, so level 65 is at column 129.
    std::string dashes;
    for (int i = 0; i < 100000; ++i) dashes += "- ";
    CHECK(positions(load(dashes + "x\n")) == "1:129 yaml-limit");
    // `k: ` keys on one line, each a level: level 65 at column 3 * 64 + 1.
    std::string keys;
    for (int i = 0; i < 100000; ++i) keys += "k: ";
    CHECK(positions(load(keys + "x\n")) == "1:193 yaml-limit");
    // Quoted keys continue the line the same way.
    std::string quoted;
    for (int i = 0; i < 100000; ++i) quoted += "\"k\": ";
    CHECK(positions(load(quoted + "x\n")) == "1:161 yaml-limit");
    // A staircase of indented keys: line n holds level n, at column n.
    std::string stairs;
    for (int i = 0; i < 5000; ++i) stairs += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    CHECK(positions(load(stairs)) == "65:65 yaml-limit");
    // Comment lines at column 0 between the steps do not reset the count.
    std::string commented;
    for (int i = 0; i < 200; ++i) commented += "# note\n" + std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    CHECK(positions(load(commented)) == "130:65 yaml-limit");
  }

  TEST_CASE("nesting the lexical pass undercounts is refused at the first level past the limit")
  {
    // A list written under its key at the key's own column closes nothing in the
    // lexical pass, which counts one level per line; each line here adds two, a list
    // and a mapping: line n's mapping is level 2n - 1, so level 65 is line 33's.
    std::string compact = "a:\n";
    for (int i = 0; i < 40; ++i) compact += std::string(2 * static_cast<std::size_t>(i), ' ') + "- a:\n";
    auto r = load(compact);
    CHECK(positions(r) == "33:65 yaml-limit");
    CHECK(r.diagnostics[0].message == "nesting deeper than 64 levels");
    // 64 levels of the same are within the limit.
    std::string within = "a:\n";
    for (int i = 0; i < 31; ++i) within += std::string(2 * static_cast<std::size_t>(i), ' ') + "- a:\n";
    within += std::string(62, ' ') + "- x\n"; // the list of level 64
    auto w = load(within);
    REQUIRE(!w.diagnostics.empty());
    CHECK(w.diagnostics[0].rule != "yaml-limit");
  }

  TEST_CASE("nesting within the limit is left to the parser")
  {
    std::string stairs;
    for (int i = 0; i < 60; ++i) stairs += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    auto r = load(stairs);
    REQUIRE(!r.diagnostics.empty()); // not a plan, but not refused for its depth
    CHECK(r.diagnostics[0].rule != "yaml-limit");
    // Siblings close each other: many keys at one level are one level.
    std::string wide = "a:\n";
    for (int i = 0; i < 1000; ++i) wide += "  - b: [1, [2, {c: 3}]]\n    d: \"x\"\n";
    auto w = load(wide);
    REQUIRE(!w.diagnostics.empty());
    CHECK(w.diagnostics[0].rule != "yaml-limit");
  }

  TEST_CASE("alias expansion is bounded")
  {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c) {
      bomb += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
      bomb += "]\n";
      prev = c;
    }
    auto r = load(bomb);
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].rule == "yaml-limit");
  }
}

TEST_SUITE("load limits")
{
  TEST_CASE("a list longer than any plan needs is refused at its first extra entry")
  {
    std::string items = "items:\n";
    for (std::size_t i = 0; i <= k_max_list_length; ++i) items += "  - {title: t" + std::to_string(i) + "}\n";
    auto r = load(minimal_plan(items));
    REQUIRE(!r.diagnostics.empty());
    // Line 9 holds `items:`; entry k is on line 10 + k, its text at column 5.
    CHECK(positions(r) == "5010:5 yaml-limit");
    CHECK(r.diagnostics[0].message == "a list of 5001 entries; plan lists hold at most 5000");
  }

  TEST_CASE("lists whose entries must differ are cut to their bound before the pairwise check")
  {
    std::string owners = "owners:\n";
    for (int i = 0; i < 6000; ++i) owners += "  - o" + std::to_string(i) + "\n";
    auto r = load(minimal_plan(owners));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(positions(r) == "510:5 schema-too-many"); // entry 500, on line 10 + 500
    CHECK(r.diagnostics[0].message == "`owners` has more than 500 entries");
    std::string tags = "items:\n  - title: x\n    tags: [";
    for (int i = 0; i < 65; ++i) tags += (i ? ", t" : "t") + std::to_string(i);
    auto t = load(minimal_plan(tags + "]\n"));
    REQUIRE(t.diagnostics.size() == 1);
    CHECK(t.diagnostics[0].message == "`tags` has more than 64 entries");
  }

  TEST_CASE("the bounds of unique lists are the schema's maxItems")
  {
    auto schema = nlohmann::json::parse(embedded_schema_text());
    std::map<std::string, std::size_t> found;
    std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& node,
                                                                             const std::string& key) {
      if (!node.is_object()) return;
      if (node.value("uniqueItems", false)) found[key] = node.at("maxItems").get<std::size_t>();
      for (const char* group : {"properties", "definitions"}) {
        if (node.contains(group)) {
          for (auto& [k, v] : node[group].items()) walk(v, k);
        }
      }
    };
    walk(schema, "");
    REQUIRE(found.size() == std::size(k_unique_list_bounds));
    for (const auto& [name, bound] : k_unique_list_bounds) CHECK(found.at(std::string(name)) == bound);
  }

  TEST_CASE("an item has at most 64 schedule phrases")
  {
    std::string when = "items:\n  - title: x\n    when:\n";
    for (int i = 0; i < 65; ++i) when += "      - 每周" + std::string(i % 2 ? "一" : "二") + "\n";
    auto r = load(minimal_plan(when));
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].rule == "schema-too-many");
    CHECK(r.diagnostics[0].message == "`when` has more than 64 entries");
  }

  TEST_CASE("aliases of a long text are bounded by the text they expand to")
  {
    // 400 aliases of 100 KB: 40 MB once expanded, from a file of 100 KB.
    std::string text = "format: 1\nschool: &a \"" + std::string(100000, 'x') + "\"\ntitle: [*a";
    for (int i = 1; i < 400; ++i) text += ", *a";
    auto r = load(text + "]\n");
    REQUIRE(!r.diagnostics.empty());
    CHECK(positions(r) == "2:9 yaml-limit"); // the anchored text
    CHECK(r.diagnostics[0].message == "the document expands to more than 32 MiB of text");
  }

  TEST_CASE("text quoted in messages is cut to 60 characters")
  {
    std::string key(1000, 'k');
    auto r = load(minimal_plan(key + ": 1\n"));
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].message.find("`" + std::string(60, 'k') + "…`") != std::string::npos);
    CHECK(r.diagnostics[0].message.size() < 200);
  }

  TEST_CASE("holiday data is looked up for the academic year only, however long a term")
  {
    static const SchemaValidator schema;
    HolidayTable national = HolidayTable::built_in();
    std::string text = "format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2024\ncalendar:\n  terms:\n"
                       "    - {term: 1, first_day: 2023-09-01, last_day: 2199-01-26}\n";
    auto r = load_plan(text, "t.yaml", schema, &national);
    std::size_t missing = 0;
    for (const auto& d : r.diagnostics) missing += d.rule == "holiday-data-missing";
    CHECK(missing == 0); // 2023 and 2024 are built in; the term itself is an error
    CHECK(positions(r).find("term-outside-year") != std::string::npos);
  }
}
