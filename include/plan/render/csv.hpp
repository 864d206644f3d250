// CSV renderers (RFC 4180, UTF-8, fixed headers documented in the man pages).
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <string>
#include <string_view>

namespace plan {

/// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled); a
/// field that starts with =, +, -, @, tab or CR is prefixed with ' so that
/// spreadsheets do not run it as a formula.
std::string csv_field(std::string_view text);

/// The checklist as CSV with the header
/// date,end,due,kind,term,week,weekday,id,title,owner,section,tags,rule,meaning,index,total,role,quota,moved_from,
/// moved_because,no_school,explain (ISO dates; owner and tags joined with ';'; no_school says why a day kept by its
/// policy has no school; `explain` empty unless asked for).
/// Lines end in CRLF as RFC 4180 says.
std::string render_checklist_csv(const Checklist& checklist, Lang lang, bool explain);

} // namespace plan
