// A checklist: the occurrences of an expanded plan that fall in a range and pass the
// owner, tag and section filters, in date order.
#pragma once
#include "plan/expanded_plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plan {

/// What to include. Ranges combine (all must hold); filters of one kind match any
/// of their values.
struct ChecklistQuery {
  std::optional<int> term;       ///< occurrences of this term, and windows that run into it
  std::optional<unsigned> month; ///< 1-12, placed in the academic year
  std::optional<int> week;       ///< teaching week of `term` (requires term)
  std::optional<Date> from;      ///< overlapping [from, to]
  std::optional<Date> to;
  std::vector<std::string> owners;
  std::vector<std::string> tags;     ///< the item's tags or its sections' tags
  std::vector<std::string> sections; ///< a section's title or number+title contains it, or its id equals it
};

struct Checklist {
  const Plan* plan = nullptr;
  const AcademicCalendar* calendar = nullptr;
  const Expansion* expansion = nullptr;
  Date from{}; ///< the range shown
  Date to{};
  std::vector<const Occurrence*> rows;
};

/// Builds the checklist. Returns an error message instead when the query cannot be
/// answered (a week without a term, a term the plan does not cover, from after to).
struct ChecklistResult {
  std::optional<Checklist> checklist;
  std::string error;
};
ChecklistResult make_checklist(const ExpandedPlan& expanded, const ChecklistQuery& query);

/// "（四）教学工作 / 1.真教研": the item's sections, outermost first.
std::string section_path(const ItemRef& item);

} // namespace plan
