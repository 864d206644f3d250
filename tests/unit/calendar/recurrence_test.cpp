// Tests for expansion: every schedule form, holiday policies, and the edge cases of
// real calendars. Dates were checked against a printed calendar and the notices.
#include "plan/calendar/recurrence.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;

namespace {

struct Expanded {
  Plan plan;
  std::unique_ptr<AcademicCalendar> calendar;
  Expansion expansion;
};

// A 2023-2024 plan with the usual Shandong terms and one item.
std::unique_ptr<Expanded> expand_item(const std::string& item, const std::string& extra_calendar = "",
                                      const std::string& year = "2023-2024",
                                      const std::string& terms = "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n"
                                                                 "    - {term: 2, first_day: 2024-02-26, last_day: 2024-07-05}\n")
{
  auto r = load("format: 1\nschool: s\ntitle: t\nacademic_year: " + year + "\ncalendar:\n" + extra_calendar +
                "  terms:\n" + terms + "items:\n  - " + item + "\n");
  INFO("diagnostics: " << r.diagnostics.size() << (r.diagnostics.empty() ? "" : " " + r.diagnostics[0].message));
  REQUIRE_FALSE(has_errors(r.diagnostics));
  auto e = std::make_unique<Expanded>();
  e->plan = *r.plan;
  e->calendar = std::make_unique<AcademicCalendar>(e->plan, HolidayTable::built_in());
  e->expansion = expand(e->plan, *e->calendar);
  // Invariants after every expansion: sorted, windows ordered, due inside the window.
  for (std::size_t i = 1; i < e->expansion.occurrences.size(); ++i) {
    CHECK_FALSE(e->expansion.occurrences[i].date < e->expansion.occurrences[i - 1].date);
  }
  for (const Occurrence& o : e->expansion.occurrences) {
    CHECK_FALSE(o.end < o.date);
    CHECK_FALSE(o.due < o.date);
    CHECK_FALSE(o.end < o.due);
  }
  return e;
}

// "2023-10-12" per Day/Deadline occurrence, "2023-10-02..2023-10-08>2023-10-08" per window.
std::vector<std::string> lines(const Expanded& e)
{
  std::vector<std::string> out;
  for (const Occurrence& o : e.expansion.occurrences) {
    std::string s = format_iso(o.date);
    if (o.kind == OccurrenceKind::Window) s += ".." + format_iso(o.end) + ">" + format_iso(o.due);
    if (o.total) s += " " + std::to_string(o.index) + "/" + std::to_string(o.total);
    if (o.moved) s += " from " + format_iso(o.moved_from);
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> between(const std::vector<std::string>& all, const std::string& from, const std::string& to)
{
  std::vector<std::string> out;
  for (const auto& l : all) {
    if (l.substr(0, 10) >= from && l.substr(0, 10) <= to) out.push_back(l);
  }
  return out;
}

using V = std::vector<std::string>;

} // namespace

TEST_SUITE("expand")
{
  TEST_CASE("weekly on Thursday: school days only, the 国庆 week skipped, make-up days not added")
  {
    auto e = expand_item("{title: 大教研, when: 每周四}");
    auto l = lines(*e);
    // Term 1 has 22 weeks; Thu 2023-10-05 is 国庆; Thu 2023-08-31 is before the term.
    CHECK(between(l, "2023-09-01", "2023-10-31") ==
          V{"2023-09-07", "2023-09-14", "2023-09-21", "2023-09-28", "2023-10-12", "2023-10-19", "2023-10-26"});
    CHECK(between(l, "2024-01-01", "2024-03-10") == V{"2024-01-04", "2024-01-11", "2024-01-18", "2024-01-25", "2024-02-29", "2024-03-07"});
    // Term 2: Thu 4/4 清明 is skipped; Thu 5/2 劳动节 too.
    CHECK(between(l, "2024-03-28", "2024-05-09") == V{"2024-03-28", "2024-04-11", "2024-04-18", "2024-04-25", "2024-05-09"});
    CHECK(l.size() == 20 + 17); // 20 Thursdays in term 1 (10/5 is 国庆), 17 in term 2 (4/4, 5/2 are holidays)
  }

  TEST_CASE("odd and even teaching weeks across the national-day break")
  {
    auto odd = lines(*expand_item("{title: a, when: 单周周四, term: 1}"));
    CHECK(between(odd, "2023-09-01", "2023-10-31") == V{"2023-09-14", "2023-09-28", "2023-10-12", "2023-10-26"});
    auto even = lines(*expand_item("{title: b, when: 双周周四, term: 1}"));
    // Week 6's Thursday 10/5 is a holiday: skipped, not moved into week 7.
    CHECK(between(even, "2023-09-01", "2023-10-31") == V{"2023-09-07", "2023-09-21", "2023-10-19"});
    auto window = lines(*expand_item("{title: c, when: 双周, term: 1}"));
    // An even week without a fixed day: the whole week, due on its last school day
    // (week 6's make-up Sunday 10/8).
    CHECK(between(window, "2023-09-01", "2023-10-15") ==
          V{"2023-09-04..2023-09-10>2023-09-08", "2023-09-18..2023-09-24>2023-09-22", "2023-10-02..2023-10-08>2023-10-08"});
  }

  TEST_CASE("a week with no school at all gets no weekly window")
  {
    auto e = expand_item("{title: a, when: 每周一次, term: 1}", "  days_off:\n    - {from: 2023-10-09, to: 2023-10-13, name: 秋假}\n");
    auto l = between(lines(*e), "2023-10-01", "2023-10-22");
    CHECK(l == V{"2023-10-02..2023-10-08>2023-10-08 1/1", "2023-10-16..2023-10-22>2023-10-20 1/1"});
  }

  TEST_CASE("deadline on or before the 8th: a Sunday, a make-up workday, a holiday")
  {
    auto e = lines(*expand_item("{title: 班主任费, when: 每月初（8日之前）}"));
    // 2023-09-08 Fri stays; 2023-10-08 is a Sunday but an official make-up workday: it stays.
    CHECK(e[0] == "2023-09-08");
    CHECK(e[1] == "2023-10-08");
    CHECK(e[2] == "2023-11-08");
    // 2024-09-08 is a plain Sunday: moved back to Friday 9/6.
    auto sunday = lines(*expand_item("{title: x, when: 每月8日前}", "", "2024-2025",
                                     "    - {term: 1, first_day: 2024-09-02, last_day: 2025-01-17}\n"));
    CHECK(sunday[0] == "2024-09-06 from 2024-09-08");
    // 2025-10-08 is the last day of 国庆中秋 (10/1-10/8): back to Tuesday 9/30.
    auto holiday = lines(*expand_item("{title: x, when: 每月8日前}", "", "2025-2026",
                                      "    - {term: 1, first_day: 2025-09-01, last_day: 2026-01-30}\n"));
    CHECK(holiday[1] == "2025-09-30 from 2025-10-08");
  }

  TEST_CASE("deadlines by the month's last school day")
  {
    auto l = lines(*expand_item("{title: 例查, when: 每月月底前}"));
    // September 2023 ends on 9/29 (holiday) and 9/30 (Saturday): Thursday 9/28.
    CHECK(l[0] == "2023-09-28");
    CHECK(l[1] == "2023-10-31");
    // January 2024: term 1 ends Friday 1/26; February: term 2 starts 2/26, last school day 2/29 (leap year).
    CHECK(between(l, "2024-01-01", "2024-03-31") == V{"2024-01-26", "2024-02-29", "2024-03-29"});
    CHECK(l.size() == 5 + 6); // Sep-Jan, Feb-Jul
  }

  TEST_CASE("a fixed day each month, February in a leap year and not")
  {
    auto leap = lines(*expand_item("{title: x, when: 每月29日, term: 2}"));
    CHECK(leap.front() == "2024-02-29");
    auto plain = lines(*expand_item("{title: x, when: 每月29日, term: 2}", "", "2022-2023",
                                    "    - {term: 2, first_day: 2023-02-06, last_day: 2023-07-07}\n"));
    CHECK(plain.front() == "2023-02-28"); // no 29th: the month's last day
  }

  TEST_CASE("months of the academic year, kept even in a vacation")
  {
    auto l = lines(*expand_item("{title: 八一, when: [9月, 次年3月, 8月, 二、三月份]}"));
    CHECK(l == V{"2023-09-01..2023-09-30>2023-09-28", "2024-02-01..2024-03-31>2024-03-29",
                 "2024-03-01..2024-03-31>2024-03-29", "2024-08-01..2024-08-31>2024-08-31"});
  }

  TEST_CASE("counts per term and year: counted lines due at the end")
  {
    auto l = lines(*expand_item("{title: 安全演练, when: 每学年至少两次}"));
    CHECK(l == V{"2023-09-01..2024-07-05>2024-07-05 1/2", "2023-09-01..2024-07-05>2024-07-05 2/2"});
    auto term = lines(*expand_item("{title: 检查, when: 每学期至少两次}"));
    CHECK(term == V{"2023-09-01..2024-01-26>2024-01-26 1/2", "2023-09-01..2024-01-26>2024-01-26 2/2",
                    "2024-02-26..2024-07-05>2024-07-05 1/2", "2024-02-26..2024-07-05>2024-07-05 2/2"});
  }

  TEST_CASE("role quotas and amounts are one line each")
  {
    auto e = expand_item("{title: 听课, quota: [{at_least: 30, per: term, role: 校长, unit: 节}, "
                         "{at_least: 40, per: term, role: 业务领导, unit: 节}]}");
    CHECK(lines(*e) == V{"2023-09-01..2024-01-26>2024-01-26", "2023-09-01..2024-01-26>2024-01-26",
                         "2024-02-26..2024-07-05>2024-07-05", "2024-02-26..2024-07-05>2024-07-05"});
    CHECK(e->expansion.occurrences[0].total == 0);
  }

  TEST_CASE("per month and per quarter inside terms")
  {
    auto m = lines(*expand_item("{title: x, when: 每月一次, term: 1}"));
    CHECK(m == V{"2023-09-01..2023-09-30>2023-09-28 1/1", "2023-10-01..2023-10-31>2023-10-31 1/1",
                 "2023-11-01..2023-11-30>2023-11-30 1/1", "2023-12-01..2023-12-31>2023-12-29 1/1",
                 "2024-01-01..2024-01-26>2024-01-26 1/1"});
    auto q = lines(*expand_item("{title: x, when: 每季度一次}"));
    CHECK(q == V{"2023-09-01..2023-09-30>2023-09-28 1/1", "2023-10-01..2023-12-31>2023-12-29 1/1",
                 "2024-01-01..2024-03-31>2024-03-29 1/1", "2024-04-01..2024-06-30>2024-06-28 1/1",
                 "2024-07-01..2024-07-05>2024-07-05 1/1"});
  }

  TEST_CASE("the first school week of each month")
  {
    auto l = lines(*expand_item("{title: x, when: 每月初, term: 1}"));
    // October 2023: the first school day is the make-up Saturday 10/7; its week ends Sunday 10/8.
    CHECK(l[0] == "2023-09-01..2023-09-03>2023-09-01");
    CHECK(l[1] == "2023-10-07..2023-10-08>2023-10-08");
    CHECK(l[2] == "2023-11-01..2023-11-05>2023-11-03");
  }

  TEST_CASE("every two teaching weeks")
  {
    auto l = lines(*expand_item("{title: x, when: 两周一次, term: 1}"));
    CHECK(between(l, "2023-08-01", "2023-09-30") ==
          V{"2023-09-01..2023-09-10>2023-09-08", "2023-09-11..2023-09-24>2023-09-22", "2023-09-25..2023-10-08>2023-10-08"});
    auto wed = lines(*expand_item("{title: x, when: 每两周周三, term: 1}"));
    // Odd weeks: week 1's Wednesday 8/30 is before the term; weeks 3, 5, 7, 9.
    CHECK(between(wed, "2023-08-01", "2023-10-31") == V{"2023-09-13", "2023-09-27", "2023-10-11", "2023-10-25"});
  }

  TEST_CASE("every school day")
  {
    auto l = lines(*expand_item("{title: x, when: 每天, term: 1}"));
    CHECK(l.size() == 101); // counted by hand in academic_year_test
    CHECK(between(l, "2023-09-29", "2023-10-09") == V{"2023-10-07", "2023-10-08", "2023-10-09"});
  }

  TEST_CASE("relative to each term")
  {
    CHECK(lines(*expand_item("{title: x, when: 开学前}")) ==
          V{"2023-08-25..2023-08-31>2023-08-31", "2024-02-19..2024-02-25>2024-02-25"});
    CHECK(lines(*expand_item("{title: x, when: 开学初, term: 1}")) == V{"2023-09-01..2023-09-03>2023-09-01"});
    CHECK(lines(*expand_item("{title: x, when: 开学第一个月, term: 2}")) == V{"2024-02-26..2024-03-25>2024-03-25"});
    // Term 1 has 22 weeks: the middle is week 11 (11/6-11/12); the end is weeks 21-22.
    CHECK(lines(*expand_item("{title: x, when: 期中, term: 1}")) == V{"2023-11-06..2023-11-12>2023-11-10"});
    CHECK(lines(*expand_item("{title: x, when: 期末, term: 1}")) == V{"2024-01-15..2024-01-26>2024-01-26"});
    CHECK(lines(*expand_item("{title: x, when: 第3周周二, term: 1}")) == V{"2023-09-12"});
  }

  TEST_CASE("seasons and exact dates")
  {
    // Winter runs Dec-Feb; its last school day is Thursday 2/29, in term 2.
    CHECK(lines(*expand_item("{title: x, when: 冬季}")) == V{"2023-12-01..2024-02-29>2024-02-29"});
    // A day kept although it is a holiday, and a day moved by the item's own policy.
    auto kept = expand_item("{title: x, when: 2023-10-02}");
    CHECK(kept->expansion.occurrences[0].off_day);
    CHECK(lines(*expand_item("{title: x, when: 2023-10-02, on_holiday: after}")) == V{"2023-10-07 from 2023-10-02"});
    CHECK(lines(*expand_item("{title: x, when: 10月1日, on_holiday: before}")) == V{"2023-09-28 from 2023-10-01"});
    CHECK(lines(*expand_item("{title: x, when: 10月1日, on_holiday: skip}")).empty());
  }

  TEST_CASE("a weekly duty moved by its policy stays in its week")
  {
    // Friday 10/6 has no school day before it in its week (10/2-10/6 are holidays):
    // it is left out, not stacked on Thursday 9/28.
    auto l = lines(*expand_item("{title: 提交, when: 周五, on_holiday: before, term: 1}"));
    CHECK(between(l, "2023-09-25", "2023-10-15") == V{"2023-09-28 from 2023-09-29", "2023-10-13"});
    auto after = lines(*expand_item("{title: 提交, when: 周五, on_holiday: after, term: 1}"));
    CHECK(between(after, "2023-09-25", "2023-10-15") == V{"2023-10-07 from 2023-10-06", "2023-10-13"});
  }

  TEST_CASE("holiday_weeks: skip shifts odd and even weeks")
  {
    auto e = expand_item("{title: a, when: 单周周四, term: 1}",
                         "  holiday_weeks: skip\n  days_off:\n    - {from: 2023-10-09, to: 2023-10-13, name: 秋假}\n");
    // Weeks 1-6 as usual; 10/9-10/15 has no number; 10/16-10/22 is week 7 (odd).
    CHECK(between(lines(*e), "2023-09-01", "2023-10-31") == V{"2023-09-14", "2023-09-28", "2023-10-19"});
  }
}

TEST_SUITE("expand limits")
{
  TEST_CASE("expansion stops at its limit and says so, with nothing half-made")
  {
    auto e = expand_item("{title: 晨检, when: 每天}");
    std::size_t all = e->expansion.occurrences.size();
    REQUIRE(all > 150); // a school year's days
    CHECK_FALSE(e->expansion.over_limit);
    Expansion capped = expand(e->plan, *e->calendar, all - 1);
    CHECK(capped.over_limit);
    CHECK(capped.occurrences.empty());
    Expansion exact = expand(e->plan, *e->calendar, all);
    CHECK_FALSE(exact.over_limit);
    CHECK(exact.occurrences.size() == all);
  }

  TEST_CASE("a holiday span of centuries costs only the calendar's own days")
  {
    // Every supported date, 1900-01-01 to 2199-12-31: three centuries.
    auto e = expand_item("{title: 晨检, when: 每天}", "  holidays:\n    - {from: 1900-01-01, to: 2199-12-31, name: 长假}\n");
    CHECK(e->expansion.occurrences.empty()); // every day is a holiday
    CHECK(e->calendar->kind(Date{std::chrono::year{2023}, std::chrono::October, std::chrono::day{12}}) ==
          DayKind::Holiday);
  }
}
