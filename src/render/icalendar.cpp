// iCalendar renderer (RFC 5545): a checklist as all-day events with stable UIDs, for
// import into calendar programs.
#include "plan/render/icalendar.hpp"

#include "plan/render/checklist_rows.hpp"
#include "plan/util/encoding.hpp"

#include <fmt/format.h>

#include <unordered_map>
#include <vector>

namespace plan {

using namespace std::chrono;

std::string icalendar_text(std::string_view text)
{
  // The one rule of iCalendar output: every TEXT value goes through here. RFC 5545 TEXT
  // admits no control character but HTAB: controls are shown as <U+XXXX>
  // (encoding::visible), each line break (CR LF, CR, LF, NEL, U+2028, U+2029) is the
  // escape \n, and \, ; and , are escaped.
  std::string out;
  out.reserve(text.size());
  for (char c : encoding::visible(text, true)) {
    switch (c) {
    case '\\':
    case ';':
    case ',':
      out += '\\';
      out += c;
      break;
    case '\n':
      out += "\\n";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string icalendar_fold(std::string_view line)
{
  constexpr std::size_t k_max = 75; // octets per physical line, CRLF not counted
  std::string out;
  std::size_t pos = 0;
  bool first = true;
  do {
    std::size_t room = first ? k_max : k_max - 1; // continuation lines start with a space
    std::size_t cut = pos + room;
    if (cut >= line.size()) {
      cut = line.size();
    } else {
      // Back up to the first byte of a UTF-8 sequence (never a 10xxxxxx byte).
      while (cut > pos + 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    }
    if (!first) out += ' ';
    out.append(line.substr(pos, cut - pos));
    out += "\r\n";
    pos = cut;
    first = false;
  } while (pos < line.size());
  return out;
}

std::uint64_t fnv1a_64(std::string_view bytes)
{
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

namespace {

Date next_day(const Date& d) { return Date{sys_days{d} + days{1}}; }

std::string ical_date(const Date& d)
{
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

// The UID's hash input; see icalendar_uid().
std::string uid_key(const Plan& p, const ItemRef& ref, std::uint16_t rule, const Occurrence& o)
{
  constexpr char k_sep = '\x1f';
  std::string key = p.school + k_sep + p.unit + k_sep + std::to_string(p.first_year) + "-" +
                    std::to_string(p.first_year + 1) + k_sep;
  const Item& item = *ref.item;
  if (!item.id.empty()) {
    key += "id:" + item.id;
  } else {
    key += "title:";
    for (const Section* s : ref.sections) key += (s->id.empty() ? s->title : s->id) + " / ";
    key += item.title;
  }
  key += k_sep;
  const ScheduleEntry* entry = ref.schedules[rule];
  for (std::size_t i = 0; i < item.when.size(); ++i) {
    if (&item.when[i] == entry) key += fmt::format("when:{}", i);
  }
  for (std::size_t i = 0; i < item.quotas.size(); ++i) {
    if (&item.quotas[i] == entry) key += fmt::format("quota:{}", i);
  }
  key += k_sep;
  key += format_iso(o.moved ? o.moved_from : o.date);
  if (o.total) key += fmt::format("#{}", o.index);
  key += k_sep;
  return key;
}

// The DTSTAMP: the first term's first day at midnight UTC (1 September of the
// academic year when the plan has no term), so that output is reproducible.
std::string stamp(const Plan& p)
{
  Date first{year{p.first_year}, September, day{1}};
  bool any = false;
  for (const Term& t : p.calendar.terms) {
    if (!any || t.first_day < first) first = t.first_day;
    any = true;
  }
  return ical_date(first) + "T000000Z";
}

void add(std::string& out, std::string_view line) { out += icalendar_fold(line); }

// The UID of every occurrence of the expansion, by index. Should two have the same
// (two items without an id, with the same title in the same section), the later ones
// in expansion order get -2, -3, ... before the @: unique in the file, and the same
// whatever range and filters choose.
std::vector<std::string> all_uids(const Checklist& c)
{
  std::vector<std::string> uids;
  uids.reserve(c.expansion->occurrences.size());
  std::unordered_map<std::string, int> seen;
  for (const Occurrence& o : c.expansion->occurrences) {
    std::string uid = icalendar_uid(c, o);
    if (int n = ++seen[uid]; n > 1) uid.insert(uid.size() - std::string_view("@plan").size(), fmt::format("-{}", n));
    uids.push_back(std::move(uid));
  }
  return uids;
}

} // namespace

std::string icalendar_uid(const Checklist& c, const Occurrence& o)
{
  const ItemRef& ref = c.expansion->items[o.item];
  return fmt::format("{:016x}@plan", fnv1a_64(uid_key(*c.plan, ref, o.rule, o)));
}

std::string render_checklist_icalendar(const Checklist& c, Lang lang, bool explain_text)
{
  const Plan& p = *c.plan;
  bool zh = lang == Lang::Zh;
  std::string out;
  add(out, "BEGIN:VCALENDAR");
  add(out, "VERSION:2.0");
  add(out, "PRODID:-//plan//NONSGML plan expand//EN");
  add(out, "CALSCALE:GREGORIAN");
  add(out, "X-WR-CALNAME:" + icalendar_text(p.school + " " + p.title));
  const std::string dtstamp = "DTSTAMP:" + stamp(p);
  const std::vector<std::string> uids = all_uids(c);
  for (const Occurrence* o : c.rows) {
    RowFields r = row_fields(c, *o, lang);
    const Item& item = *r.item->item;
    const Schedule& s = *r.schedule;

    const std::string& uid = uids[static_cast<std::size_t>(o - c.expansion->occurrences.data())];

    std::string summary = item.title + r.amount;
    if (o->kind == OccurrenceKind::Deadline) summary = (zh ? "截止：" : "Due: ") + summary;

    std::string description;
    auto line = [&](const std::string& label, const std::string& value) {
      if (value.empty()) return;
      if (!description.empty()) description += '\n';
      description += label + value;
    };
    line(zh ? "负责：" : "Owner: ", r.owners);
    line(zh ? "栏目：" : "Section: ", section_path(*r.item));
    if (explain_text) {
      line("", explain(*o, s, *c.calendar, lang));
    } else {
      line(zh ? "依据：" : "Rule: ",
           zh ? fmt::format("{}（{}）", s.text, describe(s)) : fmt::format("{} ({})", s.text, describe(s)));
    }
    if (o->kind == OccurrenceKind::Window) {
      line(zh ? "截止：" : "Due: ", zh ? date_label(o->due, lang) + " " + weekday_label(o->due, lang)
                                       : weekday_label(o->due, lang) + " " + date_label(o->due, lang));
    }
    line(zh ? "备注：" : "Note: ", r.note);

    std::string categories;
    for (const std::string& tag : item.tags) categories += (categories.empty() ? "" : ",") + icalendar_text(tag);

    add(out, "BEGIN:VEVENT");
    add(out, "UID:" + uid);
    add(out, dtstamp);
    add(out, "DTSTART;VALUE=DATE:" + ical_date(o->date));
    add(out, "DTEND;VALUE=DATE:" + ical_date(next_day(o->end)));
    add(out, "SUMMARY:" + icalendar_text(summary));
    if (!description.empty()) add(out, "DESCRIPTION:" + icalendar_text(description));
    if (!categories.empty()) add(out, "CATEGORIES:" + categories);
    add(out, "TRANSP:TRANSPARENT");
    add(out, "END:VEVENT");
  }
  add(out, "END:VCALENDAR");
  return out;
}

} // namespace plan
