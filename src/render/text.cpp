// Plain-text renderers for the terminal: aligned columns by display width.
#include "plan/render/text.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/encoding.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace plan {

// The one rule of text output: every cell and line made from input goes through
// text_field() (encoding::visible: controls and line breaks as <U+XXXX>) before it is
// padded, coloured or ended with the renderer's own line break. Labels hold no
// control character, so a line escaped whole is escaped where its input parts are.
namespace {
std::string text_field(std::string_view text) { return encoding::visible(text); }
} // namespace

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
    line.cells = {when, weekday_label(o->date, lang), week, r.owners.empty() ? "-" : text_field(r.owners), text_field(title)};
    if (explain_lines) line.explain = text_field(explain(*o, *r.schedule, *c.calendar, lang));
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

#include "plan/render/term_rows.hpp"

namespace plan {

namespace {

constexpr const char* k_reset = "\033[0m";
constexpr const char* k_red = "\033[31m";
constexpr const char* k_blue = "\033[34m";
constexpr const char* k_bold = "\033[1m";
constexpr const char* k_dim = "\033[2m";

} // namespace

std::string render_month_text(const MonthGrid& g, Lang lang, bool color)
{
  bool zh = lang == Lang::Zh;
  const AcademicCalendar& cal = *g.calendar;
  const std::size_t week_col = 8;
  const std::size_t day_col = 6;
  std::string out;
  std::string title = zh ? fmt::format("{}年{}月", g.year, g.month)
                         : fmt::format("{} {}", std::array<const char*, 12>{"January", "February", "March", "April", "May",
                                                                             "June", "July", "August", "September",
                                                                             "October", "November", "December"}[g.month - 1],
                                       g.year);
  std::size_t total = week_col + 7 * day_col;
  std::size_t tw = utf8::display_width(title);
  out += std::string(total > tw ? (total - tw) / 2 : 0, ' ') + title + "\n";
  std::string header = pad_to_width("", week_col);
  for (unsigned i = 0; i < 7; ++i) {
    Date monday_based = g.weeks.front().days[i].date;
    header += pad_to_width(weekday_label(monday_based, lang), day_col);
  }
  while (!header.empty() && header.back() == ' ') header.pop_back();
  out += header + "\n";
  for (const WeekRow& row : g.weeks) {
    std::string line = pad_to_width(row.week ? week_label(row.week, lang) : "", week_col);
    for (const DayCell& d : row.days) {
      std::string cell;
      if (d.in_month) {
        std::string mark;
        if (d.kind == DayKind::DayOff) mark = zh ? "校" : "O";
        else if (d.kind == DayKind::ExtraWorkday) mark = zh ? "补" : "E";
        else if (d.holiday) mark = zh ? "休" : "H";
        else if (d.makeup) mark = zh ? "班" : "W";
        std::string text = fmt::format("{:>2}", static_cast<unsigned>(d.date.day())) + mark + (d.items ? "*" : "");
        std::string padded = pad_to_width(text, day_col);
        if (color) {
          const char* c = d.holiday || d.kind == DayKind::DayOff ? k_red
                          : d.makeup || d.kind == DayKind::ExtraWorkday ? k_blue
                          : d.items ? k_bold
                          : (d.weekend || d.kind == DayKind::Vacation) ? k_dim
                                                                        : "";
          if (*c) padded = std::string(c) + text + k_reset + std::string(day_col - utf8::display_width(text), ' ');
        }
        cell = padded;
      } else {
        cell = std::string(day_col, ' ');
      }
      line += cell;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += zh ? "\n图例：* 有事项  休 法定节假日  班 调休上班  校 学校放假  补 学校补课\n"
            : "\nLegend: * items  H public holiday  W make-up workday  O school day off  E extra school day\n";
  if (!g.daily.empty()) {
    out += zh ? "\n每个上课日：\n" : "\nEvery school day:\n";
    for (const Occurrence* o : g.daily) {
      out += "  - " + text_field(title_with_owners(*g.expansion->items[o->item].item, lang)) + "\n";
    }
  }
  if (g.agenda.empty()) {
    out += zh ? "\n本月没有其他事项。\n" : "\nNothing else this month.\n";
    return out;
  }
  out += "\n";
  for (const AgendaDay& day : g.agenda) {
    std::string head = date_label(day.date, lang) + " " + weekday_label(day.date, lang);
    std::string_view name = cal.day_name(day.date);
    DayKind kind = cal.kind(day.date);
    if (!name.empty()) head += " " + std::string(name);
    if (kind == DayKind::MakeUpWorkday) head += zh ? "（调休上班）" : " (make-up workday)";
    else if (kind == DayKind::Holiday) head += zh ? "（放假）" : " (holiday)";
    else if (kind == DayKind::Weekend || kind == DayKind::Vacation || kind == DayKind::DayOff) {
      head += zh ? "（不上课）" : " (no school)";
    }
    head = text_field(head);
    out += (color ? std::string(k_bold) + head + k_reset : head) + "\n";
    for (const Occurrence* o : day.items) {
      const ItemRef& ref = g.expansion->items[o->item];
      const Schedule& s = ref.schedules[o->rule]->schedule;
      std::string line = "  - " + deadline_prefix(*o, lang) + ref.item->title + amount_label(*o, s, lang) +
                         window_due_today(*o, lang);
      std::string owners = join_names(ref.item->owners, lang);
      if (!owners.empty()) line += " — " + owners;
      out += text_field(line) + "\n";
    }
  }
  return out;
}

std::string render_term_table_text(const TermTable& table, Lang lang)
{
  auto headings = term_table_headings(lang);
  std::vector<TermRowCells> rows;
  std::array<std::size_t, 2> widths{utf8::display_width(headings[0]), utf8::display_width(headings[1])};
  for (const TermRow& r : table.rows) {
    rows.push_back(term_row_cells(table, r, lang));
    for (std::string& line : rows.back().work) line = text_field(line);
    rows.back().owners = text_field(rows.back().owners);
    widths[0] = std::max(widths[0], utf8::display_width(rows.back().week));
    widths[1] = std::max(widths[1], utf8::display_width(rows.back().dates));
  }
  std::string out = pad_to_width(headings[0], widths[0]) + "  " + pad_to_width(headings[1], widths[1]) + "  " +
                    headings[2] + " | " + headings[3] + "\n";
  for (const TermRowCells& c : rows) {
    std::string lead = pad_to_width(c.week, widths[0]) + "  " + pad_to_width(c.dates, widths[1]) + "  ";
    std::string blank(utf8::display_width(lead), ' ');
    if (c.work.empty()) {
      out += lead + "-\n";
      continue;
    }
    for (std::size_t i = 0; i < c.work.size(); ++i) out += (i == 0 ? lead : blank) + c.work[i] + "\n";
    if (!c.owners.empty()) out += blank + "| " + c.owners + "\n";
  }
  return out;
}

} // namespace plan

namespace plan {

std::string render_holidays_text(const HolidayList& list, Lang lang)
{
  if (list.days.empty()) return lang == Lang::Zh ? "（没有节假日数据）\n" : "(no holiday data)\n";
  std::vector<std::array<std::string, 6>> rows;
  std::array<std::size_t, 6> widths{};
  for (const HolidayDay* d : list.days) {
    rows.push_back({format_iso(d->date), weekday_label(d->date, lang), day_status_label(d->off, lang), text_field(d->name),
                    to_string(d->origin), text_field(d->source)});
    for (std::size_t i = 0; i < 6; ++i) widths[i] = std::max(widths[i], utf8::display_width(rows.back()[i]));
  }
  std::string out;
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < 6; ++i) out += i + 1 < 6 ? pad_to_width(r[i], widths[i]) + "  " : r[i];
    out += "\n";
  }
  return out;
}

} // namespace plan
