// Small helpers for unit tests: a valid minimal plan and loading from inline text.
#pragma once
#include "plan/expanded_plan.hpp"
#include "plan/load.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace plan::test {

/// A minimal valid plan; `body` is appended (sections, owners...).
inline std::string minimal_plan(const std::string& body = "")
{
  return "format: 1\n"
         "school: 测试小学\n"
         "title: 工作计划\n"
         "academic_year: 2023-2024\n"
         "calendar:\n"
         "  terms:\n"
         "    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}\n"
         "    - {term: 2, first_day: 2024-02-26, last_day: 2024-07-05}\n" +
         body;
}

inline LoadResult load(const std::string& text)
{
  static const SchemaValidator schema;
  return load_plan(text, "t.yaml", schema);
}

/// The whole pipeline over `text` with the built-in holidays, as every command runs
/// it; null when the plan has errors.
inline std::unique_ptr<ExpandedPlan> expanded(const std::string& text, const std::string& name = "t.yaml")
{
  static const SchemaValidator schema;
  static const HolidayTable national = HolidayTable::built_in();
  return load_and_expand(text, name, schema, national).expanded;
}

/// "line:column rule" for each diagnostic, in order, joined by "; ": compact to compare.
inline std::string positions(const LoadResult& r)
{
  std::string out;
  for (const auto& d : r.diagnostics) {
    if (!out.empty()) out += "; ";
    out += std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " + d.rule;
  }
  return out;
}

inline const Diagnostic* find_rule(const LoadResult& r, const std::string& rule)
{
  auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.rule == rule; });
  return it == r.diagnostics.end() ? nullptr : &*it;
}

} // namespace plan::test
