// A plan's JSON form (with locations) to the document model.
#include "plan/yaml/to_model.hpp"

#include "plan/schedule/phrase.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace plan {

const char* to_string(Comparison op)
{
  switch (op) {
  case Comparison::AtLeast: return ">=";
  case Comparison::AtMost: return "<=";
  case Comparison::Equal: return "=";
  case Comparison::Greater: return ">";
  case Comparison::Less: return "<";
  }
  return "?";
}

const char* to_string(HolidayPolicy policy)
{
  switch (policy) {
  case HolidayPolicy::Skip: return "skip";
  case HolidayPolicy::Before: return "before";
  case HolidayPolicy::After: return "after";
  case HolidayPolicy::Keep: return "keep";
  }
  return "?";
}

namespace {

using Json = nlohmann::json;

struct Builder {
  const JsonDocument& doc;
  DiagnosticList& out;

  void error(const std::string& rule, const std::string& pointer, std::string message, std::string hint)
  {
    out.push_back({Severity::Error, rule, doc.value_location(pointer), pointer, std::move(message), std::move(hint)});
  }

  static const Json* member(const Json& object, const char* key)
  {
    if (!object.is_object()) return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }

  static std::string text(const Json& object, const char* key)
  {
    const Json* v = member(object, key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
  }

  // A string or a list of strings, as for `owner` and `when`.
  static std::vector<std::pair<std::string, std::string>> strings(const Json& object, const char* key,
                                                                  const std::string& pointer)
  {
    std::vector<std::pair<std::string, std::string>> values;
    const Json* v = member(object, key);
    std::string at = pointer + "/" + key;
    if (!v) return values;
    if (v->is_string()) values.emplace_back(v->get<std::string>(), at);
    if (v->is_array()) {
      for (std::size_t i = 0; i < v->size(); ++i) {
        if ((*v)[i].is_string()) values.emplace_back((*v)[i].get<std::string>(), at + "/" + std::to_string(i));
      }
    }
    return values;
  }

  std::optional<Date> date(const Json& object, const char* key, const std::string& pointer)
  {
    const Json* v = member(object, key);
    if (!v || !v->is_string()) return std::nullopt;
    std::string s = v->get<std::string>();
    if (!looks_like_iso_date(s)) return std::nullopt; // the schema reports the form
    auto d = parse_iso_date(s);
    if (!d) {
      int month = std::stoi(s.substr(5, 2));
      error("invalid-date", pointer + "/" + key, fmt::format("{} is not a real date", s),
            month < 1 || month > 12 ? fmt::format("there is no month {}", month)
                                    : fmt::format("{} has no day {}", s.substr(0, 7), std::stoi(s.substr(8, 2))));
    } else if (!k_supported_dates.contains(*d)) {
      error("date-range", pointer + "/" + key,
            fmt::format("{} is outside the dates plan works with, {}", s, supported_dates_text()),
            "check the year");
      return std::nullopt;
    }
    return d;
  }

  // A holiday entry's `kind` (holiday or workday). Files written before it say
  // `off: true` or `off: false`, which is still read, with a warning: YAML 1.1 tools
  // read the key `off` as the boolean false. Both keys at once: the schema reports it.
  void holiday_kind(const Json& entry, const std::string& at, DaySpan& span)
  {
    const Json* kind = member(entry, "kind");
    const Json* off = member(entry, "off");
    if (kind && kind->is_string()) span.off = kind->get<std::string>() != "workday";
    if (kind || !off || !off->is_boolean()) return;
    span.off = off->get<bool>();
    std::string pointer = at + "/off";
    out.push_back({Severity::Warning, "deprecated-off-key", doc.key_location(pointer), pointer,
                   "`off` is the old key for a holiday entry's kind: YAML 1.1 tools read the key `off` as the "
                   "boolean false",
                   span.off ? "write `kind: holiday`, or simply remove it (holiday is the default)"
                            : "write `kind: workday`"});
  }

  std::vector<DaySpan> spans(const Json& calendar, const char* key, const std::string& pointer)
  {
    std::vector<DaySpan> result;
    const Json* list = member(calendar, key);
    if (!list || !list->is_array()) return result;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& e = (*list)[i];
      std::string at = pointer + "/" + key + "/" + std::to_string(i);
      DaySpan span;
      span.location = doc.value_location(at);
      span.name = text(e, "name");
      if (std::string_view(key) == "holidays") holiday_kind(e, at, span);
      if (member(e, "date")) {
        auto d = date(e, "date", at);
        if (!d) continue;
        span.from = span.to = *d;
      } else {
        auto f = date(e, "from", at);
        auto t = date(e, "to", at);
        if (!f || !t) continue;
        span.from = *f;
        span.to = *t;
        if (span.to < span.from) {
          error("span-order", at + "/to", fmt::format("the span ends ({}) before it starts ({})", format_iso(span.to),
                                                      format_iso(span.from)),
                "swap `from` and `to`");
          continue;
        }
      }
      result.push_back(span);
    }
    return result;
  }

  void schedules(Item& item, const Json& object, const std::string& pointer)
  {
    for (auto& [phrase, at] : strings(object, "when", pointer)) {
      if (phrase.empty()) continue; // the schema reports empty phrases
      PhraseResult r = parse_phrase(phrase);
      if (!r.schedule) {
        std::string hint = "accepted forms are listed in plan-format(5)";
        if (!r.suggestions.empty()) {
          hint = "closest accepted forms: ";
          for (std::size_t i = 0; i < r.suggestions.size(); ++i) {
            hint += (i ? ", `" : "`") + r.suggestions[i] + "`";
          }
        }
        error(r.rule, at, r.error, r.rule == "invalid-date" || r.rule == "date-range" ? "" : hint);
        continue;
      }
      item.when.push_back({*r.schedule, doc.value_location(at), at});
    }
    const Json* quota = member(object, "quota");
    if (!quota) return;
    std::vector<std::pair<const Json*, std::string>> entries;
    if (quota->is_object()) entries.emplace_back(quota, pointer + "/quota");
    if (quota->is_array()) {
      for (std::size_t i = 0; i < quota->size(); ++i) {
        entries.emplace_back(&(*quota)[i], pointer + "/quota/" + std::to_string(i));
      }
    }
    for (auto& [q, at] : entries) {
      const Json* n = member(*q, "at_least");
      std::string per = text(*q, "per");
      // Out of range: the schema reports it (minimum 1, maximum k_max_count); a count
      // is never cut down to fit.
      if (!n || !n->is_number_integer() || n->get<long long>() < 1 || n->get<long long>() > k_max_count) continue;
      Schedule s;
      s.kind = ScheduleKind::Count;
      s.count = static_cast<unsigned>(n->get<long long>());
      if (per == "week") s.period = Period::Week;
      else if (per == "month") s.period = Period::Month;
      else if (per == "quarter") s.period = Period::Quarter;
      else if (per == "term") s.period = Period::Term;
      else if (per == "year") s.period = Period::Year;
      else continue;
      s.role = text(*q, "role");
      s.unit = text(*q, "unit");
      s.text = fmt::format("quota: at_least {}, per {}{}{}", s.count, per, s.role.empty() ? "" : ", role " + s.role,
                           s.unit.empty() ? "" : ", unit " + s.unit);
      item.quotas.push_back({s, doc.value_location(at), at});
    }
  }

  void targets(Item& item, const Json& object, const std::string& pointer)
  {
    const Json* target = member(object, "target");
    if (!target) return;
    std::vector<std::pair<const Json*, std::string>> entries;
    if (target->is_object()) entries.emplace_back(target, pointer + "/target");
    if (target->is_array()) {
      for (std::size_t i = 0; i < target->size(); ++i) {
        entries.emplace_back(&(*target)[i], pointer + "/target/" + std::to_string(i));
      }
    }
    for (auto& [t, at] : entries) {
      const Json* value = member(*t, "value");
      std::string op = text(*t, "op");
      if (!value || !value->is_number()) continue;
      Target result;
      result.indicator = text(*t, "indicator");
      result.unit = text(*t, "unit");
      result.value = value->get<double>();
      result.location = doc.value_location(at);
      if (op == ">=" || op == "≥") result.op = Comparison::AtLeast;
      else if (op == "<=" || op == "≤") result.op = Comparison::AtMost;
      else if (op == "=") result.op = Comparison::Equal;
      else if (op == ">") result.op = Comparison::Greater;
      else if (op == "<") result.op = Comparison::Less;
      else continue;
      item.targets.push_back(result);
    }
  }

  Item item(const Json& object, const std::string& pointer, const std::vector<std::string>& inherited_owners,
            const std::vector<std::string>& inherited_tags)
  {
    Item result;
    result.pointer = pointer;
    result.location = doc.value_location(pointer);
    result.id = text(object, "id");
    result.title = text(object, "title");
    result.notes = text(object, "notes");
    for (auto& [owner, at] : strings(object, "owner", pointer)) result.owners.push_back(owner);
    if (result.owners.empty()) result.owners = inherited_owners;
    for (auto& [tag, at] : strings(object, "tags", pointer)) result.tags.push_back(tag);
    for (const std::string& tag : inherited_tags) { // a section's tags apply to its items
      if (std::find(result.tags.begin(), result.tags.end(), tag) == result.tags.end()) result.tags.push_back(tag);
    }
    if (const Json* term = member(object, "term"); term && term->is_number_integer()) {
      long long n = term->get<long long>();
      if (n == 1 || n == 2) result.term = static_cast<int>(n); // others: the schema reports them
    }
    std::string policy = text(object, "on_holiday");
    if (policy == "skip") result.on_holiday = HolidayPolicy::Skip;
    if (policy == "before") result.on_holiday = HolidayPolicy::Before;
    if (policy == "after") result.on_holiday = HolidayPolicy::After;
    if (policy == "keep") result.on_holiday = HolidayPolicy::Keep;
    schedules(result, object, pointer);
    targets(result, object, pointer);
    return result;
  }

  std::vector<Item> items(const Json& object, const std::string& pointer, const std::vector<std::string>& owners,
                          const std::vector<std::string>& tags)
  {
    std::vector<Item> result;
    const Json* list = member(object, "items");
    if (!list || !list->is_array()) return result;
    for (std::size_t i = 0; i < list->size(); ++i) {
      if ((*list)[i].is_object()) result.push_back(item((*list)[i], pointer + "/items/" + std::to_string(i), owners, tags));
    }
    return result;
  }

  std::vector<Section> sections(const Json& object, const std::string& pointer, const std::vector<std::string>& owners,
                                const std::vector<std::string>& tags, std::size_t depth)
  {
    std::vector<Section> result;
    const Json* list = member(object, "sections");
    if (!list || !list->is_array() || depth > 64) return result;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& s = (*list)[i];
      if (!s.is_object()) continue;
      std::string at = pointer + "/sections/" + std::to_string(i);
      Section section;
      section.pointer = at;
      section.location = doc.value_location(at);
      section.number = text(s, "number");
      section.title = text(s, "title");
      section.id = text(s, "id");
      section.notes = text(s, "notes");
      for (auto& [owner, where] : strings(s, "owner", at)) section.owners.push_back(owner);
      for (auto& [tag, where] : strings(s, "tags", at)) section.tags.push_back(tag);
      const auto& effective = section.owners.empty() ? owners : section.owners;
      std::vector<std::string> all_tags = tags;
      for (const std::string& tag : section.tags) {
        if (std::find(all_tags.begin(), all_tags.end(), tag) == all_tags.end()) all_tags.push_back(tag);
      }
      section.items = items(s, at, effective, all_tags);
      section.sections = sections(s, at, effective, all_tags, depth + 1);
      result.push_back(std::move(section));
    }
    return result;
  }

  Plan plan()
  {
    Plan p;
    const Json& root = doc.value;
    p.location = doc.value_location("");
    if (const Json* f = member(root, "format"); f && f->is_number_integer()) p.format = static_cast<int>(f->get<long long>());
    p.school = text(root, "school");
    p.unit = text(root, "unit");
    p.title = text(root, "title");
    std::string year = text(root, "academic_year");
    // Only DDDD-DDDD has a year (the schema reports other forms): "2023-----" has none.
    auto digits = [](const std::string& t) { return t.find_first_not_of("0123456789") == std::string::npos; };
    if (year.size() == 9 && year[4] == '-' && digits(year.substr(0, 4)) && digits(year.substr(5))) {
      p.first_year = std::stoi(year.substr(0, 4));
    }
    if (const Json* terms = member(root, "terms"); terms && terms->is_array()) {
      for (const Json& t : *terms) {
        if (t.is_number_integer()) p.terms.push_back(static_cast<int>(t.get<long long>()));
      }
    }
    if (const Json* cal = member(root, "calendar"); cal && cal->is_object()) {
      if (const Json* nh = member(*cal, "national_holidays"); nh && nh->is_boolean()) {
        p.calendar.national_holidays = nh->get<bool>();
      }
      p.calendar.skip_holiday_weeks = text(*cal, "holiday_weeks") == "skip";
      if (const Json* terms = member(*cal, "terms"); terms && terms->is_array()) {
        for (std::size_t i = 0; i < terms->size(); ++i) {
          const Json& t = (*terms)[i];
          std::string at = "/calendar/terms/" + std::to_string(i);
          const Json* number = member(t, "term");
          auto first = date(t, "first_day", at);
          auto last = date(t, "last_day", at);
          if (!number || !number->is_number_integer() || !first || !last) continue;
          Term term;
          term.number = static_cast<int>(number->get<long long>());
          term.name = text(t, "name");
          term.first_day = *first;
          term.last_day = *last;
          term.location = doc.value_location(at);
          p.calendar.terms.push_back(term);
        }
      }
      p.calendar.holidays = spans(*cal, "holidays", "/calendar");
      p.calendar.days_off = spans(*cal, "days_off", "/calendar");
      p.calendar.extra_workdays = spans(*cal, "extra_workdays", "/calendar");
    }
    if (const Json* owners = member(root, "owners"); owners && owners->is_array()) {
      for (const Json& o : *owners) {
        if (o.is_string()) p.owners.push_back(o.get<std::string>());
      }
    }
    p.sections = sections(root, "", {}, {}, 0);
    p.items = items(root, "", {}, {});
    if (p.terms.empty()) {
      for (const Term& t : p.calendar.terms) p.terms.push_back(t.number);
    }
    return p;
  }
};

} // namespace

Plan to_model(const JsonDocument& document, DiagnosticList& out)
{
  Builder builder{document, out};
  return builder.plan();
}

} // namespace plan
