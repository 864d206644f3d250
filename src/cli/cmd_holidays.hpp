// `plan holidays`: the holiday data in force, each day with where it came from.
#pragma once
#include "exit_code.hpp"
#include "options.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

struct HolidaysOptions {
  std::optional<std::string> plan; ///< given, even as "" (an error), or not
  std::optional<int> year;
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan file's encoding, when not UTF-8
  OutputOptions out; ///< --format (text), --lang, -o
};

/// Adds holidays' options to `app`; the returned function runs it.
std::function<ExitCode()> setup_holidays(CLI::App& app);
/// Prints the holiday data in force; see plan-holidays(1).
ExitCode run_holidays(const HolidaysOptions& options);

} // namespace plan::cli
