// A summary of one or more expanded plans: items and occurrences counted by month,
// owner, top-level section or tag, per plan and in total; the plans' quotas with
// their required counts; and their targets.
#include "plan/views/summary.hpp"

#include "plan/model/school_year.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace plan {

const char* to_string(SummaryBy by)
{
  switch (by) {
  case SummaryBy::Month: return "month";
  case SummaryBy::Owner: return "owner";
  case SummaryBy::Section: return "section";
  case SummaryBy::Tag: return "tag";
  }
  return "month";
}

std::optional<SummaryBy> parse_summary_by(std::string_view text)
{
  for (SummaryBy by : {SummaryBy::Month, SummaryBy::Owner, SummaryBy::Section, SummaryBy::Tag}) {
    if (text == to_string(by)) return by;
  }
  return std::nullopt;
}

namespace {

std::string school_name(const Plan& p) { return p.unit.empty() ? p.school : p.school + " " + p.unit; }

/// Plans with the same school and unit get their title, or their file when the
/// titles are the same too, to tell their columns apart. Linear in the plans (up to
/// the maps' logarithm): a district summarises thousands of files.
void set_qualifiers(std::vector<SummaryPlan>& plans)
{
  std::map<std::string, std::size_t> schools;                    // school name -> plans
  std::map<std::pair<std::string, std::string>, std::size_t> titles; // (school, title) -> plans
  std::vector<std::string> names;
  names.reserve(plans.size());
  for (const SummaryPlan& p : plans) {
    names.push_back(school_name(*p.plan));
    ++schools[names.back()];
    ++titles[{names.back(), p.plan->title}];
  }
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (schools[names[i]] < 2) continue;
    plans[i].qualifier = titles[{names[i], plans[i].plan->title}] > 1 ? plans[i].file : plans[i].plan->title;
  }
}

/// Months from September of `first_year` to the month of `date`.
int month_offset(const Date& date, int first_year)
{
  return months_since_start(first_year, static_cast<int>(date.year()), static_cast<unsigned>(date.month()));
}

/// The groups an item belongs to under `by` (not month): their keys, without repeats.
std::vector<std::string> item_keys(const ItemRef& ref, SummaryBy by)
{
  std::vector<std::string> keys;
  auto add = [&](const std::string& k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  };
  switch (by) {
  case SummaryBy::Owner:
    for (const std::string& o : ref.item->owners) add(o);
    break;
  case SummaryBy::Tag:
    for (const std::string& t : ref.item->tags) add(t);
    break;
  case SummaryBy::Section:
    if (!ref.sections.empty()) add(ref.sections.front()->number + ref.sections.front()->title);
    break;
  case SummaryBy::Month:
    break;
  }
  return keys;
}

/// Counts grouped by owner, section or tag, in order of first appearance.
std::vector<SummaryGroup> keyed_groups(const std::vector<const ExpandedPlan*>& inputs, SummaryBy by)
{
  const std::size_t n = inputs.size();
  std::vector<SummaryGroup> groups;
  std::map<std::string, std::size_t> index;
  SummaryGroup none;
  none.none = true;
  none.per_plan.resize(n);
  auto group = [&](const std::string& key) -> SummaryGroup& {
    auto [it, added] = index.emplace(key, groups.size());
    if (added) {
      SummaryGroup g;
      g.name = key;
      g.per_plan.resize(n);
      groups.push_back(std::move(g));
    }
    return groups[it->second];
  };
  for (std::size_t p = 0; p < n; ++p) {
    const Expansion& e = inputs[p]->expansion();
    if (by == SummaryBy::Owner) {
      for (const std::string& o : inputs[p]->plan().owners) group(o); // the plan's order of its offices
    }
    std::vector<std::size_t> occurrences(e.items.size());
    for (const Occurrence& o : e.occurrences) ++occurrences[o.item];
    for (std::size_t i = 0; i < e.items.size(); ++i) {
      const ItemRef& ref = e.items[i];
      std::vector<std::string> keys = item_keys(ref, by);
      if (keys.empty()) {
        ++none.per_plan[p].items;
        none.per_plan[p].occurrences += occurrences[i];
      }
      for (const std::string& key : keys) {
        SummaryGroup& g = group(key);
        if (by == SummaryBy::Section) {
          g.number = ref.sections.front()->number;
          g.title = ref.sections.front()->title;
        }
        ++g.per_plan[p].items;
        g.per_plan[p].occurrences += occurrences[i];
      }
    }
  }
  groups.push_back(std::move(none));
  for (SummaryGroup& g : groups) {
    for (const SummaryCount& c : g.per_plan) {
      g.total.items += c.items;
      g.total.occurrences += c.occurrences;
    }
  }
  std::erase_if(groups, [](const SummaryGroup& g) { return g.total.items == 0; });
  return groups;
}

/// Counts by the month each occurrence starts in, placed in each plan's academic year.
std::vector<SummaryGroup> month_groups(const std::vector<const ExpandedPlan*>& inputs)
{
  const std::size_t n = inputs.size();
  std::map<int, std::vector<SummaryCount>> months; // offset -> per plan
  SummaryGroup undated;
  undated.none = true;
  undated.per_plan.resize(n);
  for (std::size_t p = 0; p < n; ++p) {
    const Expansion& e = inputs[p]->expansion();
    int first_year = inputs[p]->calendar().first_year();
    std::set<std::pair<int, std::uint32_t>> seen; // (offset, item)
    std::vector<bool> dated(e.items.size());
    for (const Occurrence& o : e.occurrences) {
      int offset = month_offset(o.date, first_year);
      auto& counts = months[offset];
      counts.resize(n);
      ++counts[p].occurrences;
      if (seen.emplace(offset, o.item).second) ++counts[p].items;
      dated[o.item] = true;
    }
    undated.per_plan[p].items = static_cast<std::size_t>(std::count(dated.begin(), dated.end(), false));
  }
  std::vector<SummaryGroup> groups;
  if (!months.empty()) {
    for (int offset = months.begin()->first; offset <= months.rbegin()->first; ++offset) {
      SummaryGroup g;
      g.offset = offset;
      g.month = static_cast<unsigned>(((offset + 8) % 12 + 12) % 12 + 1);
      auto it = months.find(offset);
      g.per_plan = it == months.end() ? std::vector<SummaryCount>(n) : it->second;
      groups.push_back(std::move(g));
    }
  }
  groups.push_back(std::move(undated));
  for (SummaryGroup& g : groups) {
    for (const SummaryCount& c : g.per_plan) {
      g.total.items += c.items;
      g.total.occurrences += c.occurrences;
    }
  }
  if (groups.back().total.items == 0) groups.pop_back(); // every item has a date
  return groups;
}

} // namespace

Summary make_summary(const std::vector<const ExpandedPlan*>& inputs, SummaryBy by)
{
  Summary s;
  s.by = by;
  for (const ExpandedPlan* in : inputs) s.plans.push_back({&in->plan(), in->name(), {}});
  set_qualifiers(s.plans);
  s.groups = by == SummaryBy::Month ? month_groups(inputs) : keyed_groups(inputs, by);

  for (std::size_t p = 0; p < inputs.size(); ++p) {
    const Expansion& e = inputs[p]->expansion();
    SummaryCount c{e.items.size(), e.occurrences.size()};
    s.plan_totals.push_back(c);
    s.total.items += c.items;
    s.total.occurrences += c.occurrences;

    // A count's periods: the distinct windows its occurrences fall in (a count of
    // two gives two occurrences in each window).
    std::set<std::tuple<std::uint32_t, std::uint16_t, std::chrono::sys_days, std::chrono::sys_days>> windows;
    for (const Occurrence& o : e.occurrences) {
      windows.emplace(o.item, o.rule, std::chrono::sys_days{o.date}, std::chrono::sys_days{o.end});
    }
    for (std::uint32_t i = 0; i < e.items.size(); ++i) {
      const ItemRef& ref = e.items[i];
      for (std::uint16_t r = 0; r < ref.schedules.size(); ++r) {
        const Schedule& sch = ref.schedules[r]->schedule;
        if (sch.kind != ScheduleKind::Count) continue;
        SummaryQuota q;
        q.plan = p;
        q.item = &ref;
        q.schedule = &sch;
        auto first = windows.lower_bound({i, r, std::chrono::sys_days::min(), std::chrono::sys_days::min()});
        auto last = windows.lower_bound({i, static_cast<std::uint16_t>(r + 1), std::chrono::sys_days::min(),
                                         std::chrono::sys_days::min()});
        q.periods = static_cast<std::size_t>(std::distance(first, last));
        s.quotas.push_back(q);
      }
      for (const Target& t : ref.item->targets) s.targets.push_back({p, &ref, &t});
    }
  }
  return s;
}

} // namespace plan
