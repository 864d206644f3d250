// Tests for the printable labels of a summary: groups, plans, quotas, comparisons.
#include "plan/render/summary_rows.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("SummaryRows")
{
  TEST_CASE("month groups in and outside the academic year")
  {
    SummaryGroup g;
    g.month = 9;
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::Zh) == "9月");
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::En) == "Sep");
    g.month = 8;
    g.offset = -1;
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::Zh) == "8月（学年前）");
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::En) == "Aug (before the year)");
    g.month = 9;
    g.offset = 12;
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::Zh) == "9月（学年后）");
  }

  TEST_CASE("named groups and the group of items without one")
  {
    SummaryGroup g;
    g.name = "（四）教学工作";
    CHECK(summary_group_label(g, SummaryBy::Section, Lang::En) == "（四）教学工作");
    g.none = true;
    CHECK(summary_group_label(g, SummaryBy::Month, Lang::Zh) == "无日期");
    CHECK(summary_group_label(g, SummaryBy::Owner, Lang::Zh) == "未指定");
    CHECK(summary_group_label(g, SummaryBy::Owner, Lang::En) == "unassigned");
    CHECK(summary_group_label(g, SummaryBy::Section, Lang::Zh) == "无章节");
    CHECK(summary_group_label(g, SummaryBy::Tag, Lang::En) == "no tag");
    CHECK(summary_total_label(Lang::Zh) == "合计");
    CHECK(summary_by_label(SummaryBy::Owner, Lang::Zh) == "负责部门");
  }

  TEST_CASE("a plan's column: school and unit, and the qualifier in brackets")
  {
    Plan p;
    p.school = "聊城市第一实验学校";
    p.unit = "小学部";
    SummaryPlan sp{&p, "x.yaml", ""};
    CHECK(summary_plan_label(sp, Lang::Zh) == "聊城市第一实验学校 小学部");
    p.unit.clear();
    sp.qualifier = "学区教研工作计划";
    CHECK(summary_plan_label(sp, Lang::Zh) == "聊城市第一实验学校（学区教研工作计划）");
    CHECK(summary_plan_label(sp, Lang::En) == "聊城市第一实验学校 (学区教研工作计划)");
  }

  TEST_CASE("what a quota requires, with and without a unit")
  {
    Schedule s;
    s.kind = ScheduleKind::Count;
    s.count = 30;
    s.unit = "节";
    s.period = Period::Term;
    CHECK(quota_requirement(s, Lang::Zh) == "每学期不少于30节");
    CHECK(quota_requirement(s, Lang::En) == "at least 30 节 per term");
    CHECK(quota_amount(60, s, Lang::Zh) == "60节");
    s.unit.clear();
    s.count = 1;
    s.period = Period::Month;
    CHECK(quota_requirement(s, Lang::Zh) == "每月不少于1次");
    CHECK(quota_requirement(s, Lang::En) == "at least 1 time per month");
    CHECK(quota_amount(11, s, Lang::En) == "11 times");
    s.period = Period::Quarter;
    CHECK(period_label(s.period, Lang::Zh) == "每季度");
  }

  TEST_CASE("comparisons and numbers")
  {
    CHECK(std::string(comparison_name(Comparison::AtLeast)) == "at_least");
    CHECK(std::string(comparison_name(Comparison::Equal)) == "equal");
    CHECK(std::string(comparison_sign(Comparison::AtMost)) == "≤");
    CHECK(number_text(95) == "95");
    CHECK(number_text(99.5) == "99.5");
    CHECK(number_text(0) == "0");
  }
}
