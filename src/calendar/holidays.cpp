// National statutory holidays and official make-up workdays (调休): the built-in
// table, files in the holiday-cn shape, and a plan's own entries, layered.
#include "plan/calendar/holidays.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

std::vector<HolidayDay> parse_holiday_file(std::string_view text, std::string_view name, int& year,
                                           DiagnosticList& out)
{
  std::vector<HolidayDay> days;
  std::string file(name);
  auto problem = [&](std::string message, std::string hint) {
    out.push_back({Severity::Error, "holiday-file", {file, 0, 0}, "", std::move(message), std::move(hint)});
  };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) { // a syntax error, or a number too large for a double (1e999)
    problem(fmt::format("not JSON: {}", e.what()),
            R"(the file must look like {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    return days;
  }
  if (!doc.is_object() || !doc.contains("year") || !doc["year"].is_number_integer() || !doc.contains("days") ||
      !doc["days"].is_array()) {
    problem("expected an object with an integer `year` and a `days` list",
            R"(the file must look like {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    return days;
  }
  year = doc["year"].get<int>();
  std::string source = doc.contains("source") && doc["source"].is_string() ? doc["source"].get<std::string>() : file;
  for (std::size_t i = 0; i < doc["days"].size(); ++i) {
    const auto& d = doc["days"][i];
    if (!d.is_object() || !d.contains("date") || !d["date"].is_string() || !d.contains("isOffDay") ||
        !d["isOffDay"].is_boolean()) {
      problem(fmt::format("entry {} of `days` needs `date` (YYYY-MM-DD) and `isOffDay` (true or false)", i + 1), "");
      continue;
    }
    std::string date_text = d["date"].get<std::string>();
    auto date = parse_iso_date(date_text);
    if (!date) {
      problem(fmt::format("entry {} of `days`: `{}` is not a real date", i + 1, date_text),
              looks_like_iso_date(date_text) ? "that day does not exist in the calendar" : "write dates as YYYY-MM-DD");
      continue;
    }
    int y = static_cast<int>(date->year());
    // A notice for year Y may start the New Year holiday on the last days of Y-1.
    // y + 1, not year - 1: `year` is whatever the file says, down to INT_MIN.
    if (y != year && !(y + 1 == year && static_cast<unsigned>(date->month()) == 12)) {
      problem(fmt::format("entry {} of `days`: {} is not in {}", i + 1, date_text, year),
              "a file holds one year's arrangement; put other years in their own file");
      continue;
    }
    HolidayDay day;
    day.date = *date;
    day.name = d.contains("name") && d["name"].is_string() ? d["name"].get<std::string>() : std::string();
    day.off = d["isOffDay"].get<bool>();
    day.origin = HolidayOrigin::File;
    day.source = source;
    days.push_back(std::move(day));
  }
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
