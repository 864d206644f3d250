// JSON renderers: stable keys, documented in the man pages.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"
#include "plan/views/month_grid.hpp"

#include <string>

namespace plan {

/// {"plan": {...}, "range": {"from", "to"}, "occurrences": [...]}; each occurrence has
/// kind, date (day and deadline) or start and end (window), due, term, week, weekday,
/// id, title, owner (list), section, tags, rule, meaning, count ({index, total} or
/// null), role, quota ({at_least, unit} or null), moved ({from, because, policy} or
/// null), no_school (why a day kept by its policy has no school, or null), and
/// explain (with `explain`).
std::string render_checklist_json(const Checklist& checklist, Lang lang, bool explain);

/// The month: {"year", "month", "weeks": [{"term", "week", "days": [{"date", "in_month",
/// "kind", "holiday", "makeup", "name", "items"}]}], "daily": [{"id", "title", "owner"}],
/// "agenda": [{"date", "kind", "name",
/// "items": [{"kind", "id", "title", "owner", "start", "end", "due", "rule"}]}]}.
std::string render_month_json(const MonthGrid& grid, Lang lang);

} // namespace plan

#include "plan/views/summary.hpp"

namespace plan {

/// The summary: {"by", "plans": [{"file", "school", "unit", "title", "academic_year",
/// "label", "items", "occurrences"}], "groups": [{"label", the group's key, "items",
/// "occurrences", "plans": [{"items", "occurrences"}] aligned with "plans"}], "total":
/// {"items", "occurrences"}, "quotas": [{"plan", "id", "title", "section", "role",
/// "at_least", "unit", "per", "rule", "periods", "total"}], "targets": [{"plan", "id",
/// "title", "section", "indicator", "op", "value", "unit"}]}. The group's key is
/// "month" (1-12) and "offset" (months from the academic year's September) by month,
/// "owner", "number" and "title" (the top-level section), or "tag"; null for the group
/// of items without one. "plan" is an index into "plans"; "op" is at_least, at_most,
/// equal, greater or less.
std::string render_summary_json(const Summary& summary, Lang lang);

} // namespace plan

#include "plan/views/holiday_list.hpp"

namespace plan {

/// The holiday days: [{"date", "weekday" (Mon...Sun), "name", "isOffDay", "origin",
/// "source"}], indented by two.
std::string render_holidays_json(const HolidayList& list);

} // namespace plan
