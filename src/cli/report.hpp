// The one way the command line reports a failure to the user: `plan: error: ...`.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/util/source_text.hpp"

#include <string_view>

namespace plan::cli {

/// Prints "plan: error: MESSAGE" and a line break to standard error.
void print_error(std::string_view message);

/// Prints each diagnostic to standard error as text, with the source line and a caret
/// when `source` is given.
void print_diagnostics(const DiagnosticList& diagnostics, const SourceText* source);

} // namespace plan::cli
