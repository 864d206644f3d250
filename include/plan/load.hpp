// load_plan: text to a checked Plan, with every problem as a diagnostic.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/model/diagnostic.hpp"
#include "plan/model/plan.hpp"
#include "plan/util/source_text.hpp"
#include "plan/validate/schema.hpp"

#include <cstddef>
#include <optional>
#include <utility>
#include <string_view>

namespace plan {

/// Longest list a plan may hold (items of one section, owners, phrases...): ten times
/// what the largest real plans use.
inline constexpr std::size_t k_max_list_length = 5000;

/// Lists whose entries must all differ, by key, and their longest length: comparing
/// every pair is quadratic, so these are cut (and refused) before the schema runs. The
/// schema's maxItems for each says the same (a unit test holds them equal).
inline constexpr std::pair<std::string_view, std::size_t> k_unique_list_bounds[] = {
    {"owners", 500}, {"owner", 64}, {"tags", 64}, {"terms", 4}};

/// What loading one file produced. `plan` is set whenever the text was YAML with a
/// mapping at the top, even if it has problems; `diagnostics` holds all of them
/// (encoding, YAML syntax, duplicate keys, schema, meaning), sorted by position.
struct LoadResult {
  std::optional<Plan> plan;
  DiagnosticList diagnostics;
  SourceText source;
};

/// Loads a plan from `text`; `name` is how positions name the file. Never throws for
/// bad input: every problem becomes a diagnostic. Runs all three layers (YAML syntax,
/// schema, meaning) as far as the input allows. With `national`, also warns about
/// years that have no holiday data.
LoadResult load_plan(std::string_view text, std::string_view name, const SchemaValidator& schema,
                     const HolidayTable* national = nullptr);

} // namespace plan
