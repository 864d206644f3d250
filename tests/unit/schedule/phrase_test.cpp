// Tests for the schedule phrase parser: every phrase of the brief, English forms, rejects.
#include "support/phrases.hpp"

#include "plan/schedule/phrase.hpp"

#include <doctest/doctest.h>

using namespace plan;

namespace {

Schedule parse(const char* phrase) { return test::phrase_schedule(phrase); }

std::string meaning(const char* phrase) { return test::phrase_meaning(phrase); }

bool rejected(const char* phrase) { return !parse_phrase(phrase).schedule.has_value(); }

} // namespace

TEST_SUITE("phrase")
{
  TEST_CASE("months of the academic year (大事安排 table)")
  {
    CHECK(meaning("9月份") == "some time in month 9");
    CHECK(meaning("8月份") == "some time in month 8");
    CHECK(meaning("10月") == "some time in month 10");
    CHECK(meaning("十二月") == "some time in month 12");
    CHECK(meaning("次年3月") == "some time in second-year month 3");
    CHECK(meaning("次年3月份") == "some time in second-year month 3");
    CHECK(meaning("第二年3月") == "some time in second-year month 3");
    CHECK(meaning("二、三月份") == "some time in months 2-3");
    CHECK(meaning("六、七月份") == "some time in months 6-7");
    CHECK(meaning("9-10月") == "some time in months 9-10");
    CHECK(meaning("9—10月份") == "some time in months 9-10");
    CHECK(meaning("9月至10月") == "some time in months 9-10");
    Schedule s = parse("12、1月");
    CHECK(s.month_from == 12);
    CHECK(s.month_to == 1);
  }

  TEST_CASE("days given as month and day")
  {
    CHECK(meaning("10月13日") == "on 10-13");
    CHECK(meaning("次年3月5日") == "on second-year 3-5");
    CHECK(meaning("10月13日至10月20日") == "from 10-13 to 10-20");
    CHECK(meaning("10月13日至20日") == "from 10-13 to 10-20");
    CHECK(meaning("12月28日至1月3日") == "from 12-28 to 1-3");
    CHECK(meaning("9月上旬") == "from 9-1 to 9-10");
    CHECK(meaning("10月中旬") == "from 10-11 to 10-20");
    CHECK(meaning("次年2月下旬") == "from second-year 2-21 to 2-end");
  }

  TEST_CASE("weekly on weekdays, school days only")
  {
    Schedule s = parse("每周四大教研");
    CHECK(s.kind == ScheduleKind::Weekly);
    CHECK(s.weekdays == (1u << 3));
    CHECK(s.activity == "大教研");
    CHECK(meaning("周二、周四") == "weekly on Tue, Thu");
    CHECK(meaning("每周二、四") == "weekly on Tue, Thu");
    CHECK(parse("周五提交").activity == "提交");
    CHECK(meaning("周五提交") == "weekly on Fri");
    CHECK(meaning("星期四") == "weekly on Thu");
    CHECK(meaning("每周一至周五") == "weekly on Mon, Tue, Wed, Thu, Fri");
    CHECK(meaning("每周一、三、五") == "weekly on Mon, Wed, Fri");
    CHECK(meaning("每周日") == "weekly on Sun");
    CHECK(meaning("每周天") == "weekly on Sun");
  }

  TEST_CASE("每周一 is Monday; once a week needs 次")
  {
    CHECK(meaning("每周一") == "weekly on Mon");
    CHECK(meaning("每周一训") == "weekly on Mon");
    CHECK(meaning("每周一次") == "at least 1 per week");
    CHECK(meaning("每周1次") == "at least 1 per week");
    CHECK(meaning("每周两次") == "at least 2 per week");
    CHECK(meaning("每周") == "at least 1 per week");
  }

  TEST_CASE("alternate and every-N teaching weeks")
  {
    CHECK(meaning("单周") == "once in each odd teaching week");
    CHECK(parse("单周").parity == WeekParity::Odd);
    CHECK(parse("双周").parity == WeekParity::Even);
    CHECK(meaning("单周周四") == "weekly on Thu (odd teaching weeks)");
    CHECK(meaning("双周星期二") == "weekly on Tue (even teaching weeks)");
    CHECK(meaning("间周") == "once every 2 teaching weeks");
    CHECK(meaning("隔周") == "once every 2 teaching weeks");
    CHECK(meaning("两周一次") == "once every 2 teaching weeks");
    CHECK(meaning("每两周") == "once every 2 teaching weeks");
    CHECK(meaning("每两周一次") == "once every 2 teaching weeks");
    CHECK(meaning("每2周") == "once every 2 teaching weeks");
    CHECK(meaning("三周一次") == "once every 3 teaching weeks");
    CHECK(meaning("每两周周三") == "every 2 teaching weeks on Wed");
  }

  TEST_CASE("counts per period with no fixed day")
  {
    Schedule s = parse("每周抽查不少于1次");
    CHECK(s.kind == ScheduleKind::Count);
    CHECK(s.period == Period::Week);
    CHECK(s.count == 1);
    CHECK(s.activity == "抽查");
    CHECK(meaning("每月例查1次") == "at least 1 per month");
    CHECK(meaning("每月一小结") == "at least 1 per month");
    CHECK(parse("每月一小结").activity == "小结");
    CHECK(meaning("每月一次") == "at least 1 per month");
    CHECK(meaning("每个月一次") == "at least 1 per month");
    CHECK(meaning("每季度一排队") == "at least 1 per quarter");
    CHECK(meaning("每学期至少两次") == "at least 2 per term");
    CHECK(meaning("每学年至少两次") == "at least 2 per year");
    CHECK(meaning("每期一练") == "at least 1 per term");
    CHECK(meaning("每年一评") == "at least 1 per year");
    CHECK(meaning("每学期听课不少于30节") == "at least 30 节 per term");
    CHECK(meaning("每学期至少交1篇") == "at least 1 篇 per term");
    CHECK(meaning("每月两项") == "at least 2 项 per month");
  }

  TEST_CASE("monthly deadlines and fixed days")
  {
    CHECK(meaning("每月初（8日之前）") == "monthly on or before day 8");
    CHECK(meaning("每月初(8日前)") == "monthly on or before day 8");
    CHECK(meaning("每月8日前") == "monthly on or before day 8");
    CHECK(meaning("每月8号之前") == "monthly on or before day 8");
    CHECK(meaning("每月８日前") == "monthly on or before day 8");
    CHECK(meaning("每月月底前") == "monthly by the last school day");
    CHECK(meaning("每月底") == "monthly by the last school day");
    CHECK(meaning("每月末") == "monthly by the last school day");
    CHECK(meaning("每月初") == "in the first school week of each month");
    CHECK(meaning("每月15日") == "monthly on day 15");
  }

  TEST_CASE("every school day")
  {
    CHECK(meaning("每日一查") == "every school day");
    CHECK(meaning("每天") == "every school day");
    CHECK(meaning("每日") == "every school day");
    CHECK(meaning("每天一次") == "every school day");
  }

  TEST_CASE("relative to the term")
  {
    CHECK(meaning("开学前") == "each term: before-start");
    CHECK(meaning("开学初") == "each term: first-week");
    CHECK(meaning("学期初") == "each term: first-week");
    CHECK(meaning("开学第一周") == "each term: first-week");
    CHECK(meaning("开学第一个月") == "each term: first-month");
    CHECK(meaning("每学期开学第一个月") == "each term: first-month");
    CHECK(meaning("期中") == "each term: mid-term");
    CHECK(meaning("期末") == "each term: end-of-term");
    CHECK(meaning("学期末") == "each term: end-of-term");
    CHECK(meaning("第3周") == "teaching week 3");
    CHECK(meaning("第三周周二") == "teaching week 3 on Tue");
    CHECK(meaning("第1-2周") == "teaching weeks 1-2");
    CHECK(meaning("第1至2周") == "teaching weeks 1-2");
  }

  TEST_CASE("seasons")
  {
    CHECK(meaning("秋季") == "during autumn");
    CHECK(meaning("冬季") == "during winter");
    CHECK(meaning("春季") == "during spring");
    CHECK(meaning("夏季") == "during summer");
    CHECK(parse("秋季运动会").activity == "运动会");
  }

  TEST_CASE("ISO dates and spans")
  {
    CHECK(meaning("2023-10-13") == "on 2023-10-13");
    CHECK(meaning("2023-10-13..2023-10-20") == "from 2023-10-13 to 2023-10-20");
    CHECK(meaning("2023-10-13 to 2023-10-20") == "from 2023-10-13 to 2023-10-20");
    CHECK(rejected("2024-02-30"));
    CHECK(rejected("2023-10-20..2023-10-13"));
  }

  TEST_CASE("English keywords")
  {
    CHECK(meaning("daily") == "every school day");
    CHECK(meaning("every school day") == "every school day");
    CHECK(meaning("weekly") == "at least 1 per week");
    CHECK(meaning("weekly on tue, thu") == "weekly on Tue, Thu");
    CHECK(meaning("every Thursday") == "weekly on Thu");
    CHECK(meaning("tue and thu") == "weekly on Tue, Thu");
    CHECK(meaning("mon-fri") == "weekly on Mon, Tue, Wed, Thu, Fri");
    CHECK(meaning("odd weeks") == "once in each odd teaching week");
    CHECK(meaning("even weeks on thu") == "weekly on Thu (even teaching weeks)");
    CHECK(meaning("every 2 weeks") == "once every 2 teaching weeks");
    CHECK(meaning("every 2 weeks on wed") == "every 2 teaching weeks on Wed");
    CHECK(meaning("biweekly") == "once every 2 teaching weeks");
    CHECK(meaning("monthly") == "at least 1 per month");
    CHECK(meaning("monthly by day 8") == "monthly on or before day 8");
    CHECK(meaning("monthly by month end") == "monthly by the last school day");
    CHECK(meaning("monthly on day 15") == "monthly on day 15");
    CHECK(meaning("month start") == "in the first school week of each month");
    CHECK(meaning("quarterly") == "at least 1 per quarter");
    CHECK(meaning("at least 2 per term") == "at least 2 per term");
    CHECK(meaning("twice a year") == "at least 2 per year");
    CHECK(meaning("once per school year") == "at least 1 per year");
    CHECK(meaning("3 times per month") == "at least 3 per month");
    CHECK(meaning("before term") == "each term: before-start");
    CHECK(meaning("term start") == "each term: first-week");
    CHECK(meaning("first month") == "each term: first-month");
    CHECK(meaning("mid-term") == "each term: mid-term");
    CHECK(meaning("end of term") == "each term: end-of-term");
    CHECK(meaning("week 3 tue") == "teaching week 3 on Tue");
    CHECK(meaning("weeks 1-2") == "teaching weeks 1-2");
    CHECK(meaning("September") == "some time in month 9");
    CHECK(meaning("march next year") == "some time in second-year month 3");
    CHECK(meaning("feb-mar") == "some time in months 2-3");
    CHECK(meaning("autumn") == "during autumn");
    CHECK(meaning("fall") == "during autumn");
  }

  TEST_CASE("the phrase text is kept as written")
  {
    CHECK(parse("  每周四 ").text == "  每周四 ");
  }

  TEST_CASE("rejects unknown and malformed phrases with suggestions")
  {
    for (const char* bad : {"每逢周四", "每周八", "每月32日前", "第0周", "sometimes", "", "每周四至周二", "13月",
                            "次年", "每1周", "every 1 weeks", "week 40", "每周四下午3点", "适时"}) {
      INFO("phrase: " << bad);
      CHECK(rejected(bad));
    }
    PhraseResult r = parse_phrase("每逢周四");
    CHECK(r.error == "unknown schedule phrase `每逢周四`");
    REQUIRE(!r.suggestions.empty());
    CHECK(r.suggestions.front() == "每周四");
    CHECK(parse_phrase("每周八").error == "cannot read schedule phrase `每周八`: `八` is not a weekday; write 周一 … 周日");
    CHECK(parse_phrase("13月").error == "`13月`: there is no month 13");
    CHECK(parse_phrase("13月").rule == "invalid-date");
    CHECK(parse_phrase("每逢周四").rule == "unknown-phrase");
    CHECK(parse_phrase("第31周").error == "cannot read schedule phrase `第31周`: there is no teaching week 31; a term "
                                         "has at most 30");
    CHECK(parse_phrase("第5-3周").error == "cannot read schedule phrase `第5-3周`: teaching weeks 5-3 end before they "
                                          "start");
  }

  TEST_CASE("a phrase longer than 100 characters is refused unread")
  {
    std::string long_phrase;
    for (int i = 0; i < 101; ++i) long_phrase += "每";
    auto r = parse_phrase(long_phrase);
    CHECK_FALSE(r.schedule);
    CHECK(r.rule == "unknown-phrase");
    CHECK(r.error == "a schedule phrase of 101 characters: phrases are at most 100");
    CHECK(r.suggestions.empty());
    CHECK(parse_phrase(long_phrase.substr(0, 300)).error.find("unknown") == 0); // 100 characters are read
  }

  TEST_CASE("every example phrase parses")
  {
    for (const std::string& phrase : example_phrases()) {
      INFO("phrase: " << phrase);
      CHECK(parse_phrase(phrase).schedule.has_value());
    }
  }
}
