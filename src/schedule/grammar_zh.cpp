// The Chinese schedule phrases: 每周四, 单周周四, 两周一次, 每月初（8日之前）, 每学期听课不少于30节,
// 次年3月, 10月13日至20日, 第3周, 开学初, 秋季 ... to a Schedule.
#include "grammar.hpp"
#include "normalise.hpp"

#include "plan/util/cn_numerals.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace plan {

namespace {

constexpr std::u32string_view k_reserved = U"周月日号年季期至到前后初底末单双隔每第次";
constexpr std::array<std::u32string_view, 13> k_measures = {U"课时", U"次", U"节", U"篇", U"个", U"项",
                                                            U"本", U"份", U"件", U"场", U"轮", U"堂", U"条"};
constexpr std::array<std::u32string_view, 5> k_qualifiers = {U"不少于", U"至少", U"不低于", U"最少", U"不少於"};

struct Cursor {
  std::u32string_view s;
  std::size_t i = 0;

  bool done() const { return i >= s.size(); }
  char32_t peek(std::size_t ahead = 0) const { return i + ahead < s.size() ? s[i + ahead] : U'\0'; }
  bool starts(std::u32string_view word) const { return s.substr(i, word.size()) == word; }
  bool eat(std::u32string_view word)
  {
    if (!starts(word)) return false;
    i += word.size();
    return true;
  }
  template <std::size_t N> bool eat_any(const std::array<std::u32string_view, N>& words)
  {
    for (auto w : words) {
      if (eat(w)) return true;
    }
    return false;
  }
  std::u32string_view rest() const { return s.substr(std::min(i, s.size())); }
};

// The largest number a phrase may give: a larger count, day or week is a slip of the keyboard.
constexpr unsigned k_largest_number = 100000;

// A number (8, 十二, 二十五, 一百) at the cursor, which moves past it.
std::optional<unsigned> read_number(Cursor& c)
{
  auto n = read_cn_number(c.rest());
  if (!n || n->value > k_largest_number) return std::nullopt;
  c.i += n->length;
  return n->value;
}

// Descriptive words: CJK characters that carry no schedule meaning (大教研, 提交, 小结).
std::u32string read_activity(Cursor& c)
{
  std::u32string out;
  while (!c.done()) {
    char32_t ch = c.peek();
    bool qualifier = std::any_of(k_qualifiers.begin(), k_qualifiers.end(), [&](auto q) { return c.starts(q); });
    if (qualifier || !is_cjk(ch) || is_cn_numeral_char(ch) || k_reserved.find(ch) != std::u32string_view::npos) break;
    out.push_back(ch);
    ++c.i;
  }
  return out;
}

std::optional<unsigned> weekday_index(char32_t ch)
{
  switch (ch) {
  case U'一': case U'1': return 0u;
  case U'二': case U'2': return 1u;
  case U'三': case U'3': return 2u;
  case U'四': case U'4': return 3u;
  case U'五': case U'5': return 4u;
  case U'六': case U'6': return 5u;
  case U'日': case U'天': case U'七': case U'7': return 6u;
  default: return std::nullopt;
  }
}

bool eat_week_prefix(Cursor& c) { return c.eat(U"星期") || c.eat(U"礼拜") || c.eat(U"周"); }

// 一 / 周二、周四 / 二、四 / 一至五 (after 每周 or 周 has been read); `need_prefix` for the
// first day when no 周 came before it.
std::optional<WeekdayMask> read_weekdays(Cursor& c, bool need_prefix)
{
  std::size_t start = c.i;
  if (need_prefix && !eat_week_prefix(c)) return std::nullopt;
  auto first = weekday_index(c.peek());
  if (!first) {
    c.i = start;
    return std::nullopt;
  }
  ++c.i;
  unsigned mask = 1u << *first;
  if (c.starts(U"至") || c.starts(U"到") || c.starts(U"-")) {
    Cursor probe = c;
    ++probe.i;
    eat_week_prefix(probe);
    if (auto last = weekday_index(probe.peek()); last && *last > *first) {
      for (unsigned d = *first; d <= *last; ++d) mask |= 1u << d;
      probe.i++;
      c = probe;
      return static_cast<WeekdayMask>(mask);
    }
  }
  while (c.starts(U"、") || c.starts(U",") || c.starts(U"和") || c.starts(U"及")) {
    Cursor probe = c;
    ++probe.i;
    eat_week_prefix(probe);
    auto next = weekday_index(probe.peek());
    if (!next) break;
    mask |= 1u << *next;
    probe.i++;
    c = probe;
  }
  return static_cast<WeekdayMask>(mask);
}

struct CountClause {
  unsigned count = 1;
  bool explicit_count = false;
  bool had_measure = false;
  bool had_qualifier = false;
  std::u32string unit;
  std::u32string activity;
  bool ends_in_words = false;
};

// [activity] [不少于|至少] [count [measure]] [activity], then the end of the phrase.
std::optional<CountClause> read_count_clause(Cursor c, Cursor& end)
{
  CountClause out;
  out.activity = read_activity(c);
  for (auto q : k_qualifiers) {
    if (c.eat(q)) {
      out.had_qualifier = true;
      break;
    }
  }
  std::u32string more = read_activity(c); // 至少交1篇
  if (auto n = read_number(c)) {
    out.count = *n;
    out.explicit_count = true;
    for (auto m : k_measures) {
      if (c.eat(m)) {
        out.had_measure = true;
        if (m != U"次") out.unit = m;
        break;
      }
    }
  } else if (out.had_qualifier) {
    return std::nullopt;
  }
  std::u32string tail = read_activity(c);
  if (!c.done()) return std::nullopt;
  // Words after the count (每月一小结), or with no count after them (每学期听课).
  out.ends_in_words = !tail.empty() || (!out.explicit_count && !out.activity.empty());
  out.activity += more;
  if (!tail.empty()) out.activity += (out.activity.empty() ? U"" : U" ") + tail;
  end = c;
  return out;
}


std::string u8(std::u32string_view s) { return utf8::encode(s); }

Parsed finish(Schedule s, Cursor& c)
{
  std::u32string activity = read_activity(c);
  if (!c.done()) {
    return fail(fmt::format("`{}` is not understood after `{}`", u8(c.rest()), u8(c.s.substr(0, c.i))));
  }
  s.activity = u8(activity);
  return success(s, !activity.empty());
}

Parsed count_schedule(Period period, const CountClause& clause)
{
  Schedule s;
  s.kind = ScheduleKind::Count;
  s.period = period;
  s.count = clause.count;
  s.unit = u8(clause.unit);
  s.activity = u8(clause.activity);
  return success(s, clause.ends_in_words);
}

// 每月…: deadlines, fixed days, the month's start, counts.
Parsed parse_monthly(Cursor& c)
{
  Schedule s;
  if (c.eat(U"月底前") || c.eat(U"月底") || c.eat(U"月末") || c.eat(U"底前") || c.eat(U"底") || c.eat(U"末")) {
    s.kind = ScheduleKind::MonthlyDeadline;
    s.day = 0;
    return finish(s, c);
  }
  if (c.eat(U"初")) {
    if (c.eat(U"(") || c.eat(U"（")) {
      auto n = read_number(c);
      if (!n || !(c.eat(U"日") || c.eat(U"号"))) return fail("write the deadline inside the brackets as `8日之前`");
      if (!(c.eat(U"之前") || c.eat(U"以前") || c.eat(U"前"))) return fail("write the deadline inside the brackets as `8日之前`");
      if (!(c.eat(U")") || c.eat(U"）"))) return fail("a bracket is opened but not closed");
      if (*n < 1 || *n > 31) return impossible(fmt::format("day {} does not exist in any month", *n));
      s.kind = ScheduleKind::MonthlyDeadline;
      s.day = *n;
      return finish(s, c);
    }
    s.kind = ScheduleKind::MonthStart;
    return finish(s, c);
  }
  Cursor probe = c;
  if (auto n = read_number(probe); n && (probe.starts(U"日") || probe.starts(U"号"))) {
    probe.i++;
    if (*n < 1 || *n > 31) return impossible(fmt::format("day {} does not exist in any month", *n));
    s.day = *n;
    s.kind = (probe.eat(U"之前") || probe.eat(U"以前") || probe.eat(U"前")) ? ScheduleKind::MonthlyDeadline
                                                                           : ScheduleKind::MonthlyOnDay;
    c = probe;
    return finish(s, c);
  }
  Cursor end = c;
  if (auto clause = read_count_clause(c, end)) {
    c = end;
    return count_schedule(Period::Month, *clause);
  }
  return fail(fmt::format("`{}` is not understood after `每月`", u8(c.rest())));
}

// 每周…: weekdays, or a count per week.
Parsed parse_weekly(Cursor& c)
{
  if (c.starts(U"日") || c.starts(U"天")) { // 每周日, 每周天: Sunday
    Schedule s;
    s.kind = ScheduleKind::Weekly;
    s.weekdays = *read_weekdays(c, false);
    return finish(s, c);
  }
  Cursor end = c;
  if (auto clause = read_count_clause(c, end)) {
    // 每周四大教研 is Thursday, not "four 大教研", and 每周一训 is Monday: after 每周 a
    // numeral counts only with a measure word (每周一次) or 不少于/至少 before it.
    if (!clause->explicit_count || clause->had_measure || clause->had_qualifier) {
      c = end;
      return count_schedule(Period::Week, *clause);
    }
  }
  if (auto mask = read_weekdays(c, false)) {
    Schedule s;
    s.kind = ScheduleKind::Weekly;
    s.weekdays = *mask;
    return finish(s, c);
  }
  if (!c.done() && is_cn_numeral_char(c.peek())) {
    return fail(fmt::format("`{}` is not a weekday; write 周一 … 周日", u8(c.rest().substr(0, 1))));
  }
  return fail(fmt::format("`{}` is not understood after `每周`", u8(c.rest())));
}

// After 每 N 周 / 两周一次 / 隔周: an optional weekday with its 周 prefix.
Parsed every_n_weeks(unsigned n, Cursor& c)
{
  Schedule s;
  s.kind = ScheduleKind::EveryNWeeks;
  s.interval = n;
  c.eat(U"一次");
  c.eat(U"1次");
  if (auto mask = read_weekdays(c, true)) s.weekdays = *mask;
  return finish(s, c);
}

// [次年] 9月 / 9月份 / 二、三月份 / 9-10月 / 9月至10月 / 10月13日 / 10月13日至20日
Parsed parse_month_phrase(Cursor& c, bool second_year)
{
  auto month_number = [&](Cursor& k) -> std::optional<unsigned> {
    Cursor probe = k;
    auto n = read_number(probe);
    if (!n) return std::nullopt;
    k = probe;
    return n;
  };
  auto m1 = month_number(c);
  if (!m1) return fail("expected a month number");
  unsigned from = *m1;
  unsigned to = from;
  if (c.eat(U"、") || c.eat(U",")) {
    auto m2 = month_number(c);
    if (!m2) return fail("expected a second month after `、`");
    to = *m2;
  } else if (c.starts(U"-") || c.starts(U"至") || c.starts(U"到")) {
    Cursor probe = c;
    probe.i++;
    if (auto m2 = month_number(probe)) {
      to = *m2;
      c = probe;
    }
  }
  if (!c.eat(U"月")) return fail("expected `月` after the month number");
  for (unsigned m : {from, to}) {
    if (m < 1 || m > 12) return impossible(fmt::format("there is no month {}", m));
  }
  Schedule s;
  s.second_year = second_year;
  // 10月13日 …
  Cursor probe = c;
  if (from == to) {
    if (auto d = read_number(probe); d && (probe.eat(U"日") || probe.eat(U"号"))) {
      if (*d < 1 || *d > 31) return impossible(fmt::format("no month has a day {}", *d));
      s.kind = ScheduleKind::MonthDay;
      s.month_from = s.month_to = from;
      s.day_from = s.day_to = *d;
      c = probe;
      if (c.eat(U"至") || c.eat(U"到") || c.eat(U"-")) {
        Cursor second = c;
        unsigned to_month = from;
        Cursor look = second;
        if (auto n = read_number(look); n && look.eat(U"月")) {
          to_month = *n;
          second = look;
        }
        auto d2 = read_number(second);
        if (!d2 || !(second.eat(U"日") || second.eat(U"号"))) return fail("expected the span's last day, e.g. `10月20日`");
        if (to_month < 1 || to_month > 12) return impossible(fmt::format("there is no month {}", to_month));
        if (*d2 < 1 || *d2 > 31) return impossible(fmt::format("no month has a day {}", *d2));
        s.kind = ScheduleKind::MonthDayRange;
        s.month_to = to_month;
        s.day_to = *d2;
        c = second;
      }
      return finish(s, c);
    }
  }
  c.eat(U"份");
  // 9月上旬 / 中旬 / 下旬: days 1-10, 11-20, 21 to the month's end (day_to 0).
  if (from == to) {
    struct Part {
      std::u32string_view word;
      unsigned first, last;
    };
    for (auto [word, first, last] : {Part{U"上旬", 1, 10}, Part{U"中旬", 11, 20}, Part{U"下旬", 21, 0}}) {
      if (c.eat(word)) {
        s.kind = ScheduleKind::MonthDayRange;
        s.month_from = s.month_to = from;
        s.day_from = first;
        s.day_to = last;
        return finish(s, c);
      }
    }
  }
  // 9月至10月
  if (from == to && (c.starts(U"至") || c.starts(U"到") || c.starts(U"-"))) {
    Cursor more = c;
    more.i++;
    if (auto m2 = read_number(more); m2 && more.eat(U"月")) {
      more.eat(U"份");
      if (*m2 < 1 || *m2 > 12) return impossible(fmt::format("there is no month {}", *m2));
      to = *m2;
      c = more;
    }
  }
  s.kind = ScheduleKind::Months;
  s.month_from = from;
  s.month_to = to;
  return finish(s, c);
}

} // namespace

Parsed parse_chinese(std::u32string_view text)
{
  Cursor c{text};
  Schedule s;
  auto relative = [&](TermAnchor anchor) {
    s.kind = ScheduleKind::TermRelative;
    s.anchor = anchor;
    return finish(s, c);
  };

  if (c.eat(U"每月") || c.eat(U"每个月")) return parse_monthly(c);
  if (c.eat(U"每周") || c.eat(U"每星期") || c.eat(U"每礼拜")) return parse_weekly(c);
  if (c.eat(U"每日") || c.eat(U"每天") || c.eat(U"天天") || c.eat(U"每个工作日") || c.eat(U"日日")) {
    Cursor probe = c;
    if (probe.eat(U"一次") || probe.eat(U"1次") || probe.eat(U"一")) c = probe; // 每天一次, 每日一查
    s.kind = ScheduleKind::Daily;
    return finish(s, c);
  }
  if (c.eat(U"每季度") || c.eat(U"每个季度") || c.eat(U"每季")) {
    Cursor end = c;
    if (auto clause = read_count_clause(c, end)) return count_schedule(Period::Quarter, *clause);
    return fail(fmt::format("`{}` is not understood after `每季度`", u8(c.rest())));
  }
  if (c.eat(U"每学期") || c.eat(U"每期")) {
    if (c.eat(U"开学第一个月") || c.eat(U"开学第一月") || c.eat(U"开学首月")) return relative(TermAnchor::FirstMonth);
    if (c.eat(U"开学初") || c.eat(U"开学第一周") || c.eat(U"初")) return relative(TermAnchor::FirstWeek);
    if (c.eat(U"开学前")) return relative(TermAnchor::BeforeStart);
    if (c.eat(U"期中") || c.eat(U"中")) return relative(TermAnchor::MidTerm);
    if (c.eat(U"期末") || c.eat(U"末")) return relative(TermAnchor::EndOfTerm);
    Cursor end = c;
    if (auto clause = read_count_clause(c, end)) return count_schedule(Period::Term, *clause);
    return fail(fmt::format("`{}` is not understood after `每学期`", u8(c.rest())));
  }
  if (c.eat(U"每学年") || c.eat(U"每年")) {
    Cursor end = c;
    if (auto clause = read_count_clause(c, end)) return count_schedule(Period::Year, *clause);
    return fail(fmt::format("`{}` is not understood after `每学年`", u8(c.rest())));
  }
  if (c.eat(U"两周一次") || c.eat(U"隔周") || c.eat(U"间周") || c.eat(U"每隔一周")) return every_n_weeks(2, c);
  if (c.starts(U"每")) {
    Cursor probe = c;
    probe.i++;
    if (auto n = read_number(probe); n && probe.eat(U"周")) {
      if (*n < 2) return fail("`每1周` is weekly: write `每周`");
      c = probe;
      return every_n_weeks(*n, c);
    }
  }
  {
    Cursor probe = c;
    if (auto n = read_number(probe); n && probe.eat(U"周一次")) {
      if (*n < 2) return fail("once a week is `每周一次`");
      c = probe;
      return every_n_weeks(*n, c);
    }
  }
  if (c.eat(U"单周") || c.eat(U"双周")) {
    s.kind = ScheduleKind::Weekly;
    s.parity = text.substr(0, 1) == U"单" ? WeekParity::Odd : WeekParity::Even;
    if (auto mask = read_weekdays(c, true)) s.weekdays = *mask;
    return finish(s, c);
  }
  if (c.starts(U"周") || c.starts(U"星期") || c.starts(U"礼拜")) {
    if (auto mask = read_weekdays(c, true)) {
      s.kind = ScheduleKind::Weekly;
      s.weekdays = *mask;
      return finish(s, c);
    }
  }
  if (c.eat(U"开学前") || c.eat(U"开学之前")) return relative(TermAnchor::BeforeStart);
  if (c.eat(U"开学第一个月") || c.eat(U"开学第一月") || c.eat(U"开学首月") || c.eat(U"开学后第一个月")) {
    return relative(TermAnchor::FirstMonth);
  }
  if (c.eat(U"开学初") || c.eat(U"学期初") || c.eat(U"开学第一周") || c.eat(U"开学后第一周") || c.eat(U"期初")) {
    return relative(TermAnchor::FirstWeek);
  }
  if (c.eat(U"期中") || c.eat(U"学期中")) return relative(TermAnchor::MidTerm);
  if (c.eat(U"期末") || c.eat(U"学期末")) return relative(TermAnchor::EndOfTerm);
  if (c.eat(U"次年") || c.eat(U"第二年") || c.eat(U"翌年")) {
    if (!c.done() && is_cn_numeral_char(c.peek())) return parse_month_phrase(c, true);
    return fail("expected a month after `次年`, e.g. `次年3月`");
  }
  if (c.eat(U"第")) {
    auto w1 = read_number(c);
    if (!w1) return fail("expected a week number after `第`");
    unsigned w2 = *w1;
    if (c.eat(U"-") || c.eat(U"至") || c.eat(U"到")) {
      c.eat(U"第");
      auto n = read_number(c);
      if (!n) return fail("expected the last week number of the span");
      w2 = *n;
    }
    if (!c.eat(U"周")) return fail("expected `周` after the week number");
    if (*w1 < 1) return fail("there is no teaching week 0; weeks are counted from 1");
    if (w2 > 30) return fail(fmt::format("there is no teaching week {}; a term has at most 30", w2));
    if (w2 < *w1) return fail(fmt::format("teaching weeks {}-{} end before they start", *w1, w2));
    s.kind = ScheduleKind::TeachingWeeks;
    s.week_from = *w1;
    s.week_to = w2;
    if (auto mask = read_weekdays(c, true)) s.weekdays = *mask;
    return finish(s, c);
  }
  struct SeasonWord {
    std::u32string_view word;
    Season season;
  };
  for (auto [word, season] : {SeasonWord{U"秋季", Season::Autumn}, SeasonWord{U"秋天", Season::Autumn},
                              SeasonWord{U"冬季", Season::Winter}, SeasonWord{U"冬天", Season::Winter},
                              SeasonWord{U"春季", Season::Spring}, SeasonWord{U"春天", Season::Spring},
                              SeasonWord{U"夏季", Season::Summer}, SeasonWord{U"夏天", Season::Summer}}) {
    if (c.eat(word)) {
      s.kind = ScheduleKind::Seasonal;
      s.season = season;
      return finish(s, c);
    }
  }
  if (!c.done() && is_cn_numeral_char(c.peek())) return parse_month_phrase(c, false);
  return fail("");
}

bool may_start_chinese_phrase(char32_t c)
{
  // The first characters of the forms parse_chinese tries, in its order; numerals
  // start months (9月) and N周一次.
  constexpr std::u32string_view k_first = U"每天日隔间单双周星礼开学期次第翌秋冬春夏";
  return k_first.find(c) != std::u32string_view::npos || is_cn_numeral_char(c);
}

bool may_end_chinese_phrase(char32_t c)
{
  // The last characters of the words above that can end a phrase, and of the measure
  // words; weekdays and numbers end with numerals, 日 or 天.
  constexpr std::u32string_view k_last = U"前底末初日号次月份旬周季天中年度期拜时节篇个项本件场轮堂条)";
  bool ascii_word = (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return k_last.find(c) != std::u32string_view::npos || is_cn_numeral_char(c) || ascii_word;
}

const std::vector<std::string>& chinese_examples()
{
  static const std::vector<std::string> phrases = {
      "10月13日", "10月13日至10月20日", "9月", "9月份", "次年3月", "二、三月份", "9-10月", "每周四", "周二、周四",
      "每周二、四", "周五", "每周一至周五", "单周", "双周", "单周周四", "两周一次", "每两周", "隔周", "每两周周三",
      "每周一次", "每周不少于1次", "每周抽查不少于1次", "每月一次", "每月例查1次", "每月一小结", "每季度一次",
      "每学期一次", "每学期至少两次", "每期一练", "每学年至少两次", "每年一评", "每月8日前", "每月初（8日之前）",
      "每月底", "每月月底前", "每月初", "每月15日", "每天", "每日一查", "开学前", "开学初", "开学第一个月", "期中",
      "期末", "学期末", "第3周", "第3周周二", "第1-2周", "秋季", "冬季", "春季", "夏季"};
  return phrases;
}

} // namespace plan
