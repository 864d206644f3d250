// `plan expand`: the dated occurrences of a plan, as a checklist in Markdown, CSV, JSON, text or iCalendar.
#pragma once
#include "exit_code.hpp"

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
  std::string format = "md";
  bool bom = false; ///< csv only: a UTF-8 byte-order mark first
  std::string lang = "zh";
  bool explain = false;
  std::string output;
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan files\' encoding, when not UTF-8
};

std::function<ExitCode()> setup_expand(CLI::App& app);
ExitCode run_expand(const ExpandOptions& options);

} // namespace plan::cli
