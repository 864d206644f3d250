// Plain-text renderers for the terminal: aligned columns by display width.
#include "plan/render/text.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace plan {

std::string pad_to_width(const std::string& text, std::size_t width)
{
  std::size_t w = utf8::display_width(text);
  return w >= width ? text : text + std::string(width - w, ' ');
}

std::string render_checklist_text(const Checklist& c, Lang lang, bool explain_lines)
{
  bool zh = lang == Lang::Zh;
  struct Line {
    std::array<std::string, 5> cells;
    std::string explain;
  };
  std::vector<Line> lines;
  lines.reserve(c.rows.size());
  std::array<std::size_t, 5> widths{};
  for (const Occurrence* o : c.rows) {
    RowFields r = row_fields(c, *o, lang);
    Line line;
    std::string when = o->kind == OccurrenceKind::Window ? format_iso(o->date) + ".." + format_iso(o->end) : format_iso(o->date);
    if (o->kind == OccurrenceKind::Deadline) when += zh ? " 截止" : " due";
    std::string week = o->term ? fmt::format("{}-{}", o->term, o->week) : "-";
    std::string title = r.item->item->title + r.amount;
    if (o->kind == OccurrenceKind::Window) title += zh ? fmt::format("，截止{}", format_iso(o->due)) : fmt::format(", due {}", format_iso(o->due));
    if (!r.note.empty()) title += zh ? "（" + r.note + "）" : " (" + r.note + ")";
    line.cells = {when, weekday_label(o->date, lang), week, r.owners.empty() ? "-" : r.owners, title};
    if (explain_lines) line.explain = explain(*o, *r.schedule, *c.calendar, lang);
    for (std::size_t i = 0; i < 5; ++i) widths[i] = std::max(widths[i], utf8::display_width(line.cells[i]));
    lines.push_back(std::move(line));
  }
  std::string out;
  for (const Line& line : lines) {
    std::string row;
    for (std::size_t i = 0; i < 5; ++i) {
      row += i + 1 < 5 ? pad_to_width(line.cells[i], widths[i]) + "  " : line.cells[i];
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
    if (!line.explain.empty()) out += "    " + line.explain + "\n";
  }
  if (lines.empty()) out += zh ? "（所选范围内没有事项）\n" : "(nothing in the selected range)\n";
  return out;
}

} // namespace plan
