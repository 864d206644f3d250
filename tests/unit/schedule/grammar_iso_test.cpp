// Tests for ISO dates and date spans as phrases.
#include "schedule/grammar.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("grammar_iso")
{
  TEST_CASE("a date and the separators of a span")
  {
    auto day = parse_iso("2023-10-13");
    REQUIRE(day);
    REQUIRE(day->schedule);
    CHECK(day->schedule->kind == ScheduleKind::OnDate);
    CHECK(day->schedule->date == "2023-10-13");
    for (const char* span : {"2023-10-13..2023-10-20", "2023-10-13 to 2023-10-20", "2023-10-13 - 2023-10-20",
                             "2023-10-13-2023-10-20", "2023-10-13至2023-10-20", "2023-10-13到2023-10-20"}) {
      INFO("span: " << span);
      auto p = parse_iso(span);
      REQUIRE(p);
      REQUIRE(p->schedule);
      CHECK(p->schedule->kind == ScheduleKind::DateRange);
      CHECK(p->schedule->end_date == "2023-10-20");
    }
  }

  TEST_CASE("what is not an ISO phrase, and what is one gone wrong")
  {
    CHECK_FALSE(parse_iso("每周四"));
    CHECK_FALSE(parse_iso("2023-10"));
    CHECK(parse_iso("2024-02-30")->rule == "invalid-date");
    CHECK(parse_iso("2024-02-30")->error == "not a real date (2024-02 has 29 days)");
    CHECK(parse_iso("2023-10-20..2023-10-13")->error == "the span ends (2023-10-13) before it starts (2023-10-20)");
    CHECK(parse_iso("2023-10-13 onwards")->error == "write a date span as `2023-10-13..2023-10-20`");
  }
}
