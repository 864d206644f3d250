// Tests for the academic calendar: school days of real terms, make-up workdays,
// teaching weeks, and the plan's own days.
#include "plan/calendar/academic_year.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using namespace std::chrono;
using plan::test::load;

namespace {

Date d(const char* iso) { return *parse_iso_date(iso); }

int school_days(const AcademicCalendar& c, const Date& from, const Date& to)
{
  int n = 0;
  for (sys_days day = sys_days{from}; day <= sys_days{to}; day += days{1}) n += c.is_school_day(Date{day});
  return n;
}

Plan plan_of(const std::string& calendar_body)
{
  auto r = load("format: 1\nschool: s\ntitle: t\nacademic_year: 2023-2024\ncalendar:\n" + calendar_body);
  INFO(r.diagnostics.size());
  REQUIRE(r.plan.has_value());
  return *r.plan;
}

const std::string k_terms = "  terms:\n"
                            "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n"
                            "    - {term: 2, first_day: 2024-02-26, last_day: 2024-07-05}\n";

} // namespace

TEST_SUITE("AcademicCalendar")
{
  TEST_CASE("school days of the 2023-2024 terms, counted by hand")
  {
    AcademicCalendar c(plan_of(k_terms), HolidayTable::built_in());
    // Term 1: 106 weekdays from Fri 2023-09-01 to Fri 2024-01-26; minus the weekdays of
    // 中秋国庆 (9/29, 10/2-10/6) and 元旦 (1/1) = 7; plus the make-up Sat 10/7, Sun 10/8.
    CHECK(school_days(c, d("2023-09-01"), d("2024-01-26")) == 101);
    // Term 2: 95 weekdays from Mon 2024-02-26 to Fri 2024-07-05; minus 清明 (4/4, 4/5),
    // 劳动节 (5/1-5/3) and 端午 (6/10) = 6; plus make-up Sun 4/7, Sun 4/28, Sat 5/11.
    CHECK(school_days(c, d("2024-02-26"), d("2024-07-05")) == 92);
    // Nothing outside the terms is a school day, make-up workdays included (2/18).
    CHECK(school_days(c, d("2023-07-01"), d("2023-08-31")) == 0);
    CHECK(school_days(c, d("2024-01-27"), d("2024-02-25")) == 0);
  }

  TEST_CASE("make-up workdays are school days; holidays and weekends are not")
  {
    AcademicCalendar c(plan_of(k_terms), HolidayTable::built_in());
    CHECK(c.kind(d("2023-10-07")) == DayKind::MakeUpWorkday);
    CHECK(c.kind(d("2023-10-08")) == DayKind::MakeUpWorkday);
    CHECK(c.is_school_day(d("2023-10-07")));
    CHECK(c.is_school_day(d("2023-10-08")));
    CHECK(c.kind(d("2023-10-02")) == DayKind::Holiday);
    CHECK(c.day_name(d("2023-10-02")) == "中秋节、国庆节");
    CHECK(c.kind(d("2023-09-09")) == DayKind::Weekend);
    CHECK_FALSE(c.is_school_day(d("2024-02-12"))); // 春节, in the winter vacation
    CHECK(c.kind(d("2024-02-12")) == DayKind::Vacation);
    CHECK(c.day_name(d("2024-02-12")) == "春节");
  }

  TEST_CASE("a term that runs through 春节")
  {
    AcademicCalendar c(plan_of("  terms:\n    - {term: 2, first_day: 2024-02-05, last_day: 2024-07-05}\n"),
                       HolidayTable::built_in());
    CHECK(c.kind(d("2024-02-12")) == DayKind::Holiday);
    CHECK(c.kind(d("2024-02-18")) == DayKind::MakeUpWorkday); // Sunday, 上班
    CHECK(c.is_school_day(d("2024-02-18")));
  }

  TEST_CASE("teaching weeks: week 1 contains the first day")
  {
    AcademicCalendar c(plan_of(k_terms), HolidayTable::built_in());
    const TermWeeks* t1 = c.term(1);
    REQUIRE(t1 != nullptr);
    CHECK(format_iso(t1->week1_monday) == "2023-08-28");
    CHECK(c.teaching_week(d("2023-09-01")) == 1);
    CHECK(c.teaching_week(d("2023-09-03")) == 1);
    CHECK(c.teaching_week(d("2023-09-04")) == 2);
    CHECK(c.teaching_week(d("2023-09-19")) == 4);
    CHECK(c.teaching_week(d("2023-10-04")) == 6); // the 国庆 week keeps its number
    CHECK(c.teaching_week(d("2024-01-26")) == 22);
    CHECK(t1->week_count == 22);
    CHECK(c.teaching_week(d("2024-02-01")) == 0); // vacation
    const TermWeeks* t2 = c.term(2);
    REQUIRE(t2 != nullptr);
    CHECK(c.teaching_week(d("2024-02-26")) == 1);
    CHECK(t2->week_count == 19);
    auto w = c.week_span(*t1, 4);
    REQUIRE(w.has_value());
    CHECK(format_iso(w->first) == "2023-09-18");
    CHECK(format_iso(w->second) == "2023-09-24");
  }

  TEST_CASE("holiday_weeks: skip leaves weeks without school unnumbered")
  {
    std::string body = "  holiday_weeks: skip\n" + k_terms + "  days_off:\n    - {from: 2023-10-09, to: 2023-10-13, name: 秋假}\n";
    AcademicCalendar c(plan_of(body), HolidayTable::built_in());
    CHECK(c.teaching_week(d("2023-10-06")) == 6);
    CHECK(c.teaching_week(d("2023-10-10")) == 0); // 秋假: no school all week
    CHECK(c.teaching_week(d("2023-10-16")) == 7);
    CHECK(c.term(1)->week_count == 21);
    AcademicCalendar counted(plan_of(k_terms + "  days_off:\n    - {from: 2023-10-09, to: 2023-10-13, name: 秋假}\n"),
                             HolidayTable::built_in());
    CHECK(counted.teaching_week(d("2023-10-16")) == 8);
    CHECK(counted.day_name(d("2023-10-10")) == "秋假");
    CHECK(counted.kind(d("2023-10-10")) == DayKind::DayOff);
  }

  TEST_CASE("the plan's extra workdays and holiday entries")
  {
    std::string body = k_terms +
                       "  extra_workdays:\n    - {date: 2023-09-16, name: 运动会补课}\n"
                       "  holidays:\n    - {date: 2023-11-06, name: 校庆, kind: holiday}\n";
    AcademicCalendar c(plan_of(body), HolidayTable::built_in());
    CHECK(c.kind(d("2023-09-16")) == DayKind::ExtraWorkday);
    CHECK(c.kind(d("2023-11-06")) == DayKind::Holiday);
    CHECK(c.holidays().find(d("2023-11-06"))->origin == HolidayOrigin::Plan);
  }

  TEST_CASE("national_holidays: false keeps only the plan's own entries")
  {
    AcademicCalendar c(plan_of("  national_holidays: false\n" + k_terms), HolidayTable::built_in());
    CHECK(c.kind(d("2023-10-02")) == DayKind::SchoolDay);
    CHECK(c.kind(d("2023-10-07")) == DayKind::Weekend);
  }

  TEST_CASE("months are placed in the academic year")
  {
    AcademicCalendar c(plan_of(k_terms), HolidayTable::built_in());
    CHECK(c.year_of_month(9) == 2023);
    CHECK(c.year_of_month(12) == 2023);
    CHECK(c.year_of_month(1) == 2024);
    CHECK(c.year_of_month(8) == 2024);
  }

  TEST_CASE("first and last school days in a span")
  {
    AcademicCalendar c(plan_of(k_terms), HolidayTable::built_in());
    CHECK(format_iso(*c.last_school_day(d("2023-09-25"), d("2023-10-01"))) == "2023-09-28");
    CHECK(format_iso(*c.first_school_day(d("2023-10-01"), d("2023-10-31"))) == "2023-10-07");
    CHECK_FALSE(c.first_school_day(d("2023-10-01"), d("2023-10-06")).has_value());
  }
}
