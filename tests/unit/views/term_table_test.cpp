// Tests for the 行事历: a row per week, events in the week they start, routine duties
// left out unless asked for, and the row before the term.
#include "plan/views/term_table.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::minimal_plan;

TEST_SUITE("TermTable")
{
  TEST_CASE("term 1 of 2023-2024")
  {
    auto p = plan::test::expanded(minimal_plan("items:\n"
                               "  - {title: 制定教学计划, when: 开学前, owner: 教务处}\n"
                               "  - {title: 开学典礼, when: 2023-09-01, owner: 政教处}\n"
                               "  - {title: 歌唱比赛, when: 10月}\n"
                               "  - {title: 期中考试, when: 期中, owner: 教务处}\n"
                               "  - {title: 大教研, when: 每周四}\n"
                               "  - {title: 安全演练, when: 每学期至少两次}\n"));
    REQUIRE(p);
    TermTable t = make_term_table(*p, 1, false);
    REQUIRE(t.rows.size() == 1 + 22); // before the term, then weeks 1-22
    CHECK(t.rows[0].before_term);
    CHECK(format_iso(t.rows[0].first) == "2023-08-25");
    REQUIRE(t.rows[0].work.size() == 1);
    CHECK(t.rows[0].owners == std::vector<std::string>{"教务处"});
    CHECK(t.rows[1].week == 1);
    REQUIRE(t.rows[1].work.size() == 1); // 开学典礼; 大教研 is routine; 安全演练 spans the term
    CHECK(t.rows[1].owners == std::vector<std::string>{"政教处"});
    // October's event starts at the month's first school day, Saturday 10/7 (week 6).
    CHECK(t.rows[6].week == 6);
    REQUIRE(t.rows[6].work.size() == 1);
    CHECK(t.rows[6].holidays == std::vector<std::string>{"中秋节、国庆节"});
    CHECK_FALSE(t.rows[6].no_school); // 10/7 and 10/8 are make-up days
    CHECK(t.rows[11].week == 11);     // 期中: week 11 of 22
    CHECK(t.rows[11].work.size() == 1);
    TermTable all = make_term_table(*p, 1, true);
    CHECK(all.rows[2].work.size() == 1); // week 2's Thursday 9/7
    CHECK(make_term_table(*p, 3, false).rows.empty());
  }
}
