// JSON renderers: stable keys, documented in the man pages.
#include "plan/render/json.hpp"

#include "plan/render/checklist_rows.hpp"

#include <nlohmann/json.hpp>

namespace plan {

std::string render_checklist_json(const Checklist& c, Lang lang, bool explain_field)
{
  using Json = nlohmann::ordered_json;
  const Plan& p = *c.plan;
  std::string out;
  Json head;
  head["school"] = p.school;
  head["unit"] = p.unit;
  head["title"] = p.title;
  head["academic_year"] = std::to_string(p.first_year) + "-" + std::to_string(p.first_year + 1);
  Json range;
  range["from"] = format_iso(c.from);
  range["to"] = format_iso(c.to);
  out += "{\n  \"plan\": " + head.dump(-1, ' ', false, Json::error_handler_t::replace) +
         ",\n  \"range\": " + range.dump() + ",\n  \"occurrences\": [";
  bool first = true;
  for (const Occurrence* o : c.rows) {
    RowFields r = row_fields(c, *o, lang);
    const Item& item = *r.item->item;
    const Schedule& s = *r.schedule;
    Json j;
    j["kind"] = to_string(o->kind);
    if (o->kind == OccurrenceKind::Window) {
      j["start"] = format_iso(o->date);
      j["end"] = format_iso(o->end);
    } else {
      j["date"] = format_iso(o->date);
    }
    j["due"] = format_iso(o->due);
    j["term"] = o->term;
    j["week"] = o->week;
    j["weekday"] = weekday_label(o->date, Lang::En);
    j["id"] = item.id;
    j["title"] = item.title;
    j["owner"] = item.owners;
    j["section"] = section_path(*r.item);
    j["tags"] = item.tags;
    j["rule"] = s.text;
    j["meaning"] = describe(s);
    j["count"] = o->total ? Json{{"index", o->index}, {"total", o->total}} : Json(nullptr);
    j["role"] = s.role;
    j["quota"] = s.kind == ScheduleKind::Count && o->total == 0 ? Json{{"at_least", s.count}, {"unit", s.unit}} : Json(nullptr);
    j["moved"] = o->moved ? Json{{"from", format_iso(o->moved_from)},
                                 {"because", day_reason(*c.calendar, o->moved_from, lang)},
                                 {"policy", to_string(o->policy)}}
                          : Json(nullptr);
    j["no_school"] = o->off_day && o->kind != OccurrenceKind::Window ? Json(day_reason(*c.calendar, o->date, lang))
                                                                     : Json(nullptr);
    if (explain_field) j["explain"] = explain(*o, s, *c.calendar, lang);
    out += (first ? "\n    " : ",\n    ") + j.dump(-1, ' ', false, Json::error_handler_t::replace);
    first = false;
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

} // namespace plan
