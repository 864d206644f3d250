// The printable labels of a summary, shared by every summary renderer.
#include "plan/render/summary_rows.hpp"

#include <fmt/format.h>

#include <array>

namespace plan {

namespace {

constexpr std::array<const char*, 12> k_en_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

std::string summary_plan_label(const SummaryPlan& plan, Lang lang)
{
  std::string name = plan.plan->unit.empty() ? plan.plan->school : plan.plan->school + " " + plan.plan->unit;
  if (plan.qualifier.empty()) return name;
  return lang == Lang::Zh ? name + "（" + plan.qualifier + "）" : name + " (" + plan.qualifier + ")";
}

std::string summary_by_label(SummaryBy by, Lang lang)
{
  bool zh = lang == Lang::Zh;
  switch (by) {
  case SummaryBy::Month: return zh ? "月份" : "Month";
  case SummaryBy::Owner: return zh ? "负责部门" : "Owner";
  case SummaryBy::Section: return zh ? "章节" : "Section";
  case SummaryBy::Tag: return zh ? "标签" : "Tag";
  }
  return {};
}

std::string summary_group_label(const SummaryGroup& g, SummaryBy by, Lang lang)
{
  bool zh = lang == Lang::Zh;
  if (g.none) {
    switch (by) {
    case SummaryBy::Month: return zh ? "无日期" : "no dates";
    case SummaryBy::Owner: return zh ? "未指定" : "unassigned";
    case SummaryBy::Section: return zh ? "无章节" : "no section";
    case SummaryBy::Tag: return zh ? "无标签" : "no tag";
    }
  }
  if (by != SummaryBy::Month) return g.name;
  std::string month = zh ? fmt::format("{}月", g.month) : k_en_months[g.month - 1];
  if (g.offset < 0) return zh ? month + "（学年前）" : month + " (before the year)";
  if (g.offset > 11) return zh ? month + "（学年后）" : month + " (after the year)";
  return month;
}

std::string summary_total_label(Lang lang) { return lang == Lang::Zh ? "合计" : "Total"; }

std::string period_label(Period period, Lang lang)
{
  bool zh = lang == Lang::Zh;
  switch (period) {
  case Period::Week: return zh ? "每周" : "per week";
  case Period::Month: return zh ? "每月" : "per month";
  case Period::Quarter: return zh ? "每季度" : "per quarter";
  case Period::Term: return zh ? "每学期" : "per term";
  case Period::Year: return zh ? "每学年" : "per year";
  }
  return {};
}

std::string quota_amount(std::size_t amount, const Schedule& s, Lang lang)
{
  if (lang == Lang::Zh) return fmt::format("{}{}", amount, s.unit.empty() ? "次" : s.unit);
  if (s.unit.empty()) return fmt::format("{} {}", amount, amount == 1 ? "time" : "times");
  return fmt::format("{} {}", amount, s.unit);
}

std::string quota_requirement(const Schedule& s, Lang lang)
{
  if (lang == Lang::Zh) return period_label(s.period, lang) + "不少于" + quota_amount(s.count, s, lang);
  return "at least " + quota_amount(s.count, s, lang) + " " + period_label(s.period, lang);
}

const char* comparison_name(Comparison op)
{
  switch (op) {
  case Comparison::AtLeast: return "at_least";
  case Comparison::AtMost: return "at_most";
  case Comparison::Equal: return "equal";
  case Comparison::Greater: return "greater";
  case Comparison::Less: return "less";
  }
  return "";
}

const char* comparison_sign(Comparison op)
{
  switch (op) {
  case Comparison::AtLeast: return "≥";
  case Comparison::AtMost: return "≤";
  case Comparison::Equal: return "=";
  case Comparison::Greater: return ">";
  case Comparison::Less: return "<";
  }
  return "";
}

std::string number_text(double value) { return fmt::format("{}", value); }

} // namespace plan
