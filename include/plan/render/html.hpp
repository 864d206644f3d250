// HTML renderers: one self-contained page (no external assets) per view, with a
// print stylesheet for A4 paper.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/term_table.hpp"

#include <string>
#include <string_view>

namespace plan {

/// Text made safe for HTML element content: & < > " ' as references, controls shown
/// as <U+XXXX> (encoding::visible), each line break as <br>.
std::string html_escape(std::string_view text);

/// The month grid and agenda as a page that prints on A4 portrait.
std::string render_month_html(const MonthGrid& grid, Lang lang);

/// The 行事历 as a page that prints on A4 landscape: the header row repeats on every
/// printed page, rows do not break across pages, long text wraps inside its cell.
std::string render_term_table_html(const TermTable& table, Lang lang);

} // namespace plan
