// Tests for expansion_violation(): each promise an expansion makes, broken by hand on
// a real expansion, must be reported with the occurrence it is about.
#include "plan/calendar/invariants.hpp"
#include "plan/calendar/recurrence.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <memory>

using namespace plan;
using namespace std::chrono;

namespace {

// Items, in order:
// 0 weekly Thursday, term 1 (recurring, Day)
// 1 start of term, term 1 (window)
// 2 an explicit date on the National Day holiday (kept: off_day)
// 3 1 October, moved before the holiday (moved)
// 4 weekly Friday, no term of its own
struct Fixture {
  Plan plan;
  std::unique_ptr<AcademicCalendar> calendar;
  Expansion expansion;
  std::vector<Occurrence> all; // the real expansion's occurrences, kept while tests replace them

  Fixture()
  {
    auto r = plan::test::load(plan::test::minimal_plan("items:\n"
                                                       "  - {title: a, when: 每周四, term: 1}\n"
                                                       "  - {title: b, when: 开学初, term: 1}\n"
                                                       "  - {title: c, when: 2023-10-02}\n"
                                                       "  - {title: d, when: 10月1日, on_holiday: before}\n"
                                                       "  - {title: e, when: 每周五}\n"));
    REQUIRE_FALSE(has_errors(r.diagnostics));
    plan = *r.plan;
    calendar = std::make_unique<AcademicCalendar>(plan, HolidayTable::built_in());
    expansion = expand(plan, *calendar);
    all = expansion.occurrences;
  }

  std::string violation() const { return expansion_violation(plan, *calendar, expansion); }

  // The first occurrence of `item`.
  Occurrence first_of(std::uint32_t item) const
  {
    for (const Occurrence& o : all) {
      if (o.item == item) return o;
    }
    FAIL("item has no occurrence");
    return {};
  }

  // Only `list` remains, in this order.
  std::string only(std::vector<Occurrence> list)
  {
    expansion.occurrences = std::move(list);
    return violation();
  }
};

Date d(int y, unsigned m, unsigned day) { return Date{year{y}, month{m}, std::chrono::day{day}}; }

Occurrence on(Occurrence o, const Date& date)
{
  o.date = o.end = o.due = date;
  return o;
}

} // namespace

TEST_SUITE("expansion invariants")
{
  TEST_CASE("a real expansion keeps every promise")
  {
    Fixture f;
    REQUIRE(f.expansion.occurrences.size() > 40);
    CHECK(f.violation() == "");
    // The fixture has what the checks below break.
    CHECK(f.first_of(1).kind == OccurrenceKind::Window);
    CHECK(f.first_of(2).off_day);
    CHECK(f.first_of(3).moved);
    // An empty expansion promises nothing.
    CHECK(f.only({}) == "");
  }

  TEST_CASE("an occurrence must point at a real item and rule")
  {
    Fixture f;
    Occurrence o = f.first_of(0);
    o.item = 99;
    CHECK(f.only({o}) == "occurrence 1 (item 99, rule 0, 2023-09-07): no such item");
    o = f.first_of(0);
    o.rule = 3;
    CHECK(f.only({f.first_of(1), o}) == "occurrence 2 (item 0, rule 3, 2023-09-07): no such rule");
  }

  TEST_CASE("each of its three dates must exist")
  {
    Fixture f;
    const Date bad = d(2023, 2, 30);
    Occurrence o = f.first_of(0);
    o.date = bad;
    CHECK(f.only({o}) == "occurrence 1 (item 0, rule 0, no date): a date that does not exist");
    o = f.first_of(0);
    o.end = bad;
    CHECK(f.only({o}) == "occurrence 1 (item 0, rule 0, 2023-09-07): a date that does not exist");
    o = f.first_of(0);
    o.due = bad;
    CHECK(f.only({o}) == "occurrence 1 (item 0, rule 0, 2023-09-07): a date that does not exist");
  }

  TEST_CASE("the due date lies inside the span, and only windows span days")
  {
    Fixture f;
    Occurrence w = f.first_of(1); // 2023-09-01..2023-09-03, due 09-01
    REQUIRE(w.end == d(2023, 9, 3));
    Occurrence early = w;
    early.due = d(2023, 8, 31);
    CHECK(f.only({early}).ends_with(": due date outside its span"));
    Occurrence late = w;
    late.due = d(2023, 9, 4);
    CHECK(f.only({late}).ends_with(": due date outside its span"));
    Occurrence last_day = w;
    last_day.due = w.end;
    CHECK(f.only({last_day}) == "");

    Occurrence day = f.first_of(0);
    day.end = d(2023, 9, 8);
    CHECK(f.only({day}) == "occurrence 1 (item 0, rule 0, 2023-09-07): a day or deadline that spans days");
    day.kind = OccurrenceKind::Deadline;
    CHECK(f.only({day}).ends_with(": a day or deadline that spans days"));
  }

  TEST_CASE("everything but an explicit date stays inside the academic year")
  {
    Fixture f;
    // Thursdays just outside 25 July 2023 .. 31 August 2024.
    CHECK(f.only({on(f.first_of(0), d(2023, 7, 20))}).ends_with(": outside the academic year"));
    CHECK(f.only({on(f.first_of(0), d(2024, 9, 5))}).ends_with(": outside the academic year"));
    // A window that starts inside but ends after the last day.
    Occurrence w = f.first_of(1);
    w.date = w.due = d(2024, 8, 30);
    w.end = d(2024, 9, 2);
    CHECK(f.only({w}).ends_with(": outside the academic year"));
    // An explicit date may lie anywhere: a kept Sunday a year early is fine.
    Occurrence kept = on(f.first_of(2), d(2022, 10, 2));
    kept.term = 0;
    CHECK(f.only({kept}) == "");
  }

  TEST_CASE("terms: the calendar's, the plan's and the item's")
  {
    Fixture f;
    Occurrence o = f.first_of(0);
    o.term = 3;
    CHECK(f.only({o}).ends_with(": a term the calendar does not have"));

    // The weekly item is limited to term 1.
    o = f.first_of(0);
    o.term = 2;
    CHECK(f.only({o}).ends_with(": a recurring duty outside its item's term"));
    // The weekly item without a term of its own may be in either.
    Occurrence free = f.first_of(4);
    free.term = 2;
    CHECK(f.only({free}) == "");
    // A fixed date is not a recurring duty: its term is not checked against the item.
    Occurrence fixed = f.first_of(3);
    fixed.term = 2;
    CHECK(f.only({fixed}) == "");

    // A plan that covers term 1 only.
    f.plan.terms = {1};
    CHECK(f.only({free}).ends_with(": a recurring duty in a term the plan does not cover"));
  }

  TEST_CASE("counted lines number 1..total")
  {
    Fixture f;
    Occurrence o = f.first_of(0);
    o.index = 2;
    o.total = 2;
    CHECK(f.only({o}) == "");
    o.index = 3;
    CHECK(f.only({o}).ends_with(": counted out of range"));
    o.index = 0;
    CHECK(f.only({o}).ends_with(": counted out of range"));
    o.index = 1;
    o.total = 0;
    CHECK(f.only({o}).ends_with(": counted out of range"));
  }

  TEST_CASE("days and deadlines fall on school days unless a policy keeps them")
  {
    Fixture f;
    Occurrence school = f.first_of(0);
    school.off_day = true;
    CHECK(f.only({school}).ends_with(": marked as kept on a day without school, but it is a school day"));
    Occurrence holiday = f.first_of(2);
    holiday.off_day = false;
    CHECK(f.only({holiday}) == "occurrence 1 (item 2, rule 0, 2023-10-02): on a day without school that no policy keeps");
    // A window may start on any day.
    Occurrence w = f.first_of(1);
    w.date = d(2023, 9, 2);
    w.due = w.end;
    CHECK(f.only({w}) == "");
  }

  TEST_CASE("a moved occurrence left its first date")
  {
    Fixture f;
    Occurrence moved = f.first_of(3);
    CHECK(f.only({moved}) == "");
    Occurrence same = moved;
    same.moved_from = same.date;
    CHECK(f.only({same}).ends_with(": moved, but not off its first date"));
    Occurrence kept = f.first_of(2);
    kept.moved = true;
    kept.moved_from = d(2023, 10, 1);
    CHECK(f.only({kept}).ends_with(": moved, but not off its first date"));
  }

  TEST_CASE("occurrences are sorted by date, then due date")
  {
    Fixture f;
    Occurrence a = f.first_of(0);
    Occurrence b = on(a, d(2023, 9, 14));
    CHECK(f.only({a, b}) == "");
    CHECK(f.only({b, a}) == "occurrence 2 (item 0, rule 0, 2023-09-07): out of order");

    Occurrence w = f.first_of(1); // due 09-01
    Occurrence later = w;
    later.due = d(2023, 9, 3);
    CHECK(f.only({w, later}) == "");
    CHECK(f.only({later, w}).ends_with(": out of order"));
  }

  TEST_CASE("no occurrence appears twice")
  {
    Fixture f;
    Occurrence a = f.first_of(0);
    CHECK(f.only({a, a}) == "occurrence 2 (item 0, rule 0, 2023-09-07): listed twice");

    // Alike in date but different in anything that tells them apart: not a duplicate.
    Occurrence other_item = a;
    other_item.item = 4;
    CHECK(f.only({a, other_item}) == "");
    Occurrence deadline = a;
    deadline.kind = OccurrenceKind::Deadline;
    CHECK(f.only({a, deadline}) == "");
    Occurrence first = a, second = a;
    first.index = 1;
    second.index = 2;
    first.total = second.total = 2;
    CHECK(f.only({first, second}) == "");
    CHECK(f.only({second, second}).ends_with(": listed twice"));
  }
}
