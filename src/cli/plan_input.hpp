// Loading what the plan-using commands share: the holiday layers and one checked plan.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/calendar/occurrence.hpp"
#include "plan/load.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

/// The built-in holiday table with each --holidays file layered on top, in order.
/// Problems in a file are appended to `problems`; returns nullopt if there were any.
std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files, DiagnosticList& problems);

/// The same, printing any problems to standard error as text.
std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files);

/// Reads and checks one plan (FILE or -), converting it from `encoding` first when that
/// is set. Its diagnostics go to standard error as text; returns nullopt when it has
/// errors (warnings do not stop it).
std::optional<LoadResult> load_checked_plan(const std::string& path, const HolidayTable& national,
                                            const std::string& encoding);

/// False (after saying so on standard error) when `expansion` stopped at
/// k_max_occurrences, so the plan cannot be shown.
bool expansion_fits(const Expansion& expansion, const std::string& display);

/// A --month value, "10" or "2023-10", as a month (1-12) of the academic year that
/// starts in `first_year`. Throws Fatal for anything else or a month of another year.
unsigned month_of_year(const std::string& value, int first_year);

/// Adds the options every plan-reading command shares: --holidays FILE (repeatable,
/// one value each, so that the plan file may follow) and -o FILE.
void add_holidays_option(CLI::App& app, std::vector<std::string>& files);
void add_output_option(CLI::App& app, std::string& output);

/// Adds --encoding NAME: read plan files written in another encoding (GB18030, GBK,
/// UTF-16LE, ...), converting them to UTF-8 before they are checked.
void add_encoding_option(CLI::App& app, std::string& encoding);

} // namespace plan::cli
