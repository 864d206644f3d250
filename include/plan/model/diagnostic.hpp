// A problem found in a plan file, with its position, rule id and a hint.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

enum class Severity { Warning, Error };

/// "error" or "warning".
std::string_view to_string(Severity severity);

/// Where in a file something is: 1-based line and column (code points); line 0 means
/// the whole file.
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// One problem. `rule` is a stable id (listed in plan-validate(1)); `pointer` is the
/// JSON pointer of the offending node ("" for the document root or when unknown).
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string rule;
  SourceLocation location;
  std::string pointer;
  std::string message;
  std::string hint;
};

using DiagnosticList = std::vector<Diagnostic>;

/// True when any diagnostic in the list is an error.
bool has_errors(const DiagnosticList& diagnostics);

/// Longest text quoted in `backticks` in a message or hint, in characters.
inline constexpr std::size_t k_max_quoted_length = 60;

/// Cuts text quoted in `backticks` in the message and hint to k_max_quoted_length
/// characters and `…`, so that a megabyte-long key or value is not repeated in full.
void shorten_quoted(Diagnostic& diagnostic);

/// Sorts by line, then column, keeping the order of diagnostics at the same place.
void sort_by_position(DiagnosticList& diagnostics);

} // namespace plan
