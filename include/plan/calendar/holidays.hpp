// National statutory holidays and official make-up workdays (调休): the built-in
// table, files in the holiday-cn shape, and a plan's own entries, layered.
#pragma once
#include "plan/util/date.hpp"
#include "plan/model/diagnostic.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

struct DaySpan; // plan/model/plan.hpp

/// Where a holiday entry came from; later layers override earlier ones.
enum class HolidayOrigin { BuiltIn, File, Plan };

/// "built-in", "file", "plan".
const char* to_string(HolidayOrigin origin);

/// One day: a statutory holiday (off) or an official make-up workday (not off).
struct HolidayDay {
  Date date{};
  std::string name;
  bool off = true;
  HolidayOrigin origin = HolidayOrigin::BuiltIn;
  std::string source; ///< the notice (built-in), the file name, or "plan line N"
};

/// The holiday data in force, by date. Plan entries win over files, which win over
/// the built-in data.
class HolidayTable {
public:
  /// China's holidays for the years compiled into the binary (see built_in_years()),
  /// from the State Council's annual notices.
  static HolidayTable built_in();

  /// Adds a day, replacing any entry for the same date.
  void add(HolidayDay day);

  /// Marks a calendar year as known (its data is complete) for has_year().
  void add_year(int year);

  /// Removes every entry and year (national_holidays: false).
  void clear();

  /// The entry for a date, or nullptr.
  const HolidayDay* find(const Date& date) const;

  /// Whether the table holds data for a calendar year.
  bool has_year(int year) const { return m_years.count(year) > 0; }

  /// Every entry, sorted by date.
  std::vector<const HolidayDay*> all() const;

private:
  std::map<std::chrono::sys_days, HolidayDay> m_days;
  std::set<int> m_years;
};

/// The calendar years compiled in, ascending.
std::vector<int> built_in_years();

/// Reports holiday entries (a plan's calendar.holidays, a file's days) that give a
/// day another entry also gives: a day off and a make-up workday at once is a
/// `holiday-conflict` error, the same day twice a `duplicate-holiday` error, each at
/// the later entry. Whichever entry won would be a silent guess. Entries are in file
/// order; single days (a holiday file's) are checked in O(n log n), spans pairwise
/// (a plan holds at most 5,000).
void check_holiday_clashes(const std::vector<DaySpan>& entries, DiagnosticList& out);

/// The same for a plan's own days: a day both in calendar.days_off and in
/// calendar.extra_workdays is a `holiday-conflict` error, a day off or an extra
/// workday given twice a `duplicate-holiday` error.
void check_school_day_clashes(const std::vector<DaySpan>& days_off, const std::vector<DaySpan>& extra_workdays,
                              DiagnosticList& out);

/// Reads a holiday file in the shape of the public holiday-cn data sets:
/// {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}.
/// Problems are appended as errors at their line and column: `holiday-file` (not JSON,
/// missing keys, impossible dates, a date outside `year`'s notice range),
/// `duplicate-key` (a key twice in one object), `date-range` (a year or date outside
/// k_supported_dates) and those of check_holiday_clashes. Returns the days that are
/// well formed, with origin File and source `name`, and sets `year`.
std::vector<HolidayDay> parse_holiday_file(std::string_view text, std::string_view name, int& year,
                                           DiagnosticList& out);

} // namespace plan
