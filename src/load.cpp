// load_plan: text to a checked Plan, with every problem as a diagnostic.
#include "plan/load.hpp"

#include "plan/util/encoding.hpp"
#include "plan/util/utf8.hpp"
#include "plan/validate/semantic.hpp"
#include "plan/yaml/parse.hpp"
#include "plan/yaml/to_json.hpp"
#include "plan/yaml/to_model.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

namespace {

// Where byte `offset` of `text` is, as a line and a column counted in characters.
SourceLocation locate(std::string_view text, std::size_t offset, const std::string& file)
{
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
  return {file, line, utf8::length(text.substr(line_start, offset - line_start)) + 1};
}

// The file is not UTF-8, or holds characters YAML does not allow: name the encoding
// and how to convert it, or the character and where it is.
bool check_encoding(std::string_view text, std::string_view name, DiagnosticList& out)
{
  std::string file(name);
  if (auto foreign = utf8::foreign_encoding(text)) {
    out.push_back({Severity::Error, "encoding", {file, 1, 1}, "",
                   fmt::format("the file is encoded as {}; plan files are UTF-8", *foreign),
                   fmt::format("convert it: iconv -f {0} -t UTF-8 {1} > converted.yaml (or read it as it is "
                               "with --encoding {0})",
                               *foreign, file)});
    return false;
  }
  std::string_view body = utf8::strip_bom(text);
  if (auto bad = utf8::first_invalid_byte(body)) {
    SourceLocation where = locate(body, *bad, file);
    std::size_t line_start = body.rfind('\n', *bad == 0 ? 0 : *bad - 1);
    line_start = line_start == std::string_view::npos || *bad == 0 ? 0 : line_start + 1;
    if (encoding::looks_like_gb18030(body)) {
      out.push_back({Severity::Error, "encoding", where, "",
                     "the file is encoded as GB18030 (or GBK, GB2312); plan files are UTF-8",
                     fmt::format("convert it: iconv -f GB18030 -t UTF-8 {} > converted.yaml (or read it as it is "
                                 "with --encoding GB18030)",
                                 file)});
      return false;
    }
    out.push_back({Severity::Error, "encoding", where, "",
                   fmt::format("invalid UTF-8 at byte {} (line {}, byte {} of the line)", *bad + 1, where.line,
                               *bad - line_start + 1),
                   "save the file as UTF-8; `file -i` may tell which encoding it has, and iconv converts it"});
    return false;
  }
  if (auto c = encoding::first_control_character(body)) {
    bool binary = c->code_point == 0;
    out.push_back({Severity::Error, "control-character", locate(body, c->offset, file), "",
                   binary ? "a NUL byte: this looks like a binary file, not a plan"
                          : fmt::format("{} is a control character, which YAML does not allow in a file",
                                        encoding::describe(c->code_point)),
                   binary ? "check that this is the plan file you meant"
                          : "delete it: it is invisible in most editors, and shown here as <U+XXXX>"});
    return false;
  }
  return true;
}

// Direction controls make a line display in a different order from how it reads
// (right-to-left overrides can hide what a line says). YAML allows them, so they are
// warnings, the first few of them.
void check_bidi(std::string_view text, const std::string& file, DiagnosticList& out)
{
  constexpr std::size_t k_max_reported = 5;
  std::size_t reported = 0;
  for (auto c = encoding::next_bidi_control(text, 0); c && reported < k_max_reported;
       c = encoding::next_bidi_control(text, c->offset + 1), ++reported) {
    out.push_back({Severity::Warning, "bidi-control", locate(text, c->offset, file), "",
                   fmt::format("{} makes this line display in a different order from how it reads",
                               encoding::describe(c->code_point)),
                   "delete it: plan text needs no direction controls (shown here as <U+XXXX>)"});
  }
}

// Lists longer than any plan needs are refused and cut before the schema sees them:
// its uniqueness checks compare entries pairwise.
// The lists whose entries must differ: the schema checks that by comparing every pair,
// so they are held to what a plan can use (the schema's maxItems says the same).
std::size_t unique_list_bound(std::string_view key)
{
  for (const auto& [name, bound] : k_unique_list_bounds) {
    if (key == name) return bound;
  }
  return 0;
}

void limit_lists(nlohmann::json& node, const std::string& pointer, std::string_view key, const JsonDocument& document,
                 DiagnosticList& out)
{
  if (node.is_array()) {
    std::size_t bound = unique_list_bound(key);
    if (bound != 0 && node.size() > bound) {
      std::string at = pointer + "/" + std::to_string(bound);
      out.push_back({Severity::Error, "schema-too-many", document.value_location(at), pointer,
                     fmt::format("`{}` has more than {} entries", key, bound), "keep the list to what the plan uses"});
      node.erase(node.begin() + static_cast<std::ptrdiff_t>(bound), node.end());
    } else if (node.size() > k_max_list_length) {
      std::string at = pointer + "/" + std::to_string(k_max_list_length);
      out.push_back({Severity::Error, "yaml-limit", document.value_location(at), pointer,
                     fmt::format("a list of {} entries; plan lists hold at most {}", node.size(), k_max_list_length),
                     "split the plan into several files"});
      node.erase(node.begin() + static_cast<std::ptrdiff_t>(k_max_list_length), node.end());
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      limit_lists(node[i], pointer + "/" + std::to_string(i), "", document, out);
    }
  } else if (node.is_object()) {
    for (auto& [k, value] : node.items()) limit_lists(value, pointer + "/" + json_pointer_token(k), k, document, out);
  }
}

// A control character the file may not hold can still reach a value through a quoted
// YAML escape ("\e[2J", "\0", "\x9B"): refuse it there too, or the checklist would
// carry it to a terminal or a spreadsheet. So are a carriage return and NEL, which YAML
// allows in a file but which move a terminal's cursor: a value's line breaks are line
// feeds.
void check_escaped_controls(const nlohmann::json& node, const std::string& pointer, const JsonDocument& document,
                            const SourceText& source, DiagnosticList& out)
{
  auto check = [&](const std::string& text, const std::string& at, bool key) {
    std::optional<char32_t> bad;
    if (auto c = encoding::first_control_character(text)) bad = c->code_point;
    for (std::size_t i = 0; !bad && i < text.size(); ++i) {
      if (text[i] == '\r') bad = U'\r';
      if (text.compare(i, 2, "\xC2\x85") == 0) bad = 0x85;
    }
    // The YAML library writes the escape \N (NEL) as the lone byte 0x85, not as UTF-8.
    auto invalid = bad ? std::nullopt : utf8::first_invalid_byte(text);
    if (invalid && static_cast<unsigned char>(text[*invalid]) == 0x85) bad = 0x85;
    SourceLocation where = key ? document.key_location(at) : document.value_location(at);
    // A direction control is a warning (check_bidi's, for one written as it is); one
    // that an escape ("\u202E") put there is not on the line as it is.
    if (!bad) {
      auto bidi = encoding::next_bidi_control(text, 0);
      if (!bidi) return;
      std::string raw = utf8::encode(std::u32string(1, bidi->code_point));
      if (source.line(where.line).find(raw) != std::string_view::npos) return;
      out.push_back({Severity::Warning, "bidi-control", where, at,
                     fmt::format("the {} holds {}, written as an escape, which makes it display in a different order "
                                 "from how it reads",
                                 key ? "key" : "text", encoding::describe(bidi->code_point)),
                     "remove the escape: plan text needs no direction controls"});
      return;
    }
    out.push_back({Severity::Error, "control-character", where, at,
                   fmt::format("the {} holds {}, a control character", key ? "key" : "text", encoding::describe(*bad)),
                   "remove it: plan text has no use for control characters (in quotes, escapes such as \\e, \\0 or "
                   "\\x85 write them)"});
  };
  if (node.is_string()) {
    check(node.get<std::string>(), pointer, false);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      check_escaped_controls(node[i], pointer + "/" + std::to_string(i), document, source, out);
    }
  } else if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      std::string child = pointer + "/" + json_pointer_token(key);
      check(key, child, true);
      check_escaped_controls(value, child, document, source, out);
    }
  }
}

} // namespace

LoadResult load_plan(std::string_view text, std::string_view name, const SchemaValidator& schema,
                     const HolidayTable* national)
{
  LoadResult result;
  std::string file(name);
  // YAML takes a carriage return alone as a line break (files from old Mac editors);
  // yaml-cpp does not, and read such a file as one line. A line feed in its place
  // keeps every byte offset.
  std::string line_feeds;
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 < text.size() && text[cr + 1] == '\n') continue;
    if (line_feeds.empty()) line_feeds = std::string(text);
    line_feeds[cr] = '\n';
  }
  if (!line_feeds.empty()) text = line_feeds;
  if (!check_encoding(text, name, result.diagnostics)) return result;
  result.source = SourceText(std::string(utf8::strip_bom(text)));
  check_bidi(result.source.text(), file, result.diagnostics);
  auto root = parse_yaml(result.source, file, result.diagnostics);
  if (!root) {
    sort_by_position(result.diagnostics); // direction-control warnings may come after the syntax error
    return result;
  }

  JsonDocument document = to_json(*root, result.source, file);
  result.diagnostics.insert(result.diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
  for (const JsonDocument::NonTextKey& key : document.non_text_keys) {
    bool null = key.type == YAML::NodeType::Null;
    result.diagnostics.push_back(
        {Severity::Error, "yaml-key", key.at, "",
         null ? "this key is null (`~`, `null` or nothing before the `:`), not a name"
              : fmt::format("this key is a {}, not a name", key.type == YAML::NodeType::Map ? "mapping" : "list"),
         null ? "write the key's name, as in `title:`; to mean the word null, quote it: \"null\":"
              : "a key is a name such as `title`; remove the brackets or the `? ` before it"});
  }
  check_escaped_controls(document.value, "", document, result.source, result.diagnostics);
  limit_lists(document.value, "", "", document, result.diagnostics);
  std::size_t before_schema = result.diagnostics.size();
  schema.validate(document, result.diagnostics);

  // A plain yes/no/on/off where text is expected: fine in YAML 1.2, a boolean to YAML
  // 1.1 tools. Where the schema wanted a boolean it has already said so.
  // So is a plain `=` (an operator), which YAML 1.1 reads as its "value" type.
  auto reported = [&](const std::string& pointer) {
    return std::any_of(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(before_schema),
                       result.diagnostics.end(), [&](const Diagnostic& d) { return d.pointer == pointer; });
  };
  for (const std::string& pointer : document.yaml11_booleans) {
    if (reported(pointer)) continue;
    std::string value = document.value.at(nlohmann::json::json_pointer(pointer)).get<std::string>();
    result.diagnostics.push_back(
        {Severity::Warning, "yaml11-boolean", document.value_location(pointer), pointer,
         fmt::format("`{}` is read as text here, but YAML 1.1 tools read it as a boolean", value),
         fmt::format("put it in quotes: \"{}\"", value)});
  }
  for (const std::string& pointer : document.yaml11_values) {
    if (reported(pointer)) continue;
    result.diagnostics.push_back({Severity::Warning, "yaml11-value", document.value_location(pointer), pointer,
                                  "`=` is read as text here, but YAML 1.1 tools do not read a plain `=` as text "
                                  "(PyYAML refuses the file)",
                                  "put it in quotes: \"=\""});
  }

  if (document.value.is_object()) {
    Plan plan = to_model(document, result.diagnostics);
    check_semantics(plan, document, result.diagnostics);
    if (national) check_holiday_coverage(plan, *national, document, result.diagnostics);
    result.plan = std::move(plan);
  }
  for (Diagnostic& d : result.diagnostics) shorten_quoted(d);
  sort_by_position(result.diagnostics);
  return result;
}

} // namespace plan
