// `plan summary`: items and occurrences of one or more plans counted by month, owner,
// section or tag, with their quotas and targets; Markdown, CSV or JSON.
#pragma once
#include "exit_code.hpp"
#include "options.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace plan::cli {

struct SummaryOptions {
  std::vector<std::string> inputs; ///< files, directories, or - for standard input
  std::string by = "month";
  OutputOptions out; ///< --format (md), --lang, --bom, -o
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan files' encoding, when not UTF-8
};

std::function<ExitCode()> setup_summary(CLI::App& app);
ExitCode run_summary(const SummaryOptions& options);

} // namespace plan::cli
