// A summary of one or more expanded plans: items and occurrences counted by month,
// owner, top-level section or tag, per plan and in total; the plans' quotas with
// their required counts; and their targets.
#pragma once
#include "plan/expanded_plan.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// What the counts are grouped by.
enum class SummaryBy { Month, Owner, Section, Tag };

/// "month", "owner", "section", "tag".
const char* to_string(SummaryBy by);
/// The inverse of to_string; nullopt for anything else.
std::optional<SummaryBy> parse_summary_by(std::string_view text);


/// A plan as the summary shows it.
struct SummaryPlan {
  const Plan* plan = nullptr;
  std::string file;
  /// The school and unit ("聊城市第一实验学校 小学部") name a plan's column. When two
  /// plans have the same school and unit, `qualifier` tells them apart: the plan's
  /// title, or its file when the titles are the same too. Empty otherwise.
  std::string qualifier;
};

/// How many items, and how many occurrences of them.
struct SummaryCount {
  std::size_t items = 0;
  std::size_t occurrences = 0;
  friend bool operator==(const SummaryCount&, const SummaryCount&) = default;
};

/// One row of the counts table.
struct SummaryGroup {
  /// The items without an owner, without a tag, outside every section, or (by
  /// month) without any occurrence.
  bool none = false;
  /// Owner: the owner. Tag: the tag. Section: the top-level section's number and
  /// title written together ("（四）教学工作"). Month: empty.
  std::string name;
  std::string number; ///< section: the number as written
  std::string title;  ///< section: the title
  /// Month: 1-12, and the months from September of the academic year's first
  /// calendar year (0 September ... 11 August; below 0 before the academic year,
  /// above 11 after it).
  unsigned month = 0;
  int offset = 0;
  std::vector<SummaryCount> per_plan; ///< aligned with Summary::plans
  SummaryCount total;                 ///< over all plans
};

/// A required count: a Count schedule (a `when` phrase such as 每学年至少两次, or a
/// `quota` entry) of one item.
struct SummaryQuota {
  std::size_t plan = 0; ///< index into Summary::plans
  const ItemRef* item = nullptr;
  const Schedule* schedule = nullptr; ///< kind Count: count, unit, period, role
  /// How many periods (weeks, months, terms...) the expansion gave the rule windows
  /// in; the plan requires schedule->count in each.
  std::size_t periods = 0;
  std::size_t required() const { return periods * (schedule ? schedule->count : 0); }
};

/// A target (indicator) of one item.
struct SummaryTarget {
  std::size_t plan = 0;
  const ItemRef* item = nullptr;
  const Target* target = nullptr;
};

struct Summary {
  SummaryBy by = SummaryBy::Month;
  std::vector<SummaryPlan> plans;
  /// By month: September to August of the academic year, from the first month with
  /// an occurrence to the last, every month between included (months before or after
  /// the year where occurrences fall there), then the items without occurrences.
  /// Otherwise: groups with at least one item, in order of first appearance, plan
  /// after plan (for owners each plan's `owners` list is read before its items), the
  /// `none` group last. Top-level sections written alike (number and title) are one
  /// group, within a plan and across plans.
  /// An item counts once in each group it belongs to (every owner and tag, every
  /// month it has an occurrence in), so rows can add up to more than the total.
  std::vector<SummaryGroup> groups;
  std::vector<SummaryCount> plan_totals; ///< every item and occurrence of each plan
  SummaryCount total;
  std::vector<SummaryQuota> quotas;   ///< in plan order, then item and rule order
  std::vector<SummaryTarget> targets; ///< in plan order, then item and target order
};

/// Builds the summary of `inputs`, in their order, each named by its name(). The
/// summary points into them: they must outlive it.
Summary make_summary(const std::vector<const ExpandedPlan*>& inputs, SummaryBy by);

} // namespace plan
