// Tests for the Chinese phrase grammar: how it reads numbers, and the words around them.
#include "plan/schedule/phrase.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;

namespace {

std::string meaning(const char* phrase)
{
  PhraseResult r = parse_phrase(phrase);
  INFO("phrase: " << phrase << " error: " << r.error);
  REQUIRE(r.schedule.has_value());
  return describe(*r.schedule);
}

} // namespace

TEST_SUITE("grammar_zh")
{
  TEST_CASE("numbers in every position a phrase has one")
  {
    CHECK(meaning("第三周") == "teaching week 3");
    CHECK(meaning("第十二周") == "teaching week 12");
    CHECK(meaning("九月份") == "some time in month 9");
    CHECK(meaning("十一月") == "some time in month 11");
    CHECK(meaning("二、三月份") == "some time in months 2-3");
    CHECK(meaning("十月二十三日") == "on 10-23");
    CHECK(meaning("每月二十日前") == "monthly on or before day 20");
    CHECK(meaning("每三周") == "once every 3 teaching weeks");
    CHECK(meaning("每学期听课不少于三十节") == "at least 30 节 per term");
    CHECK(meaning("每学期听课不少于一百节") == "at least 100 节 per term");
    CHECK(meaning("每学期听课不少于一百零五节") == "at least 105 节 per term");
    CHECK(meaning("每学期不少于100000节") == "at least 100000 节 per term");
  }

  TEST_CASE("malformed numerals are not read as numbers")
  {
    // 十十 is not twenty, 〇十 not zero, 九百九百 not 1800: the phrase is refused.
    for (const char* bad : {"每月十十日前", "第十十周", "第〇十一周", "10月十〇日", "每学期不少于九百九百节"}) {
      INFO("phrase: " << bad);
      CHECK_FALSE(parse_phrase(bad).schedule);
    }
    CHECK(parse_phrase("第十十周").error == "cannot read schedule phrase `第十十周`: expected `周` after the week number");
    CHECK_FALSE(parse_phrase("每学期不少于100001节").schedule); // larger than any real count
  }
}
