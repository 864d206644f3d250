// Labels for output in Chinese (default) or English: weekdays, dates, weeks, terms,
// and the explanation of why an occurrence lands on its date.
#pragma once
#include "plan/calendar/academic_year.hpp"
#include "plan/calendar/occurrence.hpp"

#include <string>

namespace plan {

enum class Lang { Zh, En };

/// 周二 / Tue
std::string weekday_label(const Date& date, Lang lang);
/// 9月19日 / Sep 19
std::string date_label(const Date& date, Lang lang);
/// 9月18日—9月24日 / Sep 18 – Sep 24
std::string span_label(const Date& first, const Date& last, Lang lang);
/// 第3周 / Week 3
std::string week_label(int week, Lang lang);
/// 第一学期 / Term 1
std::string term_label(int term, Lang lang);
/// What a day without school is: the holiday's name, 周六/Saturday, 假期/vacation.
std::string day_reason(const AcademicCalendar& calendar, const Date& date, Lang lang);

/// The count, quota and role of an occurrence: "（1/2）", "（校长：不少于30节）", or ""
/// (also for a count of one: once in the period needs no number).
std::string amount_label(const Occurrence& o, const Schedule& s, Lang lang);

/// Names joined with 、 (zh) or ", " (en): owners, holidays.
std::string join_names(const std::vector<std::string>& names, Lang lang);

/// "title — owners" of an item, owners joined with join_names.
std::string title_with_owners(const Item& item, Lang lang);

/// "截止 " / "due: " before the title of a deadline; "" for other kinds.
std::string deadline_prefix(const Occurrence& o, Lang lang);

/// "（9月18日—9月24日，今日截止）" / " (Sep 18 – Sep 24, due today)" after the title of
/// a window listed on its due day; "" for other kinds.
std::string window_due_today(const Occurrence& o, Lang lang);

/// What a holiday-table day is: 放假 / off, or 上班 / workday (a make-up workday).
std::string day_status_label(bool off, Lang lang);

/// Why the occurrence lands where it does: the rule as written and its meaning, the
/// term and teaching week, and any move, e.g. "rule: 每周四 (weekly on Thu); term 1,
/// week 4; moved from 2023-10-01 (国庆节) to the previous school day".
std::string explain(const Occurrence& o, const Schedule& s, const AcademicCalendar& calendar, Lang lang);

} // namespace plan
