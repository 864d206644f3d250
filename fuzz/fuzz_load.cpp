// load_plan on arbitrary bytes: encoding checks, the YAML pre-pass and parser, the
// schema, the model and the meaning checks; then every diagnostic rendered the three
// ways `plan validate` prints them, so that excerpts and carets are fuzzed with
// positions anywhere in any line.
#include "check.hpp"

#include "plan/load.hpp"
#include "plan/render/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const plan::SchemaValidator schema;
  static const plan::HolidayTable national = plan::HolidayTable::built_in();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  plan::LoadResult result = plan::load_plan(text, "fuzz.plan.yaml", schema, &national);

  // A text without errors is a plan; anything the loader reads is reported in order.
  PLAN_FUZZ_CHECK(result.plan || plan::has_errors(result.diagnostics));
  for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
    const plan::Diagnostic& d = result.diagnostics[i];
    PLAN_FUZZ_CHECK(!d.rule.empty() && !d.message.empty());
    PLAN_FUZZ_CHECK(d.location.file == "fuzz.plan.yaml");
    // Encoding and control-character errors stop before the text is kept; their lines
    // count in the raw bytes.
    if (!result.source.text().empty()) PLAN_FUZZ_CHECK(d.location.line <= result.source.line_count() + 1);
    if (i > 0) PLAN_FUZZ_CHECK(result.diagnostics[i - 1].location.line <= d.location.line);

    std::string as_text = plan::render_diagnostic_text(d, &result.source);
    std::string as_json = plan::render_diagnostic_json(d);
    std::string as_github = plan::render_diagnostic_github(d);
    PLAN_FUZZ_CHECK(plan::fuzz::valid_utf8(as_text));
    PLAN_FUZZ_CHECK(plan::fuzz::valid_utf8(as_json));
    PLAN_FUZZ_CHECK(plan::fuzz::valid_utf8(as_github));
    PLAN_FUZZ_CHECK(nlohmann::json::accept(as_json));
    PLAN_FUZZ_CHECK(as_github.find('\n') == as_github.size() - 1);
  }
  return 0;
}
