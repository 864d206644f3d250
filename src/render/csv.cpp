// CSV renderers (RFC 4180, UTF-8, fixed headers documented in the man pages).
#include "plan/render/csv.hpp"

#include "plan/render/checklist_rows.hpp"

#include <fmt/format.h>

namespace plan {

std::string csv_field(std::string_view text)
{
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
                         value[0] == '\r')) {
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
