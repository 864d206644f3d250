// The English schedule phrases: weekly on thu, odd weeks, every 2 weeks, monthly by day 8,
// at least 2 per term, week 3 tue, march next year ... to a Schedule.
#include "grammar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

namespace plan {

namespace {

std::vector<std::string> split_words(const std::string& text)
{
  std::string spaced;
  for (char ch : text) {
    if (ch == ',') {
      spaced += ' ';
    } else {
      spaced += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
  }
  std::istringstream in(spaced);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::optional<unsigned> english_weekday(const std::string& w)
{
  static constexpr std::array<std::array<const char*, 3>, 7> names = {{{"mon", "monday", "mondays"},
                                                                       {"tue", "tuesday", "tues"},
                                                                       {"wed", "wednesday", "weds"},
                                                                       {"thu", "thursday", "thurs"},
                                                                       {"fri", "friday", "fridays"},
                                                                       {"sat", "saturday", "saturdays"},
                                                                       {"sun", "sunday", "sundays"}}};
  std::string word = w;
  if (word.size() > 3 && word.back() == 's' && word != "tues" && word != "thurs" && word != "weds") word.pop_back();
  for (unsigned i = 0; i < 7; ++i) {
    for (const char* n : names[i]) {
      if (word == n) return i;
    }
  }
  return std::nullopt;
}

std::optional<unsigned> english_month(const std::string& w)
{
  static constexpr std::array<const char*, 12> full = {"january", "february", "march",     "april",   "may",      "june",
                                                       "july",    "august",   "september", "october", "november", "december"};
  for (unsigned i = 0; i < 12; ++i) {
    std::string name = full[i];
    if (w == name || w == name.substr(0, 3) || (i == 8 && w == "sept")) return i + 1;
  }
  return std::nullopt;
}

std::optional<unsigned> english_number(const std::string& w)
{
  if (w == "one" || w == "once") return 1;
  if (w == "two" || w == "twice") return 2;
  if (w == "three") return 3;
  if (w == "four") return 4;
  if (w.empty() || w.find_first_not_of("0123456789") != std::string::npos || w.size() > 5) return std::nullopt;
  return static_cast<unsigned>(std::stoul(w));
}

std::optional<Period> english_period(const std::string& w)
{
  if (w == "week") return Period::Week;
  if (w == "month") return Period::Month;
  if (w == "quarter") return Period::Quarter;
  if (w == "term" || w == "semester") return Period::Term;
  if (w == "year") return Period::Year;
  return std::nullopt;
}

// Weekdays from position i to the end: "tue thu", "tue and thu", "mon-fri".
std::optional<WeekdayMask> english_weekdays(const std::vector<std::string>& w, std::size_t i)
{
  if (i >= w.size()) return std::nullopt;
  unsigned mask = 0;
  for (; i < w.size(); ++i) {
    if (w[i] == "and") continue;
    auto dash = w[i].find('-');
    if (dash != std::string::npos) {
      auto a = english_weekday(w[i].substr(0, dash));
      auto b = english_weekday(w[i].substr(dash + 1));
      if (!a || !b || *b < *a) return std::nullopt;
      for (unsigned d = *a; d <= *b; ++d) mask |= 1u << d;
      continue;
    }
    auto d = english_weekday(w[i]);
    if (!d) return std::nullopt;
    mask |= 1u << *d;
  }
  return static_cast<WeekdayMask>(mask);
}

} // namespace

Parsed parse_english(const std::string& text)
{
  auto w = split_words(text);
  std::string joined;
  for (const auto& x : w) joined += (joined.empty() ? "" : " ") + x;
  Schedule s;
  auto is = [&](std::initializer_list<const char*> forms) {
    return std::any_of(forms.begin(), forms.end(), [&](const char* f) { return joined == f; });
  };
  auto ok = [&](Schedule r) { return Parsed{r, {}, {}}; };
  auto count = [&](Period p, unsigned n) {
    s.kind = ScheduleKind::Count;
    s.period = p;
    s.count = n;
    return ok(s);
  };
  auto relative = [&](TermAnchor a) {
    s.kind = ScheduleKind::TermRelative;
    s.anchor = a;
    return ok(s);
  };
  if (w.empty()) return fail("");
  if (is({"daily", "every day", "every school day", "each school day"})) {
    s.kind = ScheduleKind::Daily;
    return ok(s);
  }
  if (is({"weekly", "every week", "once a week", "once per week"})) return count(Period::Week, 1);
  if (is({"monthly", "every month", "once a month", "once per month"})) return count(Period::Month, 1);
  if (is({"quarterly", "every quarter", "once a quarter", "once per quarter"})) return count(Period::Quarter, 1);
  if (is({"before term", "before the term", "before term start", "before the term starts"})) {
    return relative(TermAnchor::BeforeStart);
  }
  if (is({"term start", "start of term", "start of the term", "beginning of term", "first week", "first week of term"})) {
    return relative(TermAnchor::FirstWeek);
  }
  if (is({"first month", "first month of term", "first month of the term"})) return relative(TermAnchor::FirstMonth);
  if (is({"mid-term", "midterm", "mid term", "middle of term", "middle of the term"})) return relative(TermAnchor::MidTerm);
  if (is({"end of term", "end of the term", "term end", "last weeks", "last weeks of term"})) {
    return relative(TermAnchor::EndOfTerm);
  }
  if (is({"month start", "start of each month", "start of every month", "first week of each month",
          "first school week of each month"})) {
    s.kind = ScheduleKind::MonthStart;
    return ok(s);
  }
  if (is({"monthly by month end", "monthly by end of month", "by the end of each month", "by month end",
          "by the end of every month"})) {
    s.kind = ScheduleKind::MonthlyDeadline;
    s.day = 0;
    return ok(s);
  }
  if (is({"biweekly", "fortnightly", "every other week"})) {
    s.kind = ScheduleKind::EveryNWeeks;
    s.interval = 2;
    return ok(s);
  }
  for (auto [word, season] : {std::pair{"autumn", Season::Autumn}, std::pair{"fall", Season::Autumn},
                              std::pair{"winter", Season::Winter}, std::pair{"spring", Season::Spring},
                              std::pair{"summer", Season::Summer}}) {
    if (joined == word) {
      s.kind = ScheduleKind::Seasonal;
      s.season = season;
      return ok(s);
    }
  }
  // monthly by day 8 / monthly before day 8 / by day 8 of each month / monthly on day 15
  auto day_number = [&](const std::string& x) -> std::optional<unsigned> {
    auto n = english_number(x);
    if (!n || *n < 1 || *n > 31) return std::nullopt;
    return n;
  };
  if (w.size() == 4 && w[0] == "monthly" && (w[1] == "by" || w[1] == "before" || w[1] == "on") && w[2] == "day") {
    if (auto d = day_number(w[3])) {
      s.kind = w[1] == "on" ? ScheduleKind::MonthlyOnDay : ScheduleKind::MonthlyDeadline;
      s.day = *d;
      return ok(s);
    }
    return fail(fmt::format("`{}` is not a day of the month", w[3]));
  }
  if (w.size() == 6 && (w[0] == "by" || w[0] == "on") && w[1] == "day" && w[3] == "of" && (w[4] == "each" || w[4] == "every") &&
      w[5] == "month") {
    if (auto d = day_number(w[2])) {
      s.kind = w[0] == "on" ? ScheduleKind::MonthlyOnDay : ScheduleKind::MonthlyDeadline;
      s.day = *d;
      return ok(s);
    }
  }
  // weekly on tue thu / every thursday / on mon / tue, thu
  if (w.size() >= 3 && w[0] == "weekly" && w[1] == "on") {
    if (auto m = english_weekdays(w, 2)) {
      s.kind = ScheduleKind::Weekly;
      s.weekdays = *m;
      return ok(s);
    }
  }
  if (w.size() >= 2 && (w[0] == "every" || w[0] == "on")) {
    if (auto m = english_weekdays(w, 1)) {
      s.kind = ScheduleKind::Weekly;
      s.weekdays = *m;
      return ok(s);
    }
  }
  if (auto m = english_weekdays(w, 0)) {
    s.kind = ScheduleKind::Weekly;
    s.weekdays = *m;
    return ok(s);
  }
  // odd weeks [on thu]
  if (w.size() >= 2 && (w[0] == "odd" || w[0] == "even") && w[1] == "weeks") {
    s.kind = ScheduleKind::Weekly;
    s.parity = w[0] == "odd" ? WeekParity::Odd : WeekParity::Even;
    if (w.size() == 2) return ok(s);
    if (w[2] == "on") {
      if (auto m = english_weekdays(w, 3)) {
        s.weekdays = *m;
        return ok(s);
      }
    }
    return fail("write the weekdays as `odd weeks on thu`");
  }
  // every 2 weeks [on wed]
  if (w.size() >= 3 && w[0] == "every" && w[2] == "weeks") {
    auto n = english_number(w[1]);
    if (!n || *n < 2) return fail("write `every N weeks` with N of 2 or more");
    s.kind = ScheduleKind::EveryNWeeks;
    s.interval = *n;
    if (w.size() == 3) return ok(s);
    if (w[3] == "on") {
      if (auto m = english_weekdays(w, 4)) {
        s.weekdays = *m;
        return ok(s);
      }
    }
    return fail("write the weekday as `every 2 weeks on wed`");
  }
  // at least 2 per term / 2 times per month / once per term / twice a year
  {
    std::size_t i = 0;
    if (w.size() > 2 && w[0] == "at" && w[1] == "least") i = 2;
    if (i < w.size()) {
      if (auto n = english_number(w[i])) {
        std::size_t j = i + 1;
        if (j < w.size() && (w[j] == "times" || w[j] == "time")) ++j;
        if (j + 1 < w.size() && (w[j] == "per" || w[j] == "a" || w[j] == "each" || w[j] == "every")) {
          std::string period = w[j + 1];
          std::size_t k = j + 2;
          if (period == "school" && k < w.size() && w[k] == "year") {
            period = "year";
            ++k;
          }
          if (k == w.size()) {
            if (auto p = english_period(period)) return count(*p, *n); // 0 is reported by the meaning checks
            return fail(fmt::format("`{}` is not a period; use week, month, quarter, term or year", period));
          }
        }
      }
    }
  }
  // week 3 [tue] / weeks 1-2 / weeks 1 to 2
  if (w.size() >= 2 && (w[0] == "week" || w[0] == "weeks")) {
    std::string span = w[1];
    std::size_t next = 2;
    if (w.size() >= 4 && w[2] == "to") {
      span += "-" + w[3];
      next = 4;
    }
    auto dash = span.find('-');
    auto a = english_number(span.substr(0, dash));
    auto b = dash == std::string::npos ? a : english_number(span.substr(dash + 1));
    if (a && b && *a >= 1 && *b >= *a && *b <= 30) {
      s.kind = ScheduleKind::TeachingWeeks;
      s.week_from = *a;
      s.week_to = *b;
      if (next == w.size()) return ok(s);
      std::size_t from = w[next] == "on" ? next + 1 : next;
      if (auto m = english_weekdays(w, from)) {
        s.weekdays = *m;
        return ok(s);
      }
    }
    return fail("write teaching weeks as `week 3`, `week 3 tue` or `weeks 1-2`");
  }
  // september / march next year / feb-mar / february to march
  {
    std::vector<std::string> rest = w;
    bool next_year = false;
    if (rest.size() >= 3 && rest[rest.size() - 2] == "next" && rest.back() == "year") {
      next_year = true;
      rest.resize(rest.size() - 2);
    }
    std::optional<unsigned> from, to;
    if (rest.size() == 1) {
      auto dash = rest[0].find('-');
      from = english_month(rest[0].substr(0, dash));
      to = dash == std::string::npos ? from : english_month(rest[0].substr(dash + 1));
    } else if (rest.size() == 3 && rest[1] == "to") {
      from = english_month(rest[0]);
      to = english_month(rest[2]);
    }
    if (from && to) {
      s.kind = ScheduleKind::Months;
      s.month_from = *from;
      s.month_to = *to;
      s.second_year = next_year;
      return ok(s);
    }
  }
  return fail("");
}

const std::vector<std::string>& english_examples()
{
  static const std::vector<std::string> phrases = {
      "daily", "weekly", "weekly on thu", "every thursday", "odd weeks", "even weeks on thu", "every 2 weeks",
      "monthly", "monthly by day 8", "monthly by month end", "monthly on day 15", "month start", "quarterly",
      "at least 2 per term", "once per year", "before term", "term start", "first month", "mid-term", "end of term",
      "week 3 tue", "weeks 1-2", "september", "march next year", "feb-mar", "autumn"};
  return phrases;
}

} // namespace plan
