// Labels for output in Chinese (default) or English: weekdays, dates, weeks, terms,
// and the explanation of why an occurrence lands on its date.
#include "plan/render/labels.hpp"

#include <fmt/format.h>

#include <array>

namespace plan {

using namespace std::chrono;

namespace {

unsigned weekday_index(const Date& d) { return (weekday{sys_days{d}}.c_encoding() + 6) % 7; } // Monday 0

constexpr std::array<const char*, 7> k_zh_weekdays = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
constexpr std::array<const char*, 7> k_en_weekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char*, 7> k_en_weekdays_long = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                           "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> k_en_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

std::string weekday_label(const Date& date, Lang lang)
{
  return lang == Lang::Zh ? k_zh_weekdays[weekday_index(date)] : k_en_weekdays[weekday_index(date)];
}

std::string date_label(const Date& date, Lang lang)
{
  auto m = static_cast<unsigned>(date.month());
  auto d = static_cast<unsigned>(date.day());
  return lang == Lang::Zh ? fmt::format("{}月{}日", m, d) : fmt::format("{} {}", k_en_months[m - 1], d);
}

std::string span_label(const Date& first, const Date& last, Lang lang)
{
  if (first == last) return date_label(first, lang);
  return lang == Lang::Zh ? date_label(first, lang) + "—" + date_label(last, lang)
                          : date_label(first, lang) + " – " + date_label(last, lang);
}

std::string week_label(int week, Lang lang)
{
  return lang == Lang::Zh ? fmt::format("第{}周", week) : fmt::format("Week {}", week);
}

std::string term_label(int term, Lang lang)
{
  if (lang == Lang::En) return fmt::format("Term {}", term);
  return term == 1 ? "第一学期" : term == 2 ? "第二学期" : fmt::format("第{}学期", term);
}

std::string day_reason(const AcademicCalendar& calendar, const Date& date, Lang lang)
{
  std::string_view name = calendar.day_name(date);
  if (!name.empty()) return std::string(name);
  switch (calendar.kind(date)) {
  case DayKind::Weekend:
    return lang == Lang::Zh ? k_zh_weekdays[weekday_index(date)] : k_en_weekdays_long[weekday_index(date)];
  case DayKind::Vacation:
    return lang == Lang::Zh ? "假期" : "vacation";
  default:
    return lang == Lang::Zh ? "非上课日" : "no school";
  }
}

std::string amount_label(const Occurrence& o, const Schedule& s, Lang lang)
{
  if (o.total == 1) return {}; // "once in the period": nothing to count
  if (o.total > 1) return lang == Lang::Zh ? fmt::format("（{}/{}）", o.index, o.total) : fmt::format(" ({}/{})", o.index, o.total);
  if (s.kind != ScheduleKind::Count || s.count == 0) return {};
  std::string unit = s.unit.empty() ? (lang == Lang::Zh ? "次" : " times") : (lang == Lang::Zh ? s.unit : " " + s.unit);
  std::string amount = lang == Lang::Zh ? fmt::format("不少于{}{}", s.count, unit) : fmt::format("at least {}{}", s.count, unit);
  if (!s.role.empty()) amount = s.role + (lang == Lang::Zh ? "：" : ": ") + amount;
  return lang == Lang::Zh ? "（" + amount + "）" : " (" + amount + ")";
}

std::string join_names(const std::vector<std::string>& names, Lang lang)
{
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += lang == Lang::Zh ? "、" : ", ";
    out += n;
  }
  return out;
}

std::string title_with_owners(const Item& item, Lang lang)
{
  std::string owners = join_names(item.owners, lang);
  return owners.empty() ? item.title : item.title + " — " + owners;
}

std::string deadline_prefix(const Occurrence& o, Lang lang)
{
  if (o.kind != OccurrenceKind::Deadline) return {};
  return lang == Lang::Zh ? "截止 " : "due: ";
}

std::string window_due_today(const Occurrence& o, Lang lang)
{
  if (o.kind != OccurrenceKind::Window) return {};
  return lang == Lang::Zh ? "（" + span_label(o.date, o.end, lang) + "，今日截止）"
                          : " (" + span_label(o.date, o.end, lang) + ", due today)";
}

std::string day_status_label(bool off, Lang lang)
{
  if (lang == Lang::Zh) return off ? "放假" : "上班";
  return off ? "off" : "workday";
}

std::string explain(const Occurrence& o, const Schedule& s, const AcademicCalendar& calendar, Lang lang)
{
  std::string out;
  if (lang == Lang::Zh) {
    out = fmt::format("依据：{}（{}）", s.text, describe(s));
    if (o.term != 0) out += "；" + term_label(o.term, lang) + (o.week ? week_label(o.week, lang) : "");
    if (o.moved) {
      out += fmt::format("；原定{}（{}），{}", format_iso(o.moved_from), day_reason(calendar, o.moved_from, lang),
                         o.policy == HolidayPolicy::Before ? "提前到上一个上课日" : "顺延到下一个上课日");
    } else if (o.off_day) {
      out += fmt::format("；{}不上课（{}），按计划保留", date_label(o.date, lang), day_reason(calendar, o.date, lang));
    }
    return out;
  }
  out = fmt::format("rule: {} ({})", s.text, describe(s));
  if (o.term != 0) out += fmt::format("; term {}", o.term) + (o.week ? fmt::format(", week {}", o.week) : "");
  if (o.moved) {
    out += fmt::format("; moved from {} ({}) to the {} school day", format_iso(o.moved_from),
                       day_reason(calendar, o.moved_from, lang), o.policy == HolidayPolicy::Before ? "previous" : "next");
  } else if (o.off_day) {
    out += fmt::format("; kept on {} although there is no school ({})", format_iso(o.date),
                       day_reason(calendar, o.date, lang));
  }
  return out;
}

} // namespace plan
