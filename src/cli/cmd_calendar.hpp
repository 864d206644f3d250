// `plan calendar`: a month at a glance (--month), or a term's week-by-week 行事历 (--term N --weeks).
#pragma once
#include "exit_code.hpp"
#include "options.hpp"

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
  OutputOptions out; ///< --format (text for --month, md for --weeks), --lang, --color, -o
  std::vector<std::string> holiday_files;
  std::string encoding; ///< --encoding: the plan file's encoding, when not UTF-8
  /// Whether standard output is a terminal that takes colour (--color auto): the
  /// caller decides, from isatty and NO_COLOR.
  bool terminal_takes_color = false;
};

/// Adds calendar's options to `app`; the returned function runs it.
std::function<ExitCode()> setup_calendar(CLI::App& app);
/// Prints the month or the 行事历; see plan-calendar(1). Throws Fatal for options that
/// do not go together and for unreadable files.
ExitCode run_calendar(const CalendarOptions& options);

} // namespace plan::cli
