// A plan's JSON form (with locations) to the document model.
#pragma once
#include "plan/model/diagnostic.hpp"
#include "plan/model/plan.hpp"
#include "plan/yaml/to_json.hpp"

namespace plan {

/// Builds the model from a document that may have failed schema validation: values of
/// the wrong type are skipped (the schema check reports them), so that the meaning
/// checks still run on everything that is well formed. Reports dates that do not exist
/// (`invalid-date`) and schedule phrases that do not parse (`unknown-phrase`).
Plan to_model(const JsonDocument& document, DiagnosticList& out);

} // namespace plan
