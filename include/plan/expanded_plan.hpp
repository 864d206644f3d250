// ExpandedPlan: one checked plan with its academic calendar and its expansion, built by
// the one pipeline every view starts from (load → validate → calendar → expand).
#pragma once
#include "plan/calendar/academic_year.hpp"
#include "plan/calendar/holidays.hpp"
#include "plan/calendar/occurrence.hpp"
#include "plan/load.hpp"
#include "plan/model/plan.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace plan {

/// A plan, its calendar and its expansion. The calendar and the expansion point into
/// the plan, so an ExpandedPlan is built in place and never copied or moved: it lives
/// behind a std::unique_ptr (see load_and_expand).
class ExpandedPlan {
public:
  /// Builds the calendar of `plan` over `national` and expands it, stopping at
  /// `max_occurrences` (then over_limit() is true and the expansion is empty).
  /// `name` is how output names the plan's file. Checks the expansion's promises
  /// (calendar/invariants.hpp) and throws std::logic_error, a defect in plan, when one
  /// is broken; otherwise never throws for a validated plan.
  ExpandedPlan(Plan plan, const HolidayTable& national, std::string name,
               std::size_t max_occurrences = k_max_occurrences);
  ExpandedPlan(const ExpandedPlan&) = delete;
  ExpandedPlan& operator=(const ExpandedPlan&) = delete;

  const Plan& plan() const { return m_plan; }
  const AcademicCalendar& calendar() const { return m_calendar; }
  const Expansion& expansion() const { return m_expansion; }
  /// The file name positions and summaries use ("<stdin>" for standard input).
  const std::string& name() const { return m_name; }
  /// Expansion stopped at its limit: the plan cannot be shown as a checklist.
  bool over_limit() const { return m_expansion.over_limit; }

private:
  Plan m_plan;
  AcademicCalendar m_calendar;
  Expansion m_expansion;
  std::string m_name;
};

/// What the pipeline made of one file's text.
struct PipelineResult {
  /// Every problem loading found (encoding, YAML, schema, meaning), sorted by position;
  /// `source` is the text they point into.
  DiagnosticList diagnostics;
  SourceText source;
  /// The expanded plan; null when the diagnostics hold an error (warnings do not stop
  /// it) or the text was not a plan at all.
  std::unique_ptr<ExpandedPlan> expanded;
};

/// The pipeline: loads `text` (named `name` in positions) with `schema`, and when it
/// has no errors builds its calendar over `national` and expands it. Never throws for
/// bad input: every problem is a diagnostic. Check `expanded->over_limit()` before
/// showing the result.
PipelineResult load_and_expand(std::string_view text, std::string_view name, const SchemaValidator& schema,
                               const HolidayTable& national);

} // namespace plan
