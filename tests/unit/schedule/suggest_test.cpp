// Tests for "did you mean" suggestions of example phrases.
#include "schedule/suggest.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace plan;

TEST_SUITE("suggest")
{
  TEST_CASE("the three nearest example phrases, best first")
  {
    CHECK(suggest_phrases("每逢周四") == std::vector<std::string>{"每周四", "单周周四", "每两周"});
    CHECK(suggest_phrases("every 3 days") == std::vector<std::string>{"every 2 weeks", "every thursday", "term start"});
    CHECK(suggest_phrases("biweekli") == std::vector<std::string>{"weekly", "odd weeks", "daily"});
  }

  TEST_CASE("ties keep the order of the examples")
  {
    // montly is one edit from monthly and four from daily and weekly: the earlier of those wins.
    CHECK(suggest_phrases("montly") == std::vector<std::string>{"monthly", "daily", "weekly"});
    // The distance from the empty phrase is each example's length: 9月 comes first of
    // the two-character examples, then 周五 and 单周 before 双周, 隔周, 每天 ...
    CHECK(suggest_phrases("") == std::vector<std::string>{"9月", "周五", "单周"});
  }
}
