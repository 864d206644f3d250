// Text to a YAML tree; syntax errors and duplicate mapping keys become diagnostics.
#include "plan/yaml/parse.hpp"

#include "plan/util/utf8.hpp"
#include "plan/yaml/scan.hpp"

#include <yaml-cpp/eventhandler.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <sstream>
#include <string>

namespace plan {

SourceLocation location_of(const YAML::Mark& mark, const SourceText& source, std::string_view file,
                           const SourceLocation& fallback)
{
  if (mark.is_null() || mark.pos < 0) {
    SourceLocation l = fallback;
    l.file = std::string(file);
    return l;
  }
  LineColumn p = source.position(static_cast<std::size_t>(mark.pos));
  return {std::string(file), p.line, p.column};
}

namespace {

struct Walker {
  const SourceText& source;
  std::string_view file;
  DiagnosticList& out;
  const YamlLimits& limits;
  std::size_t nodes = 0;
  std::size_t text_bytes = 0;
  bool too_big = false;

  void limit_error(const YAML::Node& node, std::string message, std::string hint)
  {
    too_big = true;
    out.push_back({Severity::Error, "yaml-limit", location_of(node.Mark(), source, file, {std::string(file), 1, 1}),
                   "", std::move(message), std::move(hint)});
  }

  // Counts nodes (aliases count every time they are used) and checks nesting and keys.
  void walk(const YAML::Node& node, std::size_t depth)
  {
    if (too_big) return;
    if (++nodes > limits.max_nodes) {
      limit_error(node, fmt::format("the document expands to more than {} nodes", limits.max_nodes),
                  "split the file, or use fewer aliases (*name) of large parts");
      return;
    }
    // `depth` counts from 0 at the document: a mapping or list at depth 64 is the 65th
    // level, as the lexical pass counts (a scalar nests nothing).
    if (depth >= limits.max_depth && (node.IsMap() || node.IsSequence())) {
      limit_error(node, fmt::format("nesting deeper than {} levels", limits.max_depth),
                  "a plan needs far fewer levels; check the indentation");
      return;
    }
    if (node.IsScalar() && (text_bytes += node.Scalar().size()) > limits.max_text_bytes) {
      limit_error(node, fmt::format("the document expands to more than {} MiB of text", limits.max_text_bytes >> 20),
                  "use fewer aliases (*name) of long texts");
      return;
    }
    if (node.IsSequence()) {
      for (const auto& child : node) walk(child, depth + 1);
    } else if (node.IsMap()) {
      std::map<std::string, YAML::Mark> seen;
      for (const auto& entry : node) {
        if (entry.first.IsScalar()) {
          const std::string& key = entry.first.Scalar();
          auto [it, inserted] = seen.emplace(key, entry.first.Mark());
          if (!inserted) {
            SourceLocation first = location_of(it->second, source, file);
            out.push_back({Severity::Error, "duplicate-key", location_of(entry.first.Mark(), source, file), "",
                           fmt::format("duplicate key `{}`; it is already set at line {}", key, first.line),
                           "a YAML mapping holds each key once; remove or rename one of them"});
          }
        }
        walk(entry.first, depth + 1);
        walk(entry.second, depth + 1);
      }
    }
  }
};

struct Friendly {
  std::string message;
  std::string hint;
};

// yaml-cpp's messages are terse; say what a school office can act on.
Friendly describe_syntax_error(const std::string& message)
{
  auto has = [&](const char* part) { return message.find(part) != std::string::npos; };
  if (has("illegal map value")) {
    return {"a value here looks like a new key (`: ` inside an unquoted value?)", "put text that contains `: ` in quotes"};
  }
  if (has("end of map not found")) {
    return {"this line is indented differently from the keys around it",
            "keys of one mapping start in the same column; nested keys are indented further"};
  }
  if (has("end of sequence not found")) { // a line that is neither a `- ` entry nor part of the one before
    return {"this line is indented differently from the list entries around it",
            "entries of one list start in the same column; an entry's keys line up under its first key"};
  }
  if (has("illegal block entry") || has("block sequence entries are not allowed")) {
    return {"a list entry (`- `) where the indentation does not allow one",
            "entries of one list start in the same column, under their key"};
  }
  if (has("end of map flow not found") || has("end of sequence flow not found")) {
    bool map = has("map");
    return {fmt::format("expected `,` or `{}` here, in the {} `{}` (a missing comma, or `: ` in an unquoted value?)",
                        map ? '}' : ']', map ? "mapping" : "list", map ? "{…}" : "[…]"),
            "separate entries with `, `; put text that contains `: ` or `,` in quotes"};
  }
  if (has("illegal flow end")) {
    return {"a `]` or `}` that closes nothing", "remove it, or add the `[` or `{` it was meant to close"};
  }
  if (has("invalid unicode")) {
    return {"an escape in double quotes names no character (half of a surrogate pair, or beyond U+10FFFF)",
            "write the character itself, or \\U with its full code point"};
  }
  if (has("unknown escape character")) {
    return {fmt::format("`\\{}` is not an escape YAML knows in double quotes", message.substr(message.size() - 1)),
            "write `\\\\` for a backslash, or use single quotes, in which `\\` is plain text"};
  }
  if (has("tab")) {
    return {"a tab in the indentation", "indent with spaces; YAML does not allow tabs for indentation"};
  }
  return {message, "check the indentation and quoting on this line and the one before"};
}

// A key written with something that only looks like `: `: a full-width colon
// (`title：演练`), or a colon followed by a space-like or invisible character
// (`title:<U+FEFF>演练`). YAML reads such a line as text, and the error comes a line or
// more later, where the next key is. Looks at the line where the error was found and,
// upwards, the lines of the text it continues; finds a key of ASCII letters, digits,
// `_` or `-` after the indentation and any `- `.
struct LookalikeColon {
  std::size_t offset; // of the character to name
  std::string key;
  char32_t character;
};

std::optional<LookalikeColon> lookalike_colon_in_line(std::string_view line, std::size_t line_offset)
{
  std::size_t i = 0;
  for (;;) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
      ++i;
      continue;
    }
    break;
  }
  std::size_t key_start = i;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '-')) ++i;
  if (i == key_start) return std::nullopt;
  std::string key(line.substr(key_start, i - key_start));
  std::u32string rest = utf8::decode(line.substr(i, 8));
  if (rest.empty()) return std::nullopt;
  if (rest[0] == U'\uFF1A') return LookalikeColon{line_offset + i, key, rest[0]};
  if (rest[0] != U':' || rest.size() < 2) return std::nullopt;
  char32_t next = rest[1];
  bool space_like = next == U'\u00A0' || next == U'\u3000' || next == U'\u202F' || next == U'\u205F' ||
                    (next >= U'\u2000' && next <= U'\u200B') || next == U'\uFEFF' || next == U'\u2060';
  if (!space_like) return std::nullopt;
  return LookalikeColon{line_offset + i + 1, key, next};
}

std::optional<LookalikeColon> find_lookalike_colon(const SourceText& source, std::size_t error_line)
{
  if (error_line == 0 || error_line > source.line_count()) return std::nullopt;
  auto indentation = [](std::string_view line) { return line.find_first_not_of(' '); };
  std::size_t error_indent = indentation(source.line(error_line));
  for (std::size_t line = error_line; line >= 1 && error_line - line <= 50; --line) {
    std::string_view text = source.line(line);
    if (auto found = lookalike_colon_in_line(text, source.line_start(line))) return found;
    std::size_t indent = indentation(text);
    if (line < error_line && indent != std::string_view::npos && indent <= error_indent) break;
  }
  return std::nullopt;
}

// Drives the parser document by document and remembers where the last one started.
class DocumentStarts : public YAML::EventHandler {
public:
  YAML::Mark start;

  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

} // namespace

std::optional<std::size_t> yaml_stall(const std::string& text)
{
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentStarts starts;
  std::optional<int> previous;
  while (parser.HandleNextDocument(starts)) {
    // Every document takes at least one token; one that starts where the last did took none.
    if (previous && starts.start.pos <= *previous) return static_cast<std::size_t>(std::max(starts.start.pos, 0));
    previous = starts.start.pos;
  }
  return std::nullopt;
}

std::optional<YAML::Node> parse_yaml(const SourceText& source, std::string_view file, DiagnosticList& out,
                                     const YamlLimits& limits)
{
  auto at = [&](std::size_t offset) {
    LineColumn p = source.position(offset);
    return SourceLocation{std::string(file), p.line, p.column};
  };
  YamlScan scan = scan_yaml(source.text(), limits.max_depth);
  if (scan.unclosed_quote) {
    char quote = source.text()[*scan.unclosed_quote];
    out.push_back({Severity::Error, "yaml-syntax", at(*scan.unclosed_quote), "",
                   fmt::format("YAML syntax error: the text opened with `{}` here is never closed", quote),
                   fmt::format("add the closing `{}`, or remove the quote: plain text needs none", quote)});
    return std::nullopt;
  }
  // yaml-cpp recurses once per level: refuse deep nesting before it does.
  if (scan.too_deep) {
    out.push_back({Severity::Error, "yaml-limit", at(*scan.too_deep), "",
                   fmt::format("nesting deeper than {} levels", limits.max_depth),
                   "a plan needs far fewer levels; check the indentation and brackets"});
    return std::nullopt;
  }
  if (scan.stray_comma) {
    out.push_back({Severity::Error, "yaml-syntax", at(*scan.stray_comma), "",
                   "YAML syntax error: a value cannot start with `,` outside [ ] or { }",
                   "put text that starts with `,` in quotes, or remove the comma"});
    return std::nullopt;
  }
  if (scan.unclosed_flow) {
    bool list = source.text()[*scan.unclosed_flow] == '[';
    out.push_back({Severity::Error, "yaml-syntax", at(*scan.unclosed_flow), "",
                   fmt::format("YAML syntax error: the {} opened with `{}` here is never closed", list ? "list" : "mapping",
                               list ? '[' : '{'),
                   fmt::format("add the closing `{}`", list ? ']' : '}')});
    return std::nullopt;
  }
  std::vector<YAML::Node> documents;
  try {
    // The lexical pass finds the usual cause (a stray `,`) first and says it better;
    // this finds any other, so that LoadAll below always returns.
    if (auto stall = yaml_stall(source.text())) {
      char c = *stall < source.text().size() ? source.text()[*stall] : ' ';
      out.push_back({Severity::Error, "yaml-syntax", at(*stall), "",
                     c > ' ' && c < 0x7f ? fmt::format("YAML syntax error: nothing can start with `{}` here", c)
                                         : "YAML syntax error: nothing can start here",
                     "put text in quotes, or remove what is left over after the value before"});
      return std::nullopt;
    }
    documents = YAML::LoadAll(source.text());
  } catch (const YAML::Exception& e) {
    SourceLocation where = location_of(e.mark, source, file, {std::string(file), 1, 1});
    // A bad escape is reported after it: point at its backslash.
    bool escape = e.msg.find("unknown escape character") != std::string::npos ||
                  e.msg.find("invalid unicode") != std::string::npos;
    if (escape && !e.mark.is_null() && e.mark.pos > 0) {
      const std::string& text = source.text();
      std::size_t backslash = text.rfind('\\', static_cast<std::size_t>(e.mark.pos) - 1);
      std::size_t line_start = text.rfind('\n', static_cast<std::size_t>(e.mark.pos) - 1);
      if (backslash != std::string::npos && (line_start == std::string::npos || backslash > line_start)) {
        where = at(backslash);
      }
    }
    // A tab in the indentation at or above the error is the cause, whatever yaml-cpp says.
    for (std::size_t tab : scan.indentation_tabs) {
      SourceLocation t = at(tab);
      if (t.line <= where.line) {
        out.push_back({Severity::Error, "yaml-syntax", t, "", "YAML syntax error: a tab in the indentation",
                       "indent with spaces; YAML does not allow tabs for indentation"});
        return std::nullopt;
      }
    }
    if (auto lookalike = find_lookalike_colon(source, where.line)) {
      std::string shown = fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(lookalike->character));
      bool colon = lookalike->character == U'\uFF1A';
      out.push_back(
          {Severity::Error, "yaml-syntax", at(lookalike->offset), "",
           colon ? fmt::format("YAML syntax error: `{}` is followed by a full-width colon `：` (U+FF1A), so YAML "
                               "reads the line as text, not as a key",
                               lookalike->key)
                 : fmt::format("YAML syntax error: the `:` after `{}` is followed by {}, not a space, so YAML reads "
                               "the line as text, not as a key",
                               lookalike->key, shown),
           colon ? fmt::format("type the colon as `:` followed by a space: `{}: …`", lookalike->key)
                 : fmt::format("replace {} with an ordinary space", shown)});
      return std::nullopt;
    }
    Friendly friendly = describe_syntax_error(e.msg);
    out.push_back({Severity::Error, "yaml-syntax", where, "", fmt::format("YAML syntax error: {}", friendly.message),
                   friendly.hint});
    return std::nullopt;
  }
  if (documents.empty() || (documents.size() == 1 && documents[0].IsNull())) {
    out.push_back({Severity::Error, "empty-file", {std::string(file), 1, 1}, "", "the file holds no plan",
                   "start from an example in examples/ or run `plan import`"});
    return std::nullopt;
  }
  if (documents.size() > 1) {
    // Point at the `---` that starts the second document.
    std::size_t marker_index = scan.content_before_first_marker ? 0 : 1;
    SourceLocation second = marker_index < scan.document_markers.size()
                                ? at(scan.document_markers[marker_index])
                                : location_of(documents[1].Mark(), source, file, {std::string(file), 1, 1});
    out.push_back({Severity::Error, "yaml-multiple-documents", second, "",
                   fmt::format("the file holds {} YAML documents; a plan file holds one", documents.size()),
                   "put each plan in its own file"});
    return std::nullopt;
  }
  Walker walker{source, file, out, limits};
  walker.walk(documents[0], 0);
  if (walker.too_big) return std::nullopt;
  return documents[0];
}

} // namespace plan
