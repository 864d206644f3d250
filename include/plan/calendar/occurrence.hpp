// The dated occurrences a plan expands to: plain data, pointing back at items and
// their schedules, with why each lands where it does.
#pragma once
#include "plan/util/date.hpp"
#include "plan/model/plan.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace plan {

/// Day: something done on `date`. Deadline: done on or before `date`. Window: done
/// some time from `date` to `end`, due by `due`.
enum class OccurrenceKind : std::uint8_t { Day, Deadline, Window };

/// "day", "deadline", "window".
const char* to_string(OccurrenceKind kind);

/// One line of a checklist. No strings: everything textual is reached through the
/// item and schedule it refers to, so a year of occurrences costs no heap churn.
struct Occurrence {
  std::uint32_t item = 0;  ///< index into Expansion::items
  std::uint16_t rule = 0;  ///< index into ItemRef::schedules
  OccurrenceKind kind = OccurrenceKind::Day;
  Date date{};             ///< the day (Day, Deadline) or the window's first day
  Date end{};              ///< the window's last day (== date for Day, Deadline)
  Date due{};              ///< the day it must be done by
  std::uint8_t term = 0;   ///< term number, 0 outside terms
  std::uint8_t week = 0;   ///< teaching week of `date`, 0 outside terms or unnumbered
  std::uint16_t index = 0; ///< counted lines: 1 of `total` ... (0 when not counted)
  std::uint16_t total = 0;
  bool moved = false;      ///< a holiday policy moved it from `moved_from`
  bool off_day = false;    ///< kept on a day without school (policy keep)
  HolidayPolicy policy = HolidayPolicy::Keep; ///< the policy that applied
  Date moved_from{};
};

/// An item with what expansion needs to print it.
struct ItemRef {
  const Item* item = nullptr;
  std::vector<const Section*> sections;           ///< outermost first
  std::vector<const ScheduleEntry*> schedules;    ///< `when` phrases, then quotas
};

/// Most occurrences one plan may expand to. A school's year is a few thousand; a
/// hand-written file that reaches this asks for something no checklist can hold
/// (hundreds of thousands of daily items), and expansion stops instead of filling memory.
inline constexpr std::size_t k_max_occurrences = 2'000'000;

/// The whole plan expanded: items in file order, occurrences sorted by date.
struct Expansion {
  std::vector<ItemRef> items;
  std::vector<Occurrence> occurrences;
  /// Expansion stopped at k_max_occurrences: `occurrences` is incomplete and must not
  /// be shown as the plan's checklist.
  bool over_limit = false;
};

} // namespace plan
