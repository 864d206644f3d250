// Meaning checks on a plan that YAML and the schema cannot express: term order and
// overlap, duplicate ids, unknown owners, impossible month days, counts, versions.
#include "plan/validate/semantic.hpp"

#include "plan/model/format_version.hpp"
#include "plan/model/school_year.hpp"
#include "plan/util/edit_distance.hpp"
#include "plan/util/encoding.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <set>

namespace plan {

namespace {

using Json = nlohmann::json;

// What two names that look alike are compared by: composed (NFC), without the
// characters that show nothing.
std::string comparison_key(const std::string& name)
{
  std::u32string kept;
  for (char32_t c : utf8::decode(name)) {
    if (!encoding::is_invisible(c)) kept.push_back(c);
  }
  return utf8::nfc(utf8::encode(kept));
}

// How `a` and `b`, which look alike, differ: "by an invisible U+200B ZERO WIDTH SPACE",
// or "in Unicode normalisation ...".
std::string how_they_differ(const std::string& a, const std::string& b)
{
  std::vector<std::string> invisible;
  for (const std::string* text : {&a, &b}) {
    for (char32_t c : utf8::decode(*text)) {
      std::string name = encoding::describe(c);
      if (encoding::is_invisible(c) && std::find(invisible.begin(), invisible.end(), name) == invisible.end()) {
        invisible.push_back(name);
      }
    }
  }
  if (invisible.empty()) return "in Unicode normalisation: one is written with decomposed characters (NFD)";
  std::string list;
  for (const std::string& name : invisible) list += (list.empty() ? "" : ", ") + name;
  return "by an invisible " + list;
}
using namespace std::chrono;

struct Checker {
  const Plan& plan;
  const JsonDocument& doc;
  DiagnosticList& out;

  void report(Severity severity, std::string rule, const std::string& pointer, std::string message, std::string hint)
  {
    out.push_back({severity, std::move(rule), doc.value_location(pointer), pointer, std::move(message), std::move(hint)});
  }

  void format_version()
  {
    if (plan.format > k_format_version) {
      report(Severity::Error, "format-version", "/format",
             fmt::format("format {} is newer than this version of plan reads (format {})", plan.format, k_format_version),
             "upgrade plan, or check that `format` is right");
    }
  }

  void academic_year()
  {
    const Json* v = doc.value.contains("academic_year") ? &doc.value["academic_year"] : nullptr;
    if (!v || !v->is_string()) return;
    std::string s = v->get<std::string>();
    // first_year 0 means "no year": 0000-0001 would pass every check that needs one.
    if (plan.first_year == 0 && s.size() == 9 && s.compare(0, 5, "0000-") == 0) {
      report(Severity::Error, "academic-year", "/academic_year",
             fmt::format("academic year {} starts in year 0, which no calendar has", s),
             "write the plan's two calendar years, e.g. 2023-2024");
      return;
    }
    if (plan.first_year == 0) return;
    // Every date of the year, 1 August to 31 August of the next, must be one plan works with.
    if (!k_supported_dates.contains_year(plan.first_year) || !k_supported_dates.contains_year(plan.first_year + 1)) {
      report(Severity::Error, "date-range", "/academic_year",
             fmt::format("academic year {} is outside the dates plan works with, {}", s, supported_dates_text()),
             "check the year");
      return;
    }
    int second = std::stoi(s.substr(5, 4));
    if (second != plan.first_year + 1) {
      report(Severity::Error, "academic-year", "/academic_year",
             fmt::format("academic year {} does not span two consecutive years", s),
             fmt::format("write {}-{}", plan.first_year, plan.first_year + 1));
    }
  }

  std::string term_pointer(const Term& term)
  {
    for (std::size_t i = 0; i < plan.calendar.terms.size(); ++i) {
      if (&plan.calendar.terms[i] == &term) return "/calendar/terms/" + std::to_string(i);
    }
    return "/calendar/terms";
  }

  void terms()
  {
    const auto& terms = plan.calendar.terms;
    std::map<int, const Term*> by_number;
    for (const Term& t : terms) {
      std::string at = term_pointer(t);
      if (t.last_day < t.first_day) {
        report(Severity::Error, "term-order", at + "/last_day",
               fmt::format("term {} ends ({}) before it starts ({})", t.number, format_iso(t.last_day),
                           format_iso(t.first_day)),
               "check first_day and last_day");
      }
      if (!by_number.emplace(t.number, &t).second) {
        report(Severity::Error, "duplicate-term", at + "/term",
               fmt::format("term {} is listed twice (first at line {})", t.number, by_number[t.number]->location.line),
               "list each term once");
      }
      if (plan.first_year != 0) {
        Date start{year{plan.first_year}, August, day{1}};
        Date end{year{plan.first_year + 1}, August, day{31}};
        if (t.first_day < start || t.last_day > end) {
          report(Severity::Error, "term-outside-year", at,
                 fmt::format("term {} ({} to {}) is not inside academic year {}-{}", t.number, format_iso(t.first_day),
                             format_iso(t.last_day), plan.first_year, plan.first_year + 1),
                 fmt::format("terms of academic year {0}-{1} lie between {0}-08-01 and {1}-08-31", plan.first_year,
                             plan.first_year + 1));
        }
      }
    }
    for (std::size_t i = 0; i < terms.size(); ++i) {
      for (std::size_t j = i + 1; j < terms.size(); ++j) {
        const Term& a = terms[i];
        const Term& b = terms[j];
        if (a.first_day <= b.last_day && b.first_day <= a.last_day) {
          report(Severity::Error, "term-overlap", term_pointer(b),
                 fmt::format("term {} ({} to {}) overlaps term {} ({} to {})", b.number, format_iso(b.first_day),
                             format_iso(b.last_day), a.number, format_iso(a.first_day), format_iso(a.last_day)),
                 "terms must not share days");
        } else if (a.number < b.number && b.last_day < a.first_day) {
          report(Severity::Error, "term-order", term_pointer(b),
                 fmt::format("term {} comes before term {} in the calendar", b.number, a.number),
                 "term 1 is the autumn term, term 2 the spring term");
        } else if (b.number < a.number && a.last_day < b.first_day) {
          report(Severity::Error, "term-order", term_pointer(a),
                 fmt::format("term {} comes before term {} in the calendar", a.number, b.number),
                 "term 1 is the autumn term, term 2 the spring term");
        }
      }
    }
    // Terms listed in the calendar, even those whose dates are wrong (reported above).
    std::vector<long long> listed;
    const Json* calendar = doc.value.contains("calendar") ? &doc.value["calendar"] : nullptr;
    if (calendar && calendar->is_object() && calendar->contains("terms") && (*calendar)["terms"].is_array()) {
      for (const Json& t : (*calendar)["terms"]) {
        if (t.is_object() && t.contains("term") && t["term"].is_number_integer()) listed.push_back(t["term"].get<long long>());
      }
    }
    const Json* covered = doc.value.contains("terms") ? &doc.value["terms"] : nullptr;
    if (covered && covered->is_array()) {
      for (std::size_t i = 0; i < covered->size(); ++i) {
        if (!(*covered)[i].is_number_integer()) continue;
        long long n = (*covered)[i].get<long long>();
        if (std::find(listed.begin(), listed.end(), n) == listed.end() && !listed.empty()) {
          report(Severity::Error, "term-missing", "/terms/" + std::to_string(i),
                 fmt::format("the plan covers term {} but calendar.terms gives no dates for it", n),
                 "add the term's first_day and last_day under calendar.terms");
        }
      }
    }
  }

  // Every section and item, depth first, in file order.
  template <typename F> void each_section(const std::vector<Section>& sections, F&& f)
  {
    for (const Section& s : sections) {
      f(s);
      each_section(s.sections, f);
    }
  }

  template <typename F> void each_item(F&& f)
  {
    for (const Item& i : plan.items) f(i);
    each_section(plan.sections, [&](const Section& s) {
      for (const Item& i : s.items) f(i);
    });
  }

  void ids()
  {
    std::map<std::string, std::size_t> seen;
    auto check = [&](const std::string& id, const std::string& pointer) {
      if (id.empty()) return;
      auto location = doc.value_location(pointer + "/id");
      auto [it, inserted] = seen.emplace(id, location.line);
      if (!inserted) {
        report(Severity::Error, "duplicate-id", pointer + "/id",
               fmt::format("id `{}` is already used at line {}", id, it->second),
               "ids identify items across years; give each one its own");
      }
    };
    // In file order: sections and items interleave as they are written.
    std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> all;
    each_section(plan.sections, [&](const Section& s) { all.push_back({s.location.line, {s.id, s.pointer}}); });
    each_item([&](const Item& i) { all.push_back({i.location.line, {i.id, i.pointer}}); });
    std::stable_sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (auto& [line, entry] : all) check(entry.first, entry.second);
  }

  // Owners are checked on the JSON so that each name has its own position.
  void owners()
  {
    if (plan.owners.empty()) return;
    // Linear in items and owners however many there are: a set for the lookups, and
    // "did you mean" (a distance to every owner) only for the first few unknown names.
    constexpr std::size_t k_max_suggestions = 100;
    std::unordered_set<std::string> known(plan.owners.begin(), plan.owners.end());
    std::size_t suggested = 0;
    auto check_value = [&](const Json& owner, const std::string& pointer) {
      auto check_one = [&](const Json& name, const std::string& at) {
        if (!name.is_string()) return;
        std::string n = name.get<std::string>();
        if (known.count(n)) return;
        auto suggestion = suggested++ < k_max_suggestions ? closest_matches(n, plan.owners) : std::vector<std::string>{};
        std::string key = comparison_key(n);
        auto twin = std::find_if(plan.owners.begin(), plan.owners.end(),
                                 [&](const std::string& o) { return comparison_key(o) == key; });
        report(Severity::Error, "unknown-owner", at, fmt::format("unknown owner `{}`", n),
               twin != plan.owners.end()
                   ? fmt::format("did you mean `{}`? The two look the same but differ {}", *twin,
                                 how_they_differ(n, *twin))
               : suggestion.empty() ? "add it to the plan's `owners` list, or use one listed there"
                                    : fmt::format("did you mean `{}`?", suggestion.front()));
      };
      if (owner.is_array()) {
        for (std::size_t i = 0; i < owner.size(); ++i) check_one(owner[i], pointer + "/" + std::to_string(i));
      } else {
        check_one(owner, pointer);
      }
    };
    walk_entries(doc.value, "", [&](const Json& entry, const std::string& pointer) {
      if (entry.contains("owner")) check_value(entry["owner"], pointer + "/owner");
    });
  }

  // Names that look alike but are not the same text: an invisible character (U+200B,
  // U+FEFF...) or a decomposed spelling makes two owners or tags of what a reader sees
  // as one (two rows in a summary, an owner a filter misses). Each spelling after the
  // first, in file order, is reported.
  void lookalike_names()
  {
    struct Name {
      SourceLocation location;
      std::string what; // "owner" or "tag"
      std::string text;
      std::string pointer;
    };
    std::vector<Name> names;
    auto add = [&](const char* what, const Json& value, const std::string& pointer) {
      auto one = [&](const Json& v, const std::string& at) {
        if (v.is_string()) names.push_back({doc.value_location(at), what, v.get<std::string>(), at});
      };
      if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
          one(value[i], pointer + "/" + std::to_string(i));
        }
      } else {
        one(value, pointer);
      }
    };
    if (doc.value.is_object()) {
      if (auto it = doc.value.find("owners"); it != doc.value.end()) add("owner", *it, "/owners");
    }
    walk_entries(doc.value, "", [&](const Json& entry, const std::string& pointer) {
      if (auto it = entry.find("owner"); it != entry.end()) add("owner", *it, pointer + "/owner");
      if (auto it = entry.find("tags"); it != entry.end()) add("tag", *it, pointer + "/tags");
    });
    std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
      return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
    });
    std::unordered_map<std::string, const Name*> first; // what + comparison key -> first spelling
    std::unordered_set<std::string> listed(plan.owners.begin(), plan.owners.end());
    for (const Name& n : names) {
      // An owner missing from a plan's `owners` list is an unknown-owner error already.
      if (n.what == "owner" && !listed.empty() && !listed.count(n.text) && n.pointer.rfind("/owners/", 0) != 0) continue;
      auto [it, added] = first.emplace(n.what + '\n' + comparison_key(n.text), &n);
      if (added || it->second->text == n.text) continue;
      report(Severity::Warning, "lookalike-name", n.pointer,
             fmt::format("{} `{}` looks the same as `{}` (line {}) but differs {}", n.what, n.text,
                         it->second->text, it->second->location.line, how_they_differ(n.text, it->second->text)),
             fmt::format("write it as on line {}, or retype it", it->second->location.line));
    }
  }

  // Calls f on every section and item object of the JSON document.
  template <typename F> void walk_entries(const Json& node, const std::string& pointer, F&& f, std::size_t depth = 0)
  {
    if (!node.is_object() || depth > 64) return;
    for (const char* key : {"sections", "items"}) {
      auto it = node.find(key);
      if (it == node.end() || !it->is_array()) continue;
      for (std::size_t i = 0; i < it->size(); ++i) {
        const Json& child = (*it)[i];
        if (!child.is_object()) continue;
        std::string at = pointer + "/" + key + "/" + std::to_string(i);
        f(child, at);
        walk_entries(child, at, f, depth + 1);
      }
    }
  }

  unsigned days_in(int y, unsigned m)
  {
    return static_cast<unsigned>(year_month_day_last{year{y}, month_day_last{month{m}}}.day());
  }

  void schedules()
  {
    each_item([&](const Item& item) {
      if (item.term && std::find(plan.terms.begin(), plan.terms.end(), *item.term) == plan.terms.end() &&
          !plan.terms.empty()) {
        report(Severity::Error, "unknown-term", item.pointer + "/term",
               fmt::format("the item is limited to term {}, which the plan does not cover", *item.term),
               "use a term listed in `terms`");
      }
      for (const ScheduleEntry& e : item.when) schedule(e);
      duplicates(item);
      if (item.term) term_mismatch(item);
      weeks_beyond_terms(item);
    });
  }

  // 第25周 in terms of 21 weeks: no term has that week, and the checklist would have
  // nothing for it. A term has at most as many teaching weeks as the calendar weeks it
  // touches (fewer with holiday_weeks: skip, which expansion then reports the same way).
  void weeks_beyond_terms(const Item& item)
  {
    unsigned most = 0;
    std::string longest;
    for (const Term& t : plan.calendar.terms) {
      if (t.last_day < t.first_day) continue;
      if (std::find(plan.terms.begin(), plan.terms.end(), t.number) == plan.terms.end() && !plan.terms.empty()) continue;
      if (item.term && *item.term != t.number) continue;
      sys_days monday = sys_days{t.first_day} - days{(weekday{sys_days{t.first_day}}.c_encoding() + 6) % 7};
      auto weeks = static_cast<unsigned>((sys_days{t.last_day} - monday).count() / 7 + 1);
      if (weeks > most) {
        most = weeks;
        longest = fmt::format("term {} ({} to {})", t.number, format_iso(t.first_day), format_iso(t.last_day));
      }
    }
    if (most == 0) return;
    for (const ScheduleEntry& e : item.when) {
      const Schedule& s = e.schedule;
      if (s.kind != ScheduleKind::TeachingWeeks || s.week_from <= most) continue;
      report(Severity::Warning, "week-outside-term", e.pointer,
             fmt::format("`{}`: no term has week {}; the longest, {}, has {} weeks, and the checklist leaves it out",
                         s.text, s.week_from, longest, most),
             "correct the week number, or write the date");
    }
  }

  // A day or month written for an item limited to another term: expansion leaves it out.
  void term_mismatch(const Item& item)
  {
    const Term* term = nullptr;
    for (const Term& t : plan.calendar.terms) {
      if (t.number == *item.term) term = &t;
    }
    if (!term || plan.first_year == 0) return;
    for (const ScheduleEntry& e : item.when) {
      const Schedule& s = e.schedule;
      std::optional<Date> first, last;
      auto placed = [&](unsigned m, unsigned d, bool end) -> std::optional<Date> {
        int y = year_of_month(plan.first_year, m);
        if (d == 0) {
          if (!end) d = 1;
          else return Date{year_month_day_last{year{y}, month_day_last{month{m}}}};
        }
        Date date{year{y}, month{m}, day{d}};
        return date.ok() ? std::optional<Date>(date) : std::nullopt;
      };
      switch (s.kind) {
      case ScheduleKind::OnDate:
      case ScheduleKind::DateRange:
        first = parse_iso_date(s.date);
        last = s.kind == ScheduleKind::OnDate ? first : parse_iso_date(s.end_date);
        break;
      case ScheduleKind::MonthDay:
      case ScheduleKind::MonthDayRange:
        first = placed(s.month_from, s.day_from, false);
        last = s.kind == ScheduleKind::MonthDay ? first : placed(s.month_to, s.day_to, true);
        break;
      case ScheduleKind::Months:
        first = placed(s.month_from, 0, false);
        last = placed(s.month_to, 0, true);
        break;
      case ScheduleKind::Seasonal: {
        static constexpr unsigned starts[] = {9, 12, 3, 6};
        unsigned m1 = starts[static_cast<int>(s.season)];
        first = placed(m1, 0, false);
        last = placed(m1 + 2 > 12 ? m1 - 10 : m1 + 2, 0, true);
        break;
      }
      default:
        continue;
      }
      if (!first || !last) continue;
      Date from{sys_days{term->first_day} - days{7}};
      if (*last < from || term->last_day < *first) {
        report(Severity::Warning, "term-mismatch", e.pointer,
               fmt::format("`{}` falls outside term {} ({} to {}), to which the item is limited; the checklist "
                           "leaves it out",
                           s.text, term->number, format_iso(term->first_day), format_iso(term->last_day)),
               "remove `term:` or correct the date");
      }
    }
  }

  // The same rule twice (a phrase and a quota both saying "once a month") lists every
  // occurrence twice.
  void duplicates(const Item& item)
  {
    std::vector<const ScheduleEntry*> all;
    for (const ScheduleEntry& e : item.when) all.push_back(&e);
    for (const ScheduleEntry& e : item.quotas) all.push_back(&e);
    // In file order, so that the later of two is the one reported, whichever is a quota.
    std::stable_sort(all.begin(), all.end(), [](const ScheduleEntry* a, const ScheduleEntry* b) {
      return a->location.line != b->location.line ? a->location.line < b->location.line
                                                  : a->location.column < b->location.column;
    });
    // Pairs are compared, so only lists of a sensible length (the schema refuses longer).
    if (item.when.size() > k_max_schedules_per_item || item.quotas.size() > k_max_schedules_per_item) return;
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        Schedule a = all[i]->schedule;
        Schedule b = all[j]->schedule;
        a.text = b.text = a.activity = b.activity = "";
        if (a.kind == ScheduleKind::Count && b.kind == ScheduleKind::Count && (a.unit.empty() || b.unit.empty())) {
          a.unit = b.unit = ""; // "每月一次" and a quota of 1 per month are one rule; 1 本 and 1 篇 are not
        }
        if (!(a == b)) continue;
        report(Severity::Warning, "duplicate-schedule", all[i]->pointer,
               fmt::format("`{}` repeats `{}` (line {}): every occurrence would be listed twice", all[i]->schedule.text,
                           all[j]->schedule.text, all[j]->location.line),
               "keep one of them");
        break;
      }
    }
  }

  void schedule(const ScheduleEntry& e)
  {
    const Schedule& s = e.schedule;
    switch (s.kind) {
    case ScheduleKind::Count:
      if (s.count == 0) {
        report(Severity::Error, "quota-count", e.pointer, fmt::format("`{}` asks for zero occurrences", s.text),
               "a count must be at least 1");
      } else if (s.count > k_max_count) {
        report(Severity::Error, "quota-count", e.pointer,
               fmt::format("`{}` asks for {} occurrences, more than the {} plan counts in one period", s.text, s.count,
                           k_max_count),
               "check the number");
      }
      break;
    case ScheduleKind::Months:
    case ScheduleKind::MonthDay:
    case ScheduleKind::MonthDayRange:
      if (s.kind == ScheduleKind::Months) {
        if (month_index(s.month_to) < month_index(s.month_from)) {
          report(Severity::Error, "span-order", e.pointer,
                 fmt::format("`{}` ends before it starts: the academic year runs from September to August", s.text),
                 "write the earlier month first");
        }
      }
      if (s.second_year && (s.month_from >= k_first_month_of_year || s.month_to >= k_first_month_of_year)) {
        report(Severity::Error, "month-outside-year", e.pointer,
               fmt::format("`{}` falls after the academic year ends in August", s.text),
               "months 1-8 are already in the second calendar year; months 9-12 need no 次年");
      }
      if (plan.first_year != 0 && (s.kind == ScheduleKind::MonthDay || s.kind == ScheduleKind::MonthDayRange)) {
        auto check_day = [&](unsigned m, unsigned d) {
          int y = year_of_month(plan.first_year, m);
          if (d > days_in(y, m)) {
            report(Severity::Error, "invalid-date", e.pointer,
                   fmt::format("`{}`: {}-{:02} has no day {}", s.text, y, m, d),
                   fmt::format("{}-{:02} has {} days", y, m, days_in(y, m)));
            return false;
          }
          return true;
        };
        if (check_day(s.month_from, s.day_from) && s.kind == ScheduleKind::MonthDayRange) {
          if (s.day_to == 0 || check_day(s.month_to, s.day_to)) {
            unsigned last_day = s.day_to == 0 ? 31 : s.day_to;
            if (month_index(s.month_to) * 100 + last_day < month_index(s.month_from) * 100 + s.day_from) {
              report(Severity::Error, "span-order", e.pointer, fmt::format("`{}` ends before it starts", s.text),
                     "write the earlier day first");
            }
          }
        }
      }
      break;
    case ScheduleKind::MonthlyDeadline:
    case ScheduleKind::MonthlyOnDay:
      if (s.day > 28) {
        report(Severity::Warning, "short-month", e.pointer,
               fmt::format("`{}`: some months have no day {}", s.text, s.day),
               "in those months the month's last day is used; say `每月底` for the month's end");
      }
      break;
    default:
      break;
    }
  }
};

} // namespace

void check_semantics(const Plan& plan, const JsonDocument& document, DiagnosticList& out)
{
  Checker checker{plan, document, out};
  checker.format_version();
  checker.academic_year();
  checker.terms();
  checker.ids();
  checker.owners();
  checker.lookalike_names();
  checker.schedules();
  check_holiday_clashes(plan.calendar.holidays, out);
  check_school_day_clashes(plan.calendar.days_off, plan.calendar.extra_workdays, out);
}

} // namespace plan

namespace plan {

void check_holiday_coverage(const Plan& plan, const HolidayTable& national, const JsonDocument& document,
                            DiagnosticList& out)
{
  if (!plan.calendar.national_holidays) return;
  std::set<int> given;
  for (const DaySpan& span : plan.calendar.holidays) {
    for (int y = static_cast<int>(span.from.year()); y <= static_cast<int>(span.to.year()); ++y) given.insert(y);
  }
  std::set<int> reported;
  for (std::size_t i = 0; i < plan.calendar.terms.size(); ++i) {
    const Term& t = plan.calendar.terms[i];
    if (std::find(plan.terms.begin(), plan.terms.end(), t.number) == plan.terms.end()) continue;
    // A term outside the academic year is an error of its own; only the year's two
    // calendar years are looked up, so a term running for centuries gives no flood.
    int first = std::max(static_cast<int>(t.first_day.year()), plan.first_year);
    int last = std::min(static_cast<int>(t.last_day.year()), plan.first_year + 1);
    for (int y = first; y <= last; ++y) {
      if (national.has_year(y) || given.count(y) || !reported.insert(y).second) continue;
      std::string pointer = "/calendar/terms/" + std::to_string(i);
      out.push_back({Severity::Warning, "holiday-data-missing", document.value_location(pointer), pointer,
                     fmt::format("no national holiday data for {}: its days are computed without holidays and "
                                 "make-up workdays",
                                 y),
                     fmt::format("list {}'s holidays under calendar.holidays, or pass --holidays FILE "
                                 "(holiday-cn format); built-in years: {}",
                                 y, fmt::join(built_in_years(), ", "))});
    }
  }
}

} // namespace plan
