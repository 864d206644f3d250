// Expansion of plan files as written: arbitrary text is loaded and, when it is a valid
// plan, expanded and shown in every view and format, with the checks of fuzz_expand.
// Seeded with the examples, so that the fuzzer mutates real plans, most of which stay
// valid: the complement of fuzz_expand's generated ones. Choices of the views (month,
// language, query) are read from the text's bytes.
#include "byte_source.hpp"
#include "check.hpp"
#include "expansion_checks.hpp"

#include "plan/expanded_plan.hpp"
#include "plan/load.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const plan::SchemaValidator schema;
  static const plan::HolidayTable national = plan::HolidayTable::built_in();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  plan::LoadResult loaded = plan::load_plan(text, "fuzz.plan.yaml", schema, &national);
  if (plan::has_errors(loaded.diagnostics) || !loaded.plan) return -1;
  plan::ExpandedPlan expanded(std::move(*loaded.plan), national, "fuzz.plan.yaml");
  if (expanded.over_limit()) return 0; // refused, as the commands refuse it
  plan::fuzz::check_expansion(expanded);
  plan::fuzz::ByteSource choices(data + size / 2, size - size / 2);
  plan::fuzz::check_views(choices, expanded);
  return 0;
}
