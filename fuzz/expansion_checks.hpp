// What an expansion and its renderings promise, checked by the expansion fuzz targets:
// the expansion's own promises (plan/calendar/invariants.hpp); every view built and
// every format well formed (UTF-8, JSON that
// parses, CSV records of equal width, iCalendar lines of at most 75 octets, HTML with
// the plan's text escaped, and no control character in any of them).
#pragma once
#include "byte_source.hpp"
#include "check.hpp"

#include "plan/calendar/invariants.hpp"
#include "plan/expanded_plan.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/html.hpp"
#include "plan/render/icalendar.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/views/checklist.hpp"
#include "plan/views/month_grid.hpp"
#include "plan/views/summary.hpp"
#include "plan/views/term_table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace plan::fuzz {

inline Date add_days(const Date& d, long n) { return Date{std::chrono::sys_days{d} + std::chrono::days{n}}; }

// Text from input reaches every output shown safely (plan(1), "Text from input in
// output"): no C0 control but tab and the line ends, no DEL, no C1 control.
inline void check_no_controls(const std::string& out)
{
  for (char32_t c : utf8::decode(out)) {
    bool allowed = c == U'\t' || c == U'\n' || c == U'\r';
    PLAN_FUZZ_CHECK(allowed || !(c < 0x20 || (c >= 0x7F && c <= 0x9F)));
  }
}

// RFC 4180 records of a CSV text: every record has as many fields as the header.
inline void check_csv(const std::string& csv)
{
  PLAN_FUZZ_CHECK(valid_utf8(csv));
  check_no_controls(csv);
  std::size_t fields = 1;
  std::size_t header = 0;
  bool quoted_field = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted_field) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') ++i;
      else if (c == '"') quoted_field = false;
    } else if (c == '"') {
      quoted_field = true;
    } else if (c == ',') {
      ++fields;
    } else if (c == '\r') {
      PLAN_FUZZ_CHECK(i + 1 < csv.size() && csv[i + 1] == '\n');
      ++i;
      if (header == 0) header = fields;
      PLAN_FUZZ_CHECK(fields == header);
      fields = 1;
    } else {
      PLAN_FUZZ_CHECK(c != '\n');
    }
  }
  PLAN_FUZZ_CHECK(!quoted_field);
}

// RFC 5545 content lines: CRLF, at most 75 octets, no control characters but tab.
inline void check_icalendar(const std::string& ics)
{
  PLAN_FUZZ_CHECK(valid_utf8(ics));
  std::size_t start = 0;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    PLAN_FUZZ_CHECK(end != std::string::npos);
    PLAN_FUZZ_CHECK(end - start <= 75);
    for (std::size_t i = start; i < end; ++i) {
      auto c = static_cast<unsigned char>(ics[i]);
      PLAN_FUZZ_CHECK(c >= 0x20 || c == '\t');
    }
    start = end + 2;
  }
}

inline void check_json(const std::string& json)
{
  PLAN_FUZZ_CHECK(valid_utf8(json));
  check_no_controls(json);
  PLAN_FUZZ_CHECK(nlohmann::json::accept(json));
}

inline void check_html(const std::string& html)
{
  PLAN_FUZZ_CHECK(valid_utf8(html));
  check_no_controls(html);
  PLAN_FUZZ_CHECK(html.find("<script") == std::string::npos);
}

inline void check_text(const std::string& text)
{
  PLAN_FUZZ_CHECK(valid_utf8(text));
  check_no_controls(text);
}

// The promises of calendar/invariants.hpp, which the pipeline also checks.
inline void check_expansion(const ExpandedPlan& p)
{
  std::string violation = expansion_violation(p.plan(), p.calendar(), p.expansion());
  if (!violation.empty()) std::fprintf(stderr, "expansion: %s\n", violation.c_str());
  PLAN_FUZZ_CHECK(violation.empty());
}

inline void check_views(ByteSource& in, const ExpandedPlan& expanded)
{
  const Plan& plan = expanded.plan();
  const AcademicCalendar& calendar = expanded.calendar();
  const Expansion& expansion = expanded.expansion();
  Lang lang = in.flag() ? Lang::En : Lang::Zh;
  bool explain = in.flag();

  ChecklistQuery everything;
  ChecklistResult all = make_checklist(expanded, everything);
  PLAN_FUZZ_CHECK(all.checklist.has_value());
  const Checklist& c = *all.checklist;
  PLAN_FUZZ_CHECK(c.rows.size() == expansion.occurrences.size());
  check_text(render_checklist_markdown(c, lang, explain));
  check_csv(render_checklist_csv(c, lang, explain));
  check_json(render_checklist_json(c, lang, explain));
  check_text(render_checklist_text(c, lang, explain));
  check_icalendar(render_checklist_icalendar(c, lang, explain));

  // A narrower checklist, as the options choose one; an impossible query is an error.
  ChecklistQuery query;
  switch (in.range(0, 3)) {
  case 0:
    query.term = in.range(1, 2);
    if (in.flag()) query.week = in.range(1, 30);
    break;
  case 1: query.month = in.range(1u, 12u); break;
  case 2:
    query.from = add_days(Date{std::chrono::year{calendar.first_year()} / std::chrono::September / 1}, in.range(-40, 380));
    query.to = add_days(*query.from, in.range(-3, 60));
    break;
  default:
    if (!plan.owners.empty()) query.owners.push_back(in.pick(plan.owners));
    break;
  }
  ChecklistResult some = make_checklist(expanded, query);
  PLAN_FUZZ_CHECK(some.checklist.has_value() != !some.error.empty());
  if (some.checklist) {
    for (const Occurrence* o : some.checklist->rows) {
      PLAN_FUZZ_CHECK(o >= expansion.occurrences.data() && o < expansion.occurrences.data() + expansion.occurrences.size());
    }
    check_text(render_checklist_markdown(*some.checklist, lang, !explain));
    check_csv(render_checklist_csv(*some.checklist, lang, !explain));
  }

  unsigned month = in.range(1u, 12u);
  MonthGrid grid = make_month_grid(expanded, month);
  check_text(render_month_markdown(grid, lang));
  check_json(render_month_json(grid, lang));
  bool colour = in.flag();
  std::string month_text = render_month_text(grid, lang, colour);
  if (colour) { // the renderer's own colours (SGR sequences) are the only controls allowed
    std::string plain;
    for (std::size_t i = 0; i < month_text.size(); ++i) {
      if (month_text.compare(i, 2, "\x1b[") == 0) {
        std::size_t end = month_text.find('m', i);
        PLAN_FUZZ_CHECK(end != std::string::npos);
        for (std::size_t k = i + 2; k < end; ++k) PLAN_FUZZ_CHECK((month_text[k] >= '0' && month_text[k] <= '9') || month_text[k] == ';');
        i = end;
      } else {
        plain += month_text[i];
      }
    }
    month_text = plain;
  }
  check_text(month_text);
  check_html(render_month_html(grid, lang));

  for (const TermWeeks& t : calendar.terms()) {
    TermTable table = make_term_table(expanded, t.number, in.flag());
    check_text(render_term_table_markdown(table, lang));
    check_csv(render_term_table_csv(table, lang));
    check_html(render_term_table_html(table, lang));
    check_text(render_term_table_text(table, lang));
  }

  std::vector<const ExpandedPlan*> inputs = {&expanded};
  if (in.flag()) inputs.push_back(inputs.front()); // the same plan twice: two columns that need a qualifier
  Summary summary = make_summary(inputs, in.pick(std::array{SummaryBy::Month, SummaryBy::Owner, SummaryBy::Section,
                                                            SummaryBy::Tag}));
  check_text(render_summary_markdown(summary, lang));
  check_csv(render_summary_csv(summary, lang));
  check_json(render_summary_json(summary, lang));
}

} // namespace plan::fuzz
