// A YAML tree as JSON under the YAML 1.2 core schema, remembering where each node was.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/util/source_text.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace plan {

/// The JSON value of a YAML document plus, for every JSON pointer, where its value
/// (and, for mapping entries, its key) starts in the file.
struct JsonDocument {
  nlohmann::json value;
  std::unordered_map<std::string, SourceLocation> value_locations;
  std::unordered_map<std::string, SourceLocation> key_locations;
  /// Pointers of plain (unquoted) scalars that YAML 1.1 tools read as booleans
  /// (yes, no, on, off, y, n in any case) but YAML 1.2 reads as text.
  std::vector<std::string> yaml11_booleans;
  /// Pointers of plain scalars `=`, which YAML 1.1 reads as its "value" type (a
  /// language-independent key), not as text; PyYAML refuses it.
  std::vector<std::string> yaml11_values;
  /// Mapping keys that are not text: null (`~:`, `null:`, an empty `? `), a list or a
  /// mapping. Their entries are left out of `value`; each must be reported.
  struct NonTextKey {
    SourceLocation at;
    YAML::NodeType::value type;
  };
  std::vector<NonTextKey> non_text_keys;
  /// `yaml-tag` errors: a tag the plan format does not define (!!binary, !weekly), or
  /// a core-schema tag that does not fit its node (!!int on text, !!seq on a mapping).
  DiagnosticList diagnostics;

  /// Where the value at `pointer` starts; falls back to the nearest ancestor.
  SourceLocation value_location(const std::string& pointer) const;
  /// Where the key of the entry at `pointer` starts; falls back to its value.
  SourceLocation key_location(const std::string& pointer) const;
};

/// Escapes one reference token of a JSON pointer (RFC 6901: ~ and /).
std::string json_pointer_token(const std::string& token);

/// Converts a parsed document. Plain scalars resolve by the YAML 1.2 core schema
/// (null, true/false, integers, floats, else text); quoted and block scalars are text.
/// The only tags allowed are the non-specific `!` and the core schema's !!str, !!int,
/// !!float, !!bool, !!null (on scalars that resolve to that type), !!map and !!seq;
/// any other is a `yaml-tag` error in `diagnostics` (the node keeps its text).
/// Text mapping keys are taken as text (a key that is not text is set aside in
/// `non_text_keys`); for a duplicated key the first entry wins, as in yaml-cpp lookups.
JsonDocument to_json(const YAML::Node& root, const SourceText& source, const std::string& file);

} // namespace plan
