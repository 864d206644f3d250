// HTML renderers: one self-contained page (no external assets) per view, with a
// print stylesheet for A4 paper.
#include "plan/render/html.hpp"

#include "plan/render/term_rows.hpp"
#include "plan/util/encoding.hpp"

#include <fmt/format.h>

namespace plan {

std::string html_escape(std::string_view text)
{
  // The one rule of HTML output: every piece of text goes through here. Controls are
  // shown as <U+XXXX> (encoding::visible), written as &lt;U+XXXX&gt;, and a line break
  // as <br>.
  std::string out;
  out.reserve(text.size());
  for (char c : encoding::visible(text, true)) {
    switch (c) {
    case '\n': out += "<br>"; break;
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

namespace {

const char* k_base_style = R"(
  body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
         margin: 16px; color: #111; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  p.sub { margin: 0 0 12px; color: #444; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border: 1px solid #555; padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
  th { background: #eee; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
)";

// The <title> holds no markup: a line break in it is shown as <U+000A>, as in text.
std::string page(const std::string& title, const std::string& style, const std::string& body, Lang lang)
{
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
                     "<style>{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
                     lang == Lang::Zh ? "zh-CN" : "en", html_escape(encoding::visible(title)), k_base_style, style, body);
}

std::string heading(const Plan& p)
{
  return p.school + (p.unit.empty() ? "" : " " + p.unit) + " " + p.title;
}

} // namespace

std::string render_term_table_html(const TermTable& t, Lang lang)
{
  bool zh = lang == Lang::Zh;
  auto headings = term_table_headings(lang);
  std::string title = heading(*t.plan);
  std::string sub = zh ? fmt::format("{}行事历", term_label(t.term, lang)) : fmt::format("{} calendar", term_label(t.term, lang));
  std::string body = fmt::format("<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<table class=\"term\">\n<colgroup>"
                                 "<col class=\"week\"><col class=\"dates\"><col class=\"work\"><col class=\"owners\">"
                                 "</colgroup>\n<thead><tr>",
                                 html_escape(title), html_escape(sub));
  for (const auto& h : headings) body += "<th>" + html_escape(h) + "</th>";
  body += "</tr></thead>\n<tbody>\n";
  for (const TermRow& row : t.rows) {
    TermRowCells c = term_row_cells(t, row, lang);
    std::string work;
    for (const std::string& line : c.work) work += (work.empty() ? "" : "<br>") + html_escape(line);
    body += fmt::format("<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        row.no_school ? " class=\"off\"" : "", html_escape(c.week), html_escape(c.dates), work,
                        html_escape(c.owners));
  }
  body += "</tbody>\n</table>\n";
  const char* style = R"(
  col.week { width: 8%; } col.dates { width: 17%; } col.work { width: 55%; } col.owners { width: 20%; }
  tr.off td { background: #f6f6f6; color: #666; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { margin: 0; font-size: 10.5pt; } h1 { font-size: 14pt; } }
)";
  return page(title + " " + sub, style, body, lang);
}

std::string render_month_html(const MonthGrid& g, Lang lang)
{
  bool zh = lang == Lang::Zh;
  std::string title = heading(*g.plan);
  std::string sub = zh ? fmt::format("{}年{}月", g.year, g.month) : fmt::format("{}-{:02}", g.year, g.month);
  std::string body = fmt::format("<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<table class=\"month\">\n<thead><tr><th></th>",
                                 html_escape(title), html_escape(sub));
  for (const DayCell& d : g.weeks.front().days) body += "<th>" + html_escape(weekday_label(d.date, lang)) + "</th>";
  body += "</tr></thead>\n<tbody>\n";
  for (const WeekRow& row : g.weeks) {
    body += "<tr><th>" + (row.week ? html_escape(week_label(row.week, lang)) : std::string()) + "</th>";
    for (const DayCell& d : row.days) {
      if (!d.in_month) {
        body += "<td class=\"out\"></td>";
        continue;
      }
      std::string cls = d.holiday || d.kind == DayKind::DayOff ? "holiday"
                        : d.makeup || d.kind == DayKind::ExtraWorkday ? "makeup"
                        : (d.weekend || d.kind == DayKind::Vacation) ? "rest"
                                                                      : "school";
      std::string note = d.name.empty() ? "" : "<div class=\"name\">" + html_escape(d.name) + "</div>";
      std::string items = d.items ? fmt::format("<div class=\"items\">{}{}</div>", d.items,
                                                zh ? "项" : (d.items == 1 ? " item" : " items"))
                                  : "";
      body += fmt::format("<td class=\"{}\"><div class=\"day\">{}</div>{}{}</td>", cls,
                          static_cast<unsigned>(d.date.day()), note, items);
    }
    body += "</tr>\n";
  }
  body += "</tbody>\n</table>\n<h2>" + std::string(zh ? "日程" : "Agenda") + "</h2>\n<dl class=\"agenda\">\n";
  if (!g.daily.empty()) {
    body += "<dt>" + std::string(zh ? "每个上课日" : "Every school day") + "</dt>\n";
    for (const Occurrence* o : g.daily) {
      body += "<dd>" + html_escape(title_with_owners(*g.expansion->items[o->item].item, lang)) + "</dd>\n";
    }
  }
  for (const AgendaDay& day : g.agenda) {
    body += "<dt>" + html_escape(date_label(day.date, lang) + " " + weekday_label(day.date, lang)) + "</dt>\n";
    for (const Occurrence* o : day.items) {
      const ItemRef& ref = g.expansion->items[o->item];
      std::string owners = join_names(ref.item->owners, lang);
      std::string text = deadline_prefix(*o, lang) + ref.item->title +
                         amount_label(*o, ref.schedules[o->rule]->schedule, lang) + window_due_today(*o, lang);
      body += "<dd>" + html_escape(text) + (owners.empty() ? "" : " — " + html_escape(owners)) + "</dd>\n";
    }
  }
  body += "</dl>\n";
  const char* style = R"(
  table.month th:first-child { width: 9%; }
  table.month td { height: 56px; }
  td.holiday { background: #fde8e8; } td.makeup { background: #e6efff; } td.rest { background: #f4f4f4; }
  td.out { background: #fff; border-color: #ddd; }
  div.day { font-weight: bold; } div.name { font-size: 11px; } div.items { font-size: 11px; color: #0a5; }
  dl.agenda dt { font-weight: bold; margin-top: 6px; } dl.agenda dd { margin-left: 1.5em; }
  @page { size: A4 portrait; margin: 12mm; }
)";
  return page(title + " " + sub, style, body, lang);
}

} // namespace plan
