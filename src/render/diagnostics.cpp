// Diagnostics as compiler-style text with the source line and a caret, as a JSON
// array, or as GitHub Actions workflow commands.
#include "plan/render/diagnostics.hpp"

#include "plan/util/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace plan {

std::string render_diagnostic_text(const Diagnostic& d, const SourceText* source)
{
  std::string out;
  if (d.location.line > 0) {
    out = fmt::format("{}:{}:{}: {}: {} [{}]\n", d.location.file, d.location.line, d.location.column,
                      to_string(d.severity), d.message, d.rule);
  } else {
    out = fmt::format("{}: {}: {} [{}]\n", d.location.file, to_string(d.severity), d.message, d.rule);
  }
  if (source && d.location.line > 0 && d.location.line <= source->line_count()) {
    std::string_view line = source->line(d.location.line);
    std::u32string chars = utf8::decode(line);
    std::string gutter = fmt::format("{:>5} | ", d.location.line);
    out += gutter + std::string(line) + "\n";
    std::string pad;
    for (std::size_t i = 0; i + 1 < d.location.column && i < chars.size(); ++i) {
      if (chars[i] == U'\t') {
        pad += '\t';
      } else {
        pad.append(utf8::display_width(utf8::encode(std::u32string(1, chars[i]))), ' ');
      }
    }
    out += std::string(gutter.size() - 2, ' ') + "| " + pad + "^\n";
  }
  if (!d.hint.empty()) out += fmt::format("  hint: {}\n", d.hint);
  return out;
}

std::string render_diagnostic_json(const Diagnostic& d)
{
  nlohmann::ordered_json j;
  j["file"] = d.location.file;
  j["line"] = d.location.line;
  j["column"] = d.location.column;
  j["pointer"] = d.pointer;
  j["severity"] = std::string(to_string(d.severity));
  j["rule"] = d.rule;
  j["message"] = d.message;
  j["hint"] = d.hint;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

std::string escape_data(std::string_view s)
{
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s)
{
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

} // namespace

std::string render_diagnostic_github(const Diagnostic& d)
{
  std::string message = d.message;
  if (!d.hint.empty()) message += " (" + d.hint + ")";
  std::string where = fmt::format("file={}", escape_property(d.location.file));
  if (d.location.line > 0) where += fmt::format(",line={},col={}", d.location.line, d.location.column);
  return fmt::format("::{} {},title={}::{}\n", d.severity == Severity::Error ? "error" : "warning", where,
                     escape_property("plan " + d.rule), escape_data(message));
}

} // namespace plan
