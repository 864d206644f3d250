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
#include "expansion_checks.hpp"

#include "plan/calendar/recurrence.hpp"
#include "plan/load.hpp"
#include "plan/schedule/phrase.hpp"

#include <fmt/format.h>

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
using plan::fuzz::add_days;
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
      std::string off = holiday && in.one_in(3) ? fmt::format(", kind: {}", in.flag() ? "holiday" : "workday") : "";
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
  ExpandedPlan expanded(std::move(*loaded.plan), national, "fuzz.plan.yaml");
  PLAN_FUZZ_CHECK(!expanded.over_limit()); // a dozen items stay far below the limit
  fuzz::check_expansion(expanded);
  fuzz::check_views(in, expanded);
  return 0;
}
