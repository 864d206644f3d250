// Diagnostics as compiler-style text with the source line and a caret, as a JSON
// array, or as GitHub Actions workflow commands.
#include "plan/render/diagnostics.hpp"

#include "plan/util/encoding.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

namespace plan {

namespace {

// Widest excerpt shown, in terminal columns: a line of megabytes shows the part around
// the column, with `…` where it was cut.
constexpr std::size_t k_excerpt_width = 120;

// How one character of an excerpt is shown: as itself, or, for a control or
// direction-changing character that would be invisible or reorder the line, as <U+XXXX>.
struct Shown {
  std::string text;
  std::size_t width;
};

// A carriage return or NEL would move the cursor; YAML allows them in a file, a
// terminal must not get them raw.
bool escaped_in_output(char32_t c) { return encoding::needs_escape(c) || c == U'\r' || c == 0x85; }

Shown shown(char32_t c)
{
  if (c == U'\t') return {"\t", 1};
  if (escaped_in_output(c)) return {fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(c)), 8};
  std::string text = utf8::encode(std::u32string_view(&c, 1));
  std::size_t width = utf8::display_width(text);
  return {std::move(text), width};
}

// The source line under a diagnostic and a caret under its column.
std::string excerpt(std::string_view line, std::size_t line_number, std::size_t column)
{
  std::u32string chars = utf8::decode(line);
  std::size_t caret = std::min(column > 0 ? column - 1 : 0, chars.size());
  // Take characters to the left of the caret up to half the width, then to the right.
  std::size_t first = caret;
  std::size_t width = 0;
  while (first > 0 && caret - first < k_excerpt_width && width + shown(chars[first - 1]).width <= k_excerpt_width / 2) width += shown(chars[--first]).width;
  std::size_t last = caret;
  while (last < chars.size() && last - first < 2 * k_excerpt_width && width + shown(chars[last]).width <= k_excerpt_width) width += shown(chars[last++]).width;
  std::string gutter = fmt::format("{:>5} | ", line_number);
  std::string text = gutter + (first > 0 ? "…" : "");
  std::string pad = first > 0 ? " " : "";
  for (std::size_t i = first; i < last; ++i) {
    Shown s = shown(chars[i]);
    text += s.text;
    if (i < caret) pad += chars[i] == U'\t' ? std::string("\t") : std::string(s.width, ' ');
  }
  if (last < chars.size()) text += "…";
  return text + "\n" + std::string(gutter.size() - 2, ' ') + "| " + pad + "^\n";
}

} // namespace

// A message or hint quotes the file's keys and values, which can hold any character
// through a YAML escape ("\e[2J", "\u202E"), and a file's name can hold any byte but
// `/` and NUL: show what encoding::visible() shows (controls, line breaks) and also
// the characters that reorder the line or hide in it as <U+XXXX>, as in the excerpt.
std::string message_visible(std::string_view text)
{
  std::string shown = encoding::visible(text);
  bool plain = std::all_of(shown.begin(), shown.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (plain) return shown;
  std::string out;
  for (char32_t c : utf8::decode(shown)) {
    if (encoding::needs_escape(c)) {
      out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(c));
    } else {
      out += utf8::encode(std::u32string_view(&c, 1));
    }
  }
  return out;
}

std::string render_diagnostic_text(const Diagnostic& d, const SourceText* source)
{
  std::string out;
  if (d.location.line > 0) {
    out = fmt::format("{}:{}:{}: {}: {} [{}]\n", message_visible(d.location.file), d.location.line, d.location.column,
                      to_string(d.severity), message_visible(d.message), d.rule);
  } else {
    out = fmt::format("{}: {}: {} [{}]\n", message_visible(d.location.file), to_string(d.severity), message_visible(d.message), d.rule);
  }
  if (source && d.location.line > 0 && d.location.line <= source->line_count()) {
    out += excerpt(source->line(d.location.line), d.location.line, d.location.column);
  }
  if (!d.hint.empty()) out += fmt::format("  hint: {}\n", message_visible(d.hint));
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
  return encoding::json_visible(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
  // Line breaks in the message are the format's own %0A; other controls are shown.
  std::string message = d.message;
  if (!d.hint.empty()) message += " (" + d.hint + ")";
  message = encoding::visible(message, true);
  std::string where = fmt::format("file={}", escape_property(message_visible(d.location.file)));
  if (d.location.line > 0) where += fmt::format(",line={},col={}", d.location.line, d.location.column);
  return fmt::format("::{} {},title={}::{}\n", d.severity == Severity::Error ? "error" : "warning", where,
                     escape_property("plan " + d.rule), escape_data(message));
}

} // namespace plan
