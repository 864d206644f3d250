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

namespace {

std::string shortened(const std::string& text)
{
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('`', i);
    std::size_t close = open == std::string::npos ? std::string::npos : text.find('`', open + 1);
    if (close == std::string::npos) {
      out.append(text, i, std::string::npos);
      break;
    }
    out.append(text, i, open + 1 - i);
    std::string_view quoted(text.data() + open + 1, close - open - 1);
    std::size_t chars = 0;
    std::size_t cut = 0;
    for (std::size_t k = 0; k < quoted.size(); ++k) {
      if ((static_cast<unsigned char>(quoted[k]) & 0xC0) == 0x80) continue; // continuation byte
      if (chars++ == k_max_quoted_length) {
        cut = k;
        break;
      }
    }
    if (cut == 0) out += quoted;
    else out.append(quoted.substr(0, cut)).append("…");
    out += '`';
    i = close + 1;
  }
  return out;
}

} // namespace

void shorten_quoted(Diagnostic& diagnostic)
{
  if (diagnostic.message.size() > k_max_quoted_length) diagnostic.message = shortened(diagnostic.message);
  if (diagnostic.hint.size() > k_max_quoted_length) diagnostic.hint = shortened(diagnostic.hint);
}

void sort_by_position(DiagnosticList& diagnostics)
{
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    return a.location.column < b.location.column;
  });
}

} // namespace plan
