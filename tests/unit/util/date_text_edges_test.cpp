// Tests for the edges of ISO dates and source positions: shapes that are almost
// YYYY-MM-DD, and line numbers asked for outside the text.
#include "plan/util/date.hpp"
#include "plan/util/source_text.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("date and source text edges")
{
  TEST_CASE("only digits and dashes in the right places are an ISO date")
  {
    CHECK(looks_like_iso_date("2023-10-13"));
    CHECK_FALSE(looks_like_iso_date("2023-10/13")); // second separator wrong
    CHECK_FALSE(looks_like_iso_date("2023/10-13")); // first separator wrong
    CHECK_FALSE(looks_like_iso_date("2023-1a-13")); // a letter, above '9'
    CHECK_FALSE(looks_like_iso_date("2023-1 -13")); // a space, below '0'
    CHECK_FALSE(looks_like_iso_date("2023-10-1"));
    CHECK_FALSE(parse_iso_date("2023-10-1x").has_value());
    CHECK_FALSE(parse_iso_date("13 Oct 2023").has_value());
    CHECK(parse_iso_date("2024-02-29") == Date{std::chrono::year{2024}, std::chrono::February, std::chrono::day{29}});
  }

  TEST_CASE("lines outside the text: line 0 and past the last line")
  {
    SourceText text("a\r\nbc\n");
    CHECK(text.line_count() == 2);
    CHECK(text.line(2) == "bc");
    CHECK(text.line(1) == "a");
    CHECK(text.line(0).empty());
    CHECK(text.line(3).empty());
    CHECK(text.line_start(2) == 3);
    CHECK(text.line_start(0) == text.text().size());
    CHECK(text.line_start(3) == text.text().size());
  }

  TEST_CASE("a long line whose last checkpoint would fall inside a character")
  {
    // 4095 ASCII bytes, then Chinese characters: the first checkpoint is moved
    // forward to a character boundary and columns still count characters.
    std::string line(4095, 'a');
    for (int i = 0; i < 10; ++i) line += "教";
    SourceText text(line);
    CHECK(text.position(line.size()).column == 4095 + 10 + 1);
    CHECK(text.position(4095 + 3).column == 4095 + 1 + 1);
    // A line that ends inside the step after a boundary search: nothing is skipped.
    std::string tail(4095, 'b');
    tail += "\xE6\x95\x99";
    SourceText short_tail(tail);
    CHECK(short_tail.position(tail.size()).column == 4095 + 1 + 1);
  }
}
