// A problem found in a plan file, with its position, rule id and a hint.
#include "plan/model/diagnostic.hpp"

#include <algorithm>

namespace plan {

std::string_view to_string(Severity severity)
{
  return severity == Severity::Error ? "error" : "warning";
}

bool has_errors(const DiagnosticList& diagnostics)
{
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sort_by_position(DiagnosticList& diagnostics)
{
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    return a.location.column < b.location.column;
  });
}

} // namespace plan
