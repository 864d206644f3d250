// A checklist: the occurrences of an expanded plan that fall in a range and pass the
// owner, tag and section filters, in date order.
#include "plan/views/checklist.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

using namespace std::chrono;

std::string section_path(const ItemRef& item)
{
  std::string out;
  for (const Section* s : item.sections) {
    if (!out.empty()) out += " / ";
    out += s->number + s->title;
  }
  return out;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value)
{
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool section_matches(const ItemRef& item, const std::string& wanted)
{
  return std::any_of(item.sections.begin(), item.sections.end(), [&](const Section* s) {
    return s->id == wanted || s->title.find(wanted) != std::string::npos ||
           (s->number + s->title).find(wanted) != std::string::npos;
  });
}

} // namespace

ChecklistResult make_checklist(const ExpandedPlan& expanded, const ChecklistQuery& query)
{
  const Plan& plan = expanded.plan();
  const AcademicCalendar& calendar = expanded.calendar();
  const Expansion& expansion = expanded.expansion();
  ChecklistResult result;
  Checklist c;
  c.plan = &plan;
  c.calendar = &calendar;
  c.expansion = &expansion;

  // The range: the plan's terms by default, narrowed by each option given.
  const auto& terms = calendar.terms();
  if (terms.empty()) {
    result.error = "the plan gives no term dates";
    return result;
  }
  // By default the academic year, widened to anything the plan schedules outside it
  // (the week before the first term, preparation in August).
  Date from = Date{year{calendar.first_year()} / September / 1};
  Date to = Date{year{calendar.first_year() + 1} / August / 31};
  for (const Occurrence& o : expansion.occurrences) {
    from = std::min(from, o.date);
    to = std::max(to, o.end);
  }
  const TermWeeks* term = nullptr;
  if (query.term) {
    term = calendar.term(*query.term);
    if (!term || std::find(plan.terms.begin(), plan.terms.end(), *query.term) == plan.terms.end()) {
      result.error = fmt::format("the plan does not cover term {}", *query.term);
      return result;
    }
    from = Date{sys_days{term->first_day} - days{7}};
    to = term->last_day;
  }
  if (query.week) {
    if (!term) {
      result.error = "--week needs --term: teaching weeks are numbered per term";
      return result;
    }
    auto span = calendar.week_span(*term, *query.week);
    if (!span) {
      result.error = fmt::format("term {} has no teaching week {} (it has {})", term->number, *query.week, term->week_count);
      return result;
    }
    from = std::max(from, span->first);
    to = std::min(to, span->second);
  }
  if (query.month) {
    int y = calendar.year_of_month(*query.month);
    Date month_first = Date{year{y} / month{*query.month} / 1};
    Date month_last = Date{year_month_day_last{year{y}, month_day_last{month{*query.month}}}};
    if (term && (month_last < from || to < month_first)) {
      result.error = fmt::format("month {} is not part of term {}", *query.month, term->number);
      return result;
    }
    from = std::max(from, Date{year{y} / month{*query.month} / 1});
    to = std::min(to, Date{year_month_day_last{year{y}, month_day_last{month{*query.month}}}});
  }
  if (query.from) from = std::max(from, *query.from);
  if (query.to) to = std::min(to, *query.to);
  if (query.from && query.to && *query.to < *query.from) {
    result.error = fmt::format("--to {} is before --from {}", format_iso(*query.to), format_iso(*query.from));
    return result;
  }
  if (to < from) {
    result.error = "the range options together select no days";
    return result;
  }
  c.from = from;
  c.to = to;

  for (const Occurrence& o : expansion.occurrences) {
    if (o.end < from || to < o.date) continue;
    // A term's occurrences, and windows that run into it (a yearly quota begun in term 1).
    if (term && o.term != term->number &&
        !(o.kind == OccurrenceKind::Window && !(o.end < term->first_day || term->last_day < o.date))) {
      continue;
    }
    const ItemRef& ref = expansion.items[o.item];
    if (!query.owners.empty() &&
        std::none_of(query.owners.begin(), query.owners.end(), [&](const std::string& w) { return contains(ref.item->owners, w); })) {
      continue;
    }
    if (!query.tags.empty() &&
        std::none_of(query.tags.begin(), query.tags.end(), [&](const std::string& w) { return contains(ref.item->tags, w); })) {
      continue; // item tags include their sections' tags
    }
    if (!query.sections.empty() &&
        std::none_of(query.sections.begin(), query.sections.end(), [&](const std::string& w) { return section_matches(ref, w); })) {
      continue;
    }
    c.rows.push_back(&o);
  }
  result.checklist = std::move(c);
  return result;
}

} // namespace plan
