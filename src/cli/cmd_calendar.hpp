// `plan calendar`: a month at a glance (--month), or a term's week-by-week 行事历 (--term N --weeks).
#pragma once
#include "exit_code.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

struct CalendarOptions {
  std::string input;
  std::string month;
  std::optional<int> term;
  bool weeks = false;
  bool all = false;
  std::string format; ///< default: text for --month, md for --weeks
  std::string lang = "zh";
  std::string color = "auto";
  std::string output;
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan files\' encoding, when not UTF-8
};

std::function<ExitCode()> setup_calendar(CLI::App& app);
ExitCode run_calendar(const CalendarOptions& options);

} // namespace plan::cli
