// Checks a plan's JSON form against the embedded JSON Schema (valijson) and maps each
// violation back to the offending node's line, column and JSON pointer.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/yaml/to_json.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace plan {

/// The text of schemas/plan.schema.json as compiled into the binary.
std::string_view embedded_schema_text();

/// A compiled schema. Construct once and reuse; validation does not modify it.
class SchemaValidator {
public:
  /// Compiles the embedded schema. Throws std::runtime_error if it does not parse
  /// (a build defect, not a user error).
  SchemaValidator();
  /// Compiles the given schema document.
  explicit SchemaValidator(const nlohmann::json& schema);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  /// Appends one diagnostic per violation (rules `schema-*`, listed in plan-validate(1)),
  /// located at the offending key or value, with a "did you mean" or the property's
  /// description as hint. Valid documents append nothing.
  void validate(const JsonDocument& document, DiagnosticList& out) const;

  /// The schema document.
  const nlohmann::json& schema() const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace plan
