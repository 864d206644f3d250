// Text to a YAML tree; syntax errors and duplicate mapping keys become diagnostics.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/util/source_text.hpp"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

/// Limits that keep hostile input from exhausting the stack or memory.
struct YamlLimits {
  std::size_t max_depth = 64;        ///< nesting of mappings and sequences
  std::size_t max_nodes = 250'000;   ///< nodes after alias expansion (a large plan has ~5,000)
  /// Bytes of keys and scalars after alias expansion: an alias of a long text, used
  /// many times, would otherwise become gigabytes (a large plan has ~200 KB).
  std::size_t max_text_bytes = 32 * 1024 * 1024;
};

/// The 1-based location of a yaml-cpp mark in `source`, or of `fallback` when the mark
/// is unset (yaml-cpp leaves empty values without one).
SourceLocation location_of(const YAML::Mark& mark, const SourceText& source, std::string_view file,
                           const SourceLocation& fallback = {});

/// Where yaml-cpp 0.7's LoadAll would never return: the byte offset of a token that no
/// document can start with (a `,` after the top-level node), at which it reads an empty
/// document again and again, allocating each one. nullopt when LoadAll would return.
/// Throws YAML::Exception for the syntax errors the parser finds on the way.
std::optional<std::size_t> yaml_stall(const std::string& text);

/// Parses one YAML document. Returns the root, or nullopt when the text is not YAML
/// (a `yaml-syntax` error), holds several documents (`yaml-multiple-documents`), is
/// empty (`empty-file`), or is nested too deeply or too large (`yaml-limit`).
/// Duplicate keys in any mapping are reported as `duplicate-key` errors; the tree is
/// still returned (yaml-cpp keeps both entries; lookups see the first).
std::optional<YAML::Node> parse_yaml(const SourceText& source, std::string_view file, DiagnosticList& out,
                                     const YamlLimits& limits = {});

} // namespace plan
