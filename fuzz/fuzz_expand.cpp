// Expansion of arbitrary valid plans. Random bytes are almost never a valid plan, so
// the input is read as choices (ByteSource) that build a plan's YAML text piece by
// piece: an academic year with terms, holidays, days off and extra workdays; owners;
// nested sections; items with schedule phrases (the documented examples and phrases
// assembled from the language's words and numbers), holiday policies, terms, quotas
// and targets; and text with characters that each output format must escape. A plan
// that loads without errors is expanded and rendered in every view and format, and
// the results are checked against what the man pages promise.
#include "byte_source.hpp"
#include "check.hpp"

#include "plan/calendar/phrase.hpp"
#include "plan/calendar/recurrence.hpp"
#include "plan/load.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/html.hpp"
#include "plan/render/icalendar.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/views/checklist.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/summary.hpp"
#include "plan/views/term_table.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace plan;
using namespace std::chrono;
using plan::fuzz::ByteSource;

// ---- Text ---------------------------------------------------------------------------

// Pieces of titles, names, owners and tags: ordinary Chinese and English, and what
// Markdown, CSV, HTML, iCalendar, JSON and terminals each treat specially.
constexpr std::array<std::string_view, 34> k_text = {
    "教研", "安全演练", "教务处", "政教处", "Staff meeting", "a|b", "<script>x</script>", "&amp;", "=SUM(A1)", "+1",
    "-x", "@home", "\"quoted\"", "back\\slash", "comma, semicolon;", "tab\there", "line\nbreak", "cr\rhere",
    "😀", "e\u0301", "\u202Ertl", "Ω", "\u3000全角", "*bold*", "`code`", "[x](y)", "# h", "---", "x",
    "很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题很长的标题", "\u00A0", "\\n", "\x7f",
    "\xc2\x85"};

std::string text(ByteSource& in, std::size_t max_pieces = 3)
{
  std::string out;
  std::size_t n = in.range<std::size_t>(1, max_pieces);
  for (std::size_t i = 0; i < n; ++i) out += in.pick(k_text);
  return out;
}

// A YAML double-quoted scalar: the only style that can hold any text.
std::string yaml_quoted(std::string_view s)
{
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

// ---- Numbers and dates --------------------------------------------------------------

// A number as a school writes it: 8, ８ (full width) or 八.
std::string numeral(ByteSource& in, unsigned n)
{
  static constexpr std::array<std::string_view, 10> digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  switch (in.range(0, 5)) {
  case 0:
    if (n < 100) {
      if (n < 10) return std::string(digits[n]);
      std::string out = n >= 20 ? std::string(digits[n / 10]) : std::string();
      out += "十";
      if (n % 10) out += digits[n % 10];
      return out;
    }
    break;
  case 1: {
    std::string out;
    for (char c : std::to_string(n)) out += fmt::format("\xef\xbc{:c}", static_cast<char>(0x90 + (c - '0')));
    return out;
  }
  default:
    break;
  }
  return std::to_string(n);
}

// Mostly in [lo, hi], sometimes just outside it, rarely anything.
unsigned number(ByteSource& in, unsigned lo, unsigned hi)
{
  switch (in.range(0, 31)) {
  case 0: return lo > 0 ? lo - 1 : 0;
  case 1: return hi + 1;
  case 2: return in.range<unsigned>(0, 200000);
  default: return in.range(lo, hi);
  }
}

Date add_days(const Date& d, long n) { return Date{sys_days{d} + days{n}}; }

// ---- Schedule phrases ---------------------------------------------------------------

constexpr std::array<std::string_view, 9> k_weekday_chars = {"一", "二", "三", "四", "五", "六", "日", "天", "7"};
constexpr std::array<std::string_view, 7> k_weekday_names = {"mon", "tuesday", "wed", "thu", "fridays", "sat", "sun"};
constexpr std::array<std::string_view, 12> k_month_names = {"january", "feb", "march", "apr", "may", "june",
                                                            "jul", "august", "sept", "october", "nov", "december"};
constexpr std::array<std::string_view, 6> k_measures = {"次", "节", "篇", "课时", "项", ""};
constexpr std::array<std::string_view, 6> k_activities = {"", "", "大教研", "例查", "提交", "检查"};
constexpr std::array<std::string_view, 5> k_periods_zh = {"每周", "每月", "每季度", "每学期", "每学年"};
constexpr std::array<std::string_view, 5> k_periods_en = {"week", "month", "quarter", "term", "year"};

// Words and marks of the phrase language, for phrases no rule above would build.
constexpr std::array<std::string_view, 44> k_tokens = {
    "每", "周", "月", "日", "号", "前", "之前", "初", "底", "末", "单", "双", "隔", "第", "次年", "至", "到",
    "-", "、", "（", "）", "(", ")", "上旬", "下旬", "学期", "学年", "季度", "开学", "期中", "期末", "不少于",
    "至少", "次", "1", "8", "十", "两", "weekly", "on", "weeks", "every", " ", "day"};

std::string weekdays_zh(ByteSource& in)
{
  std::string out(in.pick(k_weekday_chars));
  switch (in.range(0, 3)) {
  case 0: return out + "至周" + std::string(in.pick(k_weekday_chars));
  case 1: return out + "、" + std::string(in.pick(k_weekday_chars));
  case 2: return out + "、周" + std::string(in.pick(k_weekday_chars));
  default: return out;
  }
}

std::string optional_weekday(ByteSource& in) { return in.flag() ? "周" + weekdays_zh(in) : ""; }

std::string iso(const Date& d) { return format_iso(d); }

std::string phrase(ByteSource& in, const Date& year_start)
{
  auto day = [&] { return numeral(in, number(in, 1, 31)); };
  auto month = [&] { return numeral(in, number(in, 1, 12)); };
  auto week = [&] { return numeral(in, number(in, 1, 22)); };
  auto count = [&] { return numeral(in, number(in, 1, 12)); };
  auto activity = [&] { return std::string(in.pick(k_activities)); };
  switch (in.range(0, 22)) {
  case 0: return "每月" + day() + std::string(in.pick(std::array<std::string_view, 4>{"日前", "号", "日", "日之前"})) + activity();
  case 1: return "每月初（" + day() + "日之前）";
  case 2: return std::string(in.pick(std::array<std::string_view, 5>{"每月底", "每月月底前", "每月初", "每月末", "每月底前"}));
  case 3: return "每周" + weekdays_zh(in) + activity();
  case 4: return "周" + weekdays_zh(in);
  case 5: return (in.flag() ? "单周" : "双周") + optional_weekday(in) + activity();
  case 6: return "每" + numeral(in, number(in, 2, 5)) + "周" + optional_weekday(in);
  case 7: return std::string(in.pick(std::array<std::string_view, 3>{"隔周", "两周一次", "每隔一周"})) + optional_weekday(in);
  case 8: {
    std::string first = week();
    if (in.flag()) return "第" + first + "周" + optional_weekday(in);
    return "第" + first + (in.flag() ? "-" : "至第") + week() + "周" + optional_weekday(in);
  }
  case 9: {
    std::string year = in.one_in(4) ? "次年" : "";
    switch (in.range(0, 4)) {
    case 0: return year + month() + "月";
    case 1: return year + month() + "月份";
    case 2: return year + month() + "-" + month() + "月";
    case 3: return year + month() + "月至" + month() + "月";
    default: return year + month() + "、" + month() + "月份";
    }
  }
  case 10: {
    std::string first = month() + "月" + day() + "日";
    switch (in.range(0, 3)) {
    case 0: return first;
    case 1: return first + "至" + month() + "月" + day() + "日";
    case 2: return first + "至" + day() + "日";
    default: return month() + "月" + std::string(in.pick(std::array<std::string_view, 3>{"上旬", "中旬", "下旬"}));
    }
  }
  case 11: {
    std::string qualifier(in.pick(std::array<std::string_view, 4>{"", "不少于", "至少", "抽查不少于"}));
    return std::string(in.pick(k_periods_zh)) + activity() + qualifier + count() + std::string(in.pick(k_measures));
  }
  case 12:
    return std::string(in.pick(std::array<std::string_view, 12>{"开学前", "开学初", "期中", "期末", "学期末",
                                                                "开学第一个月", "每学期期末", "每学期开学初",
                                                                "每期中", "开学第一周", "期初", "每学期开学前"}));
  case 13:
    return std::string(in.pick(std::array<std::string_view, 8>{"秋季", "冬季", "春季", "夏季", "每天", "每日一查",
                                                               "每个工作日", "天天"}));
  case 14: {
    Date first = add_days(year_start, in.range(-40, 420));
    if (in.flag()) return iso(first);
    std::string sep(in.pick(std::array<std::string_view, 4>{"..", " to ", "至", "-"}));
    return iso(first) + sep + iso(add_days(first, in.range(-2, 60)));
  }
  case 15: {
    std::string out = "week" + std::string(in.flag() ? " " : "s ") + std::to_string(number(in, 1, 22));
    if (in.flag()) out += "-" + std::to_string(number(in, 1, 22));
    if (in.flag()) out += " " + std::string(in.pick(k_weekday_names));
    return out;
  }
  case 16:
    return "every " + std::to_string(number(in, 2, 4)) + " weeks" +
           (in.flag() ? " on " + std::string(in.pick(k_weekday_names)) : "");
  case 17:
    return "monthly " + std::string(in.pick(std::array<std::string_view, 3>{"by", "on", "before"})) + " day " +
           std::to_string(number(in, 1, 31));
  case 18:
    return std::string(in.pick(std::array<std::string_view, 3>{"at least ", "", "twice "})) +
           std::to_string(number(in, 1, 12)) + " per " + std::string(in.pick(k_periods_en));
  case 19: {
    std::string out(in.pick(k_month_names));
    if (in.flag()) out += "-" + std::string(in.pick(k_month_names));
    if (in.one_in(3)) out += " next year";
    return out;
  }
  case 20:
    return std::string(in.flag() ? "odd" : "even") + " weeks" +
           (in.flag() ? " on " + std::string(in.pick(k_weekday_names)) + " " + std::string(in.pick(k_weekday_names))
                      : "");
  case 21: {
    std::string out;
    std::size_t n = in.range<std::size_t>(1, 6);
    for (std::size_t i = 0; i < n; ++i) out += in.pick(k_tokens);
    return out;
  }
  default:
    return in.pick(example_phrases());
  }
}

// ---- The plan -----------------------------------------------------------------------

struct Builder {
  explicit Builder(ByteSource& source) : in(source) {}

  ByteSource& in;
  int first_year = 2023;
  Date year_start{}; // August 1 of the first year
  std::vector<int> terms;
  std::vector<std::string> owners;
  unsigned next_id = 0;
  unsigned items_left = 12;
  std::string yaml;

  void line(int indent, const std::string& s) { yaml += std::string(static_cast<std::size_t>(indent), ' ') + s + "\n"; }

  Date date_near(int from, int to) { return add_days(year_start, in.range(from, to)); }

  void calendar()
  {
    // Term 1 from August or September, term 2 after it; either may be left out, and
    // the list may name term 2 first.
    Date t1_first = date_near(0, 60);
    Date t1_last = add_days(t1_first, in.range(0, 175));
    Date t2_first = add_days(t1_last, in.range(1, 70));
    Date t2_last = add_days(t2_first, in.range(0, 175));
    Date end{year{first_year + 1} / August / 31};
    if (end < t2_last) t2_last = end;
    bool has1 = true;
    bool has2 = t2_first <= t2_last;
    if (has2 && in.one_in(5)) has1 = false;
    else if (in.one_in(6)) has2 = false;
    std::vector<std::string> entries;
    auto term = [&](int n, const Date& f, const Date& l) {
      std::string name = in.flag() ? fmt::format(", name: {}", yaml_quoted(text(in, 1))) : "";
      entries.push_back(fmt::format("- {{term: {}{}, first_day: {}, last_day: {}}}", n, name, iso(f), iso(l)));
      terms.push_back(n);
    };
    if (has1) term(1, t1_first, t1_last);
    if (has2) term(2, t2_first, t2_last);
    if (in.one_in(4)) std::reverse(entries.begin(), entries.end());
    if (terms.size() == 2 && in.one_in(4)) {
      // Cover only one of the two terms.
      int covered = in.flag() ? 1 : 2;
      line(0, fmt::format("terms: [{}]", covered));
      terms = {covered};
    }
    line(0, "calendar:");
    line(2, "terms:");
    for (const std::string& e : entries) line(4, e);
    if (in.one_in(4)) line(2, fmt::format("national_holidays: {}", in.flag() ? "true" : "false"));
    if (in.one_in(3)) line(2, fmt::format("holiday_weeks: {}", in.flag() ? "skip" : "count"));
    spans("holidays", true);
    spans("days_off", false);
    spans("extra_workdays", false);
  }

  void spans(const char* key, bool holiday)
  {
    std::size_t n = in.one_in(2) ? in.range<std::size_t>(1, 4) : 0;
    if (n == 0) return;
    line(2, std::string(key) + ":");
    for (std::size_t i = 0; i < n; ++i) {
      Date from = date_near(-30, 420);
      std::string name = fmt::format("name: {}", yaml_quoted(text(in, 2)));
      std::string off = holiday && in.one_in(3) ? fmt::format(", off: {}", in.flag() ? "true" : "false") : "";
      if (in.one_in(16)) { // every day that can be written: clipped to the calendar
        line(4, fmt::format("- {{from: 0001-01-01, to: 9999-12-31, {}{}}}", name, off));
      } else if (in.flag()) {
        line(4, fmt::format("- {{date: {}, {}{}}}", iso(from), name, off));
      } else {
        line(4, fmt::format("- {{from: {}, to: {}, {}{}}}", iso(from), iso(add_days(from, in.range(0, 12))), name, off));
      }
    }
  }

  void owner_list()
  {
    if (!in.one_in(2)) return;
    std::vector<std::string> names;
    std::size_t n = in.range<std::size_t>(1, 4);
    for (std::size_t i = 0; i < n; ++i) {
      std::string name = text(in, 2);
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    owners = names;
    std::string list;
    for (const std::string& o : owners) list += (list.empty() ? "" : ", ") + yaml_quoted(o);
    line(0, "owners: [" + list + "]");
  }

  std::string owner_value()
  {
    auto one = [&] { return owners.empty() ? text(in, 2) : in.pick(owners); };
    if (in.flag()) return yaml_quoted(one());
    std::string a = one();
    std::string b = one();
    return a == b ? "[" + yaml_quoted(a) + "]" : "[" + yaml_quoted(a) + ", " + yaml_quoted(b) + "]";
  }

  std::string tags_value()
  {
    std::string a = text(in, 1);
    std::string b = text(in, 1);
    return a == b ? "[" + yaml_quoted(a) + "]" : "[" + yaml_quoted(a) + ", " + yaml_quoted(b) + "]";
  }

  void item(int indent)
  {
    line(indent, "- title: " + yaml_quoted(text(in)));
    int at = indent + 2;
    if (in.flag()) line(at, fmt::format("id: item-{}", next_id++));
    if (in.one_in(2)) line(at, "owner: " + owner_value());
    if (in.one_in(4)) line(at, "tags: " + tags_value());
    if (in.one_in(4)) line(at, "notes: " + yaml_quoted(text(in)));
    if (in.one_in(4)) line(at, fmt::format("term: {}", in.pick(terms)));
    std::size_t phrases = in.range<std::size_t>(0, 3);
    if (phrases == 1 && in.flag()) {
      line(at, "when: " + yaml_quoted(phrase(in, year_start)));
    } else if (phrases > 0) {
      line(at, "when:");
      for (std::size_t i = 0; i < phrases; ++i) line(at + 2, "- " + yaml_quoted(phrase(in, year_start)));
    }
    if (in.one_in(3)) {
      line(at, "on_holiday: " + std::string(in.pick(std::array<std::string_view, 4>{"skip", "before", "after", "keep"})));
    }
    if (in.one_in(4)) {
      std::size_t n = in.range<std::size_t>(1, 2);
      line(at, "quota:");
      for (std::size_t i = 0; i < n; ++i) {
        unsigned least = in.one_in(8) ? in.range<unsigned>(1, 2'000'000'000) : in.range<unsigned>(1, 40);
        std::string per(in.pick(k_periods_en));
        std::string role = in.one_in(3) ? ", role: " + yaml_quoted(text(in, 1)) : "";
        std::string unit = in.one_in(3) ? ", unit: " + yaml_quoted(std::string(in.pick(k_measures)) + "x") : "";
        line(at + 2, fmt::format("- {{at_least: {}, per: {}{}{}}}", least, per, role, unit));
      }
    }
    if (in.one_in(5)) {
      static constexpr std::array<std::string_view, 8> values = {"95", "99.5", "0", "-1", "1e300", "0.1",
                                                                 "9007199254740993", "5e-324"};
      std::string op(in.pick(std::array<std::string_view, 7>{">=", "≥", "<=", "≤", "=", ">", "<"}));
      std::string unit = in.flag() ? ", unit: \"%\"" : "";
      line(at, fmt::format("target: {{indicator: {}, op: \"{}\", value: {}{}}}", yaml_quoted(text(in, 1)), op,
                           in.pick(values), unit));
    }
  }

  void items(int indent)
  {
    std::size_t n = std::min<std::size_t>(in.range<std::size_t>(0, 4), items_left);
    if (n == 0) return;
    items_left -= static_cast<unsigned>(n);
    line(indent, "items:");
    for (std::size_t i = 0; i < n; ++i) item(indent + 2);
  }

  void sections(int indent, int depth)
  {
    std::size_t n = depth > 3 ? 0 : in.range<std::size_t>(0, 2);
    if (n == 0) return;
    line(indent, "sections:");
    for (std::size_t i = 0; i < n; ++i) {
      line(indent + 2, "- title: " + yaml_quoted(text(in)));
      int at = indent + 4;
      if (in.flag()) line(at, "number: " + yaml_quoted(in.pick(std::array<std::string_view, 4>{"一、", "（二）", "3.", "a|b"})));
      if (in.one_in(4)) line(at, fmt::format("id: section-{}", next_id++));
      if (in.one_in(3)) line(at, "owner: " + owner_value());
      if (in.one_in(4)) line(at, "tags: " + tags_value());
      items(at);
      sections(at, depth + 1);
    }
  }

  std::string plan()
  {
    // Mostly recent years; now and then the ends of what four digits can write.
    static constexpr std::array<int, 5> rare_years = {1, 1899, 1999, 2099, 9998};
    first_year = in.one_in(16) ? in.pick(rare_years) : in.range(2018, 2030);
    year_start = Date{year{first_year} / August / 1};
    line(0, "format: 1");
    line(0, "school: " + yaml_quoted(text(in)));
    if (in.flag()) line(0, "unit: " + yaml_quoted(text(in, 1)));
    line(0, "title: " + yaml_quoted(text(in)));
    line(0, fmt::format("academic_year: \"{:04}-{:04}\"", first_year, first_year + 1));
    calendar();
    owner_list();
    items(0);
    sections(0, 0);
    return yaml;
  }
};

// ---- Checks -------------------------------------------------------------------------

// RFC 4180 records of a CSV text: every record has as many fields as the header.
void check_csv(const std::string& csv)
{
  PLAN_FUZZ_CHECK(fuzz::valid_utf8(csv));
  std::size_t fields = 1;
  std::size_t header = 0;
  bool quoted_field = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted_field) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') ++i;
      else if (c == '"') quoted_field = false;
    } else if (c == '"') {
      quoted_field = true;
    } else if (c == ',') {
      ++fields;
    } else if (c == '\r') {
      PLAN_FUZZ_CHECK(i + 1 < csv.size() && csv[i + 1] == '\n');
      ++i;
      if (header == 0) header = fields;
      PLAN_FUZZ_CHECK(fields == header);
      fields = 1;
    } else {
      PLAN_FUZZ_CHECK(c != '\n');
    }
  }
  PLAN_FUZZ_CHECK(!quoted_field);
}

// RFC 5545 content lines: CRLF, at most 75 octets, no control characters but tab.
void check_icalendar(const std::string& ics)
{
  PLAN_FUZZ_CHECK(fuzz::valid_utf8(ics));
  std::size_t start = 0;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    PLAN_FUZZ_CHECK(end != std::string::npos);
    PLAN_FUZZ_CHECK(end - start <= 75);
    for (std::size_t i = start; i < end; ++i) {
      auto c = static_cast<unsigned char>(ics[i]);
      PLAN_FUZZ_CHECK(c >= 0x20 || c == '\t');
    }
    start = end + 2;
  }
}

void check_json(const std::string& json)
{
  PLAN_FUZZ_CHECK(fuzz::valid_utf8(json));
  PLAN_FUZZ_CHECK(nlohmann::json::accept(json));
}

void check_html(const std::string& html)
{
  PLAN_FUZZ_CHECK(fuzz::valid_utf8(html));
  PLAN_FUZZ_CHECK(html.find("<script") == std::string::npos);
}

void check_text(const std::string& text) { PLAN_FUZZ_CHECK(fuzz::valid_utf8(text)); }

bool recurring(const Schedule& s)
{
  switch (s.kind) {
  case ScheduleKind::OnDate:
  case ScheduleKind::DateRange:
  case ScheduleKind::MonthDay:
  case ScheduleKind::MonthDayRange:
  case ScheduleKind::Months:
  case ScheduleKind::Seasonal:
    return false;
  default:
    return true;
  }
}

void check_expansion(const Plan& plan, const AcademicCalendar& calendar, const Expansion& expansion)
{
  // Everything but an explicit ISO date lands between the week before the academic
  // year's August and the year's last day.
  Date earliest{year{calendar.first_year()} / July / 25};
  Date latest{year{calendar.first_year() + 1} / August / 31};
  const Occurrence* previous = nullptr;
  for (const Occurrence& o : expansion.occurrences) {
    PLAN_FUZZ_CHECK(o.item < expansion.items.size());
    const ItemRef& ref = expansion.items[o.item];
    PLAN_FUZZ_CHECK(o.rule < ref.schedules.size());
    const Schedule& s = ref.schedules[o.rule]->schedule;
    PLAN_FUZZ_CHECK(o.date.ok() && o.end.ok() && o.due.ok());
    PLAN_FUZZ_CHECK(o.date <= o.due && o.due <= o.end);
    if (o.kind != OccurrenceKind::Window) PLAN_FUZZ_CHECK(o.date == o.end);
    if (s.kind != ScheduleKind::OnDate && s.kind != ScheduleKind::DateRange) {
      PLAN_FUZZ_CHECK(earliest <= o.date && o.end <= latest);
    }
    PLAN_FUZZ_CHECK(o.term == 0 || calendar.term(o.term) != nullptr);
    // Recurring duties stay in the terms the plan covers and the item is limited to;
    // a date or month written out lands where it says (a window that starts in one
    // term and runs into another is labelled with the first).
    if (recurring(s)) {
      PLAN_FUZZ_CHECK(std::find(plan.terms.begin(), plan.terms.end(), o.term) != plan.terms.end() || o.term == 0);
      if (ref.item->term && o.term != 0) PLAN_FUZZ_CHECK(o.term == *ref.item->term);
    }
    PLAN_FUZZ_CHECK(o.index <= o.total);
    PLAN_FUZZ_CHECK((o.index == 0) == (o.total == 0));
    if (o.kind != OccurrenceKind::Window) {
      // A day keeps its date only when it has school there or its policy keeps it.
      PLAN_FUZZ_CHECK(o.off_day != calendar.is_school_day(o.date));
      if (o.moved) PLAN_FUZZ_CHECK(!o.off_day && o.moved_from != o.date);
    }
    if (previous) PLAN_FUZZ_CHECK(previous->date < o.date || (previous->date == o.date && previous->due <= o.due));
    previous = &o;
  }
}

void render(ByteSource& in, const Plan& plan, const AcademicCalendar& calendar, const Expansion& expansion)
{
  Lang lang = in.flag() ? Lang::En : Lang::Zh;
  bool explain = in.flag();

  ChecklistQuery everything;
  ChecklistResult all = make_checklist(plan, calendar, expansion, everything);
  PLAN_FUZZ_CHECK(all.checklist.has_value());
  const Checklist& c = *all.checklist;
  PLAN_FUZZ_CHECK(c.rows.size() == expansion.occurrences.size());
  check_text(render_checklist_markdown(c, lang, explain));
  check_csv(render_checklist_csv(c, lang, explain));
  check_json(render_checklist_json(c, lang, explain));
  check_text(render_checklist_text(c, lang, explain));
  check_icalendar(render_checklist_icalendar(c, lang, explain));

  // A narrower checklist, as the options choose one; an impossible query is an error.
  ChecklistQuery query;
  switch (in.range(0, 3)) {
  case 0:
    query.term = in.range(1, 2);
    if (in.flag()) query.week = in.range(1, 30);
    break;
  case 1: query.month = in.range(1u, 12u); break;
  case 2:
    query.from = add_days(Date{year{calendar.first_year()} / September / 1}, in.range(-40, 380));
    query.to = add_days(*query.from, in.range(-3, 60));
    break;
  default:
    if (!plan.owners.empty()) query.owners.push_back(in.pick(plan.owners));
    break;
  }
  ChecklistResult some = make_checklist(plan, calendar, expansion, query);
  PLAN_FUZZ_CHECK(some.checklist.has_value() != !some.error.empty());
  if (some.checklist) {
    for (const Occurrence* o : some.checklist->rows) {
      PLAN_FUZZ_CHECK(o >= expansion.occurrences.data() && o < expansion.occurrences.data() + expansion.occurrences.size());
    }
    check_text(render_checklist_markdown(*some.checklist, lang, !explain));
    check_csv(render_checklist_csv(*some.checklist, lang, !explain));
  }

  unsigned month = in.range(1u, 12u);
  MonthGrid grid = make_month_grid(plan, calendar, expansion, month);
  check_text(render_month_markdown(grid, lang));
  check_json(render_month_json(grid, lang));
  check_text(render_month_text(grid, lang, in.flag()));
  check_html(render_month_html(grid, lang));

  for (const TermWeeks& t : calendar.terms()) {
    TermTable table = make_term_table(plan, calendar, expansion, t.number, in.flag());
    check_text(render_term_table_markdown(table, lang));
    check_csv(render_term_table_csv(table, lang));
    check_html(render_term_table_html(table, lang));
    check_text(render_term_table_text(table, lang));
  }

  std::vector<SummaryInput> inputs = {{&plan, &calendar, &expansion, "fuzz.plan.yaml"}};
  if (in.flag()) inputs.push_back(inputs.front()); // the same plan twice: two columns that need a qualifier
  Summary summary = make_summary(inputs, in.pick(std::array{SummaryBy::Month, SummaryBy::Owner, SummaryBy::Section,
                                                            SummaryBy::Tag}));
  check_text(render_summary_markdown(summary, lang));
  check_csv(render_summary_csv(summary, lang));
  check_json(render_summary_json(summary, lang));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const SchemaValidator schema;
  static const HolidayTable national = HolidayTable::built_in();
  ByteSource in(data, size);
  std::string yaml = Builder(in).plan();
  // To turn a crashing input into a plan file for `plan expand`: PLAN_FUZZ_PRINT_PLAN=1.
  static const bool print_plan = std::getenv("PLAN_FUZZ_PRINT_PLAN") != nullptr;
  if (print_plan) std::fprintf(stderr, "---- plan\n%s----\n", yaml.c_str());
  LoadResult loaded = load_plan(yaml, "fuzz.plan.yaml", schema, &national);
  if (plan::has_errors(loaded.diagnostics) || !loaded.plan) {
    // Not a valid plan: nothing to expand, and not worth keeping in the corpus.
    return -1;
  }
  const Plan& plan = *loaded.plan;
  AcademicCalendar calendar(plan, national);
  Expansion expansion = expand(plan, calendar);
  PLAN_FUZZ_CHECK(!expansion.over_limit); // a dozen items stay far below the limit
  check_expansion(plan, calendar, expansion);
  render(in, plan, calendar, expansion);
  return 0;
}
