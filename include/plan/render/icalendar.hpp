// iCalendar renderer (RFC 5545): a checklist as all-day events with stable UIDs, for
// import into calendar programs.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace plan {

/// The checklist as one VCALENDAR (VERSION:2.0, CALSCALE:GREGORIAN, X-WR-CALNAME
/// "school title") with one all-day VEVENT per occurrence, in checklist order:
/// - DTSTART;VALUE=DATE is the day, the deadline or the window's first day;
///   DTEND;VALUE=DATE is exclusive, the day after the last day (a window spans
///   `date`..`end`; a day or a deadline is one day).
/// - SUMMARY is the title and amount_label(); a deadline's starts with "截止：" /
///   "Due: ". DESCRIPTION has the owners, the section path, the rule and its meaning
///   (the `explain` text instead when asked), a window's due date and the note on a
///   move or a kept day off. CATEGORIES are the item's tags; TRANSP is TRANSPARENT.
/// - UID is icalendar_uid(); should two occurrences of the expansion share one (two
///   items without an id, with the same title in the same section), the later ones in
///   expansion order get "-2", "-3"... before the "@", whatever the range. DTSTAMP is the plan's first term's first day at
///   00:00:00 UTC, so that the same plan always gives the same bytes.
/// Content lines end in CRLF and are folded by icalendar_fold(); text is escaped by
/// icalendar_text(). A checklist with no rows gives a calendar without events.
std::string render_checklist_icalendar(const Checklist& checklist, Lang lang, bool explain);

/// `text` as an RFC 5545 TEXT value: backslash, semicolon and comma get a backslash,
/// a line break (LF, CR LF, CR, NEL, U+2028, U+2029) becomes \n, and other control
/// characters but tab are shown as <U+XXXX> (encoding::visible).
std::string icalendar_text(std::string_view text);

/// One content line (without its line end) folded as RFC 5545 section 3.1 says: each
/// physical line is at most 75 octets, continuation lines begin with one space, a
/// UTF-8 sequence is never split, and every physical line ends in CRLF.
std::string icalendar_fold(std::string_view line);

/// 64-bit FNV-1a of `bytes` (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
std::uint64_t fnv1a_64(std::string_view bytes);

/// The UID of an occurrence: 16 lower-case hex digits of fnv1a_64() over the fields
/// below, each followed by the byte 0x1F, then "@plan":
///   the plan's school; its unit; its academic year ("2023-2024");
///   "id:" and the item's id, or, when it has none, "title:" and the item's sections
///   outermost first (each by its id, else by its title without its number), then its
///   title, all separated by " / ";
///   the rule: "when:N" for the item's Nth `when` phrase, "quota:N" for its Nth quota
///   (N from 0);
///   the occurrence: its original date (the date before a holiday move), or a window's
///   first day, as YYYY-MM-DD, followed by "#index" for one of a counted number.
/// So a UID survives edits of titles (items with an id), owners, tags, notes, the
/// order of items and sections, section numbers, holiday policies and a window's end,
/// and changes when the school, unit, year, id, rule position or date changes.
std::string icalendar_uid(const Checklist& checklist, const Occurrence& occurrence);

} // namespace plan
