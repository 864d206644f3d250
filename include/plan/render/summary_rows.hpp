// The printable labels of a summary, shared by every summary renderer.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/summary.hpp"

#include <cstddef>
#include <string>

namespace plan {

/// The plan's column: 聊城市第一实验学校 小学部, with its qualifier in brackets when
/// it has one: 学区（学区教研工作计划） / 学区 (学区教研工作计划).
std::string summary_plan_label(const SummaryPlan& plan, Lang lang);

/// What the groups are: 月份, 负责部门, 章节, 标签 (Month, Owner, Section, Tag).
std::string summary_by_label(SummaryBy by, Lang lang);

/// A group's name: 9月 (Sep); 8月（学年前） (Aug (before the year)) and 9月（学年后）
/// (Sep (after the year)) outside the academic year; the owner, tag, or section's
/// number and title; and for the `none` group 无日期, 未指定, 无章节, 无标签 (no dates,
/// unassigned, no section, no tag).
std::string summary_group_label(const SummaryGroup& group, SummaryBy by, Lang lang);

/// 合计 / Total.
std::string summary_total_label(Lang lang);

/// A quota's period: 每周, 每月, 每季度, 每学期, 每学年 (per week ... per year).
std::string period_label(Period period, Lang lang);

/// An amount in the quota's unit (次 / times when it has none): 30节, 2次 (30 节, 2 times).
std::string quota_amount(std::size_t amount, const Schedule& schedule, Lang lang);

/// What a quota requires: 每学期不少于30节 (at least 30 节 per term).
std::string quota_requirement(const Schedule& schedule, Lang lang);

/// A comparison's name in CSV and JSON: at_least, at_most, equal, greater, less.
const char* comparison_name(Comparison op);

/// A comparison as a sign for people: ≥, ≤, =, >, <.
const char* comparison_sign(Comparison op);

/// A target value as short as it can be written: 95, 99.5, 0.
std::string number_text(double value);

} // namespace plan
