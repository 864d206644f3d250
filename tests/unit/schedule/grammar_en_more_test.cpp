// More tests for the English phrase grammar: each patterned form in its variant wordings,
// and the near-misses that the grammar refuses, with the message it gives for them.
#include "schedule/grammar.hpp"

#include "plan/schedule/phrase.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;

namespace {

std::string meaning(const std::string& phrase)
{
  Parsed p = parse_english(phrase);
  INFO("phrase: " << phrase << " error: " << p.error);
  REQUIRE(p.schedule.has_value());
  return describe(*p.schedule);
}

// The message parse_english gives for a phrase it refuses ("" for a phrase of no known form).
std::string refusal(const std::string& phrase)
{
  Parsed p = parse_english(phrase);
  INFO("phrase: " << phrase);
  CHECK_FALSE(p.schedule.has_value());
  return p.error;
}

const std::string k_weeks_hint = "write teaching weeks as `week 3`, `week 3 tue` or `weeks 1-2`";

} // namespace

TEST_SUITE("grammar_en")
{
  TEST_CASE("weekday names: full, short, plural and the irregular short forms")
  {
    CHECK(meaning("every mondays") == "weekly on Mon");
    CHECK(meaning("every tuesdays") == "weekly on Tue");
    CHECK(meaning("every tues") == "weekly on Tue");
    CHECK(meaning("every weds") == "weekly on Wed");
    CHECK(meaning("every thurs") == "weekly on Thu");
    CHECK(meaning("on fri") == "weekly on Fri");
    CHECK(meaning("mon and wed") == "weekly on Mon, Wed");
    CHECK(meaning("mon-fri") == "weekly on Mon, Tue, Wed, Thu, Fri");
    CHECK(meaning("weekly on sat-sun") == "weekly on Sat, Sun");
    // A weekday span must run forwards and name two weekdays.
    CHECK(refusal("fri-mon").empty());
    CHECK(refusal("xyz-fri").empty());
    CHECK(refusal("mon-xyz").empty());
    CHECK(refusal("every").empty());
    CHECK(refusal("weekly on").empty());
    CHECK(refusal("weekly on noday").empty());
  }

  TEST_CASE("a phrase with no words is no phrase")
  {
    CHECK(refusal("").empty());
    CHECK(refusal(" , ,").empty());
  }

  TEST_CASE("a fixed day of each month, and deadlines within the month")
  {
    CHECK(meaning("monthly before day 8") == "monthly on or before day 8");
    CHECK(meaning("monthly on day 15") == "monthly on day 15");
    CHECK(meaning("on day 15 of every month") == "monthly on day 15");
    CHECK(meaning("by day 31 of each month") == "monthly on or before day 31");
    CHECK(refusal("monthly by day 0") == "`0` is not a day of the month");
    CHECK(refusal("monthly on day first") == "`first` is not a day of the month");
    // Not the form at all: another word in the place of `by`, `day`, `of`, `each` or `month`.
    CHECK(refusal("monthly at day 8").empty());
    CHECK(refusal("monthly by week 8").empty());
    CHECK(refusal("by week 8 of each month").empty());
    CHECK(refusal("by day 8 in each month").empty());
    CHECK(refusal("by day 8 of the month").empty());
    CHECK(refusal("by day 8 of each term").empty());
    CHECK(refusal("by day 40 of each month").empty());
  }

  TEST_CASE("odd and even weeks")
  {
    CHECK(meaning("even weeks") == "once in each even teaching week");
    CHECK(meaning("odd weeks on mon and thu") == "weekly on Mon, Thu (odd teaching weeks)");
    CHECK(refusal("odd weeks thu") == "write the weekdays as `odd weeks on thu`");
    CHECK(refusal("odd weeks on noday") == "write the weekdays as `odd weeks on thu`");
    CHECK(refusal("even days").empty());
  }

  TEST_CASE("every N weeks")
  {
    CHECK(meaning("every 3 weeks") == "once every 3 teaching weeks");
    CHECK(meaning("every two weeks on wed") == "every 2 teaching weeks on Wed");
    CHECK(refusal("every 1 weeks") == "write `every N weeks` with N of 2 or more");
    CHECK(refusal("every few weeks") == "write `every N weeks` with N of 2 or more");
    CHECK(refusal("every 2 weeks wed") == "write the weekday as `every 2 weeks on wed`");
    CHECK(refusal("every 2 weeks on noday") == "write the weekday as `every 2 weeks on wed`");
  }

  TEST_CASE("counts per period: numbers in words, `times`, and every word for `per`")
  {
    CHECK(meaning("one per week") == "at least 1 per week");
    CHECK(meaning("two per month") == "at least 2 per month");
    CHECK(meaning("three times a quarter") == "at least 3 per quarter");
    CHECK(meaning("four times each term") == "at least 4 per term");
    CHECK(meaning("1 time every semester") == "at least 1 per term");
    CHECK(meaning("at least 5 per year") == "at least 5 per year");
    CHECK(meaning("once per school year") == "at least 1 per year");
    CHECK(refusal("2 per school") == "`school` is not a period; use week, month, quarter, term or year");
    // Words the count form does not know: the phrase is of no known form.
    CHECK(refusal("2 per school term").empty());
    CHECK(refusal("2 per week extra").empty());
    CHECK(refusal("2 times").empty());
    CHECK(refusal("2 by term").empty());
    CHECK(refusal("at least").empty());
    CHECK(refusal("at most 2 per term").empty());
    CHECK(refusal("123456 per term").empty());
  }

  TEST_CASE("teaching weeks and their weekdays")
  {
    CHECK(meaning("week 3") == "teaching week 3");
    CHECK(meaning("week 3 on tue") == "teaching week 3 on Tue");
    CHECK(meaning("weeks 1 to 3 mon-wed") == "teaching weeks 1-3 on Mon, Tue, Wed");
    CHECK(meaning("weeks 2-30") == "teaching weeks 2-30");
    CHECK(refusal("week 0") == k_weeks_hint);
    CHECK(refusal("weeks 3-2") == k_weeks_hint);
    CHECK(refusal("weeks 1-31") == k_weeks_hint);
    CHECK(refusal("weeks 1-x") == k_weeks_hint);
    CHECK(refusal("weeks -2") == k_weeks_hint);
    CHECK(meaning("week three") == "teaching week 3");
    CHECK(refusal("week 3 on") == k_weeks_hint);
    CHECK(refusal("week 3 noday") == k_weeks_hint);
  }

  TEST_CASE("months by name, short name and `sept`, in either calendar year")
  {
    CHECK(meaning("sept") == "some time in month 9");
    CHECK(meaning("sep") == "some time in month 9");
    CHECK(meaning("december") == "some time in month 12");
    CHECK(meaning("jan next year") == "some time in second-year month 1");
    CHECK(meaning("oct to dec") == "some time in months 10-12");
    CHECK(refusal("feb-xyz").empty());
    CHECK(refusal("xyz-mar").empty());
    CHECK(refusal("feb to xyz").empty());
    CHECK(refusal("march last year").empty());
    CHECK(refusal("march next week").empty());
    CHECK(refusal("march and april").empty());
  }
}
