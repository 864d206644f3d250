// A lexical pass over YAML text that finds what yaml-cpp reports late, in the wrong
// place, or not at all: unclosed quotes and brackets, tabs in indentation, and the
// markers that separate documents.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace plan {

/// What the pass found. Offsets are byte offsets into the scanned text.
struct YamlScan {
  /// A quoted scalar that runs to the end of the file: offset of its opening quote.
  std::optional<std::size_t> unclosed_quote;
  /// A `[` or `{` that is never closed: offset of the innermost one.
  std::optional<std::size_t> unclosed_flow;
  /// Offsets of document markers (`---` at the start of a line, outside scalars).
  std::vector<std::size_t> document_markers;
  /// Offset of the first tab in a line's indentation (outside block scalars), if any,
  /// for each line in order; only the first few are kept.
  std::vector<std::size_t> indentation_tabs;
  /// The first node nested deeper than the limit given to scan_yaml: block levels
  /// (indentation, `- `, `key: `) and flow levels (`[`, `{`) counted together.
  std::optional<std::size_t> too_deep;
  /// A `,` where a block node starts, which YAML does not allow: its offset. yaml-cpp
  /// 0.7 loops forever, allocating, on one after the top-level node (`[a] ,`, `,`).
  std::optional<std::size_t> stray_comma;
  /// Whether the text holds content before its first document marker.
  bool content_before_first_marker = false;
};

/// Scans `text` once, in linear time and constant stack depth. Never fails: text that
/// is not YAML gives whatever partial findings the pass could make. Scanning stops at
/// the first node nested deeper than `max_depth` levels.
YamlScan scan_yaml(std::string_view text, std::size_t max_depth);

} // namespace plan
