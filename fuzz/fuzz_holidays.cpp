// parse_holiday_file (the reader of `--holidays FILE`) on arbitrary bytes: well-formed
// days come back as real dates of the file's year, every problem is an error with a
// position, and both print as `plan validate` prints them in each of its formats. A file
// that is read without problems is then used as `--holidays` is: layered over the
// built-in data under a plan of the academic years around its year, which is expanded
// and shown in every view and format (`plan holidays` with it, the checklist, the month
// grid, the 行事历, the summary). Its names and sources reach every output, so each
// output must stay well formed and free of control characters whatever they hold.
#include "byte_source.hpp"
#include "check.hpp"
#include "expansion_checks.hpp"

#include "plan/calendar/holidays.hpp"
#include "plan/expanded_plan.hpp"
#include "plan/render/diagnostics.hpp"
#include "plan/views/holiday_list.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// A plan of academic year FIRST-(FIRST+1) whose duties meet holidays in every way the
// calendar treats them: weekly and monthly duties, a deadline, a window, each policy.
std::string plan_for(int first)
{
  return fmt::format(R"(format: 1
school: 测试学校
title: 工作计划
academic_year: {0}-{1}
calendar:
  terms:
    - {{term: 1, first_day: {0}-09-01, last_day: {1}-01-20}}
    - {{term: 2, first_day: {1}-02-20, last_day: {1}-07-05}}
owners: [教务处, 政教处]
sections:
  - number: 一
    title: 教学
    owner: 教务处
    items:
      - {{title: 升旗仪式, when: 每周一, on_holiday: skip}}
      - {{title: 教研, when: 每周五, on_holiday: after}}
      - {{title: 例查, when: 每月月底前, on_holiday: before}}
      - {{title: 安全演练, when: 10月, owner: 政教处, quota: {{at_least: 2, per: term, unit: 次}}}}
      - {{title: 元旦活动, when: {1}-01-01, on_holiday: keep}}
)",
                     first, first + 1);
}

void check_holiday_list(const plan::HolidayList& list, plan::Lang lang)
{
  plan::fuzz::check_text(plan::render_holidays_text(list, lang));
  plan::fuzz::check_csv(plan::render_holidays_csv(list, lang));
  plan::fuzz::check_json(plan::render_holidays_json(list));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  plan::DiagnosticList problems;
  int year = 0;
  std::vector<plan::HolidayDay> days = plan::parse_holiday_file(text, "fuzz.json", year, problems);

  plan::HolidayTable table;
  for (const plan::HolidayDay& day : days) {
    PLAN_FUZZ_CHECK(day.date.ok());
    PLAN_FUZZ_CHECK(day.origin == plan::HolidayOrigin::File);
    int y = static_cast<int>(day.date.year());
    PLAN_FUZZ_CHECK(y == year || static_cast<long long>(y) == static_cast<long long>(year) - 1);
    table.add(day);
  }
  table.add_year(year);
  for (const plan::HolidayDay& day : days) PLAN_FUZZ_CHECK(table.find(day.date) != nullptr);
  PLAN_FUZZ_CHECK(table.all().size() <= days.size());

  for (const plan::Diagnostic& d : problems) {
    PLAN_FUZZ_CHECK(d.severity == plan::Severity::Error && !d.message.empty());
    PLAN_FUZZ_CHECK(d.rule == "holiday-file" || d.rule == "duplicate-key" || d.rule == "date-range" ||
                    d.rule == "holiday-conflict" || d.rule == "duplicate-holiday");
    PLAN_FUZZ_CHECK(d.location.line >= 1 && d.location.column >= 1);
    std::string as_json = plan::render_diagnostic_json(d);
    PLAN_FUZZ_CHECK(nlohmann::json::accept(as_json));
    plan::fuzz::check_text(plan::render_diagnostic_text(d, nullptr));
    plan::fuzz::check_text(plan::render_diagnostic_github(d));
  }
  if (!problems.empty()) return 0;

  // As --holidays: over the built-in data, under plans of the two academic years the
  // file's year belongs to.
  plan::HolidayTable national = plan::HolidayTable::built_in();
  for (const plan::HolidayDay& day : days) national.add(day);
  national.add_year(year);
  plan::fuzz::ByteSource in(data, size);
  plan::Lang lang = in.flag() ? plan::Lang::En : plan::Lang::Zh;
  check_holiday_list(plan::make_holiday_list(national, year, std::nullopt, std::nullopt), lang);
  static const plan::SchemaValidator schema;
  for (int first : {year - 1, year}) {
    if (first < 1900 || first > 2198) continue;
    plan::PipelineResult result = plan::load_and_expand(plan_for(first), "fuzz.yaml", schema, national);
    PLAN_FUZZ_CHECK(result.expanded != nullptr);
    const plan::ExpandedPlan& expanded = *result.expanded;
    plan::fuzz::check_expansion(expanded);
    const plan::AcademicCalendar& calendar = expanded.calendar();
    check_holiday_list(plan::make_holiday_list(calendar.holidays(), std::nullopt, calendar.terms().front().first_day,
                                               calendar.terms().back().last_day),
                       lang);
    plan::fuzz::check_views(in, expanded);
  }
  return 0;
}
