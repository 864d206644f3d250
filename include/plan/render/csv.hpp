// CSV renderers (RFC 4180, UTF-8, fixed headers documented in the man pages).
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"
#include "plan/views/term_table.hpp"

#include <string>
#include <string_view>

namespace plan {

/// One CSV field: its controls shown as <U+XXXX> (encoding::visible), line breaks
/// included unless `multi_line` (then each is one LF inside the quotes); quoted when it
/// holds a comma, quote or LF (quotes doubled); a field that starts with =, +, -, @ or
/// tab is prefixed with ' so that spreadsheets do not run it as a formula.
std::string csv_field(std::string_view text, bool multi_line = false);

/// The checklist as CSV with the header
/// date,end,due,kind,term,week,weekday,id,title,owner,section,tags,rule,meaning,index,total,role,quota,moved_from,
/// moved_because,no_school,explain (ISO dates; owner and tags joined with ';'; no_school says why a day kept by its
/// policy has no school; `explain` empty unless asked for).
/// Lines end in CRLF as RFC 4180 says.
std::string render_checklist_csv(const Checklist& checklist, Lang lang, bool explain);

/// The 行事历 as CSV: week,first,last,work,owners (ISO dates; entries joined with
/// newlines inside the quoted work cell; week is "before" for the days before the
/// term and empty for a week without a number).
std::string render_term_table_csv(const TermTable& table, Lang lang);

} // namespace plan

#include "plan/views/summary.hpp"

namespace plan {

/// The summary as one CSV table with the header
/// table,school,group,items,occurrences,id,item,role,indicator,op,value,unit,per,periods,total
/// and three kinds of line, named in the first column. `counts`: school, group, items,
/// occurrences; with one plan a line per group, with several a line per group and plan
/// that has items in it plus a 合计 (Total) line per group; then a 合计 line per plan and,
/// with several, one for all. `quotas`: school, id, item, role, op (at_least), value,
/// unit, per, periods, total. `targets`: school, id, item, indicator, op (at_least,
/// at_most, equal, greater, less), value, unit. Fields as csv_field() writes them;
/// lines end in CRLF.
std::string render_summary_csv(const Summary& summary, Lang lang);

} // namespace plan

#include "plan/views/holiday_list.hpp"

namespace plan {

/// The holiday days as CSV with the header date,weekday,name,isOffDay,origin,source
/// (isOffDay true or false, as holiday-cn writes it); lines end in CRLF.
std::string render_holidays_csv(const HolidayList& list, Lang lang);

} // namespace plan
