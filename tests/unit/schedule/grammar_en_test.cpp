// Tests for the English phrase grammar: the table of keyword phrases and the examples it lists.
#include "schedule/grammar.hpp"

#include "plan/schedule/phrase.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace plan;

namespace {

std::string meaning(const std::string& phrase)
{
  Parsed p = parse_english(phrase);
  INFO("phrase: " << phrase << " error: " << p.error);
  REQUIRE(p.schedule.has_value());
  return describe(*p.schedule);
}

} // namespace

TEST_SUITE("grammar_en")
{
  TEST_CASE("every wording of every keyword phrase")
  {
    struct Keyword {
      std::vector<std::string> wordings;
      std::string meaning;
    };
    const std::vector<Keyword> keywords = {
        {{"daily", "every day", "every school day", "each school day"}, "every school day"},
        {{"weekly", "every week", "once a week", "once per week"}, "at least 1 per week"},
        {{"monthly", "every month", "once a month", "once per month"}, "at least 1 per month"},
        {{"quarterly", "every quarter", "once a quarter", "once per quarter"}, "at least 1 per quarter"},
        {{"before term", "before the term", "before term start", "before the term starts"}, "each term: before-start"},
        {{"term start", "start of term", "start of the term", "beginning of term", "first week", "first week of term"},
         "each term: first-week"},
        {{"first month", "first month of term", "first month of the term"}, "each term: first-month"},
        {{"mid-term", "midterm", "mid term", "middle of term", "middle of the term"}, "each term: mid-term"},
        {{"end of term", "end of the term", "term end", "last weeks", "last weeks of term"}, "each term: end-of-term"},
        {{"month start", "start of each month", "start of every month", "first week of each month",
          "first school week of each month"},
         "in the first school week of each month"},
        {{"monthly by month end", "monthly by end of month", "by the end of each month", "by month end",
          "by the end of every month"},
         "monthly by the last school day"},
        {{"biweekly", "fortnightly", "every other week"}, "once every 2 teaching weeks"},
        {{"autumn", "fall"}, "during autumn"},
        {{"winter"}, "during winter"},
        {{"spring"}, "during spring"},
        {{"summer"}, "during summer"},
    };
    for (const auto& k : keywords) {
      for (const auto& w : k.wordings) {
        CHECK(meaning(w) == k.meaning);
      }
    }
    CHECK(meaning("Every  School, Day") == "every school day"); // case, commas and blanks do not matter
    CHECK_FALSE(parse_english("every school").schedule);
    CHECK_FALSE(parse_english("daily daily").schedule);
  }

  TEST_CASE("the English examples come from the table, in the order suggestions rank ties")
  {
    const std::vector<std::string> expected = {
        "daily", "weekly", "weekly on thu", "every thursday", "odd weeks", "even weeks on thu", "every 2 weeks",
        "monthly", "monthly by day 8", "monthly by month end", "monthly on day 15", "month start", "quarterly",
        "at least 2 per term", "once per year", "before term", "term start", "first month", "mid-term", "end of term",
        "week 3 tue", "weeks 1-2", "september", "march next year", "feb-mar", "autumn"};
    CHECK(english_examples() == expected);
    const auto& all = example_phrases();
    REQUIRE(all.size() >= expected.size());
    CHECK(std::equal(expected.begin(), expected.end(), all.end() - static_cast<std::ptrdiff_t>(expected.size())));
    for (const auto& phrase : english_examples()) {
      INFO("phrase: " << phrase);
      CHECK(parse_english(phrase).schedule.has_value());
    }
  }

  TEST_CASE("patterned forms")
  {
    CHECK(meaning("weekly on tue thu") == "weekly on Tue, Thu");
    CHECK(meaning("odd weeks on thu") == "weekly on Thu (odd teaching weeks)");
    CHECK(meaning("by day 8 of each month") == "monthly on or before day 8");
    CHECK(meaning("twice a term") == "at least 2 per term");
    CHECK(meaning("weeks 1 to 2") == "teaching weeks 1-2");
    CHECK(meaning("february to march next year") == "some time in second-year months 2-3");
    CHECK(parse_english("monthly by day 32").error == "`32` is not a day of the month");
    CHECK(parse_english("2 per fortnight").error == "`fortnight` is not a period; use week, month, quarter, term or year");
  }
}
