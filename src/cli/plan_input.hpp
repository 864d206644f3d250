// Loading what the plan-using commands share: the holiday layers and one checked plan.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/expanded_plan.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

/// The built-in holiday table with each --holidays file layered on top, in order.
/// Every problem of every file goes to standard error as text; returns nullopt if
/// there were any. Throws Fatal when a file cannot be read.
std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files);

/// Reads one plan (FILE or -), converting it from `encoding` first when that is set,
/// and runs the pipeline (load_and_expand) over `national`. Its diagnostics go to
/// standard error as text; returns null when it has errors (warnings do not stop it).
/// Throws Fatal when the file cannot be read.
std::unique_ptr<ExpandedPlan> load_expanded_plan(const std::string& path, const HolidayTable& national,
                                                 const std::string& encoding);

/// False (after saying so on standard error) when the plan's expansion stopped at
/// k_max_occurrences, so the plan cannot be shown.
bool expansion_fits(const ExpandedPlan& plan);

/// A --month value, "10" or "2023-10", as a month (1-12) of the academic year that
/// starts in `first_year`. Throws Fatal for anything else or a month of another year.
unsigned month_of_year(const std::string& value, int first_year);

/// Adds --holidays FILE, which every plan-reading command takes (repeatable, one value
/// each, so that the plan file may follow).
void add_holidays_option(CLI::App& app, std::vector<std::string>& files);

/// Adds a repeatable option (--owner, --tag, --section, --holidays) that takes one value
/// each time it is given, so that positional arguments may follow it.
void add_repeatable_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                       const std::string& help);

/// Adds --encoding NAME: read plan files written in another encoding (GB18030, GBK,
/// UTF-16LE, ...), converting them to UTF-8 before they are checked.
void add_encoding_option(CLI::App& app, std::string& encoding);

} // namespace plan::cli
