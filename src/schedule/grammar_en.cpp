// The English schedule phrases: weekly on thu, odd weeks, every 2 weeks, monthly by day 8,
// at least 2 per term, week 3 tue, march next year ... to a Schedule.
#include "grammar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>

namespace plan {

namespace {

// ---- The fixed forms --------------------------------------------------------------

// One row of the table of English forms: a keyword phrase (its wordings and the schedule
// they mean), or an example of a form the rules in parse_english read.
struct EnglishForm {
  std::string_view example;               ///< listed in example_phrases(); empty: not listed
  std::vector<std::string_view> wordings; ///< a keyword's wordings: lower case, words one blank apart
  std::optional<Schedule> meaning;        ///< a keyword's schedule; nullopt: a pattern's example
};

// A keyword phrase listed among the examples as `shown`, also written as `also`.
EnglishForm keyword(std::string_view shown, std::vector<std::string_view> also, Schedule meaning)
{
  also.insert(also.begin(), shown);
  return {shown, std::move(also), std::move(meaning)};
}

// A keyword phrase that is accepted but not listed among the examples.
EnglishForm unlisted(std::vector<std::string_view> wordings, Schedule meaning)
{
  return {{}, std::move(wordings), std::move(meaning)};
}

// An example of a form with numbers or weekdays in it, which the rules read.
EnglishForm pattern(std::string_view example) { return {example, {}, std::nullopt}; }

Schedule of_kind(ScheduleKind kind)
{
  Schedule s;
  s.kind = kind;
  return s;
}

Schedule once_per(Period period)
{
  Schedule s = of_kind(ScheduleKind::Count);
  s.period = period;
  s.count = 1;
  return s;
}

Schedule in_each_term(TermAnchor anchor)
{
  Schedule s = of_kind(ScheduleKind::TermRelative);
  s.anchor = anchor;
  return s;
}

Schedule during(Season season)
{
  Schedule s = of_kind(ScheduleKind::Seasonal);
  s.season = season;
  return s;
}

Schedule every_two_weeks()
{
  Schedule s = of_kind(ScheduleKind::EveryNWeeks);
  s.interval = 2;
  return s;
}

Schedule by_month_end()
{
  Schedule s = of_kind(ScheduleKind::MonthlyDeadline);
  s.day = 0;
  return s;
}

// Every English keyword phrase, and the examples of the patterned forms between them,
// in the order example_phrases() lists them: the parser matches a phrase against the
// keywords' wordings, and the examples are taken from here, so the two cannot drift.
const std::vector<EnglishForm>& english_forms()
{
  static const std::vector<EnglishForm> forms = {
      keyword("daily", {"every day", "every school day", "each school day"}, of_kind(ScheduleKind::Daily)),
      keyword("weekly", {"every week", "once a week", "once per week"}, once_per(Period::Week)),
      pattern("weekly on thu"),
      pattern("every thursday"),
      pattern("odd weeks"),
      pattern("even weeks on thu"),
      pattern("every 2 weeks"),
      keyword("monthly", {"every month", "once a month", "once per month"}, once_per(Period::Month)),
      pattern("monthly by day 8"),
      keyword("monthly by month end",
              {"monthly by end of month", "by the end of each month", "by month end", "by the end of every month"},
              by_month_end()),
      pattern("monthly on day 15"),
      keyword("month start",
              {"start of each month", "start of every month", "first week of each month",
               "first school week of each month"},
              of_kind(ScheduleKind::MonthStart)),
      keyword("quarterly", {"every quarter", "once a quarter", "once per quarter"}, once_per(Period::Quarter)),
      pattern("at least 2 per term"),
      pattern("once per year"),
      keyword("before term", {"before the term", "before term start", "before the term starts"},
              in_each_term(TermAnchor::BeforeStart)),
      keyword("term start", {"start of term", "start of the term", "beginning of term", "first week", "first week of term"},
              in_each_term(TermAnchor::FirstWeek)),
      keyword("first month", {"first month of term", "first month of the term"}, in_each_term(TermAnchor::FirstMonth)),
      keyword("mid-term", {"midterm", "mid term", "middle of term", "middle of the term"},
              in_each_term(TermAnchor::MidTerm)),
      keyword("end of term", {"end of the term", "term end", "last weeks", "last weeks of term"},
              in_each_term(TermAnchor::EndOfTerm)),
      pattern("week 3 tue"),
      pattern("weeks 1-2"),
      pattern("september"),
      pattern("march next year"),
      pattern("feb-mar"),
      keyword("autumn", {"fall"}, during(Season::Autumn)),
      unlisted({"winter"}, during(Season::Winter)),
      unlisted({"spring"}, during(Season::Spring)),
      unlisted({"summer"}, during(Season::Summer)),
      unlisted({"biweekly", "fortnightly", "every other week"}, every_two_weeks()),
  };
  return forms;
}

// ---- The patterned forms -----------------------------------------------------------

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
  auto ok = [&](Schedule r) { return success(std::move(r)); };
  auto count = [&](Period p, unsigned n) {
    s.kind = ScheduleKind::Count;
    s.period = p;
    s.count = n;
    return ok(s);
  };
  if (w.empty()) return fail("");
  for (const EnglishForm& form : english_forms()) {
    if (form.meaning && std::find(form.wordings.begin(), form.wordings.end(), joined) != form.wordings.end()) {
      return ok(*form.meaning);
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
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> shown;
    for (const EnglishForm& form : english_forms()) {
      if (!form.example.empty()) shown.emplace_back(form.example);
    }
    return shown;
  }();
  return phrases;
}

} // namespace plan
