// Loading what the plan-using commands share: the holiday layers and one checked plan.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/load.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plan::cli {

/// The built-in holiday table with each --holidays file layered on top, in order.
/// Problems in a file are printed to standard error; returns nullopt if there were any.
std::optional<HolidayTable> national_holidays(const std::vector<std::string>& files);

/// Reads and checks one plan (FILE or -). Its diagnostics go to standard error as
/// text; returns nullopt when it has errors (warnings do not stop it).
std::optional<LoadResult> load_checked_plan(const std::string& path, const HolidayTable& national);

} // namespace plan::cli
