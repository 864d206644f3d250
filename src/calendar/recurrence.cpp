// Expands every item's schedules over the academic calendar into dated occurrences,
// applying the holiday policies and keeping recurring duties inside terms.
#include "plan/calendar/recurrence.hpp"

#include <algorithm>

namespace plan {

using namespace std::chrono;

const char* to_string(OccurrenceKind kind)
{
  switch (kind) {
  case OccurrenceKind::Day: return "day";
  case OccurrenceKind::Deadline: return "deadline";
  case OccurrenceKind::Window: return "window";
  }
  return "?";
}

HolidayPolicy default_policy(const Schedule& s)
{
  switch (s.kind) {
  case ScheduleKind::MonthlyDeadline:
    return HolidayPolicy::Before;
  case ScheduleKind::Weekly:
  case ScheduleKind::EveryNWeeks:
  case ScheduleKind::MonthlyOnDay:
  case ScheduleKind::Daily:
  case ScheduleKind::TeachingWeeks:
    return HolidayPolicy::Skip;
  default:
    return HolidayPolicy::Keep;
  }
}

namespace {

Date plus(const Date& d, long n) { return Date{sys_days{d} + days{n}}; }
Date month_first(int y, unsigned m) { return Date{year{y}, month{m}, day{1}}; }
Date month_last(int y, unsigned m) { return Date{year_month_day_last{year{y}, month_day_last{month{m}}}}; }
Date later(const Date& a, const Date& b) { return a < b ? b : a; }
Date earlier(const Date& a, const Date& b) { return a < b ? a : b; }

struct Span {
  Date first;
  Date last;
};

class Expander {
public:
  Expander(const Plan& plan, const AcademicCalendar& calendar, Expansion& out, std::size_t max_occurrences)
      : m_cal(calendar), m_out(out), m_max_occurrences(max_occurrences)
  {
    for (const TermWeeks& t : m_cal.terms()) {
      if (std::find(plan.terms.begin(), plan.terms.end(), t.number) != plan.terms.end()) m_covered.push_back(&t);
    }
  }

  void item(std::uint32_t index)
  {
    const ItemRef& ref = m_out.items[index];
    m_item = index;
    m_terms.clear();
    for (const TermWeeks* t : m_covered) {
      if (!ref.item->term || *ref.item->term == t->number) m_terms.push_back(t);
    }
    std::size_t before = m_out.occurrences.size();
    // Occurrence::rule is 16 bits; validated plans have at most 2 * 64 rules an item.
    std::size_t rules = std::min<std::size_t>(ref.schedules.size(), UINT16_MAX);
    for (std::size_t r = 0; r < rules; ++r) {
      m_rule = static_cast<std::uint16_t>(r);
      const Schedule& s = ref.schedules[r]->schedule;
      m_policy = ref.item->on_holiday.value_or(default_policy(s));
      // A weekly or daily duty moved by its policy stays in its own week: moving
      // Friday's 提交 over a holiday week would stack two weeks on one day.
      m_week_bound = s.kind == ScheduleKind::Weekly || s.kind == ScheduleKind::EveryNWeeks ||
                     s.kind == ScheduleKind::TeachingWeeks || s.kind == ScheduleKind::Daily;
      schedule(s);
      if (m_out.occurrences.size() > m_max_occurrences) {
        m_out.over_limit = true;
        return;
      }
    }
    // An item limited to one term keeps only what touches that term (from the week
    // before it starts); the meaning checks warn about dates written for another term.
    if (ref.item->term) {
      const TermWeeks* t = m_cal.term(*ref.item->term);
      auto outside = [&](const Occurrence& o) {
        return !t || o.end < plus(t->first_day, -7) || t->last_day < o.date;
      };
      m_out.occurrences.erase(std::remove_if(m_out.occurrences.begin() + static_cast<std::ptrdiff_t>(before),
                                             m_out.occurrences.end(), outside),
                              m_out.occurrences.end());
    }
  }

private:
  const AcademicCalendar& m_cal;
  Expansion& m_out;
  std::vector<const TermWeeks*> m_covered;
  std::vector<const TermWeeks*> m_terms; // covered terms this item applies to
  std::uint32_t m_item = 0;
  std::uint16_t m_rule = 0;
  std::size_t m_max_occurrences;
  HolidayPolicy m_policy = HolidayPolicy::Keep;
  bool m_week_bound = false;

  Occurrence base(const Date& date) const
  {
    Occurrence o;
    o.item = m_item;
    o.rule = m_rule;
    o.date = o.end = o.due = date;
    const TermWeeks* t = m_cal.term_at(date);
    o.term = static_cast<std::uint8_t>(t ? t->number : 0);
    o.week = static_cast<std::uint8_t>(m_cal.teaching_week(date));
    o.policy = m_policy;
    return o;
  }

  // The limits a moved date must stay within: its term (and, for weekly duties, its
  // Monday-Sunday week), or the date alone outside terms.
  Span bounds(const Date& date) const
  {
    const TermWeeks* t = m_cal.term_at(date);
    if (!t) return {plus(date, -62), plus(date, 62)}; // outside terms: the nearest school day within two months
    Span b{t->first_day, t->last_day};
    if (m_week_bound) {
      Date monday = plus(date, -static_cast<long>((weekday{sys_days{date}}.c_encoding() + 6) % 7));
      b = {later(b.first, monday), earlier(b.last, plus(monday, 6))};
    }
    return b;
  }

  // A day (or deadline): on a day without school the policy skips, moves or keeps it.
  void on_day(const Date& date, OccurrenceKind kind = OccurrenceKind::Day)
  {
    if (m_cal.is_school_day(date) || m_policy == HolidayPolicy::Keep) {
      Occurrence o = base(date);
      o.kind = kind;
      o.off_day = !m_cal.is_school_day(date);
      m_out.occurrences.push_back(o);
      return;
    }
    if (m_policy == HolidayPolicy::Skip) return;
    Span b = bounds(date);
    std::optional<Date> to = m_policy == HolidayPolicy::Before ? m_cal.last_school_day(b.first, date)
                                                               : m_cal.first_school_day(date, b.last);
    if (!to) {
      // A weekly or daily duty with no school day left in its week is skipped; a dated
      // event or deadline stays on its day rather than vanish.
      if (m_week_bound) return;
      Occurrence o = base(date);
      o.kind = kind;
      o.off_day = true;
      m_out.occurrences.push_back(o);
      return;
    }
    Occurrence o = base(*to);
    o.kind = kind;
    o.moved = true;
    o.moved_from = date;
    m_out.occurrences.push_back(o);
  }

  // A window; due by its last school day (or its last day when it has none). With
  // `needs_school`, a window without any school day is left out.
  void window(const Date& first, const Date& last, bool needs_school, std::uint16_t count = 0, int term = -1)
  {
    if (last < first) return;
    std::optional<Date> due = m_cal.last_school_day(first, last);
    if (!due && needs_school) return;
    Occurrence o = base(first);
    o.kind = OccurrenceKind::Window;
    o.end = last;
    o.due = due.value_or(last);
    if (term >= 0) o.term = static_cast<std::uint8_t>(term);
    if (count == 0) {
      m_out.occurrences.push_back(o);
      return;
    }
    o.total = count;
    for (std::uint16_t i = 1; i <= count; ++i) {
      o.index = i;
      m_out.occurrences.push_back(o);
    }
  }

  // The part of [first, last] inside this item's terms, as one span (terms do not share a
  // month in practice; if two do, the span runs from the first to the last term day).
  std::optional<Span> in_terms(const Date& first, const Date& last) const
  {
    std::optional<Span> out;
    for (const TermWeeks* t : m_terms) {
      if (last < t->first_day || t->last_day < first) continue;
      Span s{later(first, t->first_day), earlier(last, t->last_day)};
      out = out ? Span{earlier(out->first, s.first), later(out->last, s.last)} : s;
    }
    return out;
  }

  // Calls f(first, last) for every calendar month of the academic year that overlaps
  // this item's terms, clipped to them.
  template <typename F> void each_term_month(F&& f) const
  {
    for (unsigned k = 0; k < 12; ++k) {
      unsigned m = (8 + k) % 12 + 1; // 9, 10, ..., 12, 1, ..., 8
      int y = m_cal.year_of_month(m);
      if (auto s = in_terms(month_first(y, m), month_last(y, m))) f(y, m, *s);
    }
  }

  // Calls f(term, week number, monday) for each numbered teaching week of this item's terms.
  template <typename F> void each_week(F&& f) const
  {
    for (const TermWeeks* t : m_terms) {
      for (std::size_t i = 0; i < t->numbers.size(); ++i) {
        if (t->numbers[i] == 0) continue;
        f(*t, t->numbers[i], plus(t->week1_monday, static_cast<long>(7 * i)));
      }
    }
  }

  void weekdays_in(const TermWeeks& t, const Date& monday, WeekdayMask mask)
  {
    for (unsigned wd = 0; wd < 7; ++wd) {
      if (!(mask & (1u << wd))) continue;
      Date d = plus(monday, wd);
      if (d < t.first_day || t.last_day < d) continue;
      on_day(d);
    }
  }

  void schedule(const Schedule& s)
  {
    switch (s.kind) {
    case ScheduleKind::OnDate:
      on_day(*parse_iso_date(s.date));
      break;
    case ScheduleKind::DateRange:
      window(*parse_iso_date(s.date), *parse_iso_date(s.end_date), false);
      break;
    case ScheduleKind::MonthDay: {
      int y = m_cal.year_of_month(s.month_from);
      if (!is_real_date(y, s.month_from, s.day_from)) return; // reported by validate
      on_day(Date{year{y}, month{s.month_from}, day{s.day_from}});
      break;
    }
    case ScheduleKind::MonthDayRange: {
      int y1 = m_cal.year_of_month(s.month_from);
      int y2 = m_cal.year_of_month(s.month_to);
      Date last = s.day_to == 0 ? month_last(y2, s.month_to) : Date{year{y2}, month{s.month_to}, day{s.day_to}};
      if (!is_real_date(y1, s.month_from, s.day_from) || !last.ok()) return;
      window(Date{year{y1}, month{s.month_from}, day{s.day_from}}, last, false);
      break;
    }
    case ScheduleKind::Months: {
      Date first = month_first(m_cal.year_of_month(s.month_from), s.month_from);
      Date last = month_last(m_cal.year_of_month(s.month_to), s.month_to);
      window(first, last, false); // an item limited to a term is filtered in item()
      break;
    }
    case ScheduleKind::Seasonal: {
      static constexpr unsigned starts[] = {9, 12, 3, 6};
      unsigned m1 = starts[static_cast<int>(s.season)];
      unsigned m2 = m1 + 2 > 12 ? m1 + 2 - 12 : m1 + 2;
      Date first = month_first(m_cal.year_of_month(m1), m1);
      Date last = month_last(m_cal.year_of_month(m2), m2);
      window(first, last, false);
      break;
    }
    case ScheduleKind::Weekly:
      each_week([&](const TermWeeks& t, int n, const Date& monday) {
        if (s.parity == WeekParity::Odd && n % 2 == 0) return;
        if (s.parity == WeekParity::Even && n % 2 == 1) return;
        if (s.weekdays != 0) {
          weekdays_in(t, monday, s.weekdays);
        } else {
          window(later(monday, t.first_day), earlier(plus(monday, 6), t.last_day), true);
        }
      });
      break;
    case ScheduleKind::EveryNWeeks:
      each_week([&](const TermWeeks& t, int n, const Date& monday) {
        if ((n - 1) % static_cast<int>(s.interval) != 0) return;
        if (s.weekdays != 0) {
          weekdays_in(t, monday, s.weekdays);
          return;
        }
        int last_week = std::min(n + static_cast<int>(s.interval) - 1, t.week_count);
        auto end = m_cal.week_span(t, last_week);
        Date last = end ? end->second : plus(monday, 6);
        window(later(monday, t.first_day), earlier(last, t.last_day), true);
      });
      break;
    case ScheduleKind::Count:
      count(s);
      break;
    case ScheduleKind::MonthlyDeadline:
      each_term_month([&](int y, unsigned m, const Span& span) {
        if (s.day == 0) {
          if (auto last = m_cal.last_school_day(span.first, span.last)) on_day(*last, OccurrenceKind::Deadline);
          return;
        }
        Date target = s.day > static_cast<unsigned>(month_last(y, m).day()) ? month_last(y, m)
                                                                             : Date{year{y}, month{m}, day{s.day}};
        if (target < span.first || span.last < target) return; // recurring duties stay inside terms
        on_day(target, OccurrenceKind::Deadline);
      });
      break;
    case ScheduleKind::MonthStart:
      each_term_month([&](int, unsigned, const Span& span) {
        auto first = m_cal.first_school_day(span.first, span.last);
        if (!first) return;
        weekday wd{sys_days{*first}};
        Date sunday = plus(*first, (7 - wd.c_encoding()) % 7);
        window(*first, earlier(sunday, span.last), true);
      });
      break;
    case ScheduleKind::MonthlyOnDay:
      each_term_month([&](int y, unsigned m, const Span& span) {
        Date target = s.day > static_cast<unsigned>(month_last(y, m).day()) ? month_last(y, m)
                                                                             : Date{year{y}, month{m}, day{s.day}};
        if (target < span.first || span.last < target) return;
        on_day(target);
      });
      break;
    case ScheduleKind::Daily:
      for (const TermWeeks* t : m_terms) {
        for (Date d = t->first_day; d <= t->last_day; d = plus(d, 1)) {
          if (m_cal.is_school_day(d)) on_day(d);
        }
      }
      break;
    case ScheduleKind::TermRelative:
      for (const TermWeeks* t : m_terms) relative(*t, s.anchor);
      break;
    case ScheduleKind::TeachingWeeks:
      for (const TermWeeks* t : m_terms) {
        auto first = m_cal.week_span(*t, static_cast<int>(s.week_from));
        auto last = m_cal.week_span(*t, std::min(static_cast<int>(s.week_to), t->week_count));
        if (!first || !last) continue;
        if (s.weekdays != 0) {
          for (Date monday = first->first; monday <= last->first; monday = plus(monday, 7)) {
            if (m_cal.teaching_week(monday) == 0 && m_cal.teaching_week(plus(monday, 6)) == 0) continue;
            weekdays_in(*t, monday, s.weekdays);
          }
        } else {
          window(later(first->first, t->first_day), earlier(last->second, t->last_day), true);
        }
      }
      break;
    }
  }


  void relative(const TermWeeks& t, TermAnchor anchor)
  {
    switch (anchor) {
    case TermAnchor::BeforeStart:
      window(plus(t.first_day, -7), plus(t.first_day, -1), false, 0, t.number);
      break;
    case TermAnchor::FirstWeek:
      if (auto w = m_cal.week_span(t, 1)) window(t.first_day, earlier(w->second, t.last_day), true);
      break;
    case TermAnchor::FirstMonth: {
      year_month_day next = year_month_day{t.first_day.year(), t.first_day.month(), t.first_day.day()} + months{1};
      Date last = next.ok() ? plus(Date{next}, -1) : Date{year_month_day_last{next.year(), month_day_last{next.month()}}};
      window(t.first_day, earlier(last, t.last_day), true);
      break;
    }
    case TermAnchor::MidTerm: {
      int mid = (t.week_count + 1) / 2;
      if (auto w = m_cal.week_span(t, mid)) window(later(w->first, t.first_day), earlier(w->second, t.last_day), true);
      break;
    }
    case TermAnchor::EndOfTerm: {
      auto w = m_cal.week_span(t, std::max(1, t.week_count - 1));
      if (w) window(later(w->first, t.first_day), t.last_day, true);
      break;
    }
    }
  }

  // A count of times becomes that many lines (1/2, 2/2); an amount of something
  // (30 节), a role's quota, or more than k_max_counted_lines becomes one line that
  // states it.
  static constexpr unsigned k_max_counted_lines = 10;

  void count(const Schedule& s)
  {
    if (s.count == 0) return;
    bool counted = s.role.empty() && (s.unit.empty() || s.unit == "次") && s.count <= k_max_counted_lines;
    auto n = static_cast<std::uint16_t>(counted ? s.count : 0);
    switch (s.period) {
    case Period::Week:
      each_week([&](const TermWeeks& t, int, const Date& monday) {
        window(later(monday, t.first_day), earlier(plus(monday, 6), t.last_day), true, n);
      });
      break;
    case Period::Month:
      each_term_month([&](int, unsigned, const Span& span) { window(span.first, span.last, true, n); });
      break;
    case Period::Quarter:
      // The calendar quarters an academic year touches: Jul-Sep and Oct-Dec of the
      // first year, Jan-Mar, Apr-Jun and Jul-Sep of the second.
      for (int q = 0; q < 5; ++q) {
        static constexpr unsigned starts[] = {7, 10, 1, 4, 7};
        unsigned m1 = starts[q];
        int y = q < 2 ? m_cal.first_year() : m_cal.first_year() + 1;
        if (auto span = in_terms(month_first(y, m1), month_last(y, m1 + 2))) window(span->first, span->last, true, n);
      }
      break;
    case Period::Term:
      for (const TermWeeks* t : m_terms) window(t->first_day, t->last_day, true, n);
      break;
    case Period::Year:
      if (!m_terms.empty()) window(m_terms.front()->first_day, m_terms.back()->last_day, true, n);
      break;
    }
  }
};

void collect(const std::vector<Section>& sections, std::vector<const Section*>& path, Expansion& out);

void add_items(const std::vector<Item>& items, const std::vector<const Section*>& path, Expansion& out)
{
  for (const Item& item : items) {
    ItemRef ref;
    ref.item = &item;
    ref.sections = path;
    for (const ScheduleEntry& e : item.when) ref.schedules.push_back(&e);
    for (const ScheduleEntry& e : item.quotas) ref.schedules.push_back(&e);
    out.items.push_back(std::move(ref));
  }
}

void collect(const std::vector<Section>& sections, std::vector<const Section*>& path, Expansion& out)
{
  for (const Section& s : sections) {
    path.push_back(&s);
    add_items(s.items, path, out);
    collect(s.sections, path, out);
    path.pop_back();
  }
}

} // namespace

Expansion expand(const Plan& plan, const AcademicCalendar& calendar, std::size_t max_occurrences)
{
  Expansion out;
  std::vector<const Section*> path;
  add_items(plan.items, path, out);
  collect(plan.sections, path, out);
  Expander expander(plan, calendar, out, max_occurrences);
  for (std::uint32_t i = 0; i < out.items.size() && !out.over_limit; ++i) expander.item(i);
  if (out.over_limit) {
    out.occurrences.clear();
    out.occurrences.shrink_to_fit();
    return out;
  }
  std::stable_sort(out.occurrences.begin(), out.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.due != b.due) return a.due < b.due;
    if (a.item != b.item) return a.item < b.item;
    return a.rule < b.rule;
  });
  return out;
}

} // namespace plan
