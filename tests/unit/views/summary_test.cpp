// Tests for the summary view: counts by month, owner, section and tag, one plan and
// two side by side, quotas with their periods, targets. Every expected number below
// was counted by hand from the inline plans (see the comments next to them).
#include "plan/views/summary.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <memory>

using namespace plan;
using plan::test::minimal_plan;

namespace {

/// A plan's text, expanded under the file name each summary gives it (names matter:
/// they tell plans of one school apart). Keeps what it built alive for the summary.
struct Expanded {
  std::string text;
  mutable std::vector<std::unique_ptr<ExpandedPlan>> built;
  explicit Expanded(std::string plan_text) : text(std::move(plan_text)) {}
  const ExpandedPlan* input(const std::string& file) const
  {
    built.push_back(plan::test::expanded(text, file));
    REQUIRE(built.back());
    return built.back().get();
  }
  /// The diagnostics of loading the text (none expected of the plans below).
  DiagnosticList diagnostics() const { return plan::test::load(text).diagnostics; }
};

// Terms 2023-09-01..2024-01-26 and 2024-02-26..2024-07-05 (minimal_plan). Items in
// expansion order: 十月活动 (outside sections), then 开学典礼, 期中考试, 听课, 安全演练, 入学率.
//   十月活动  10月               one window Oct 1-31                       no owner, no tag, no section
//   开学典礼  2023-09-01         one day                                    教务处 (section), tag 教学
//   期中考试  期中               a window per term: weeks 11 (Nov 6-12) and 10 (Apr 29-May 5)
//   听课      quota 30节/term    role 校长: one window line per term (Sep 1, Feb 26)  教务处+政教处
//   安全演练  每学年至少两次     one yearly window from Sep 1, two lines (1/2, 2/2)  政教处, tag 安全
//   入学率    no schedule        a target only                              no owner
// So 6 items and 1 + 1 + 2 + 2 + 2 + 0 = 8 occurrences.
const char* const k_plan_a = "owners: [教务处, 政教处, 总务处]\n"
                             "items:\n"
                             "  - {title: 十月活动, when: 10月}\n"
                             "sections:\n"
                             "  - number: 一、\n"
                             "    title: 教学\n"
                             "    owner: 教务处\n"
                             "    tags: [教学]\n"
                             "    items:\n"
                             "      - {title: 开学典礼, when: 2023-09-01}\n"
                             "      - {title: 期中考试, when: 期中}\n"
                             "      - title: 听课\n"
                             "        owner: [教务处, 政教处]\n"
                             "        quota: {at_least: 30, per: term, role: 校长, unit: 节}\n"
                             "  - number: 二、\n"
                             "    title: 安全\n"
                             "    items:\n"
                             "      - {title: 安全演练, owner: 政教处, when: 每学年至少两次, tags: [安全]}\n"
                             "      - title: 入学率\n"
                             "        target: {indicator: 适龄儿童入学率, op: \">=\", value: 95, unit: \"%\"}\n";

// A second school: 家长会 on Friday 2023-10-13 (政教处), 教研 on Thursday 2023-11-02 (教研组).
const char* const k_plan_b = "owners: [政教处, 教研组]\n"
                             "items:\n"
                             "  - {title: 家长会, owner: 政教处, when: 2023-10-13}\n"
                             "  - {title: 教研, owner: 教研组, when: 2023-11-02}\n";

std::string with_title(std::string text, const std::string& title)
{
  text.replace(text.find("title: 工作计划"), std::string("title: 工作计划").size(), "title: " + title);
  return text;
}

std::vector<std::string> labels(const Summary& s)
{
  std::vector<std::string> out;
  for (const SummaryGroup& g : s.groups) out.push_back(g.none ? "(none)" : g.name);
  return out;
}

} // namespace

TEST_SUITE("Summary")
{
  TEST_CASE("the names of the groupings")
  {
    CHECK(std::string(to_string(SummaryBy::Section)) == "section");
    CHECK(parse_summary_by("owner") == SummaryBy::Owner);
    CHECK(parse_summary_by("tag") == SummaryBy::Tag);
    CHECK_FALSE(parse_summary_by("week").has_value());
  }

  TEST_CASE("by month: September to the last month with an occurrence, then the undated items")
  {
    Expanded a(minimal_plan(k_plan_a));
    REQUIRE(a.diagnostics().empty());
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Month);
    CHECK(s.total == SummaryCount{6, 8});
    REQUIRE(s.plan_totals.size() == 1);
    CHECK(s.plan_totals[0] == SummaryCount{6, 8});
    // Sep Oct Nov Dec Jan Feb Mar Apr, then 入学率 without dates.
    REQUIRE(s.groups.size() == 9);
    const unsigned months[] = {9, 10, 11, 12, 1, 2, 3, 4};
    for (std::size_t i = 0; i < 8; ++i) {
      CHECK(s.groups[i].month == months[i]);
      CHECK(s.groups[i].offset == static_cast<int>(i));
      CHECK_FALSE(s.groups[i].none);
    }
    CHECK(s.groups[0].total == SummaryCount{3, 4}); // 开学典礼 1, 听课 1, 安全演练 2 (both lines start Sep 1)
    CHECK(s.groups[1].total == SummaryCount{1, 1}); // 十月活动
    CHECK(s.groups[2].total == SummaryCount{1, 1}); // 期中考试, week 11 from Nov 6
    CHECK(s.groups[3].total == SummaryCount{0, 0}); // December: nothing, still listed
    CHECK(s.groups[4].total == SummaryCount{0, 0});
    CHECK(s.groups[5].total == SummaryCount{1, 1}); // 听课, term 2 from Feb 26
    CHECK(s.groups[6].total == SummaryCount{0, 0});
    CHECK(s.groups[7].total == SummaryCount{1, 1}); // 期中考试, week 10 from Apr 29
    CHECK(s.groups[8].none);
    CHECK(s.groups[8].total == SummaryCount{1, 0}); // 入学率
    CHECK(s.groups[0].per_plan.size() == 1);
  }

  TEST_CASE("by owner: an item with two owners counts for each; declared owners without items are left out")
  {
    Expanded a(minimal_plan(k_plan_a));
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Owner);
    CHECK(labels(s) == std::vector<std::string>{"教务处", "政教处", "(none)"}); // 总务处 has no item
    CHECK(s.groups[0].total == SummaryCount{3, 5}); // 开学典礼 1, 期中考试 2, 听课 2
    CHECK(s.groups[1].total == SummaryCount{2, 4}); // 听课 2, 安全演练 2
    CHECK(s.groups[2].total == SummaryCount{2, 1}); // 十月活动 1, 入学率 0
    CHECK(s.total == SummaryCount{6, 8});           // each item once
  }

  TEST_CASE("by section: the top-level section, number and title; items outside sections last")
  {
    Expanded a(minimal_plan(k_plan_a));
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Section);
    CHECK(labels(s) == std::vector<std::string>{"一、教学", "二、安全", "(none)"});
    CHECK(s.groups[0].number == "一、");
    CHECK(s.groups[0].title == "教学");
    CHECK(s.groups[0].total == SummaryCount{3, 5});
    CHECK(s.groups[1].total == SummaryCount{2, 2}); // 安全演练 2, 入学率 0
    CHECK(s.groups[2].total == SummaryCount{1, 1}); // 十月活动
  }

  TEST_CASE("by tag: section tags are inherited")
  {
    Expanded a(minimal_plan(k_plan_a));
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Tag);
    CHECK(labels(s) == std::vector<std::string>{"教学", "安全", "(none)"});
    CHECK(s.groups[0].total == SummaryCount{3, 5}); // the three items of 一、教学
    CHECK(s.groups[1].total == SummaryCount{1, 2}); // 安全演练
    CHECK(s.groups[2].total == SummaryCount{2, 1}); // 十月活动, 入学率
  }

  TEST_CASE("quotas: every count with its periods and the total it requires; targets")
  {
    Expanded a(minimal_plan(k_plan_a + std::string("  - number: 三、\n"
                                                   "    title: 常规\n"
                                                   "    items:\n"
                                                   "      - {title: 周报, when: 每周一次}\n")));
    REQUIRE(a.diagnostics().empty());
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Month);
    REQUIRE(s.quotas.size() == 3);
    CHECK(s.quotas[0].item->item->title == "听课");
    CHECK(s.quotas[0].schedule->role == "校长");
    CHECK(s.quotas[0].periods == 2); // two terms
    CHECK(s.quotas[0].required() == 60);
    CHECK(s.quotas[1].item->item->title == "安全演练");
    CHECK(s.quotas[1].periods == 1); // one window for the year, two lines in it
    CHECK(s.quotas[1].required() == 2);
    CHECK(s.quotas[2].item->item->title == "周报");
    CHECK(s.quotas[2].periods == 41); // teaching weeks: 22 in term 1 (Aug 28 - Jan 26), 19 in term 2 (Feb 26 - Jul 5)
    CHECK(s.quotas[2].required() == 41);
    REQUIRE(s.targets.size() == 1);
    CHECK(s.targets[0].target->indicator == "适龄儿童入学率");
    CHECK(s.targets[0].target->op == Comparison::AtLeast);
    CHECK(s.targets[0].target->value == 95);
  }

  TEST_CASE("two plans: a count per plan, a total per group and per plan")
  {
    Expanded a(minimal_plan(k_plan_a));
    Expanded b(with_title(minimal_plan(k_plan_b), "第二份计划"));
    REQUIRE(b.diagnostics().empty());
    Summary s = make_summary({a.input("a.yaml"), b.input("b.yaml")}, SummaryBy::Owner);
    // A's owners list, A's items, B's owners list: 教研组 comes after A's groups.
    CHECK(labels(s) == std::vector<std::string>{"教务处", "政教处", "教研组", "(none)"});
    CHECK(s.groups[0].per_plan == std::vector<SummaryCount>{{3, 5}, {0, 0}});
    CHECK(s.groups[1].per_plan == std::vector<SummaryCount>{{2, 4}, {1, 1}});
    CHECK(s.groups[1].total == SummaryCount{3, 5});
    CHECK(s.groups[2].per_plan == std::vector<SummaryCount>{{0, 0}, {1, 1}});
    CHECK(s.groups[3].per_plan == std::vector<SummaryCount>{{2, 1}, {0, 0}});
    CHECK(s.plan_totals == std::vector<SummaryCount>{{6, 8}, {2, 2}});
    CHECK(s.total == SummaryCount{8, 10});
    // Same school (测试小学), different titles: the titles tell the columns apart.
    CHECK(s.plans[0].qualifier == "工作计划");
    CHECK(s.plans[1].qualifier == "第二份计划");

    Summary m = make_summary({a.input("a.yaml"), b.input("b.yaml")}, SummaryBy::Month);
    REQUIRE(m.groups.size() == 9);
    CHECK(m.groups[1].per_plan == std::vector<SummaryCount>{{1, 1}, {1, 1}}); // October: 十月活动; 家长会
    CHECK(m.groups[2].per_plan == std::vector<SummaryCount>{{1, 1}, {1, 1}}); // November: 期中考试; 教研
    CHECK(m.groups[8].per_plan == std::vector<SummaryCount>{{1, 0}, {0, 0}}); // undated: 入学率
  }

  TEST_CASE("plans of the same school with the same title are told apart by their files; others have no qualifier")
  {
    Expanded a(minimal_plan(k_plan_a));
    Expanded b(minimal_plan(k_plan_b));
    Expanded c(minimal_plan(k_plan_b).replace(minimal_plan().find("测试小学"), std::string("测试小学").size(), "另一小学"));
    REQUIRE(c.input("c.yaml")->plan().school == "另一小学");
    Summary s = make_summary({a.input("a.yaml"), b.input("dir/b.yaml"), c.input("c.yaml")}, SummaryBy::Section);
    CHECK(s.plans[0].qualifier == "a.yaml");
    CHECK(s.plans[1].qualifier == "dir/b.yaml");
    CHECK(s.plans[2].qualifier.empty());
  }

  TEST_CASE("three plans of one school, two with one title: files for the two, the title for the third")
  {
    Expanded a(minimal_plan(k_plan_a));
    Expanded b(with_title(minimal_plan(k_plan_b), "第二份计划"));
    Expanded c(minimal_plan(k_plan_a).replace(minimal_plan().find("测试小学"), std::string("测试小学").size(), "另一小学"));
    Summary s = make_summary({a.input("a.yaml"), b.input("b.yaml"), c.input("c.yaml"), a.input("copy/a.yaml")},
                             SummaryBy::Owner);
    CHECK(s.plans[0].qualifier == "a.yaml");
    CHECK(s.plans[1].qualifier == "第二份计划");
    CHECK(s.plans[2].qualifier.empty()); // the only plan of 另一小学, though its title is 工作计划 too
    CHECK(s.plans[3].qualifier == "copy/a.yaml");
  }

  TEST_CASE("months before and after the academic year keep their place")
  {
    Expanded a(minimal_plan("items:\n"
                            "  - {title: 暑期培训, when: 2023-08-20}\n"
                            "  - {title: 开学典礼, when: 2023-09-01}\n"
                            "  - {title: 八一活动, when: 2024-08-01}\n"
                            "  - {title: 下学年, when: 2024-09-02}\n"));
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Month);
    // August 2023 (-1), September 2023 (0) ... August 2024 (11), September 2024 (12).
    REQUIRE(s.groups.size() == 14);
    CHECK(s.groups.front().offset == -1);
    CHECK(s.groups.front().month == 8);
    CHECK(s.groups.front().total == SummaryCount{1, 1});
    CHECK(s.groups[12].offset == 11);
    CHECK(s.groups[12].month == 8);
    CHECK(s.groups[12].total == SummaryCount{1, 1});
    CHECK(s.groups.back().offset == 12);
    CHECK(s.groups.back().month == 9);
    CHECK_FALSE(s.groups.back().none); // every item has a date: no undated group
  }

  TEST_CASE("an empty plan: no groups but the totals")
  {
    Expanded a(minimal_plan());
    Summary s = make_summary({a.input("a.yaml")}, SummaryBy::Owner);
    CHECK(s.groups.empty());
    CHECK(s.total == SummaryCount{0, 0});
    CHECK(s.quotas.empty());
    CHECK(s.targets.empty());
  }
}
