// Guards `plan summary` against work that grows faster than the number of plans: a
// district summarises thousands of files, and a step that compares every plan with
// every other (as telling plans of one school apart once did) turned 4,000 files in
// 5.6 s into 10,000 in 41 s.
//
// Time is a poor witness on a shared machine, so this counts work instead: heap
// allocations, which every step of the summary makes in proportion to what it
// handles (strings, map nodes, rows). 10,000 plans, fifty schools with 200 plans
// each (the worst case for telling plans apart: every title repeated), must cost at
// most a little over four times what 2,500 cost, for every grouping and format.
// A step quadratic in the plans costs sixteen times (comparing every school name with
// every other, as the old step did, shows 14.6 times here). A quadratic step that
// allocates nothing at all would escape this count.
#include "plan/expanded_plan.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/views/summary.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace {

std::atomic<std::size_t> g_allocations{0};

} // namespace

// Counting replacements of the global allocation functions (the sized and aligned
// deletes and the array forms forward to these).
void* operator new(std::size_t size)
{
  ++g_allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

const char* const k_template = R"(format: 1
school: 第一中学
title: 工作计划
academic_year: 2023-2024
calendar:
  terms:
    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}
    - {term: 2, first_day: 2024-02-26, last_day: 2024-07-05}
owners: [教务处, 政教处, 总务处]
sections:
  - number: 一、
    title: 教学工作
    owner: 教务处
    items:
      - {title: 听课, when: 每周二, tags: [教研]}
      - {title: 教学常规例查, when: 每月月底前, tags: [常规]}
  - number: 二、
    title: 德育工作
    owner: 政教处
    items:
      - {title: 升旗仪式, when: 每周一, tags: [德育]}
      - {title: 安全演练, when: 10月, owner: [政教处, 总务处], quota: {at_least: 2, per: term, unit: 次}}
)";

/// `count` plans from the template: fifty schools, each plan's title shared by its
/// school's other plans, so that every column needs its file name to be told apart.
std::vector<std::unique_ptr<plan::ExpandedPlan>> make_plans(std::size_t count)
{
  static const plan::SchemaValidator schema;
  static const plan::HolidayTable national = plan::HolidayTable::built_in();
  plan::PipelineResult base = plan::load_and_expand(k_template, "template.yaml", schema, national);
  REQUIRE(base.expanded);
  std::vector<std::unique_ptr<plan::ExpandedPlan>> plans;
  plans.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    plan::Plan p = base.expanded->plan();
    p.school = fmt::format("聊城市东昌府区第{}实验学校", i % 50 + 1); // real names are longer than a string keeps inline
    plans.push_back(std::make_unique<plan::ExpandedPlan>(std::move(p), national, fmt::format("plans/{:05}.yaml", i)));
  }
  return plans;
}

/// Allocations made by summarising `plans` by `by` and rendering it in every format,
/// and the number of plan columns the summary has (to check it covered them all).
std::pair<std::size_t, std::size_t> summary_work(const std::vector<std::unique_ptr<plan::ExpandedPlan>>& plans,
                                                 plan::SummaryBy by)
{
  std::vector<const plan::ExpandedPlan*> inputs;
  inputs.reserve(plans.size());
  for (const auto& p : plans) inputs.push_back(p.get());
  std::size_t before = g_allocations.load();
  plan::Summary summary = plan::make_summary(inputs, by);
  std::size_t bytes = plan::render_summary_markdown(summary, plan::Lang::Zh).size() +
                      plan::render_summary_csv(summary, plan::Lang::Zh).size() +
                      plan::render_summary_json(summary, plan::Lang::Zh).size();
  std::size_t work = g_allocations.load() - before;
  CHECK(bytes > plans.size() * 10);
  return {work, summary.plans.size()};
}

} // namespace

TEST_CASE("summary work grows linearly with the number of plans")
{
  auto small = make_plans(2500);
  auto large = make_plans(10000);
  for (plan::SummaryBy by : {plan::SummaryBy::Month, plan::SummaryBy::Owner, plan::SummaryBy::Section,
                             plan::SummaryBy::Tag}) {
    CAPTURE(plan::to_string(by));
    auto [small_work, small_columns] = summary_work(small, by);
    auto [large_work, large_columns] = summary_work(large, by);
    CHECK(small_columns == 2500);
    CHECK(large_columns == 10000);
    MESSAGE(fmt::format("by {}: {} allocations for 2,500 plans, {} for 10,000 ({:.2f}x)", plan::to_string(by),
                        small_work, large_work, static_cast<double>(large_work) / static_cast<double>(small_work)));
    CHECK(large_work * 10 <= small_work * 44); // at most 4.4 times the work for 4 times the plans
  }
}
