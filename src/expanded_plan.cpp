// ExpandedPlan: one checked plan with its academic calendar and its expansion, built by
// the one pipeline every view starts from (load → validate → calendar → expand).
#include "plan/expanded_plan.hpp"

#include "plan/calendar/invariants.hpp"
#include "plan/calendar/recurrence.hpp"

#include <stdexcept>

#include <utility>

namespace plan {

ExpandedPlan::ExpandedPlan(Plan plan, const HolidayTable& national, std::string name, std::size_t max_occurrences)
    : m_plan(std::move(plan)), m_calendar(m_plan, national), m_expansion(expand(m_plan, m_calendar, max_occurrences)),
      m_name(std::move(name))
{
  // A broken promise is a defect in plan, never in the file: stop rather than print a
  // wrong date.
  std::string violation = expansion_violation(m_plan, m_calendar, m_expansion);
  if (!violation.empty()) throw std::logic_error("expansion of " + m_name + " broke a promise: " + violation);
}

PipelineResult load_and_expand(std::string_view text, std::string_view name, const SchemaValidator& schema,
                               const HolidayTable& national)
{
  LoadResult loaded = load_plan(text, name, schema, &national);
  PipelineResult result;
  result.diagnostics = std::move(loaded.diagnostics);
  result.source = std::move(loaded.source);
  if (loaded.plan && !has_errors(result.diagnostics)) {
    result.expanded = std::make_unique<ExpandedPlan>(std::move(*loaded.plan), national, std::string(name));
  }
  return result;
}

} // namespace plan
