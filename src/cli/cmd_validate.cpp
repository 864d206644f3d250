// `plan validate`: YAML, schema and meaning checks over files and directories.
#include "cmd_validate.hpp"

#include "fatal.hpp"
#include "input.hpp"
#include "plan_input.hpp"
#include "report.hpp"

#include "plan/load.hpp"
#include "plan/render/diagnostics.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_validate(CLI::App& app)
{
  auto options = std::make_shared<ValidateOptions>();
  app.add_option("inputs", options->inputs, "plan files, directories (every *.yaml/*.yml below), or - for stdin")
      ->required();
  add_output_options(app, options->out, "validate", k_format);
  app.add_flag("--strict", options->strict, "treat warnings as errors");
  add_holidays_option(app, options->holiday_files);
  add_encoding_option(app, options->encoding);
  app.footer("Examples:\n"
             "  plan validate examples/\n"
             "  plan validate --format github plans/*.yaml\n"
             "  plan validate --format json - < plan.yaml | jq '.[].message'\n"
             "Exit status: 0 no errors, 1 errors found, 2 could not run.");
  return [options] { return run_validate(*options); };
}

ExitCode run_validate(const ValidateOptions& options)
{
  Format format = options.out.format_or_default(formats_of("validate"));
  // A bad holiday file is reported on standard error, in the text form, and stops the
  // check before anything is written to standard output: dates computed without it
  // would be wrong, and a report of no plans would look like a clean one.
  auto national = national_holidays(options.holiday_files);
  if (!national) return ExitCode::Problems;
  SchemaValidator schema;
  std::vector<InputName> inputs = expand_inputs(options.inputs);
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t unreadable = 0;
  bool first_json = true;
  if (format == Format::Json) std::cout << "[";
  auto emit = [&](const Diagnostic& d, const SourceText* source) {
    (d.severity == Severity::Error ? errors : warnings) += 1;
    if (format == Format::Json) {
      std::cout << (first_json ? "\n  " : ",\n  ") << render_diagnostic_json(d);
      first_json = false;
    } else if (format == Format::Github) {
      std::cout << render_diagnostic_github(d);
    } else {
      std::cout << render_diagnostic_text(d, source);
    }
  };
  for (const InputName& input : inputs) {
    std::string text;
    try {
      text = read_input(input, options.encoding);
    } catch (const Fatal& e) {
      print_error(e.what());
      ++unreadable;
      continue;
    }
    LoadResult result = load_plan(text, input.display, schema, &*national);
    for (Diagnostic& d : result.diagnostics) {
      if (options.strict) d.severity = Severity::Error;
      emit(d, &result.source);
    }
  }
  if (format == Format::Json) {
    std::cout << (first_json ? "]\n" : "\n]\n");
  } else if (format == Format::Text) {
    std::size_t checked = inputs.size() - unreadable;
    std::cout << fmt::format("{} {} checked: {} {}, {} {}{}\n", checked, checked == 1 ? "file" : "files", errors,
                             errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
                             unreadable == 0 ? std::string()
                                             : fmt::format("; {} could not be read", unreadable));
  }
  std::cout.flush();
  if (unreadable > 0) return ExitCode::CouldNotRun;
  return errors > 0 ? ExitCode::Problems : ExitCode::Ok;
}

} // namespace plan::cli
