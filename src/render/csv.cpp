// CSV renderers (RFC 4180, UTF-8, fixed headers documented in the man pages).
#include "plan/render/csv.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/encoding.hpp"

#include <fmt/format.h>

namespace plan {

std::string csv_field(std::string_view text, bool multi_line)
{
  // The one rule of CSV output: every field goes through here. Controls are shown as
  // <U+XXXX> (encoding::visible); a line break too, but in the one multi-line field
  // (the 行事历's work column), whose lines are each escaped and joined with LF.
  std::string value = encoding::visible(text, multi_line);
  // (A CR can no longer start it: visible() shows it, or makes it an LF.)
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

std::string joined(const std::vector<std::string>& values)
{
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ";") + v;
  return out;
}

} // namespace

std::string render_checklist_csv(const Checklist& c, Lang lang, bool explain_column)
{
  std::string out = "date,end,due,kind,term,week,weekday,id,title,owner,section,tags,rule,meaning,index,total,role,quota,"
                    "moved_from,moved_because,no_school,explain\r\n";
  for (const Occurrence* o : c.rows) {
    RowFields r = row_fields(c, *o, lang);
    const Item& item = *r.item->item;
    const Schedule& s = *r.schedule;
    std::string quota = s.kind == ScheduleKind::Count && o->total == 0 ? fmt::format("{}{}", s.count, s.unit) : "";
    const std::string fields[] = {
        format_iso(o->date),
        format_iso(o->end),
        format_iso(o->due),
        to_string(o->kind),
        o->term ? std::to_string(o->term) : "",
        o->week ? std::to_string(o->week) : "",
        weekday_label(o->date, lang),
        item.id,
        item.title,
        joined(item.owners),
        section_path(*r.item),
        joined(item.tags),
        s.text,
        describe(s),
        o->total ? std::to_string(o->index) : "",
        o->total ? std::to_string(o->total) : "",
        s.role,
        quota,
        o->moved ? format_iso(o->moved_from) : "",
        o->moved ? day_reason(*c.calendar, o->moved_from, lang) : "",
        o->off_day && o->kind != OccurrenceKind::Window ? day_reason(*c.calendar, o->date, lang) : "",
        explain_column ? explain(*o, s, *c.calendar, lang) : "",
    };
    bool first = true;
    for (const std::string& f : fields) {
      if (!first) out += ',';
      out += csv_field(f);
      first = false;
    }
    out += "\r\n";
  }
  return out;
}

} // namespace plan

#include "plan/render/term_rows.hpp"

namespace plan {

std::string render_term_table_csv(const TermTable& t, Lang lang)
{
  std::string out = "week,first,last,work,owners\r\n";
  for (const TermRow& row : t.rows) {
    TermRowCells c = term_row_cells(t, row, lang);
    std::string work;
    for (const std::string& line : c.work) work += (work.empty() ? "" : "\n") + encoding::visible(line);
    std::string week = row.before_term ? "before" : row.week == 0 ? "" : std::to_string(row.week);
    out += fmt::format("{},{},{},{},{}\r\n", week, format_iso(row.first), format_iso(row.last), csv_field(work, true),
                       csv_field(c.owners));
  }
  return out;
}

} // namespace plan

#include "plan/render/summary_rows.hpp"

#include <cstdint>

namespace plan {

std::string render_summary_csv(const Summary& s, Lang lang)
{
  std::string out = "table,school,group,items,occurrences,id,item,role,indicator,op,value,unit,per,periods,total\r\n";
  // Every field through csv_field(), but for `raw`: a number the summary wrote itself
  // (a target value of -5 is a number, not a formula, and must stay one).
  auto line = [&out](std::initializer_list<std::string> fields, std::size_t raw = SIZE_MAX) {
    std::size_t i = 0;
    for (const std::string& f : fields) {
      if (i) out += ',';
      out += i == raw ? f : csv_field(f);
      ++i;
    }
    out += "\r\n";
  };
  auto counts = [&](const std::string& school, const std::string& group, const SummaryCount& c) {
    line({"counts", school, group, std::to_string(c.items), std::to_string(c.occurrences), "", "", "", "", "", "", "",
          "", "", ""});
  };
  bool several = s.plans.size() > 1;
  std::string total = summary_total_label(lang);
  std::vector<std::string> schools;
  for (const SummaryPlan& p : s.plans) schools.push_back(summary_plan_label(p, lang));
  for (const SummaryGroup& g : s.groups) {
    std::string group = summary_group_label(g, s.by, lang);
    for (std::size_t p = 0; p < s.plans.size(); ++p) {
      // One plan: every group (a month between others may have nothing); several: the plans with items in it.
      if (!several || g.per_plan[p].items > 0) counts(schools[p], group, g.per_plan[p]);
    }
    if (several) counts(total, group, g.total);
  }
  for (std::size_t p = 0; p < s.plans.size(); ++p) counts(schools[p], total, s.plan_totals[p]);
  if (several) counts(total, total, s.total);
  for (const SummaryQuota& q : s.quotas) {
    const Item& item = *q.item->item;
    line({"quotas", schools[q.plan], "", "", "", item.id, item.title, q.schedule->role, "", "at_least",
          std::to_string(q.schedule->count), q.schedule->unit, to_string(q.schedule->period), std::to_string(q.periods),
          std::to_string(q.required())});
  }
  for (const SummaryTarget& t : s.targets) {
    const Item& item = *t.item->item;
    line({"targets", schools[t.plan], "", "", "", item.id, item.title, "", t.target->indicator,
          comparison_name(t.target->op), number_text(t.target->value), t.target->unit, "", "", ""},
         10);
  }
  return out;
}

} // namespace plan

namespace plan {

std::string render_holidays_csv(const HolidayList& list, Lang lang)
{
  std::string out = "date,weekday,name,isOffDay,origin,source\r\n";
  for (const HolidayDay* d : list.days) {
    out += fmt::format("{},{},{},{},{},{}\r\n", format_iso(d->date), weekday_label(d->date, lang), csv_field(d->name),
                       d->off ? "true" : "false", to_string(d->origin), csv_field(d->source));
  }
  return out;
}

} // namespace plan
