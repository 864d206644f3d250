// Tests for the holiday table: the built-in years against the State Council notices,
// layering, and holiday files.
#include "plan/calendar/holidays.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace plan;
using namespace std::chrono;

namespace {

struct Period {
  const char* first;
  const char* last;
};

// The notices' arrangements, transcribed from their text (放假 periods, and the
// weekend days marked 上班), independently of the data files.
struct Notice {
  int year;
  std::vector<Period> off;
  std::vector<const char*> work;
};

const std::vector<Notice>& notices()
{
  static const std::vector<Notice> n = {
      {2022,
       {{"2022-01-01", "2022-01-03"}, {"2022-01-31", "2022-02-06"}, {"2022-04-03", "2022-04-05"},
        {"2022-04-30", "2022-05-04"}, {"2022-06-03", "2022-06-05"}, {"2022-09-10", "2022-09-12"},
        {"2022-10-01", "2022-10-07"}},
       {"2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"}},
      {2023,
       {{"2022-12-31", "2023-01-02"}, {"2023-01-21", "2023-01-27"}, {"2023-04-05", "2023-04-05"},
        {"2023-04-29", "2023-05-03"}, {"2023-06-22", "2023-06-24"}, {"2023-09-29", "2023-10-06"}},
       {"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"}},
      {2024,
       {{"2024-01-01", "2024-01-01"}, {"2024-02-10", "2024-02-17"}, {"2024-04-04", "2024-04-06"},
        {"2024-05-01", "2024-05-05"}, {"2024-06-10", "2024-06-10"}, {"2024-09-15", "2024-09-17"},
        {"2024-10-01", "2024-10-07"}},
       {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"}},
      {2025,
       {{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
        {"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"}},
       {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}},
      {2026,
       {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
        {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
        {"2026-10-01", "2026-10-07"}},
       {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}},
  };
  return n;
}

Date d(const char* iso) { return *parse_iso_date(iso); }

} // namespace

TEST_SUITE("HolidayTable")
{
  TEST_CASE("the built-in years are exactly the notices' arrangements")
  {
    HolidayTable table = HolidayTable::built_in();
    CHECK(built_in_years() == std::vector<int>{2022, 2023, 2024, 2025, 2026});
    std::set<std::string> expected;
    for (const Notice& n : notices()) {
      CHECK(table.has_year(n.year));
      for (const Period& p : n.off) {
        for (sys_days day = sys_days{d(p.first)}; day <= sys_days{d(p.last)}; day += days{1}) {
          expected.insert(format_iso(Date{day}) + " off");
        }
      }
      for (const char* w : n.work) {
        CHECK(weekday{sys_days{d(w)}}.c_encoding() % 6 == 0); // make-up workdays are weekend days
        expected.insert(std::string(w) + " work");
      }
    }
    std::set<std::string> actual;
    for (const HolidayDay* day : table.all()) actual.insert(format_iso(day->date) + (day->off ? " off" : " work"));
    CHECK(actual == expected);
    CHECK_FALSE(table.has_year(2021));
    CHECK_FALSE(table.has_year(2027));
  }

  TEST_CASE("entries name their holiday and notice")
  {
    HolidayTable table = HolidayTable::built_in();
    const HolidayDay* day = table.find(d("2023-10-07"));
    REQUIRE(day != nullptr);
    CHECK_FALSE(day->off);
    CHECK(day->name == "中秋节、国庆节");
    CHECK(day->source == "国办发明电〔2022〕16号");
    CHECK(day->origin == HolidayOrigin::BuiltIn);
    CHECK(table.find(d("2024-02-12"))->name == "春节");
    CHECK(table.find(d("2023-10-09")) == nullptr);
  }

  TEST_CASE("a later layer replaces the entry for the same day")
  {
    HolidayTable table = HolidayTable::built_in();
    table.add({d("2024-10-07"), "校历调整", false, HolidayOrigin::Plan, "plan line 9"});
    CHECK_FALSE(table.find(d("2024-10-07"))->off);
    CHECK(table.find(d("2024-10-07"))->origin == HolidayOrigin::Plan);
  }

  TEST_CASE("holiday files in the holiday-cn shape")
  {
    DiagnosticList out;
    int year = 0;
    auto days = parse_holiday_file(R"({"year": 2027, "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "春节", "date": "2027-02-30", "isOffDay": true},
        {"name": "春节", "date": "2028-02-06", "isOffDay": true},
        {"name": "春节", "date": "2027-02-07"}]})",
                                   "h.json", year, out);
    CHECK(year == 2027);
    REQUIRE(days.size() == 1);
    CHECK(days[0].origin == HolidayOrigin::File);
    REQUIRE(out.size() == 3);
    CHECK(out[0].message == "entry 2 of `days`: `2027-02-30` is not a real date");
    CHECK(out[1].message == "entry 3 of `days`: 2028-02-06 is not in 2027");
    CHECK(out[2].rule == "holiday-file");
    DiagnosticList bad;
    parse_holiday_file("[1, 2]", "h.json", year, bad);
    REQUIRE(bad.size() == 1);
    CHECK(bad[0].message == "expected an object with an integer `year` and a `days` list");
  }
}
