// `plan validate`: YAML, schema and meaning checks over files and directories.
#pragma once
#include "exit_code.hpp"
#include "options.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace plan::cli {

struct ValidateOptions {
  std::vector<std::string> inputs;
  OutputOptions out; ///< --format: text (default), json, github
  bool strict = false;
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan files' encoding, when not UTF-8
};

/// Adds validate's options to `app`; the returned function runs it.
std::function<ExitCode()> setup_validate(CLI::App& app);

/// Checks every input and prints the diagnostics; see plan-validate(1).
ExitCode run_validate(const ValidateOptions& options);

} // namespace plan::cli
