// `plan holidays`: the holiday data in force, each day with where it came from.
#pragma once
#include "exit_code.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

struct HolidaysOptions {
  std::string plan;
  std::optional<int> year;
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan files\' encoding, when not UTF-8
  std::string format = "text";
  std::string lang = "zh";
  std::string output;
};

std::function<ExitCode()> setup_holidays(CLI::App& app);
ExitCode run_holidays(const HolidaysOptions& options);

} // namespace plan::cli
