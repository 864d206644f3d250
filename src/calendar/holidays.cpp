// National statutory holidays and official make-up workdays (调休): the built-in
// table, files in the holiday-cn shape, and a plan's own entries, layered.
#include "plan/calendar/holidays.hpp"

#include "plan/model/plan.hpp"
#include "plan/util/json_source.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <span>
#include <stdexcept>

namespace plan {

/// The texts of src/calendar/holidays/cn-*.json, embedded at configure time.
std::span<const std::string_view> built_in_holiday_files();

const char* to_string(HolidayOrigin origin)
{
  switch (origin) {
  case HolidayOrigin::BuiltIn: return "built-in";
  case HolidayOrigin::File: return "file";
  case HolidayOrigin::Plan: return "plan";
  }
  return "?";
}

void HolidayTable::add(HolidayDay day)
{
  auto key = std::chrono::sys_days{day.date};
  m_days.insert_or_assign(key, std::move(day));
}

void HolidayTable::add_year(int year) { m_years.insert(year); }

void HolidayTable::clear()
{
  m_days.clear();
  m_years.clear();
}

const HolidayDay* HolidayTable::find(const Date& date) const
{
  auto it = m_days.find(std::chrono::sys_days{date});
  return it == m_days.end() ? nullptr : &it->second;
}

std::vector<const HolidayDay*> HolidayTable::all() const
{
  std::vector<const HolidayDay*> out;
  out.reserve(m_days.size());
  for (const auto& [key, day] : m_days) out.push_back(&day);
  return out;
}

namespace {

struct ClashWords {
  const char* off;
  const char* workday;
  const char* hint;
};

constexpr ClashWords k_holiday_words{"a day off", "a make-up workday",
                                     "a day is either a holiday or a make-up workday: keep the one the notice gives"};
constexpr ClashWords k_school_words{"a school day off", "an extra workday",
                                    "a day is either off or a workday for the school: keep the one that holds"};

void report_clash(const DaySpan& a, const DaySpan& b, const Date& day, const ClashWords& words, DiagnosticList& out)
{
  auto kind = [&](const DaySpan& s) { return s.off ? words.off : words.workday; };
  if (a.off != b.off) {
    out.push_back({Severity::Error, "holiday-conflict", b.location, "",
                   fmt::format("{} is {} here but {} on line {}", format_iso(day), kind(b), kind(a), a.location.line),
                   words.hint});
  } else {
    out.push_back({Severity::Error, "duplicate-holiday", b.location, "",
                   fmt::format("{} is listed twice (first on line {})", format_iso(day), a.location.line),
                   "list each day once"});
  }
}

// Each entry against the first earlier one it shares a day with (one report each).
void check_clashes(const std::vector<DaySpan>& entries, const ClashWords& words, DiagnosticList& out)
{
  bool single_days = std::all_of(entries.begin(), entries.end(), [](const DaySpan& s) { return s.from == s.to; });
  if (single_days) {
    std::map<std::chrono::sys_days, std::size_t> first; // day -> first entry that gives it
    for (std::size_t j = 0; j < entries.size(); ++j) {
      auto [it, added] = first.emplace(std::chrono::sys_days{entries[j].from}, j);
      if (!added) report_clash(entries[it->second], entries[j], entries[j].from, words, out);
    }
    return;
  }
  for (std::size_t j = 1; j < entries.size(); ++j) {
    const DaySpan& b = entries[j];
    for (std::size_t i = 0; i < j; ++i) {
      const DaySpan& a = entries[i];
      if (b.to < a.from || a.to < b.from) continue;
      report_clash(a, b, a.from < b.from ? b.from : a.from, words, out); // at the first day both give
      break;
    }
  }
}

} // namespace

void check_holiday_clashes(const std::vector<DaySpan>& entries, DiagnosticList& out)
{
  check_clashes(entries, k_holiday_words, out);
}

void check_school_day_clashes(const std::vector<DaySpan>& days_off, const std::vector<DaySpan>& extra_workdays,
                              DiagnosticList& out)
{
  std::vector<DaySpan> entries;
  entries.reserve(days_off.size() + extra_workdays.size());
  for (DaySpan s : days_off) {
    s.off = true;
    entries.push_back(std::move(s));
  }
  for (DaySpan s : extra_workdays) {
    s.off = false;
    entries.push_back(std::move(s));
  }
  std::stable_sort(entries.begin(), entries.end(), [](const DaySpan& a, const DaySpan& b) {
    return a.location.line < b.location.line || (a.location.line == b.location.line && a.location.column < b.location.column);
  });
  check_clashes(entries, k_school_words, out);
}

std::vector<HolidayDay> parse_holiday_file(std::string_view text, std::string_view name, int& year,
                                           DiagnosticList& out)
{
  std::vector<HolidayDay> days;
  std::string file(name);
  static constexpr const char* k_shape =
      R"(the file must look like {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})";
  std::vector<JsonProblem> problems;
  auto doc = parse_json_source(text, problems);
  for (const JsonProblem& p : problems) {
    bool syntax = p.kind == "syntax";
    out.push_back({Severity::Error, syntax ? "holiday-file" : "duplicate-key", {file, p.where.line, p.where.column}, "",
                   syntax ? "not JSON: " + p.message : p.message,
                   syntax ? k_shape : "remove one of them: which one counts would be a guess"});
  }
  if (!doc) return days;
  auto at = [&](const std::string& pointer) {
    LineColumn where = doc->value_position(pointer);
    return SourceLocation{file, where.line, where.column};
  };
  auto problem = [&](const std::string& pointer, std::string message, std::string hint,
                     const char* rule = "holiday-file") {
    out.push_back({Severity::Error, rule, at(pointer), pointer, std::move(message), std::move(hint)});
  };
  const nlohmann::json& root = doc->value;
  if (!root.is_object() || !root.contains("year") || !root.contains("days")) {
    problem("", "expected an object with an integer `year` and a `days` list", k_shape);
    return days;
  }
  if (!root["year"].is_number_integer()) {
    problem("/year", "`year` must be an integer, such as 2027", k_shape);
    return days;
  }
  if (!k_supported_dates.contains_year(root["year"].get<long long>())) {
    problem("/year", fmt::format("year {} is outside the dates plan works with, {}", root["year"].dump(),
                                 supported_dates_text()),
            "check the year", "date-range");
    return days;
  }
  if (!root["days"].is_array()) {
    problem("/days", "`days` must be a list of days", k_shape);
    return days;
  }
  year = root["year"].get<int>();
  std::string source = root.contains("source") && root["source"].is_string() ? root["source"].get<std::string>() : file;
  std::vector<DaySpan> entries; // for the clash check, with their places
  for (std::size_t i = 0; i < root["days"].size(); ++i) {
    const auto& d = root["days"][i];
    std::string pointer = "/days/" + std::to_string(i);
    if (!d.is_object() || !d.contains("date") || !d["date"].is_string() || !d.contains("isOffDay") ||
        !d["isOffDay"].is_boolean()) {
      problem(pointer, fmt::format("entry {} of `days` needs `date` (YYYY-MM-DD) and `isOffDay` (true or false)", i + 1),
              "");
      continue;
    }
    std::string date_text = d["date"].get<std::string>();
    auto date = parse_iso_date(date_text);
    if (!date) {
      problem(pointer + "/date", fmt::format("entry {} of `days`: `{}` is not a real date", i + 1, date_text),
              looks_like_iso_date(date_text) ? "that day does not exist in the calendar" : "write dates as YYYY-MM-DD");
      continue;
    }
    if (!k_supported_dates.contains(*date)) {
      problem(pointer + "/date",
              fmt::format("entry {} of `days`: {} is outside the dates plan works with, {}", i + 1, date_text,
                          supported_dates_text()),
              "check the year", "date-range");
      continue;
    }
    int y = static_cast<int>(date->year());
    // A notice for year Y may start the New Year holiday on the last days of Y-1.
    if (y != year && !(y + 1 == year && static_cast<unsigned>(date->month()) == 12)) {
      problem(pointer + "/date", fmt::format("entry {} of `days`: {} is not in {}", i + 1, date_text, year),
              "a file holds one year's arrangement (and the New Year days of the December before); put other "
              "years in their own file");
      continue;
    }
    HolidayDay day;
    day.date = *date;
    day.name = d.contains("name") && d["name"].is_string() ? d["name"].get<std::string>() : std::string();
    day.off = d["isOffDay"].get<bool>();
    day.origin = HolidayOrigin::File;
    day.source = source;
    DaySpan entry;
    entry.from = entry.to = *date;
    entry.off = day.off;
    entry.location = at(pointer);
    entries.push_back(entry);
    days.push_back(std::move(day));
  }
  check_holiday_clashes(entries, out);
  return days;
}

namespace {

// The notice's 文号 from its title: "国务院办公厅关于…的通知（国办发明电〔2023〕7号）" -> the part in brackets.
std::string short_source(const std::string& title)
{
  auto open = title.rfind("（");
  auto close = title.rfind("）");
  if (open == std::string::npos || close == std::string::npos || close < open) return title;
  return title.substr(open + 3, close - open - 3);
}

} // namespace

HolidayTable HolidayTable::built_in()
{
  HolidayTable table;
  for (std::string_view text : built_in_holiday_files()) {
    DiagnosticList problems;
    int year = 0;
    auto days = parse_holiday_file(text, "built-in", year, problems);
    if (!problems.empty()) throw std::runtime_error("built-in holiday data is malformed: " + problems.front().message);
    auto doc = nlohmann::json::parse(text);
    std::string source = short_source(doc.value("source", std::string()));
    for (HolidayDay& day : days) {
      day.origin = HolidayOrigin::BuiltIn;
      day.source = source;
      table.add(std::move(day));
    }
    table.add_year(year);
  }
  return table;
}

std::vector<int> built_in_years()
{
  // Parsed once: every holiday-data-missing warning names them.
  static const std::vector<int> years = [] {
    std::vector<int> out;
    for (std::string_view text : built_in_holiday_files()) out.push_back(nlohmann::json::parse(text)["year"].get<int>());
    return out;
  }();
  return years;
}

} // namespace plan
