// The school calendar of one plan: which days are school days, which term and
// teaching week each day is in, and where months fall in the academic year.
#include "plan/calendar/academic_year.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

using namespace std::chrono;

const char* to_string(DayKind kind)
{
  switch (kind) {
  case DayKind::Vacation: return "vacation";
  case DayKind::Weekend: return "weekend";
  case DayKind::Holiday: return "holiday";
  case DayKind::DayOff: return "day-off";
  case DayKind::SchoolDay: return "school-day";
  case DayKind::MakeUpWorkday: return "make-up-workday";
  case DayKind::ExtraWorkday: return "extra-workday";
  }
  return "?";
}

namespace {

bool is_weekend(const Date& d)
{
  weekday w{sys_days{d}};
  return w == Saturday || w == Sunday;
}

bool school(DayKind k) { return k == DayKind::SchoolDay || k == DayKind::MakeUpWorkday || k == DayKind::ExtraWorkday; }

// Calls f for each day of `span` inside [lo, hi]: a span written as 0001-01-01 to
// 9999-12-31 costs no more than the calendar's own days.
template <typename F> void each_day(const DaySpan& span, sys_days lo, sys_days hi, F&& f)
{
  for (sys_days d = std::max(sys_days{span.from}, lo); d <= std::min(sys_days{span.to}, hi); d += days{1}) f(Date{d});
}

} // namespace

AcademicCalendar::AcademicCalendar(const Plan& plan, const HolidayTable& national)
{
  m_first_year = plan.first_year;
  if (m_first_year == 0 && !plan.calendar.terms.empty()) {
    const Date& f = plan.calendar.terms.front().first_day;
    m_first_year = static_cast<int>(f.year()) - (static_cast<unsigned>(f.month()) >= 8 ? 0 : 1);
  }
  // Generous margins: term-relative windows reach a week before a term, and plans
  // name August of the first year for preparation work.
  m_origin = sys_days{year{m_first_year} / July / 1};
  sys_days end = sys_days{year{m_first_year + 1} / September / 30};
  for (const Term& t : plan.calendar.terms) {
    m_origin = std::min(m_origin, sys_days{t.first_day} - days{14});
    end = std::max(end, sys_days{t.last_day} + days{14});
  }
  auto count = static_cast<std::size_t>((end - m_origin).count() + 1);

  if (plan.calendar.national_holidays) m_holidays = national;
  for (const DaySpan& span : plan.calendar.holidays) {
    each_day(span, m_origin, end, [&](const Date& d) {
      m_holidays.add({d, span.name, span.off, HolidayOrigin::Plan, fmt::format("plan line {}", span.location.line)});
      m_holidays.add_year(static_cast<int>(d.year()));
    });
  }

  std::vector<Term> terms = plan.calendar.terms;
  std::erase_if(terms, [](const Term& t) { return t.last_day < t.first_day; }); // reported by validate
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.first_day < b.first_day; });
  m_term_index.assign(count, 0);
  for (std::size_t i = 0; i < terms.size(); ++i) {
    for (sys_days d = sys_days{terms[i].first_day}; d <= sys_days{terms[i].last_day}; d += days{1}) {
      auto k = static_cast<std::size_t>((d - m_origin).count());
      if (k < count && m_term_index[k] == 0) m_term_index[k] = static_cast<std::uint8_t>(i + 1);
    }
  }

  for (const DaySpan& span : plan.calendar.days_off) {
    each_day(span, m_origin, end, [&](const Date& d) { m_names.emplace_back(sys_days{d}, span.name); });
  }
  for (const DaySpan& span : plan.calendar.extra_workdays) {
    each_day(span, m_origin, end, [&](const Date& d) { m_names.emplace_back(sys_days{d}, span.name); });
  }
  std::stable_sort(m_names.begin(), m_names.end(), [](auto& a, auto& b) { return a.first < b.first; });

  m_kinds.assign(count, DayKind::Vacation);
  std::vector<std::uint8_t> off(count, 0);
  std::vector<std::uint8_t> extra(count, 0);
  auto mark = [&](const std::vector<DaySpan>& spans, std::vector<std::uint8_t>& flags) {
    for (const DaySpan& span : spans) {
      each_day(span, m_origin, end, [&](const Date& d) {
        auto k = (sys_days{d} - m_origin).count();
        if (k >= 0 && static_cast<std::size_t>(k) < count) flags[static_cast<std::size_t>(k)] = 1;
      });
    }
  };
  mark(plan.calendar.days_off, off);
  mark(plan.calendar.extra_workdays, extra);
  for (std::size_t k = 0; k < count; ++k) {
    if (m_term_index[k] == 0) continue;
    Date d{m_origin + days{static_cast<long>(k)}};
    if (off[k]) {
      m_kinds[k] = DayKind::DayOff;
    } else if (extra[k]) {
      m_kinds[k] = DayKind::ExtraWorkday;
    } else if (const HolidayDay* h = m_holidays.find(d)) {
      m_kinds[k] = h->off ? DayKind::Holiday : DayKind::MakeUpWorkday;
    } else {
      m_kinds[k] = is_weekend(d) ? DayKind::Weekend : DayKind::SchoolDay;
    }
  }

  for (const Term& t : terms) {
    TermWeeks w;
    w.number = t.number;
    w.first_day = t.first_day;
    w.last_day = t.last_day;
    sys_days first{t.first_day};
    weekday wd{first};
    w.week1_monday = Date{first - days{(wd.c_encoding() + 6) % 7}};
    auto span_days = (sys_days{t.last_day} - sys_days{w.week1_monday}).count() + 1;
    auto weeks = static_cast<std::size_t>((span_days + 6) / 7);
    int counter = 0;
    for (std::size_t i = 0; i < weeks; ++i) {
      sys_days monday = sys_days{w.week1_monday} + days{static_cast<long>(7 * i)};
      bool has_school = false;
      for (int k = 0; k < 7 && !has_school; ++k) has_school = is_school_day(Date{monday + days{k}});
      if (!plan.calendar.skip_holiday_weeks || has_school) {
        w.numbers.push_back(++counter);
      } else {
        w.numbers.push_back(0);
      }
    }
    w.week_count = counter;
    m_terms.push_back(std::move(w));
  }
}

std::optional<std::size_t> AcademicCalendar::index(const Date& day) const
{
  auto k = (sys_days{day} - m_origin).count();
  if (k < 0 || static_cast<std::size_t>(k) >= m_kinds.size()) return std::nullopt;
  return static_cast<std::size_t>(k);
}

DayKind AcademicCalendar::kind(const Date& day) const
{
  auto k = index(day);
  return k ? m_kinds[*k] : DayKind::Vacation;
}

bool AcademicCalendar::is_school_day(const Date& day) const { return school(kind(day)); }

std::string_view AcademicCalendar::day_name(const Date& day) const
{
  sys_days key{day};
  auto it = std::lower_bound(m_names.begin(), m_names.end(), key, [](auto& e, sys_days k) { return e.first < k; });
  if (it != m_names.end() && it->first == key) return it->second;
  if (const HolidayDay* h = m_holidays.find(day)) return h->name;
  return {};
}

const TermWeeks* AcademicCalendar::term(int number) const
{
  for (const TermWeeks& t : m_terms) {
    if (t.number == number) return &t;
  }
  return nullptr;
}

const TermWeeks* AcademicCalendar::term_at(const Date& day) const
{
  auto k = index(day);
  if (!k || m_term_index[*k] == 0) return nullptr;
  // m_term_index refers to terms sorted by first day, as m_terms is.
  return &m_terms[m_term_index[*k] - 1u];
}

int AcademicCalendar::teaching_week(const Date& day) const
{
  const TermWeeks* t = term_at(day);
  if (!t) return 0;
  auto i = static_cast<std::size_t>((sys_days{day} - sys_days{t->week1_monday}).count() / 7);
  return i < t->numbers.size() ? t->numbers[i] : 0;
}

std::optional<std::pair<Date, Date>> AcademicCalendar::week_span(const TermWeeks& term, int week) const
{
  for (std::size_t i = 0; i < term.numbers.size(); ++i) {
    if (term.numbers[i] == week) {
      sys_days monday = sys_days{term.week1_monday} + days{static_cast<long>(7 * i)};
      return std::pair{Date{monday}, Date{monday + days{6}}};
    }
  }
  return std::nullopt;
}

std::optional<Date> AcademicCalendar::last_school_day(const Date& from, const Date& to) const
{
  for (sys_days d = sys_days{to}; d >= sys_days{from}; d -= days{1}) {
    if (is_school_day(Date{d})) return Date{d};
  }
  return std::nullopt;
}

std::optional<Date> AcademicCalendar::first_school_day(const Date& from, const Date& to) const
{
  for (sys_days d = sys_days{from}; d <= sys_days{to}; d += days{1}) {
    if (is_school_day(Date{d})) return Date{d};
  }
  return std::nullopt;
}

} // namespace plan
