// Markdown renderers: checklists as GitHub-flavoured task lists grouped by teaching week.
#include "plan/render/markdown.hpp"

#include "plan/render/checklist_rows.hpp"

#include <fmt/format.h>

namespace plan {

namespace {

// Markdown that could change the meaning of plan text: escape it.
std::string md(std::string_view text)
{
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' ||
        c == '|') {
      out += '\\';
    }
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

} // namespace

std::string render_checklist_markdown(const Checklist& c, Lang lang, bool explain_lines)
{
  const Plan& p = *c.plan;
  const AcademicCalendar& cal = *c.calendar;
  bool zh = lang == Lang::Zh;
  std::string out = fmt::format("# {}{} {}\n\n", md(p.school), p.unit.empty() ? "" : " " + md(p.unit), md(p.title));
  out += zh ? fmt::format("工作清单：{}年{}至{}年{}，共{}项\n", static_cast<int>(c.from.year()), date_label(c.from, lang),
                          static_cast<int>(c.to.year()), date_label(c.to, lang), c.rows.size())
            : fmt::format("Checklist: {} to {}, {} entries\n", format_iso(c.from), format_iso(c.to), c.rows.size());

  int term = -1;
  std::string group;
  for (const Occurrence* o : c.rows) {
    // Group by where the occurrence starts inside the range shown: a window begun
    // before it (a yearly quota from term 1) is listed where the range begins.
    Date anchor = o->date < c.from ? c.from : o->date;
    const TermWeeks* in_term = cal.term_at(anchor);
    int group_term = in_term ? in_term->number : 0;
    if (!in_term && o->term != 0) {
      const TermWeeks* own = cal.term(o->term);
      if (own && anchor < own->first_day) group_term = o->term; // 开学前
    }
    if (group_term != term) {
      term = group_term;
      out += "\n## " + (term ? term_label(term, lang) : std::string(zh ? "假期" : "Outside terms")) + "\n";
      group.clear();
    }
    int week = in_term ? cal.teaching_week(anchor) : 0;
    std::string heading;
    if (term && week) {
      auto span = cal.week_span(*in_term, week);
      heading = week_label(week, lang) + (span ? (zh ? "（" + span_label(span->first, span->second, lang) + "）"
                                                    : " (" + span_label(span->first, span->second, lang) + ")")
                                               : "");
    } else if (term) {
      heading = in_term ? (zh ? "不计周次" : "Unnumbered week") : (zh ? "开学前" : "Before the term");
    } else {
      heading = zh ? fmt::format("{}年{}月", static_cast<int>(anchor.year()), static_cast<unsigned>(anchor.month()))
                   : fmt::format("{}-{:02}", static_cast<int>(anchor.year()), static_cast<unsigned>(anchor.month()));
    }
    if (heading != group) {
      out += "\n### " + heading + "\n\n";
      group = heading;
    }
    RowFields r = row_fields(c, *o, lang);
    std::string when;
    std::string due; // windows: when they are due
    switch (o->kind) {
    case OccurrenceKind::Day:
      when = date_label(o->date, lang) + " " + weekday_label(o->date, lang);
      break;
    case OccurrenceKind::Deadline:
      when = zh ? "截止 " + date_label(o->date, lang) + " " + weekday_label(o->date, lang)
                : "due " + weekday_label(o->date, lang) + " " + date_label(o->date, lang);
      break;
    case OccurrenceKind::Window:
      when = span_label(o->date, o->end, lang);
      due = zh ? fmt::format("截止{} {}", date_label(o->due, lang), weekday_label(o->due, lang))
               : fmt::format("due {} {}", weekday_label(o->due, lang), date_label(o->due, lang));
      break;
    }
    std::string tail = md(r.owners);
    if (!due.empty()) tail += (tail.empty() ? "" : (zh ? "，" : ", ")) + due;
    std::string note = r.note.empty() ? "" : (zh ? "（" + md(r.note) + "）" : " (" + md(r.note) + ")");
    out += fmt::format("- [ ] {} {}{}{}{}\n", when, md(r.item->item->title), md(r.amount),
                       tail.empty() ? "" : " — " + tail, note);
    if (explain_lines) out += "  - " + md(explain(*o, *r.schedule, cal, lang)) + "\n";
  }
  return out;
}

} // namespace plan
