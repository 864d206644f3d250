// A YAML tree as JSON under the YAML 1.2 core schema, remembering where each node was.
#include "plan/yaml/to_json.hpp"

#include "plan/yaml/parse.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string_view>

namespace plan {

std::string json_pointer_token(const std::string& token)
{
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

SourceLocation JsonDocument::value_location(const std::string& pointer) const
{
  std::string p = pointer;
  for (;;) {
    auto it = value_locations.find(p);
    if (it != value_locations.end()) return it->second;
    if (p.empty()) return {};
    p.erase(p.rfind('/'));
  }
}

SourceLocation JsonDocument::key_location(const std::string& pointer) const
{
  auto it = key_locations.find(pointer);
  return it != key_locations.end() ? it->second : value_location(pointer);
}

namespace {

bool all_of_chars(std::string_view s, bool (*ok)(char))
{
  if (s.empty()) return false;
  for (char c : s) {
    if (!ok(c)) return false;
  }
  return true;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string_view without_sign(std::string_view s)
{
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  return s;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_core_float(std::string_view s)
{
  s = without_sign(s);
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t fraction = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++fraction;
    if (digits == 0 && fraction == 0) return false;
  } else if (digits == 0) {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (!all_of_chars(s.substr(i), is_digit)) return false;
    i = s.size();
  }
  return i == s.size();
}

bool is_yaml11_boolean(std::string_view s)
{
  static constexpr std::string_view words[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                               "on", "On", "ON", "off", "Off", "OFF"};
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

nlohmann::json resolve_plain(const std::string& s)
{
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  try {
    if (all_of_chars(without_sign(s), is_digit)) return std::stoll(s);
    if (s.size() > 2 && s.compare(0, 2, "0o") == 0 && all_of_chars(std::string_view(s).substr(2), is_octal)) {
      return std::stoll(s.substr(2), nullptr, 8);
    }
    if (s.size() > 2 && s.compare(0, 2, "0x") == 0 && all_of_chars(std::string_view(s).substr(2), is_hex)) {
      return std::stoll(s.substr(2), nullptr, 16);
    }
  } catch (const std::out_of_range&) {
    return std::strtod(s.c_str(), nullptr); // beyond 64 bits: still a number, as in JSON
  }
  if (is_core_float(s)) {
    // JSON Schema (draft-06 on) counts 1.0 as an integer; keep it one. strtod, not
    // stod: beyond a double's range (1e999, 5e-324) stod throws; strtod gives inf or
    // the nearest denormal.
    double d = std::strtod(s.c_str(), nullptr);
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15) return static_cast<long long>(d);
    return d;
  }
  if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf" || s == "+.Inf" || s == "+.INF") {
    return std::numeric_limits<double>::infinity();
  }
  if (s == "-.inf" || s == "-.Inf" || s == "-.INF") return -std::numeric_limits<double>::infinity();
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  return s;
}

constexpr std::string_view k_core_prefix = "tag:yaml.org,2002:";

// How a tag is written in a file: tag:yaml.org,2002:binary as !!binary.
std::string written_tag(const std::string& tag)
{
  if (tag.compare(0, k_core_prefix.size(), k_core_prefix) == 0) return "!!" + tag.substr(k_core_prefix.size());
  return tag;
}

// Why `tag` may not stand on `node`, or empty when it may. Untagged nodes have "?"
// (plain scalars, collections) or "!" (quoted scalars, and the non-specific `!`).
std::string tag_problem(const YAML::Node& node, const std::string& tag)
{
  if (tag.empty() || tag == "?" || tag == "!") return {};
  std::string name = tag.compare(0, k_core_prefix.size(), k_core_prefix) == 0 ? tag.substr(k_core_prefix.size()) : "";
  bool scalar = node.IsScalar() || node.IsNull();
  if (name == "map" || name == "seq") {
    if ((name == "map") == node.IsMap() && (name == "seq") == node.IsSequence()) return {};
    return fmt::format("`{}` marks a {}, but the value is {}", written_tag(tag), name == "map" ? "mapping" : "list",
                       node.IsMap() ? "a mapping" : node.IsSequence() ? "a list" : "a single value");
  }
  if (name == "str" || name == "int" || name == "float" || name == "bool" || name == "null") {
    if (!scalar) return fmt::format("`{}` marks a single value, but the value is {}", written_tag(tag),
                                    node.IsMap() ? "a mapping" : "a list");
    if (name == "str") return {};
    nlohmann::json v = resolve_plain(node.IsScalar() ? node.Scalar() : std::string());
    bool fits = name == "int" ? v.is_number_integer()
                : name == "float" ? v.is_number()
                : name == "bool" ? v.is_boolean()
                                 : v.is_null();
    if (fits) return {};
    return fmt::format("`{}` marks {}, but `{}` is not one", written_tag(tag),
                       name == "int" ? "an integer" : name == "float" ? "a number" : name == "bool" ? "true or false" : "null",
                       node.IsScalar() ? node.Scalar() : std::string());
  }
  return fmt::format("the YAML tag `{}` is not part of the plan format: its value would be read as something else "
                     "or dropped",
                     written_tag(tag));
}

bool before(const SourceLocation& a, const SourceLocation& b)
{
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

struct Converter {
  const SourceText& source;
  const std::string& file;
  JsonDocument& doc;

  void check_tag(const YAML::Node& node, const std::string& pointer, const SourceLocation& at)
  {
    std::string problem = tag_problem(node, node.Tag());
    if (problem.empty()) return;
    doc.diagnostics.push_back({Severity::Error, "yaml-tag", at, pointer, std::move(problem),
                               "remove the tag: plan files need none (quotes make a value text)"});
  }

  nlohmann::json convert(const YAML::Node& node, const std::string& pointer, const SourceLocation& fallback)
  {
    // An empty value has no text of its own: yaml-cpp marks the next token, which may
    // be on a later line. Point at its key instead.
    SourceLocation here = node.IsNull() ? fallback : location_of(node.Mark(), source, file, fallback);
    // An alias (*name) has the position of the node it names, which comes before it:
    // a value before its key, or an entry before the one preceding it, is one. Point
    // at that key or entry, on the alias's line, rather than at the anchor.
    if (before(here, fallback)) here = fallback;
    if (here.file.empty()) here.file = file;
    doc.value_locations.emplace(pointer, here);
    check_tag(node, pointer, here);
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      std::size_t index = 0;
      SourceLocation previous = here;
      for (const auto& child : node) {
        std::string child_pointer = pointer + "/" + std::to_string(index);
        array.push_back(convert(child, child_pointer, previous));
        previous = doc.value_locations.at(child_pointer);
        ++index;
      }
      return array;
    }
    case YAML::NodeType::Map: {
      nlohmann::json object = nlohmann::json::object();
      SourceLocation previous = here;
      for (const auto& entry : node) {
        SourceLocation key_at = location_of(entry.first.Mark(), source, file, here);
        if (before(key_at, previous)) { // a key written as an alias: its value is on its line
          SourceLocation value_at = location_of(entry.second.Mark(), source, file, previous);
          key_at = entry.second.IsNull() || before(value_at, previous) ? previous : value_at;
        }
        previous = key_at;
        if (!entry.first.IsScalar()) {
          // An empty key has no mark of its own: the value's, or the mapping's.
          if (entry.first.IsNull() && entry.first.Mark().is_null()) {
            key_at = location_of(entry.second.Mark(), source, file, here);
          }
          doc.non_text_keys.push_back({key_at, entry.first.Type()});
          continue;
        }
        const std::string& key = entry.first.Scalar();
        if (object.contains(key)) continue; // duplicate: reported by parse_yaml
        check_tag(entry.first, pointer + "/" + json_pointer_token(key), key_at);
        std::string child = pointer + "/" + json_pointer_token(key);
        doc.key_locations.emplace(child, key_at);
        object[key] = convert(entry.second, child, key_at);
        previous = doc.value_locations.at(child);
      }
      return object;
    }
    case YAML::NodeType::Scalar: {
      const std::string& tag = node.Tag();
      const std::string& text = node.Scalar();
      if (tag == "?") {
        if (is_yaml11_boolean(text)) doc.yaml11_booleans.push_back(pointer);
        if (text == "=") doc.yaml11_values.push_back(pointer);
        return resolve_plain(text);
      }
      if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:bool" ||
          tag == "tag:yaml.org,2002:null") {
        return resolve_plain(text);
      }
      return text; // quoted, block, or tagged !!str
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    }
    return nullptr;
  }
};

} // namespace

JsonDocument to_json(const YAML::Node& root, const SourceText& source, const std::string& file)
{
  JsonDocument doc;
  Converter converter{source, file, doc};
  doc.value = converter.convert(root, "", SourceLocation{file, 1, 1});
  return doc;
}

} // namespace plan
