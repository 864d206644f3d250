// More tests for ISO dates as phrases: dates that do not exist, dates outside the supported
// span, and spans whose second date is malformed or missing.
#include "schedule/grammar.hpp"

#include "plan/schedule/phrase.hpp"
#include "plan/util/date.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;

TEST_SUITE("grammar_iso")
{
  TEST_CASE("a date with a month that does not exist names the month")
  {
    auto high = parse_iso("2024-13-01");
    REQUIRE(high);
    CHECK(high->rule == "invalid-date");
    CHECK(high->error == "not a real date (there is no month 13)");
    auto zero = parse_iso("2024-00-10");
    REQUIRE(zero);
    CHECK(zero->error == "not a real date (there is no month 0)");
  }

  TEST_CASE("ten characters that are not a date leave the phrase to the other grammars")
  {
    CHECK_FALSE(parse_iso("2023/10/13"));
    CHECK_FALSE(parse_iso("2 per term"));
  }

  TEST_CASE("the second date of a span")
  {
    auto impossible_end = parse_iso("2023-10-13..2023-02-30");
    REQUIRE(impossible_end);
    CHECK(impossible_end->rule == "invalid-date");
    CHECK(impossible_end->error == "not a real date (2023-02 has 28 days)");
    auto bad_month = parse_iso("2023-10-13 to 2023-14-01");
    REQUIRE(bad_month);
    CHECK(bad_month->error == "not a real date (there is no month 14)");
    // A second date of the wrong shape or length is no span.
    for (const char* phrase : {"2023-10-13..2023-1x-20", "2023-10-13..2023-10-2", "2023-10-13..2023-10-200"}) {
      INFO("phrase: " << phrase);
      auto p = parse_iso(phrase);
      REQUIRE(p);
      CHECK(p->rule.empty());
      CHECK(p->error == "write a date span as `2023-10-13..2023-10-20`");
    }
    auto far = parse_iso("2199-12-01..2200-01-01");
    REQUIRE(far);
    CHECK(far->rule == "date-range");
    CHECK(far->error == "2200-01-01 is outside the dates plan works with, " + supported_dates_text());
    auto spaced = parse_iso("2023-10-13 .. 2023-10-20");
    REQUIRE(spaced);
    REQUIRE(spaced->schedule);
    CHECK(spaced->schedule->kind == ScheduleKind::DateRange);
    CHECK(spaced->schedule->end_date == "2023-10-20");
  }

  TEST_CASE("a first date outside the supported span")
  {
    auto early = parse_iso("1899-12-31");
    REQUIRE(early);
    CHECK(early->rule == "date-range");
    CHECK(early->error == "1899-12-31 is outside the dates plan works with, " + supported_dates_text());
  }

  TEST_CASE("parse_phrase quotes the phrase before a date's error and offers no suggestions")
  {
    PhraseResult r = parse_phrase("2024-02-30");
    CHECK_FALSE(r.schedule);
    CHECK(r.rule == "invalid-date");
    CHECK(r.error == "`2024-02-30`: not a real date (2024-02 has 29 days)");
    CHECK(r.suggestions.empty());
    PhraseResult far = parse_phrase("2300-01-01");
    CHECK(far.rule == "date-range");
    CHECK(far.error == "`2300-01-01`: 2300-01-01 is outside the dates plan works with, " + supported_dates_text());
    CHECK(far.suggestions.empty());
  }

  TEST_CASE("parse_phrase: a phrase that starts with neither a digit nor a letter")
  {
    PhraseResult r = parse_phrase("-weekly");
    CHECK_FALSE(r.schedule);
    CHECK(r.rule == "unknown-phrase");
    CHECK(r.error == "unknown schedule phrase `-weekly`");
    PhraseResult span = parse_phrase("2023-10-13 onwards");
    CHECK(span.rule == "unknown-phrase");
    CHECK(span.error == "cannot read schedule phrase `2023-10-13 onwards`: write a date span as `2023-10-13..2023-10-20`");
    PhraseResult count = parse_phrase("2 per week");
    REQUIRE(count.schedule);
    CHECK(describe(*count.schedule) == "at least 2 per week");
    CHECK(count.schedule->text == "2 per week");
  }
}
