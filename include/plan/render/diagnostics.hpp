// Diagnostics as compiler-style text with the source line and a caret, as a JSON
// array, or as GitHub Actions workflow commands.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/util/source_text.hpp"

#include <string>
#include <string_view>

namespace plan {

/// Text from input as messages show it (a diagnostic's file, message and hint; every
/// `plan: error:` line): encoding::visible(), and also bidirectional and invisible
/// characters as <U+XXXX>, so that no name can colour the terminal, forge a line or
/// read differently than it is.
std::string message_visible(std::string_view text);

/// `file:line:column: error: message [rule]`, then the source line and a caret under
/// the column, then `  hint: …`. `source` may be null (no source line is shown).
std::string render_diagnostic_text(const Diagnostic& diagnostic, const SourceText* source);

/// One JSON object: file, line, column, pointer, severity, rule, message, hint.
std::string render_diagnostic_json(const Diagnostic& diagnostic);

/// `::error file=…,line=…,col=…,title=rule::message` (GitHub Actions), escaped.
std::string render_diagnostic_github(const Diagnostic& diagnostic);

} // namespace plan
