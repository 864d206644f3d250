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

#include "plan/views/month_grid.hpp"
#include "plan/views/term_table.hpp"

namespace plan {

/// The month as a grid (Monday first, the teaching week at the left of each row, each
/// day marked: * has items, 休 holiday, 班 make-up workday, 校 school day off, 补 extra
/// school day), a legend, then the agenda day by day with owners. With `color`, ANSI
/// colours mark holidays, make-up workdays and days with items.
std::string render_month_text(const MonthGrid& grid, Lang lang, bool color);

/// The 行事历 as an aligned text table: 周次, 起止日期, 主要工作, 负责部门.
std::string render_term_table_text(const TermTable& table, Lang lang);

} // namespace plan

#include "plan/views/holiday_list.hpp"

namespace plan {

/// One line per day, in aligned columns: date, weekday, 放假/上班 (off/workday), name,
/// origin, source; a line saying there is no data when the list is empty.
std::string render_holidays_text(const HolidayList& list, Lang lang);

} // namespace plan
