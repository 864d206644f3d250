// A holiday entry's `kind` (holiday or workday), and the `off` key it replaced: YAML
// 1.1 tools read the key `off` as the boolean false, so it is still read but warned
// about, with the replacement as the hint.
#include "plan/load.hpp"

#include "support/plans.hpp"

#include <doctest/doctest.h>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;
using plan::test::positions;

namespace {

// The entry is on line 10 of the plan; its mapping starts at column 7.
LoadResult load_holiday(const std::string& entry)
{
  return load(minimal_plan("  holidays:\n    - " + entry + "\n"));
}

} // namespace

TEST_CASE("kind: workday is a make-up workday, kind: holiday and no kind a day off")
{
  auto r = load_holiday("{name: 国庆节调休, date: 2023-10-07, kind: workday}");
  CHECK(r.diagnostics.empty());
  REQUIRE(r.plan);
  REQUIRE(r.plan->calendar.holidays.size() == 1);
  CHECK_FALSE(r.plan->calendar.holidays[0].off);

  auto holiday = load_holiday("{name: 校庆, date: 2023-11-06, kind: holiday}");
  CHECK(holiday.diagnostics.empty());
  REQUIRE(holiday.plan);
  CHECK(holiday.plan->calendar.holidays.at(0).off);

  auto plain = load_holiday("{name: 校庆, date: 2023-11-06}");
  CHECK(plain.diagnostics.empty());
  REQUIRE(plain.plan);
  CHECK(plain.plan->calendar.holidays.at(0).off);
}

TEST_CASE("the old key off is still read, with a warning at the key that names the replacement")
{
  // `    - {name: 国庆节调休, date: 2023-10-07, off: false}`: `off` starts at column 39
  // (the five Chinese characters count one column each).
  auto r = load_holiday("{name: 国庆节调休, date: 2023-10-07, off: false}");
  CHECK(positions(r) == "10:39 deprecated-off-key");
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.severity == Severity::Warning);
  CHECK(d.pointer == "/calendar/holidays/0/off");
  CHECK(d.message == "`off` is the old key for a holiday entry's kind: YAML 1.1 tools read the key `off` as the "
                     "boolean false");
  CHECK(d.hint == "write `kind: workday`");
  REQUIRE(r.plan);
  CHECK_FALSE(r.plan->calendar.holidays.at(0).off);

  // Block style: the key is at the start of its own line.
  auto block = load(minimal_plan("  holidays:\n    - name: 校庆\n      date: 2023-11-06\n      off: true\n"));
  CHECK(positions(block) == "12:7 deprecated-off-key");
  REQUIRE(block.diagnostics.size() == 1);
  CHECK(block.diagnostics[0].hint == "write `kind: holiday`, or simply remove it (holiday is the default)");
  REQUIRE(block.plan);
  CHECK(block.plan->calendar.holidays.at(0).off);
}

TEST_CASE("off and kind in one entry conflict")
{
  // `    - {name: 调休, date: 2023-10-07, kind: workday, off: false}`: `off` at column 51.
  auto r = load_holiday("{name: 调休, date: 2023-10-07, kind: workday, off: false}");
  CHECK(positions(r) == "10:51 schema-conflict");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::Error);
  CHECK(r.diagnostics[0].message == "`off` cannot be used together with `kind`");
}

TEST_CASE("kind takes holiday or workday only, and only in holiday entries")
{
  auto r = load_holiday("{name: 调休, date: 2023-10-07, kind: makeup}");
  CHECK(positions(r) == "10:42 schema-enum");

  // A school day off has no kind, and no off either: both are unknown keys there.
  auto days_off = load(minimal_plan("  days_off:\n    - {name: 运动会, date: 2023-10-20, off: false}\n"));
  CHECK(positions(days_off) == "10:37 schema-unknown-key");
  auto kind = load(minimal_plan("  days_off:\n    - {name: 运动会, date: 2023-10-20, kind: workday}\n"));
  CHECK(positions(kind) == "10:37 schema-unknown-key");
}
