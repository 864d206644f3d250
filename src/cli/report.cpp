// The one way the command line reports a failure to the user: `plan: error: ...`.
#include "report.hpp"

#include "plan/render/diagnostics.hpp"

#include <iostream>

namespace plan::cli {

// The message names files and quotes arguments: shown as diagnostics show them.
void print_error(std::string_view message) { std::cerr << "plan: error: " << message_visible(message) << "\n"; }

void print_diagnostics(const DiagnosticList& diagnostics, const SourceText* source)
{
  for (const Diagnostic& d : diagnostics) std::cerr << render_diagnostic_text(d, source);
}

} // namespace plan::cli
