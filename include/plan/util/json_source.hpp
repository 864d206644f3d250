// JSON text to a value that remembers where each of its parts is written, and refuses
// a key given twice in one object (which JSON parsers otherwise keep silently).
#pragma once
#include "plan/util/source_text.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plan {

/// Nesting deeper than this is refused before the parser recurses further.
inline constexpr std::size_t k_max_json_depth = 64;

/// A parsed JSON text and, for every JSON pointer, where its value (and, for object
/// members, its key) starts.
struct JsonSource {
  nlohmann::json value;
  std::unordered_map<std::string, LineColumn> value_positions;
  std::unordered_map<std::string, LineColumn> key_positions;

  /// Where the value at `pointer` starts; falls back to the nearest ancestor.
  LineColumn value_position(const std::string& pointer) const;
  /// Where the key of the member at `pointer` starts; falls back to its value.
  LineColumn key_position(const std::string& pointer) const;
};

/// A problem in a JSON text: `syntax` (the text is not JSON: nothing is returned) or
/// `duplicate-key` (the first of the two members is kept).
struct JsonProblem {
  std::string kind;
  LineColumn where;
  std::string message;
};

/// Parses `text` (RFC 8259; a UTF-8 byte-order mark is skipped). Returns nullopt
/// after a syntax error, which is the last problem appended.
std::optional<JsonSource> parse_json_source(std::string_view text, std::vector<JsonProblem>& problems);

} // namespace plan
