// More tests for the Chinese phrase grammar: the variant words of each form, and the
// malformed phrases it refuses, with the message and rule they get.
#include "schedule/grammar.hpp"
#include "schedule/normalise.hpp"
#include "support/phrases.hpp"

#include "plan/schedule/phrase.hpp"
#include "plan/util/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;

using test::phrase_meaning;

namespace {

// The grammar's reading of a phrase that must be refused.
Parsed refused(const char* phrase)
{
  Parsed p = read_normalised(normalise_phrase(utf8::decode(phrase)));
  INFO("phrase: " << phrase);
  CHECK_FALSE(p.schedule.has_value());
  return p;
}

std::string refusal(const char* phrase) { return refused(phrase).error; }

} // namespace

TEST_SUITE("grammar_zh")
{
  TEST_CASE("weekday spans and lists with every joining word")
  {
    CHECK(phrase_meaning("每周一到五") == "weekly on Mon, Tue, Wed, Thu, Fri");
    CHECK(phrase_meaning("周一~周三") == "weekly on Mon, Tue, Wed");
    CHECK(phrase_meaning("周一和周三") == "weekly on Mon, Wed");
    CHECK(phrase_meaning("每周二及四") == "weekly on Tue, Thu");
    CHECK(phrase_meaning("星期一，星期五") == "weekly on Mon, Fri");
    CHECK(phrase_meaning("礼拜三") == "weekly on Wed");
    CHECK(phrase_meaning("每周日") == "weekly on Sun");
  }

  TEST_CASE("monthly deadlines, the month's start and fixed days")
  {
    for (const char* end : {"每月底", "每月末", "每月底前", "每月月末", "每个月月底"}) {
      CHECK(phrase_meaning(end) == "monthly by the last school day");
    }
    CHECK(phrase_meaning("每月初(8日前)") == "monthly on or before day 8");
    CHECK(phrase_meaning("每月初（八号以前）") == "monthly on or before day 8");
    CHECK(phrase_meaning("每月初（10日之前)") == "monthly on or before day 10");
    CHECK(phrase_meaning("每月8日以前") == "monthly on or before day 8");
    CHECK(phrase_meaning("每月8号之前") == "monthly on or before day 8");
    CHECK(phrase_meaning("每月20号") == "monthly on day 20");
  }

  TEST_CASE("a malformed deadline in brackets after 每月初")
  {
    const std::string hint = "write the deadline inside the brackets as `8日之前`";
    CHECK(refusal("每月初（前）") == hint);
    CHECK(refusal("每月初（8前）") == hint);
    CHECK(refusal("每月初（8日）") == hint);
    CHECK(refusal("每月初（8日后）") == hint);
    CHECK(refusal("每月初（8日前") == "a bracket is opened but not closed");
    Parsed zero = refused("每月初（0日前）");
    CHECK(zero.rule == "invalid-date");
    CHECK(zero.error == "day 0 does not exist in any month");
    CHECK(refused("每月初（32日前）").error == "day 32 does not exist in any month");
    CHECK(refused("每月32日").error == "day 32 does not exist in any month");
  }

  TEST_CASE("what follows 每周, 每季度 and 每学年 must be understood")
  {
    CHECK(refusal("每周abc") == "`abc` is not understood after `每周`");
    CHECK(refusal("每季度abc") == "`abc` is not understood after `每季度`");
    CHECK(refusal("每学年abc") == "`abc` is not understood after `每学年`");
    CHECK(phrase_meaning("每季两次") == "at least 2 per quarter");
    CHECK(phrase_meaning("每年至少3次") == "at least 3 per year");
  }

  TEST_CASE("every day, with the count that may follow")
  {
    CHECK(phrase_meaning("每天1次") == "every school day");
    CHECK(phrase_meaning("每日一次") == "every school day");
    CHECK(phrase_meaning("天天") == "every school day");
  }

  TEST_CASE("the parts of each term, after 每学期 and on their own")
  {
    CHECK(phrase_meaning("每学期开学第一月") == "each term: first-month");
    CHECK(phrase_meaning("每学期开学首月") == "each term: first-month");
    CHECK(phrase_meaning("每学期开学第一周") == "each term: first-week");
    CHECK(phrase_meaning("每学期初") == "each term: first-week");
    CHECK(phrase_meaning("每学期开学前") == "each term: before-start");
    CHECK(phrase_meaning("每学期中") == "each term: mid-term");
    CHECK(phrase_meaning("每期末") == "each term: end-of-term");
    CHECK(phrase_meaning("开学首月") == "each term: first-month");
    CHECK(phrase_meaning("开学第一月") == "each term: first-month");
    CHECK(phrase_meaning("开学后第一个月") == "each term: first-month");
    CHECK(phrase_meaning("开学之前") == "each term: before-start");
    CHECK(phrase_meaning("学期中") == "each term: mid-term");
  }

  TEST_CASE("every N weeks written as N周一次")
  {
    CHECK(phrase_meaning("3周一次") == "once every 3 teaching weeks");
    CHECK(phrase_meaning("三周一次周五") == "every 3 teaching weeks on Fri");
    CHECK(refusal("1周一次") == "once a week is `每周一次`");
    CHECK(refusal("每1周") == "`每1周` is weekly: write `每周`");
  }

  TEST_CASE("months in the second year, and month spans")
  {
    CHECK(phrase_meaning("第二年3月") == "some time in second-year month 3");
    CHECK(phrase_meaning("翌年三月份") == "some time in second-year month 3");
    CHECK(refusal("次年abc") == "expected a month after `次年`, e.g. `次年3月`");
    CHECK(refusal("次年十十月") == "expected `月` after the month number");
    CHECK(phrase_meaning("9至10月") == "some time in months 9-10");
    CHECK(phrase_meaning("9到10月") == "some time in months 9-10");
    CHECK(phrase_meaning("9月到10月") == "some time in months 9-10");
    CHECK(phrase_meaning("9月-10月份") == "some time in months 9-10");
    CHECK(refusal("9、月") == "expected a second month after `、`");
    CHECK(refusal("9-月") == "expected `月` after the month number");
    CHECK(refused("9-13月").rule == "invalid-date");
    CHECK(refused("9-13月").error == "there is no month 13");
    CHECK(refused("0月").error == "there is no month 0");
    CHECK(refused("9月至13月").error == "there is no month 13");
    CHECK(refusal("9月至10") == "`至10` is not understood after `9月`");
  }

  TEST_CASE("days of a month and spans of days")
  {
    CHECK(phrase_meaning("10月13号") == "on 10-13");
    CHECK(phrase_meaning("10月13日到20日") == "from 10-13 to 10-20");
    CHECK(phrase_meaning("10月13日-20号") == "from 10-13 to 10-20");
    CHECK(phrase_meaning("10月13日至11月2日") == "from 10-13 to 11-2");
    CHECK(phrase_meaning("次年3月1日至3月5日") == "from second-year 3-1 to 3-5");
    CHECK(refused("10月32日").error == "no month has a day 32");
    CHECK(refused("10月0日").rule == "invalid-date");
    const std::string hint = "expected the span's last day, e.g. `10月20日`";
    CHECK(refusal("10月13日至") == hint);
    CHECK(refusal("10月13日至20") == hint);
    CHECK(refused("10月13日至13月2日").error == "there is no month 13");
    CHECK(refused("10月13日至32日").error == "no month has a day 32");
    CHECK(refused("10月13日至0日").rule == "invalid-date");
  }

  TEST_CASE("teaching weeks: spans and the mistakes in them")
  {
    CHECK(phrase_meaning("第1至2周") == "teaching weeks 1-2");
    CHECK(phrase_meaning("第1到第3周周五") == "teaching weeks 1-3 on Fri");
    CHECK(refusal("第x周") == "expected a week number after `第`");
    CHECK(refusal("第1-周") == "expected the last week number of the span");
    CHECK(refusal("第0周") == "there is no teaching week 0; weeks are counted from 1");
    CHECK(refusal("第31周") == "there is no teaching week 31; a term has at most 30");
    CHECK(refusal("第3-2周") == "teaching weeks 3-2 end before they start");
  }

  TEST_CASE("a phrase of ideographs of no known form has no message")
  {
    Parsed p = refused("大扫除");
    CHECK(p.error.empty());
    CHECK(p.rule.empty());
    CHECK(parse_phrase("大扫除").error == "unknown schedule phrase `大扫除`");
  }

  TEST_CASE("an upper-case ASCII letter may end a phrase, other ASCII punctuation may not")
  {
    CHECK(may_end_chinese_phrase(U'Z'));
    CHECK(may_end_chinese_phrase(U'a'));
    CHECK_FALSE(may_end_chinese_phrase(U'|'));
    CHECK_FALSE(may_end_chinese_phrase(U'@'));
  }
}
