// parse_phrase on arbitrary bytes (not always UTF-8), with what its result promises:
// a schedule and no error, or an error, its rule and at most three suggestions; and
// the fields a schedule's kind uses within the ranges expansion relies on. The same
// bytes as running text for find_phrases, whose matches must agree with parse_phrase.
#include "check.hpp"

#include "plan/schedule/phrase.hpp"
#include "plan/util/date.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace plan;

void check_schedule(const Schedule& s)
{
  auto month = [](unsigned m) { return m >= 1 && m <= 12; };
  switch (s.kind) {
  case ScheduleKind::OnDate:
    PLAN_FUZZ_CHECK(parse_iso_date(s.date).has_value());
    break;
  case ScheduleKind::DateRange:
    PLAN_FUZZ_CHECK(parse_iso_date(s.date).has_value() && parse_iso_date(s.end_date).has_value());
    PLAN_FUZZ_CHECK(*parse_iso_date(s.date) <= *parse_iso_date(s.end_date));
    break;
  case ScheduleKind::MonthDay:
    PLAN_FUZZ_CHECK(month(s.month_from) && s.day_from >= 1 && s.day_from <= 31);
    break;
  case ScheduleKind::MonthDayRange:
    PLAN_FUZZ_CHECK(month(s.month_from) && month(s.month_to));
    PLAN_FUZZ_CHECK(s.day_from >= 1 && s.day_from <= 31 && s.day_to <= 31);
    break;
  case ScheduleKind::Months:
    PLAN_FUZZ_CHECK(month(s.month_from) && month(s.month_to));
    break;
  case ScheduleKind::Weekly:
    PLAN_FUZZ_CHECK(s.weekdays < 0x80);
    break;
  case ScheduleKind::EveryNWeeks:
    PLAN_FUZZ_CHECK(s.interval >= 2 && s.weekdays < 0x80);
    break;
  case ScheduleKind::MonthlyDeadline:
    PLAN_FUZZ_CHECK(s.day <= 31);
    break;
  case ScheduleKind::MonthlyOnDay:
    PLAN_FUZZ_CHECK(s.day >= 1 && s.day <= 31);
    break;
  case ScheduleKind::TeachingWeeks:
    PLAN_FUZZ_CHECK(s.week_from >= 1 && s.week_from <= s.week_to && s.week_to <= 30 && s.weekdays < 0x80);
    break;
  case ScheduleKind::Count:
  case ScheduleKind::MonthStart:
  case ScheduleKind::Daily:
  case ScheduleKind::TermRelative:
  case ScheduleKind::Seasonal:
    break;
  }
  PLAN_FUZZ_CHECK(!describe(s).empty());
}

// find_phrases on the same bytes as running text: each match slices the text back to
// its own text, comes after the one before, and is what parse_phrase makes of it.
void check_found(std::string_view text)
{
  std::size_t previous_end = 0;
  for (const PhraseMatch& m : find_phrases(text)) {
    PLAN_FUZZ_CHECK(m.length > 0 && m.offset >= previous_end && m.offset + m.length <= text.size());
    PLAN_FUZZ_CHECK(text.substr(m.offset, m.length) == m.text);
    previous_end = m.offset + m.length;
    PhraseResult alone = parse_phrase(m.text);
    PLAN_FUZZ_CHECK(alone.schedule && *alone.schedule == m.schedule);
    check_schedule(m.schedule);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  std::string_view phrase(reinterpret_cast<const char*>(data), size);
  check_found(phrase);
  PhraseResult r = parse_phrase(phrase);
  if (r.schedule) {
    PLAN_FUZZ_CHECK(r.error.empty() && r.rule.empty() && r.suggestions.empty());
    PLAN_FUZZ_CHECK(r.schedule->text == phrase);
    check_schedule(*r.schedule);
  } else {
    PLAN_FUZZ_CHECK(!r.error.empty());
    PLAN_FUZZ_CHECK(r.rule == "unknown-phrase" || r.rule == "invalid-date");
    PLAN_FUZZ_CHECK(r.suggestions.size() <= 3);
  }
  return 0;
}
