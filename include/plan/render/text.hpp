// Plain-text renderers for the terminal: aligned columns by display width.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <string>

namespace plan {

/// One line per occurrence: date (or span), weekday, term-week, owners, then the
/// title with its count and any note, in columns aligned for CJK text.
std::string render_checklist_text(const Checklist& checklist, Lang lang, bool explain);

/// `text` padded with spaces to `width` terminal columns (wide characters count two).
std::string pad_to_width(const std::string& text, std::size_t width);

} // namespace plan
