// Checks a plan's JSON form against the embedded JSON Schema (valijson) and maps each
// violation back to the offending node's line, column and JSON pointer.
#include "plan/validate/schema.hpp"

#include "plan/util/edit_distance.hpp"

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace plan {

struct SchemaValidator::Impl {
  nlohmann::json document;
  valijson::Schema compiled;
};

SchemaValidator::SchemaValidator() : SchemaValidator(nlohmann::json::parse(embedded_schema_text())) {}

SchemaValidator::SchemaValidator(const nlohmann::json& schema) : m_impl(std::make_unique<Impl>())
{
  m_impl->document = schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(m_impl->document);
  try {
    parser.populateSchema(adapter, m_impl->compiled);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("the plan schema does not compile: ") + e.what());
  }
}

SchemaValidator::~SchemaValidator() = default;

const nlohmann::json& SchemaValidator::schema() const { return m_impl->document; }

namespace {

using Json = nlohmann::json;

// ---- Walking the schema to find what it says about a node --------------------------

const Json* resolve_ref(const Json& root, const Json& node)
{
  const Json* current = &node;
  for (int guard = 0; guard < 16 && current->is_object() && current->contains("$ref"); ++guard) {
    std::string ref = (*current)["$ref"].get<std::string>();
    if (ref.rfind("#", 0) != 0) break;
    current = &root.at(Json::json_pointer(ref.substr(1)));
  }
  return current;
}

// The node itself, what its $ref points to, and the branches of conditionals and
// combinators, each resolved: every schema that may say something about one value.
void expand(const Json& root, const Json& node, std::vector<const Json*>& out, int depth = 0)
{
  if (depth > 16 || !node.is_object()) return;
  out.push_back(&node);
  if (node.contains("$ref")) expand(root, *resolve_ref(root, node), out, depth + 1);
  for (const char* key : {"then", "else"}) {
    if (node.contains(key)) expand(root, node[key], out, depth + 1);
  }
  for (const char* key : {"allOf", "anyOf", "oneOf"}) {
    if (node.contains(key)) {
      for (const Json& branch : node[key]) expand(root, branch, out, depth + 1);
    }
  }
}

std::vector<std::string> split_pointer(const std::string& pointer)
{
  std::vector<std::string> tokens;
  std::size_t start = 1;
  while (start <= pointer.size() && !pointer.empty()) {
    std::size_t slash = pointer.find('/', start);
    std::string raw = pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size()) {
        token += raw[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(token);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return tokens;
}

// Every schema that applies to the value at `pointer` of `instance`.
std::vector<const Json*> schemas_at(const Json& root, const Json& instance, const std::string& pointer)
{
  std::vector<const Json*> current;
  expand(root, root, current);
  const Json* value = &instance;
  for (const std::string& token : split_pointer(pointer)) {
    std::vector<const Json*> next;
    bool in_array = value && value->is_array();
    for (const Json* s : current) {
      if (in_array && s->contains("items")) {
        expand(root, (*s)["items"], next);
      } else if (!in_array && s->contains("properties") && (*s)["properties"].contains(token)) {
        expand(root, (*s)["properties"][token], next);
      }
    }
    current = std::move(next);
    if (value && value->is_array()) {
      std::size_t index = std::stoul(token);
      value = index < value->size() ? &(*value)[index] : nullptr;
    } else if (value && value->is_object() && value->contains(token)) {
      value = &(*value)[token];
    } else {
      value = nullptr;
    }
  }
  return current;
}

std::string first_string(const std::vector<const Json*>& schemas, const char* key)
{
  for (const Json* s : schemas) {
    if (s->contains(key) && (*s)[key].is_string()) return (*s)[key].get<std::string>();
  }
  return {};
}

std::vector<std::string> expected_types(const std::vector<const Json*>& schemas)
{
  for (const Json* s : schemas) {
    if (!s->contains("type")) continue;
    const Json& t = (*s)["type"];
    if (t.is_string()) return {t.get<std::string>()};
    std::vector<std::string> out;
    for (const Json& each : t) out.push_back(each.get<std::string>());
    return out;
  }
  return {};
}

std::vector<std::string> allowed_keys(const std::vector<const Json*>& schemas)
{
  std::vector<std::string> keys;
  for (const Json* s : schemas) {
    if (!s->contains("properties")) continue;
    for (const auto& entry : (*s)["properties"].items()) {
      if (std::find(keys.begin(), keys.end(), entry.key()) == keys.end()) keys.push_back(entry.key());
    }
  }
  return keys;
}

std::vector<std::string> enum_values(const std::vector<const Json*>& schemas)
{
  for (const Json* s : schemas) {
    if (!s->contains("enum")) continue;
    std::vector<std::string> out;
    for (const Json& v : (*s)["enum"]) out.push_back(v.is_string() ? v.get<std::string>() : v.dump());
    return out;
  }
  return {};
}

// ---- Wording -----------------------------------------------------------------------

std::string type_name(std::string_view json_type)
{
  if (json_type == "string") return "text";
  if (json_type == "integer") return "a whole number";
  if (json_type == "number") return "a number";
  if (json_type == "boolean") return "true or false";
  if (json_type == "array") return "a list";
  if (json_type == "object") return "a mapping (key: value lines)";
  if (json_type == "null") return "nothing";
  return std::string(json_type);
}

// A value as YAML writes it: JSON has no infinity or NaN, and dump() writes them as null.
std::string yaml_text(const Json& v)
{
  if (v.is_number_float()) {
    double d = v.get<double>();
    if (std::isnan(d)) return ".nan";
    if (std::isinf(d)) return d < 0 ? "-.inf" : ".inf";
  }
  return v.dump();
}

std::string describe_value(const Json& v)
{
  switch (v.type()) {
  case Json::value_t::null:
    return "an empty value";
  case Json::value_t::boolean:
    return fmt::format("the boolean `{}`", v.dump());
  case Json::value_t::number_integer:
  case Json::value_t::number_unsigned:
    return fmt::format("the whole number `{}`", v.dump());
  case Json::value_t::number_float: {
    double d = v.get<double>();
    if (std::isnan(d)) return "the number `.nan` (not a number)";
    if (std::isinf(d)) return fmt::format("the number `{}` (infinity)", yaml_text(v));
    return fmt::format("the number `{}`", v.dump());
  }
  case Json::value_t::string:
    return fmt::format("the text `{}`", v.get<std::string>());
  case Json::value_t::array:
    return "a list";
  case Json::value_t::object:
    return "a mapping";
  default:
    return "a value";
  }
}

std::string join(const std::vector<std::string>& words, std::string_view sep, std::string_view last_sep)
{
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += (i + 1 == words.size()) ? last_sep : sep;
    out += words[i];
  }
  return out;
}

std::string quoted_list(const std::vector<std::string>& words)
{
  std::vector<std::string> q;
  for (const auto& w : words) q.push_back("`" + w + "`");
  return join(q, ", ", ", ");
}

std::string last_token(const std::string& pointer)
{
  auto tokens = split_pointer(pointer);
  return tokens.empty() ? std::string() : tokens.back();
}

std::string parent_of(const std::string& pointer)
{
  auto slash = pointer.rfind('/');
  return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

// valijson's context ["<root>", "[calendar]", "[0]"] as a JSON pointer.
std::string to_pointer(const std::vector<std::string>& context, const Json& instance)
{
  std::string pointer;
  const Json* value = &instance;
  for (std::size_t i = 1; i < context.size(); ++i) {
    std::string token = context[i];
    if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
    pointer += "/" + json_pointer_token(token);
    if (value && value->is_array()) {
      std::size_t index = token.find_first_not_of("0123456789") == std::string::npos ? std::stoul(token) : 0;
      value = index < value->size() ? &(*value)[index] : nullptr;
    } else if (value && value->is_object() && value->contains(token)) {
      value = &(*value)[token];
    } else {
      value = nullptr;
    }
  }
  return pointer;
}

std::string quoted_name(const std::string& description)
{
  // The last quoted name: valijson quotes keywords before the key in some messages.
  auto close = description.rfind('\'');
  if (close == std::string::npos || close == 0) return {};
  auto open = description.rfind('\'', close - 1);
  if (open == std::string::npos) return {};
  return description.substr(open + 1, close - open - 1);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_index(const std::string& token)
{
  return !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
}

// How a message names the node at `pointer`: `title`, entry 2 of `when`, the document.
std::string node_name(const std::string& pointer)
{
  auto tokens = split_pointer(pointer);
  if (tokens.empty()) return "the document";
  const std::string& last = tokens.back();
  if (!is_index(last)) return "`" + last + "`";
  std::string list = tokens.size() >= 2 ? "`" + tokens[tokens.size() - 2] + "`" : "the document";
  return fmt::format("entry {} of {}", std::stoul(last) + 1, list);
}

// Keys that a conditional in `schemas` requires when `key` is forbidden:
// `if: {required: [date]}, then: {properties: {from: false}}` gives ["date"].
std::vector<std::string> conflicting_keys(const std::vector<const Json*>& schemas, const std::string& key)
{
  for (const Json* s : schemas) {
    if (!s->contains("if") || !s->contains("then")) continue;
    const Json& then = (*s)["then"];
    if (!then.contains("properties") || !then["properties"].contains(key) || then["properties"][key] != false) continue;
    std::vector<std::string> keys;
    for (const Json& k : (*s)["if"].value("required", Json::array())) keys.push_back(k.get<std::string>());
    return keys;
  }
  return {};
}

std::string lower_first(std::string s)
{
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

struct RawError {
  std::string pointer;
  std::string description;
};

} // namespace

void SchemaValidator::validate(const JsonDocument& document, DiagnosticList& out) const
{
  const Json& root = m_impl->document;
  const Json& instance = document.value;
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(instance);
  if (validator.validate(m_impl->compiled, adapter, &results)) return;

  std::vector<RawError> leaves;
  std::vector<RawError> property_failures;
  for (const auto& error : results) {
    std::string pointer = to_pointer(error.context, instance);
    const std::string& d = error.description;
    if (starts_with(d, "Failed to validate against schema associated with property name")) {
      property_failures.push_back({pointer + "/" + json_pointer_token(quoted_name(d)), d});
    } else if (starts_with(d, "Failed to validate item #") || starts_with(d, "Failed to validate against child schema") ||
               starts_with(d, "Failed to validate against a conditional schema") ||
               starts_with(d, "Failed to validate against any") ||
               starts_with(d, "Failed to validate against exactly one") ||
               starts_with(d, "Failed to validate against additional properties schema") ||
               starts_with(d, "Cannot validate item #")) {
      continue; // propagation of a failure reported at a deeper node
    } else {
      leaves.push_back({pointer, d});
    }
  }
  // A property failure with no deeper error is a key forbidden here (a `false` schema).
  for (const auto& p : property_failures) {
    bool explained = std::any_of(leaves.begin(), leaves.end(), [&](const RawError& leaf) {
      return leaf.pointer == p.pointer || starts_with(leaf.pointer, p.pointer + "/");
    });
    if (!explained) leaves.push_back({p.pointer, "<forbidden>"});
  }

  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> unknown_keys_reported;
  for (const auto& leaf : leaves) {
    if (!seen.insert({leaf.pointer, leaf.description}).second) continue;
    const std::string& d = leaf.description;
    const std::string& pointer = leaf.pointer;
    auto schemas = schemas_at(root, instance, pointer);
    const Json* value = nullptr;
    if (instance.contains(Json::json_pointer(pointer))) value = &instance.at(Json::json_pointer(pointer));
    std::string key = last_token(pointer);
    std::string description = first_string(schemas, "description");
    if (description.empty() && is_index(key)) {
      description = first_string(schemas_at(root, instance, parent_of(pointer)), "description");
    }

    Diagnostic diag;
    diag.severity = Severity::Error;
    diag.pointer = pointer;
    diag.location = document.value_location(pointer);

    if (d == "<forbidden>") {
      auto parent = schemas_at(root, instance, parent_of(pointer));
      diag.rule = "schema-conflict";
      diag.location = document.key_location(pointer);
      auto with = conflicting_keys(parent, key);
      diag.message = with.empty() ? fmt::format("`{}` cannot be used together with the other keys here", key)
                                  : fmt::format("`{}` cannot be used together with {}", key, quoted_list(with));
      diag.hint = first_string(parent, "description");
    } else if (starts_with(d, "Object contains a property that could not be validated")) {
      // valijson names one unknown key of a mapping, the first in its order: report
      // every key of the mapping that no schema here allows, each at its place.
      auto keys = allowed_keys(schemas);
      std::vector<std::string> unknown = {quoted_name(d)};
      if (value && value->is_object() && !keys.empty()) {
        for (const auto& entry : value->items()) {
          if (std::find(keys.begin(), keys.end(), entry.key()) == keys.end() && entry.key() != unknown.front()) {
            unknown.push_back(entry.key());
          }
        }
      }
      for (const std::string& name : unknown) {
        std::string child = pointer + "/" + json_pointer_token(name);
        if (!unknown_keys_reported.insert(child).second) continue;
        auto suggestion = closest_matches(name, keys);
        Diagnostic one = diag;
        one.rule = "schema-unknown-key";
        one.pointer = child;
        one.location = document.key_location(child);
        one.message = fmt::format("unknown key `{}`", name);
        one.hint = suggestion.empty() ? fmt::format("keys allowed here: {}", quoted_list(keys))
                                      : fmt::format("did you mean `{}`?", suggestion.front());
        out.push_back(std::move(one));
      }
      continue;
    } else if (starts_with(d, "Missing required property")) {
      std::string missing = quoted_name(d);
      auto child_schemas = schemas_at(root, instance, pointer + "/" + json_pointer_token(missing));
      diag.rule = "schema-required";
      diag.message = fmt::format("missing required key `{}`", missing);
      diag.hint = first_string(child_schemas, "description");
      if (diag.hint.empty()) diag.hint = description;
    } else if (starts_with(d, "Value type not permitted")) {
      auto types = expected_types(schemas);
      std::vector<std::string> names;
      for (const auto& t : types) names.push_back(type_name(t));
      diag.rule = "schema-type";
      diag.message = fmt::format("{} must be {}, not {}", node_name(pointer), join(names, ", ", " or "),
                                 value ? describe_value(*value) : "this");
      bool trap = std::find(document.yaml11_booleans.begin(), document.yaml11_booleans.end(), pointer) !=
                  document.yaml11_booleans.end();
      bool wants_bool = std::find(types.begin(), types.end(), "boolean") != types.end();
      bool wants_text = std::find(types.begin(), types.end(), "string") != types.end();
      if (trap && wants_bool) {
        diag.hint = fmt::format("YAML 1.2 reads `{}` as text; write true or false", value->get<std::string>());
      } else if (wants_text && value && (value->is_number() || value->is_boolean()) &&
                 first_string(schemas, "pattern").empty()) {
        diag.hint = "put the value in quotes to make it text";
      } else {
        diag.hint = description;
      }
    } else if (starts_with(d, "Failed to match regex")) {
      diag.rule = "schema-pattern";
      std::string title = first_string(schemas, "title");
      diag.message = fmt::format("{} is not a valid {}", value ? describe_value(*value) : "the value",
                                 title.empty() ? key : lower_first(title));
      diag.hint = description;
    } else if (starts_with(d, "Failed to match against any enum values")) {
      auto values = enum_values(schemas);
      diag.rule = "schema-enum";
      diag.message = fmt::format("{} is not allowed for {}; use one of {}", value ? describe_value(*value) : "the value",
                                 node_name(pointer), quoted_list(values));
      if (value && value->is_string()) {
        auto suggestion = closest_matches(value->get<std::string>(), values);
        if (!suggestion.empty()) diag.hint = fmt::format("did you mean `{}`?", suggestion.front());
      }
      if (diag.hint.empty()) diag.hint = description;
    } else if (starts_with(d, "Expected number")) {
      diag.rule = "schema-range";
      std::string bound;
      // The bound the value breaks: below the minimum, or above the maximum.
      for (const Json* s : schemas) {
        bool above = value && value->is_number() && s->contains("maximum") && (*s)["maximum"].is_number() &&
                     value->get<double>() > (*s)["maximum"].get<double>();
        if (above) bound = fmt::format("at most {}", (*s)["maximum"].dump());
        else if (s->contains("minimum")) bound = fmt::format("at least {}", (*s)["minimum"].dump());
        else if (s->contains("maximum")) bound = fmt::format("at most {}", (*s)["maximum"].dump());
        if (!bound.empty()) break;
      }
      diag.message = fmt::format("{} must be {}, not {}", node_name(pointer), bound.empty() ? "in range" : bound,
                                 value ? yaml_text(*value) : "this");
      diag.hint = description;
    } else if (starts_with(d, "String should be no fewer") || starts_with(d, "Array should contain no fewer")) {
      diag.rule = "schema-empty";
      diag.message = value && value->is_array() ? fmt::format("{} must not be an empty list", node_name(pointer))
                                                : fmt::format("{} must not be empty", node_name(pointer));
      diag.hint = description;
    } else if (starts_with(d, "Array should contain no more")) {
      diag.rule = "schema-too-many";
      std::string bound;
      for (const Json* sc : schemas) {
        if (sc->contains("maxItems")) {
          bound = (*sc)["maxItems"].dump();
          break;
        }
      }
      diag.message = fmt::format("{} has more than {} entries", node_name(pointer), bound);
      diag.hint = "split the item, or merge entries that say the same";
    } else if (starts_with(d, "Elements at indexes")) {
      // "Elements at indexes #0 and #2 violate uniqueness constraint.": point at the repeat.
      auto second = d.find(" and #");
      std::string index = second == std::string::npos ? "" : d.substr(second + 6, d.find(' ', second + 6) - second - 6);
      std::string repeat = pointer + "/" + index;
      diag.rule = "schema-unique";
      if (is_index(index) && value && value->is_array() && std::stoul(index) < value->size()) {
        const Json& v = (*value)[std::stoul(index)];
        diag.pointer = repeat;
        diag.location = document.value_location(repeat);
        diag.message = fmt::format("{} lists `{}` twice", node_name(pointer), v.is_string() ? v.get<std::string>() : v.dump());
      } else {
        diag.message = fmt::format("{} lists the same value twice", node_name(pointer));
      }
      diag.hint = "remove the repeated entry";
    } else {
      diag.rule = "schema";
      diag.message = d;
      diag.hint = description;
    }
    out.push_back(std::move(diag));
  }
}

} // namespace plan
