// `plan expand`: the dated occurrences of a plan, as a checklist in Markdown, CSV, JSON, text or iCalendar.
#pragma once
#include "exit_code.hpp"
#include "options.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

struct ExpandOptions {
  std::string input;
  std::optional<int> term;
  std::string month; ///< "10" or "2023-10"
  std::optional<int> week;
  std::string from;
  std::string to;
  std::vector<std::string> owners;
  std::vector<std::string> tags;
  std::vector<std::string> sections;
  bool explain = false;
  OutputOptions out; ///< --format (md), --bom, --lang, -o
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan file's encoding, when not UTF-8
};

/// Adds expand's options to `app`; the returned function runs it.
std::function<ExitCode()> setup_expand(CLI::App& app);
/// Prints the checklist; see plan-expand(1). Throws Fatal for options that cannot be
/// answered and for unreadable files.
ExitCode run_expand(const ExpandOptions& options);

} // namespace plan::cli
