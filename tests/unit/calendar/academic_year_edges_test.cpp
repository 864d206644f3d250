// Tests for the names of day kinds and calendar questions about days far from the year.
#include "plan/calendar/academic_year.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using namespace std::chrono;

TEST_SUITE("academic calendar edges")
{
  TEST_CASE("every day kind has its name")
  {
    CHECK(std::string(to_string(DayKind::Vacation)) == "vacation");
    CHECK(std::string(to_string(DayKind::Weekend)) == "weekend");
    CHECK(std::string(to_string(DayKind::Holiday)) == "holiday");
    CHECK(std::string(to_string(DayKind::DayOff)) == "day-off");
    CHECK(std::string(to_string(DayKind::SchoolDay)) == "school-day");
    CHECK(std::string(to_string(DayKind::MakeUpWorkday)) == "make-up-workday");
    CHECK(std::string(to_string(DayKind::ExtraWorkday)) == "extra-workday");
  }

  TEST_CASE("days long before or after the academic year are vacation, in no term")
  {
    auto r = plan::test::load(plan::test::minimal_plan());
    REQUIRE_FALSE(has_errors(r.diagnostics));
    AcademicCalendar calendar(*r.plan, HolidayTable::built_in());
    for (Date day : {Date{year{1990}, March, std::chrono::day{5}}, Date{year{2090}, March, std::chrono::day{6}}}) {
      CHECK(calendar.kind(day) == DayKind::Vacation);
      CHECK_FALSE(calendar.is_school_day(day));
      CHECK(calendar.term_at(day) == nullptr);
      CHECK(calendar.teaching_week(day) == 0);
    }
    // Inside the year: a Monday of term 1 is a school day in week 2.
    Date monday{year{2023}, September, std::chrono::day{4}};
    CHECK(calendar.kind(monday) == DayKind::SchoolDay);
    CHECK(calendar.teaching_week(monday) == 2);
  }
}
