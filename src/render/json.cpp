// JSON renderers: stable keys, documented in the man pages.
#include "plan/render/json.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/encoding.hpp"

#include <nlohmann/json.hpp>

namespace plan {

namespace {

// The one rule of JSON output: every value is written by json_text(), which escapes
// what JSON allows raw but a terminal acts on (DEL, C1 controls, U+2028, U+2029) as
// \uXXXX, as the JSON writer escapes the C0 controls; bytes that are not UTF-8 become
// U+FFFD. The text means exactly what the input said.
std::string json_text(const nlohmann::ordered_json& j, int indent = -1)
{
  return encoding::json_visible(j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace

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
  out += "{\n  \"plan\": " + json_text(head) +
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
    out += (first ? "\n    " : ",\n    ") + json_text(j);
    first = false;
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

} // namespace plan

namespace plan {

std::string render_month_json(const MonthGrid& g, Lang lang)
{
  using Json = nlohmann::ordered_json;
  Json j;
  j["year"] = g.year;
  j["month"] = g.month;
  j["weeks"] = Json::array();
  for (const WeekRow& row : g.weeks) {
    Json w;
    w["term"] = row.term;
    w["week"] = row.week;
    w["days"] = Json::array();
    for (const DayCell& d : row.days) {
      w["days"].push_back({{"date", format_iso(d.date)}, {"in_month", d.in_month}, {"kind", to_string(d.kind)},
                           {"holiday", d.holiday}, {"makeup", d.makeup}, {"name", d.name}, {"items", d.items}});
    }
    j["weeks"].push_back(w);
  }
  j["daily"] = Json::array();
  for (const Occurrence* o : g.daily) {
    const Item& item = *g.expansion->items[o->item].item;
    j["daily"].push_back({{"id", item.id}, {"title", item.title}, {"owner", item.owners}});
  }
  j["agenda"] = Json::array();
  for (const AgendaDay& day : g.agenda) {
    Json a;
    a["date"] = format_iso(day.date);
    a["kind"] = to_string(g.calendar->kind(day.date));
    a["name"] = std::string(g.calendar->day_name(day.date));
    a["items"] = Json::array();
    for (const Occurrence* o : day.items) {
      const ItemRef& ref = g.expansion->items[o->item];
      const Schedule& s = ref.schedules[o->rule]->schedule;
      a["items"].push_back({{"kind", to_string(o->kind)}, {"id", ref.item->id}, {"title", ref.item->title},
                            {"owner", ref.item->owners}, {"start", format_iso(o->date)}, {"end", format_iso(o->end)},
                            {"due", format_iso(o->due)}, {"rule", s.text}, {"amount", amount_label(*o, s, lang)}});
    }
    j["agenda"].push_back(a);
  }
  return json_text(j, 2) + "\n";
}

} // namespace plan

#include "plan/render/summary_rows.hpp"

#include <fmt/format.h>

#include <cmath>

namespace plan {

std::string render_summary_json(const Summary& s, Lang lang)
{
  using Json = nlohmann::ordered_json;
  auto dump = [](const Json& j) { return json_text(j); };
  auto count = [](const SummaryCount& c) { return Json{{"items", c.items}, {"occurrences", c.occurrences}}; };
  // One element per line: short enough to read, stable enough to diff.
  auto array = [&](const char* key, const std::vector<Json>& elements, bool last) {
    std::string out = fmt::format("  \"{}\": [", key);
    for (std::size_t i = 0; i < elements.size(); ++i) out += (i ? ",\n    " : "\n    ") + dump(elements[i]);
    out += elements.empty() ? "]" : "\n  ]";
    return out + (last ? "\n" : ",\n");
  };

  std::string out = "{\n  \"by\": " + dump(Json(to_string(s.by))) + ",\n";
  std::vector<Json> plans;
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    const Plan& plan = *s.plans[p].plan;
    plans.push_back({{"file", s.plans[p].file},
                     {"school", plan.school},
                     {"unit", plan.unit},
                     {"title", plan.title},
                     {"academic_year", fmt::format("{}-{}", plan.first_year, plan.first_year + 1)},
                     {"label", summary_plan_label(s.plans[p], lang)},
                     {"items", s.plan_totals[p].items},
                     {"occurrences", s.plan_totals[p].occurrences}});
  }
  out += array("plans", plans, false);

  std::vector<Json> groups;
  for (const SummaryGroup& g : s.groups) {
    Json j;
    j["label"] = summary_group_label(g, s.by, lang);
    switch (s.by) {
    case SummaryBy::Month:
      j["month"] = g.none ? Json(nullptr) : Json(g.month);
      j["offset"] = g.none ? Json(nullptr) : Json(g.offset);
      break;
    case SummaryBy::Owner:
      j["owner"] = g.none ? Json(nullptr) : Json(g.name);
      break;
    case SummaryBy::Section:
      j["number"] = g.none ? Json(nullptr) : Json(g.number);
      j["title"] = g.none ? Json(nullptr) : Json(g.title);
      break;
    case SummaryBy::Tag:
      j["tag"] = g.none ? Json(nullptr) : Json(g.name);
      break;
    }
    j["items"] = g.total.items;
    j["occurrences"] = g.total.occurrences;
    j["plans"] = Json::array();
    for (const SummaryCount& c : g.per_plan) j["plans"].push_back(count(c));
    groups.push_back(std::move(j));
  }
  out += array("groups", groups, false);
  out += "  \"total\": " + dump(count(s.total)) + ",\n";

  std::vector<Json> quotas;
  for (const SummaryQuota& q : s.quotas) {
    const Schedule& sch = *q.schedule;
    quotas.push_back({{"plan", q.plan},
                      {"id", q.item->item->id},
                      {"title", q.item->item->title},
                      {"section", section_path(*q.item)},
                      {"role", sch.role},
                      {"at_least", sch.count},
                      {"unit", sch.unit},
                      {"per", to_string(sch.period)},
                      {"rule", sch.text},
                      {"periods", q.periods},
                      {"total", q.required()}});
  }
  out += array("quotas", quotas, false);

  std::vector<Json> targets;
  for (const SummaryTarget& t : s.targets) {
    double v = t.target->value;
    // Whole numbers as integers (95, not 95.0).
    Json value = std::trunc(v) == v && std::fabs(v) < 1e15 ? Json(static_cast<long long>(v)) : Json(v);
    targets.push_back({{"plan", t.plan},
                       {"id", t.item->item->id},
                       {"title", t.item->item->title},
                       {"section", section_path(*t.item)},
                       {"indicator", t.target->indicator},
                       {"op", comparison_name(t.target->op)},
                       {"value", value},
                       {"unit", t.target->unit}});
  }
  out += array("targets", targets, true);
  return out + "}\n";
}

} // namespace plan

namespace plan {

std::string render_holidays_json(const HolidayList& list)
{
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const HolidayDay* d : list.days) {
    j.push_back({{"date", format_iso(d->date)}, {"weekday", weekday_label(d->date, Lang::En)}, {"name", d->name},
                 {"isOffDay", d->off}, {"origin", to_string(d->origin)}, {"source", d->source}});
  }
  return json_text(j, 2) + "\n";
}

} // namespace plan
