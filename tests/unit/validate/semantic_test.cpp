// Tests for the meaning checks, one case per rule.
#include "plan/validate/semantic.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::find_rule;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

namespace {

std::string plan_with_terms(const std::string& terms, const std::string& rest = "")
{
  return "format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2024\ncalendar:\n  terms:\n" + terms + rest;
}

} // namespace

TEST_SUITE("check_semantics")
{
  TEST_CASE("dates that do not exist")
  {
    auto r = load(plan_with_terms("    - {term: 1, first_day: 2023-09-01, last_day: 2024-02-30}\n"));
    CHECK(positions(r) == "7:50 invalid-date");
    CHECK(r.diagnostics[0].message == "2024-02-30 is not a real date");
    CHECK(positions(load(plan_with_terms("    - {term: 1, first_day: 2023-02-29, last_day: 2023-12-01}\n")))
              .substr(0, 17) == "7:28 invalid-date");
  }

  TEST_CASE("a term that ends before it starts")
  {
    auto r = load(plan_with_terms("    - {term: 1, first_day: 2024-01-26, last_day: 2023-09-01}\n"));
    CHECK(positions(r) == "7:50 term-order");
    CHECK(r.diagnostics[0].message == "term 1 ends (2023-09-01) before it starts (2024-01-26)");
  }

  TEST_CASE("overlapping terms, terms in the wrong order, duplicate terms")
  {
    CHECK(positions(load(plan_with_terms("    - {term: 1, first_day: 2023-09-01, last_day: 2024-03-01}\n"
                                         "    - {term: 2, first_day: 2024-02-26, last_day: 2024-07-05}\n"))) ==
          "8:7 term-overlap");
    CHECK(positions(load(plan_with_terms("    - {term: 2, first_day: 2023-09-01, last_day: 2024-01-26}\n"
                                         "    - {term: 1, first_day: 2024-02-26, last_day: 2024-07-05}\n"))) ==
          "7:7 term-order");
    CHECK(positions(load(plan_with_terms("    - {term: 1, first_day: 2023-09-01, last_day: 2023-10-26}\n"
                                         "    - {term: 1, first_day: 2024-02-26, last_day: 2024-07-05}\n"))) ==
          "8:14 duplicate-term");
  }

  TEST_CASE("a term outside the academic year")
  {
    auto r = load(plan_with_terms("    - {term: 1, first_day: 2022-09-01, last_day: 2023-01-20}\n"));
    CHECK(positions(r) == "7:7 term-outside-year");
  }

  TEST_CASE("an academic year that is not two consecutive years")
  {
    auto r = load("format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2025\ncalendar:\n  terms:\n"
                  "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n");
    CHECK(positions(r) == "4:16 academic-year");
  }

  TEST_CASE("an academic year in year 0 is refused, not taken for a missing one")
  {
    auto r = load("format: 1\nschool: s\ntitle: t\nacademic_year: 0000-0001\ncalendar:\n  terms:\n"
                  "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n");
    CHECK(positions(r) == "4:16 academic-year");
    CHECK(r.diagnostics[0].message == "academic year 0000-0001 starts in year 0, which no calendar has");
    // Year 1 is a year, outside the dates plan works with: its terms are still checked against it.
    auto one = load("format: 1\nschool: s\ntitle: t\nacademic_year: 0001-0002\ncalendar:\n  terms:\n"
                    "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n");
    CHECK(positions(one) == "4:16 date-range; 7:7 term-outside-year");
  }

  TEST_CASE("a covered term without dates, and an item limited to an uncovered term")
  {
    auto r = load("format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2024\nterms: [1, 2]\ncalendar:\n  terms:\n"
                  "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n");
    CHECK(positions(r) == "5:12 term-missing");
    auto r2 = load("format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2024\nterms: [1]\ncalendar:\n  terms:\n"
                   "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n"
                   "items:\n  - {title: x, term: 2}\n");
    CHECK(positions(r2) == "10:22 unknown-term");
  }

  TEST_CASE("duplicate ids across sections and items")
  {
    auto r = load(minimal_plan("sections:\n"
                               "  - title: a\n"
                               "    id: drill\n"
                               "    items:\n"
                               "      - {title: b, id: drill}\n"));
    CHECK(positions(r) == "13:24 duplicate-id");
    CHECK(r.diagnostics[0].message == "id `drill` is already used at line 11");
  }

  TEST_CASE("owners must be listed when an owners list is given")
  {
    auto listed = load(minimal_plan("owners: [教务处, 政教处]\nitems:\n  - {title: x, owner: [教务处, 政教外]}\n"));
    CHECK(positions(listed) == "11:29 unknown-owner");
    CHECK(listed.diagnostics[0].hint == "did you mean `政教处`?");
    auto unlisted = load(minimal_plan("items:\n  - {title: x, owner: 任何人}\n"));
    CHECK(unlisted.diagnostics.empty());
  }

  TEST_CASE("counts must be positive")
  {
    auto r = load(minimal_plan("items:\n  - {title: x, when: 每学期至少0次}\n"));
    CHECK(positions(r) == "10:22 quota-count");
    auto q = load(minimal_plan("items:\n  - {title: x, quota: {at_least: 0, per: term}}\n"));
    CHECK(positions(q) == "10:34 schema-range");
  }

  TEST_CASE("months and days placed in the academic year")
  {
    CHECK(positions(load(minimal_plan("items:\n  - {title: x, when: 次年10月}\n"))) ==
          "10:22 month-outside-year");
    CHECK(positions(load(minimal_plan("items:\n  - {title: x, when: 2月30日}\n"))) ==
          "10:22 invalid-date");
    // February 2024 is a leap month: 2月29日 exists in academic year 2023-2024.
    CHECK(load(minimal_plan("items:\n  - {title: x, when: 2月29日}\n")).diagnostics.empty());
    CHECK(positions(load(minimal_plan("items:\n  - {title: x, when: 3-2月}\n"))) == "10:22 span-order");
    CHECK(load(minimal_plan("items:\n  - {title: x, when: [12、1月, 2月下旬]}\n")).diagnostics.empty());
    CHECK(positions(load(minimal_plan("items:\n  - {title: x, when: 每月31日前}\n"))) ==
          "10:22 short-month");
  }

  TEST_CASE("the same rule twice in one item is a warning")
  {
    auto r = load(minimal_plan("items:\n  - title: x\n    when: 每月读一本\n    quota: {at_least: 1, per: month, unit: 本}\n"));
    CHECK(positions(r) == "12:12 duplicate-schedule");
    CHECK(load(minimal_plan("items:\n  - title: x\n    when: [每周四, 周四]\n")).diagnostics.size() == 1);
    // A quota written before the phrase it repeats: the phrase is the later one.
    auto q = load(minimal_plan("items:\n  - title: x\n    quota: {at_least: 1, per: month, unit: 本}\n    when: 每月读一本\n"));
    CHECK(positions(q) == "12:11 duplicate-schedule");
    CHECK(q.diagnostics[0].message.find("`每月读一本` repeats `quota:") == 0);
    CHECK(load(minimal_plan("items:\n  - title: x\n    when: 每月一次\n    quota: {at_least: 2, per: month}\n")).diagnostics.empty());
  }

  TEST_CASE("a date outside the term an item is limited to")
  {
    auto r = load(minimal_plan("items:\n  - {title: x, term: 2, when: [10月13日, 3月, 期末]}\n"));
    CHECK(positions(r) == "10:32 term-mismatch");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
  }

  TEST_CASE("a newer format version is refused")
  {
    auto r = load("format: 2\nschool: s\ntitle: t\nacademic_year: 2023-2024\ncalendar:\n  terms:\n"
                  "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n");
    CHECK(positions(r) == "1:9 format-version");
  }

  TEST_CASE("YAML 1.1 booleans where text is meant are warnings")
  {
    auto r = load(minimal_plan("items:\n  - {title: no}\n"));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].rule == "yaml11-boolean");
    CHECK(load(minimal_plan("items:\n  - {title: \"no\"}\n")).diagnostics.empty());
  }

  TEST_CASE("a plain = is a warning: YAML 1.1 tools do not read it as text")
  {
    // `    target: {indicator: 辍学率, op: =, value: 0}`: `=` at column 34.
    auto r = load(minimal_plan("items:\n  - title: x\n    target: {indicator: 辍学率, op: =, value: 0}\n"));
    CHECK(positions(r) == "11:34 yaml11-value");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].hint == "put it in quotes: \"=\"");
    CHECK(load(minimal_plan("items:\n  - title: x\n    target: {indicator: 辍学率, op: \"=\", value: 0}\n"))
              .diagnostics.empty());
  }

  TEST_CASE("duplicate mapping keys, which yaml-cpp would keep silently")
  {
    auto r = load(minimal_plan("items:\n  - title: a\n    title: b\n"));
    CHECK(positions(r) == "11:5 duplicate-key");
    CHECK(r.diagnostics[0].message == "duplicate key `title`; it is already set at line 10");
  }

  TEST_CASE("unknown schedule phrases show the closest accepted forms")
  {
    auto r = load(minimal_plan("items:\n  - {title: x, when: 每逢周四}\n"));
    const Diagnostic* d = find_rule(r, "unknown-phrase");
    REQUIRE(d != nullptr);
    CHECK(d->hint.rfind("closest accepted forms: `每周四`", 0) == 0);
  }

  TEST_CASE("a teaching week no term has is a warning, not a silently empty checklist")
  {
    // Term 1 runs Fri 2023-09-01 to Fri 2024-01-26: calendar weeks from Mon 2023-08-28,
    // the 22nd starting Mon 2024-01-22. Term 2 (2024-02-26 to 2024-07-05) has 19.
    auto r = load(minimal_plan("items:\n  - {title: 甲, when: 第23周}\n  - {title: 乙, when: 第22周}\n"
                               "  - {title: 丙, when: 第20周, term: 2}\n"));
    CHECK(positions(r) == "10:22 week-outside-term; 12:22 week-outside-term");
    CHECK(r.diagnostics[0].message == "`第23周`: no term has week 23; the longest, term 1 (2023-09-01 to 2024-01-26), "
                                      "has 22 weeks, and the checklist leaves it out");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(load(minimal_plan("items:\n  - {title: z, when: 第19周, term: 2}\n")).diagnostics.empty());
  }
}

TEST_SUITE("semantic lookalike names")
{
  TEST_CASE("owners and tags that differ only by invisible characters or normalisation")
  {
    auto r = plan::test::load(plan::test::minimal_plan("items:\n"
                                                       "  - {title: a, owner: 教务处, when: 每周四, tags: [德育]}\n"
                                                       "  - {title: b, owner: \"教务处\\u2060\", when: 每周四}\n"
                                                       "  - {title: c, owner: 教务处, when: 每周五, tags: [\"德\\u200C育\"]}\n"
                                                       "  - {title: d, when: 每周五, tags: [德育, \"e\\u0301\", \"\\u00e9\"]}\n"));
    // Without an `owners` list every spelling is an owner of its own: each after the
    // first is a warning, at its own place (line 10 is the first item; columns count
    // the escapes as written).
    CHECK(plan::test::positions(r) == "11:23 lookalike-name; 12:46 lookalike-name; 13:49 lookalike-name");
    const Diagnostic* d = plan::test::find_rule(r, "lookalike-name");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->message == "owner `教务处\u2060` looks the same as `教务处` (line 10) but differs by an invisible U+2060 WORD "
                        "JOINER");
    CHECK(d->hint == "write it as on line 10, or retype it");
  }

  TEST_CASE("the same name written the same way, or two different names, are fine")
  {
    auto r = plan::test::load(plan::test::minimal_plan("items:\n"
                                                       "  - {title: a, owner: 教务处, when: 每周四, tags: [德育]}\n"
                                                       "  - {title: b, owner: 教务处, when: 每周四, tags: [德育, 智育]}\n"));
    CHECK(plan::test::positions(r) == "");
  }
}
