// Tests for the month view: rows, teaching weeks, marks and the agenda of October 2023.
#include "plan/views/month_grid.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::minimal_plan;

TEST_SUITE("MonthGrid")
{
  TEST_CASE("October 2023: the 国庆 week, make-up days, items and the agenda")
  {
    auto p = plan::test::expanded(minimal_plan("items:\n"
                               "  - {title: 大教研, when: 每周四}\n"
                               "  - {title: 读书, when: 每天}\n"
                               "  - {title: 班主任费, when: 每月初（8日之前）}\n"));
    REQUIRE(p);
    MonthGrid g = make_month_grid(*p, 10);
    CHECK(g.year == 2023);
    REQUIRE(g.weeks.size() == 6); // Sep 25 - Nov 5: six Monday rows touch October
    CHECK(g.weeks[0].week == 5);
    CHECK_FALSE(g.weeks[0].days[0].in_month); // Monday 9/25
    CHECK(g.weeks[0].days[6].holiday);        // Sunday 10/1
    CHECK(g.weeks[1].days[5].makeup);         // Saturday 10/7
    CHECK(g.weeks[1].days[6].makeup);         // Sunday 10/8
    CHECK(g.weeks[1].days[6].items == 1);     // the 8th's deadline; 每天 is listed once
    CHECK(g.weeks[2].days[3].items == 1);     // Thursday 10/12
    CHECK(g.weeks[1].days[3].items == 0);     // Thursday 10/5 is a holiday
    REQUIRE(g.daily.size() == 1);
    // Agenda: 10/8 deadline, then the Thursdays 10/12, 10/19, 10/26.
    REQUIRE(g.agenda.size() == 4);
    CHECK(format_iso(g.agenda[0].date) == "2023-10-08");
    CHECK(format_iso(g.agenda[3].date) == "2023-10-26");
    MonthGrid march = make_month_grid(*p, 3);
    CHECK(march.year == 2024);
  }
}
