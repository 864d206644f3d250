// JSON renderers: stable keys, documented in the man pages.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <string>

namespace plan {

/// {"plan": {...}, "range": {"from", "to"}, "occurrences": [...]}; each occurrence has
/// kind, date (day and deadline) or start and end (window), due, term, week, weekday,
/// id, title, owner (list), section, tags, rule, meaning, count ({index, total} or
/// null), role, quota ({at_least, unit} or null), moved ({from, because, policy} or
/// null), no_school (why a day kept by its policy has no school, or null), and
/// explain (with `explain`).
std::string render_checklist_json(const Checklist& checklist, Lang lang, bool explain);

} // namespace plan
