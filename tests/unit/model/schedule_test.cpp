// Tests for the stable names of schedule enums (written to JSON output) and the
// English description of every kind of rule (shown by --explain and diagnostics).
#include "plan/model/schedule.hpp"

#include <doctest/doctest.h>

using namespace plan;

namespace {

Schedule of(ScheduleKind kind)
{
  Schedule s;
  s.kind = kind;
  return s;
}

constexpr WeekdayMask k_mon = 1, k_tue = 2, k_thu = 8, k_sun = 64;

} // namespace

TEST_SUITE("schedule names")
{
  TEST_CASE("every schedule kind has its JSON name")
  {
    CHECK(std::string(to_string(ScheduleKind::OnDate)) == "date");
    CHECK(std::string(to_string(ScheduleKind::DateRange)) == "date-range");
    CHECK(std::string(to_string(ScheduleKind::MonthDay)) == "month-day");
    CHECK(std::string(to_string(ScheduleKind::MonthDayRange)) == "month-day-range");
    CHECK(std::string(to_string(ScheduleKind::Months)) == "months");
    CHECK(std::string(to_string(ScheduleKind::Weekly)) == "weekly");
    CHECK(std::string(to_string(ScheduleKind::EveryNWeeks)) == "every-n-weeks");
    CHECK(std::string(to_string(ScheduleKind::Count)) == "count");
    CHECK(std::string(to_string(ScheduleKind::MonthlyDeadline)) == "monthly-deadline");
    CHECK(std::string(to_string(ScheduleKind::MonthStart)) == "month-start");
    CHECK(std::string(to_string(ScheduleKind::MonthlyOnDay)) == "monthly-on-day");
    CHECK(std::string(to_string(ScheduleKind::Daily)) == "daily");
    CHECK(std::string(to_string(ScheduleKind::TermRelative)) == "term-relative");
    CHECK(std::string(to_string(ScheduleKind::TeachingWeeks)) == "teaching-weeks");
    CHECK(std::string(to_string(ScheduleKind::Seasonal)) == "seasonal");
  }

  TEST_CASE("periods, anchors, seasons and parities")
  {
    CHECK(std::string(to_string(Period::Week)) == "week");
    CHECK(std::string(to_string(Period::Month)) == "month");
    CHECK(std::string(to_string(Period::Quarter)) == "quarter");
    CHECK(std::string(to_string(Period::Term)) == "term");
    CHECK(std::string(to_string(Period::Year)) == "year");
    CHECK(std::string(to_string(TermAnchor::BeforeStart)) == "before-start");
    CHECK(std::string(to_string(TermAnchor::FirstWeek)) == "first-week");
    CHECK(std::string(to_string(TermAnchor::FirstMonth)) == "first-month");
    CHECK(std::string(to_string(TermAnchor::MidTerm)) == "mid-term");
    CHECK(std::string(to_string(TermAnchor::EndOfTerm)) == "end-of-term");
    CHECK(std::string(to_string(Season::Autumn)) == "autumn");
    CHECK(std::string(to_string(Season::Winter)) == "winter");
    CHECK(std::string(to_string(Season::Spring)) == "spring");
    CHECK(std::string(to_string(Season::Summer)) == "summer");
    CHECK(std::string(to_string(WeekParity::Any)) == "any");
    CHECK(std::string(to_string(WeekParity::Odd)) == "odd");
    CHECK(std::string(to_string(WeekParity::Even)) == "even");
  }
}

TEST_SUITE("describe")
{
  TEST_CASE("dates and month spans")
  {
    Schedule s = of(ScheduleKind::OnDate);
    s.date = "2023-10-13";
    CHECK(describe(s) == "on 2023-10-13");
    s.kind = ScheduleKind::DateRange;
    s.end_date = "2023-10-20";
    CHECK(describe(s) == "from 2023-10-13 to 2023-10-20");

    s = of(ScheduleKind::MonthDay);
    s.month_from = 10;
    s.day_from = 13;
    CHECK(describe(s) == "on 10-13");
    s.second_year = true;
    s.month_from = 3;
    CHECK(describe(s) == "on second-year 3-13");

    s = of(ScheduleKind::MonthDayRange);
    s.month_from = s.month_to = 9;
    s.day_from = 21;
    s.day_to = 30;
    CHECK(describe(s) == "from 9-21 to 9-30");
    s.day_to = 0;
    CHECK(describe(s) == "from 9-21 to 9-end");
    s.second_year = true;
    CHECK(describe(s) == "from second-year 9-21 to 9-end");

    s = of(ScheduleKind::Months);
    s.month_from = s.month_to = 9;
    CHECK(describe(s) == "some time in month 9");
    s.month_from = 2;
    s.month_to = 3;
    s.second_year = true;
    CHECK(describe(s) == "some time in second-year months 2-3");
  }

  TEST_CASE("weekly rules, with and without weekdays and parity")
  {
    Schedule s = of(ScheduleKind::Weekly);
    CHECK(describe(s) == "once in each teaching week");
    s.parity = WeekParity::Odd;
    CHECK(describe(s) == "once in each odd teaching week");
    s.weekdays = k_tue | k_thu;
    CHECK(describe(s) == "weekly on Tue, Thu (odd teaching weeks)");
    s.parity = WeekParity::Even;
    CHECK(describe(s) == "weekly on Tue, Thu (even teaching weeks)");
    s.parity = WeekParity::Any;
    s.weekdays = k_mon | k_sun;
    CHECK(describe(s) == "weekly on Mon, Sun");

    s = of(ScheduleKind::EveryNWeeks);
    s.interval = 2;
    CHECK(describe(s) == "once every 2 teaching weeks");
    s.weekdays = k_thu;
    CHECK(describe(s) == "every 2 teaching weeks on Thu");
  }

  TEST_CASE("counts name their unit and role only when given")
  {
    Schedule s = of(ScheduleKind::Count);
    s.count = 2;
    s.period = Period::Term;
    CHECK(describe(s) == "at least 2 per term");
    s.unit = "节";
    CHECK(describe(s) == "at least 2 节 per term");
    s.role = "校长";
    s.count = 30;
    CHECK(describe(s) == "at least 30 节 per term for 校长");
    s.unit.clear();
    s.period = Period::Quarter;
    CHECK(describe(s) == "at least 30 per quarter for 校长");
  }

  TEST_CASE("monthly, daily, term and seasonal rules")
  {
    Schedule s = of(ScheduleKind::MonthlyDeadline);
    CHECK(describe(s) == "monthly by the last school day");
    s.day = 8;
    CHECK(describe(s) == "monthly on or before day 8");
    CHECK(describe(of(ScheduleKind::MonthStart)) == "in the first school week of each month");
    s = of(ScheduleKind::MonthlyOnDay);
    s.day = 29;
    CHECK(describe(s) == "monthly on day 29");
    CHECK(describe(of(ScheduleKind::Daily)) == "every school day");

    s = of(ScheduleKind::TermRelative);
    s.anchor = TermAnchor::MidTerm;
    CHECK(describe(s) == "each term: mid-term");
    s.anchor = TermAnchor::BeforeStart;
    CHECK(describe(s) == "each term: before-start");

    s = of(ScheduleKind::TeachingWeeks);
    s.week_from = s.week_to = 3;
    CHECK(describe(s) == "teaching week 3");
    s.week_to = 5;
    CHECK(describe(s) == "teaching weeks 3-5");
    s.weekdays = k_tue;
    CHECK(describe(s) == "teaching weeks 3-5 on Tue");

    s = of(ScheduleKind::Seasonal);
    s.season = Season::Winter;
    CHECK(describe(s) == "during winter");
    s.season = Season::Summer;
    CHECK(describe(s) == "during summer");
  }
}
