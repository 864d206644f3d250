// Tests for the iCalendar renderer: line folding at 75 octets without splitting UTF-8,
// TEXT escaping, all-day events with an exclusive DTEND, and UIDs that stay put when a
// plan is edited.
#include "plan/render/icalendar.hpp"

#include "plan/calendar/recurrence.hpp"
#include "plan/util/utf8.hpp"
#include "support/plans.hpp"

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <set>

using namespace plan;
using plan::test::load;
using plan::test::minimal_plan;

namespace {

// The physical lines of folded text, without their CRLF; fails on a bare LF.
std::vector<std::string> physical_lines(const std::string& text)
{
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    out.push_back(text.substr(start, end - start));
    CHECK(out.back().find_first_of("\r\n") == std::string::npos);
    start = end + 2;
  }
  return out;
}

// Every physical line at most 75 octets and valid UTF-8 on its own (nothing split).
void check_folded(const std::string& text)
{
  for (const std::string& line : physical_lines(text)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK_FALSE(utf8::first_invalid_byte(line).has_value());
  }
}

std::string unfold(const std::string& text)
{
  std::string out;
  for (const std::string& line : physical_lines(text)) {
    out += line[0] == ' ' ? line.substr(1) : (out.empty() ? "" : "\n") + line;
  }
  return out;
}

// A plan loaded, expanded and rendered as iCalendar, whole or for a range.
struct Rendered {
  std::unique_ptr<ExpandedPlan> plan;
  std::string text;
};

std::unique_ptr<Rendered> render(const std::string& body, const ChecklistQuery& query = {}, Lang lang = Lang::Zh,
                                 bool explain = false)
{
  auto r = std::make_unique<Rendered>();
  INFO(plan::test::positions(load(minimal_plan(body))));
  r->plan = plan::test::expanded(minimal_plan(body));
  REQUIRE(r->plan);
  ChecklistResult c = make_checklist(*r->plan, query);
  REQUIRE(c.checklist);
  r->text = render_checklist_icalendar(*c.checklist, lang, explain);
  check_folded(r->text);
  return r;
}

// The events of rendered text: property name (before ; or :) -> "params:value" as
// written, unfolded, in order.
using Event = std::map<std::string, std::string>;
std::vector<Event> events(const std::string& text)
{
  std::vector<Event> out;
  std::string all = unfold(text) + "\n";
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t end = all.find('\n', start);
    std::string line = all.substr(start, end - start);
    start = end + 1;
    if (line == "BEGIN:VEVENT") {
      out.emplace_back();
    } else if (!out.empty() && line != "END:VEVENT" && line != "END:VCALENDAR") {
      std::size_t name_end = line.find_first_of(";:");
      out.back()[line.substr(0, name_end)] = line.substr(line[name_end] == ':' ? name_end + 1 : name_end);
    }
  }
  return out;
}

// UID by DTSTART (one event per date in these plans).
std::map<std::string, std::string> uids_by_date(const std::string& text)
{
  std::map<std::string, std::string> out;
  for (const Event& e : events(text)) out[e.at("DTSTART")] = e.at("UID");
  return out;
}

} // namespace

TEST_SUITE("render icalendar")
{
  TEST_CASE("folding: at most 75 octets per physical line, CJK never split")
  {
    std::string ascii75 = "DESCRIPTION:" + std::string(75 - 12, 'x');
    CHECK(icalendar_fold(ascii75) == ascii75 + "\r\n"); // exactly 75: one line
    CHECK(icalendar_fold(ascii75 + "y") == ascii75 + "\r\n y\r\n");
    // 75, then 1 space + 74, then 1 space + 74: every continuation line is 75 octets too.
    std::string long_ascii(75 + 74 + 74, 'a');
    auto lines = physical_lines(icalendar_fold(long_ascii));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[2].size() == 75);
    CHECK(icalendar_fold("") == "\r\n");

    // "SUMMARY:a" is 9 octets; 22 characters of 3 octets end exactly at 75.
    std::string jiao;
    for (int i = 0; i < 22; ++i) jiao += "教";
    std::string exact = "SUMMARY:a" + jiao;
    REQUIRE(exact.size() == 75);
    CHECK(icalendar_fold(exact) == exact + "\r\n");
    // One more: the 23rd character does not fit and goes whole to the next line.
    CHECK(icalendar_fold(exact + "研") == exact + "\r\n 研\r\n");
    // Without the "a", the 23rd character would straddle octet 75: the line stops at 74.
    std::string straddle = "SUMMARY:" + jiao + "研研";
    lines = physical_lines(icalendar_fold(straddle));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "SUMMARY:" + jiao);
    CHECK(lines[0].size() == 74);
    CHECK(lines[1] == " 研研");

    // Long mixed text with 4-octet characters: each line valid, short enough, and
    // unfolding gives the text back.
    std::string mixed = "DESCRIPTION:";
    for (int i = 0; i < 40; ++i) mixed += "教研😀a,";
    std::string folded = icalendar_fold(mixed);
    check_folded(folded);
    CHECK(unfold(folded) == mixed);
  }

  TEST_CASE("TEXT escaping")
  {
    CHECK(icalendar_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(icalendar_text("一\n二\r\n三\r四") == "一\\n二\\n三\\n四");
    CHECK(icalendar_text("tab\there") == "tab\there");
    CHECK(icalendar_text("bell\x07 del\x7f") == "bell<U+0007> del<U+007F>"); // shown, as in every output
    CHECK(icalendar_text("10:30 \"引号\" 《书名》，、；") == "10:30 \"引号\" 《书名》，、；"); // nothing else escaped
  }

  TEST_CASE("FNV-1a 64 test vectors")
  {
    CHECK(fnv1a_64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a_64("foobar") == 0x85944171f73967e8ULL);
  }

  TEST_CASE("the calendar: header, all-day events, DTEND the day after the last day")
  {
    auto r = render("owners: [教务处, 政教处]\n"
                    "sections:\n"
                    "  - number: 一、\n"
                    "    title: 教学工作\n"
                    "    owner: 教务处\n"
                    "    items:\n"
                    "      - {id: opening, title: 开学典礼, when: 2023-09-01, owner: 政教处, tags: [大型活动, 德育]}\n"
                    "      - {title: 歌唱比赛, when: 10月}\n"
                    "      - {title: 年终总结, when: 2023-12-31}\n"
                    "      - {title: 班主任费, when: 每月8日前}\n"
                    "      - {title: '会议; 记录, 归档', when: 2023-09-05}\n");
    CHECK(r->text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//plan//NONSGML plan expand//EN\r\n"
                        "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:测试小学 工作计划\r\nBEGIN:VEVENT\r\n",
                        0) == 0);
    CHECK(r->text.size() > 15);
    CHECK(r->text.substr(r->text.size() - 15) == "END:VCALENDAR\r\n");
    auto ev = events(r->text);
    REQUIRE(ev.size() == 1 + 1 + 1 + 9 + 1); // 班主任费: September to June, not February or July

    const Event& opening = ev[0];
    CHECK(opening.at("DTSTART") == ";VALUE=DATE:20230901");
    CHECK(opening.at("DTEND") == ";VALUE=DATE:20230902"); // exclusive: the next day
    CHECK(opening.at("DTSTAMP") == "20230901T000000Z");    // term 1's first day
    CHECK(opening.at("SUMMARY") == "开学典礼");
    CHECK(opening.at("DESCRIPTION") == "负责：政教处\\n栏目：一、教学工作\\n依据：2023-09-01（on 2023-09-01）");
    CHECK(opening.at("CATEGORIES") == "大型活动,德育");
    CHECK(opening.at("TRANSP") == "TRANSPARENT");
    CHECK(opening.at("UID") == "c605139710ad5c39@plan"); // FNV-1a 64, worked out by hand (python)

    const Event& meeting = ev[1];
    CHECK(meeting.at("SUMMARY") == "会议\\; 记录\\, 归档");
    CHECK(meeting.count("CATEGORIES") == 0);

    const Event& deadline = ev[2]; // 每月8日前 in September: Friday the 8th
    CHECK(deadline.at("SUMMARY") == "截止：班主任费");
    CHECK(deadline.at("DTSTART") == ";VALUE=DATE:20230908");
    CHECK(deadline.at("DTEND") == ";VALUE=DATE:20230909");

    const Event* song = nullptr;
    const Event* year_end = nullptr;
    for (const Event& e : ev) {
      if (e.at("SUMMARY") == "歌唱比赛") song = &e;
      if (e.at("SUMMARY") == "年终总结") year_end = &e;
    }
    REQUIRE(song);
    CHECK(song->at("DTSTART") == ";VALUE=DATE:20231001"); // the window, 10/1..10/31
    CHECK(song->at("DTEND") == ";VALUE=DATE:20231101");
    CHECK(song->at("DESCRIPTION") == "负责：教务处\\n栏目：一、教学工作\\n依据：10月（some time in month 10）\\n截止：10月31日 周二");
    REQUIRE(year_end);
    CHECK(year_end->at("DTSTART") == ";VALUE=DATE:20231231");
    CHECK(year_end->at("DTEND") == ";VALUE=DATE:20240101"); // across the year's end
    CHECK(year_end->at("DESCRIPTION").find("备注：周日，不上课") != std::string::npos);
  }

  TEST_CASE("English labels, the move note and --explain")
  {
    std::string body = "items:\n"
                       "  - {id: report, title: 提交报告, when: 2023-10-01, on_holiday: before}\n";
    auto en = render(body, {}, Lang::En);
    auto ev = events(en->text);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].at("DTSTART") == ";VALUE=DATE:20230928");
    CHECK(ev[0].at("DESCRIPTION") == "Rule: 2023-10-01 (on 2023-10-01)\\nNote: moved from Oct 1\\, 中秋节、国庆节");
    auto explained = render(body, {}, Lang::Zh, true);
    ev = events(explained->text);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].at("DESCRIPTION") == "依据：2023-10-01（on 2023-10-01）；第一学期第5周；原定2023-10-01（中秋节、国庆节），"
                                     "提前到上一个上课日\\n备注：原定10月1日，中秋节、国庆节");
    auto due = render("items:\n  - {title: 汇总, when: 每月8日前}\n", {}, Lang::En);
    CHECK(events(due->text).at(0).at("SUMMARY") == "Due: 汇总");
  }

  TEST_CASE("UIDs: stable across runs, ranges and edits; one per occurrence")
  {
    const std::string weekly = "sections:\n"
                               "  - number: 一、\n"
                               "    title: 教学工作\n"
                               "    items:\n"
                               "      - {id: research, title: 大教研, when: 每周四}\n"
                               "      - {title: 听课, when: 每周二}\n";
    auto base = render(weekly);
    CHECK(render(weekly)->text == base->text); // the same bytes every time

    auto all = events(base->text);
    std::set<std::string> uids;
    for (const Event& e : all) uids.insert(e.at("UID"));
    CHECK(uids.size() == all.size()); // different dates, different UIDs

    // The same occurrence in a one-week checklist has the same UID.
    ChecklistQuery week3;
    week3.term = 1;
    week3.week = 3;
    auto part = render(weekly, week3);
    auto part_events = events(part->text);
    REQUIRE(part_events.size() == 2);
    for (const Event& e : part_events) CHECK(uids.count(e.at("UID")) == 1);

    auto research = [](const std::string& text) {
      std::map<std::string, std::string> out;
      for (const Event& e : events(text)) {
        if (e.at("SUMMARY").find("教研") != std::string::npos) out[e.at("DTSTART")] = e.at("UID");
      }
      return out;
    };
    auto listen = [](const std::string& text) {
      std::map<std::string, std::string> out;
      for (const Event& e : events(text)) {
        if (e.at("SUMMARY").find("听课") != std::string::npos) out[e.at("DTSTART")] = e.at("UID");
      }
      return out;
    };
    auto base_research = research(base->text);
    auto base_listen = listen(base->text);
    REQUIRE(base_research.size() > 30);

    // Retitled (the item has an id), renumbered, moved under a new section, another
    // item added first, owners and tags added: the same UIDs.
    auto edited = render("owners: [教研组]\n"
                         "items:\n"
                         "  - {title: 新增事项, when: 每周四}\n"
                         "sections:\n"
                         "  - number: （二）\n"
                         "    title: 教学工作\n"
                         "    items:\n"
                         "      - {title: 听课, when: 每周二, owner: 教研组, tags: [教研]}\n"
                         "      - {id: research, title: 大教研活动（修订）, when: 每周四, owner: 教研组}\n");
    CHECK(research(edited->text) == base_research);
    CHECK(listen(edited->text) == base_listen); // no id: section title and item title kept

    // Without an id, a new title is a new item.
    auto retitled = render("sections:\n"
                           "  - number: 一、\n"
                           "    title: 教学工作\n"
                           "    items:\n"
                           "      - {id: research, title: 大教研, when: 每周四}\n"
                           "      - {title: 听课评课, when: 每周二}\n");
    auto retitled_listen = uids_by_date(retitled->text);
    for (const auto& [date, uid] : base_listen) CHECK(retitled_listen.at(date) != uid);

    // A new id changes the UID.
    auto new_id = render("items:\n  - {id: research2, title: 大教研, when: 每周四}\n");
    CHECK(uids_by_date(new_id->text) != base_research);
  }

  TEST_CASE("UIDs: a moved occurrence keeps the UID of the date it was moved from")
  {
    auto before = render("items:\n  - {id: report, title: 提交报告, when: 2023-10-01, on_holiday: before}\n");
    auto after = render("items:\n  - {id: report, title: 提交报告, when: 2023-10-01, on_holiday: after}\n");
    auto b = events(before->text);
    auto a = events(after->text);
    REQUIRE(b.size() == 1);
    REQUIRE(a.size() == 1);
    CHECK(b[0].at("DTSTART") == ";VALUE=DATE:20230928"); // Thursday before the holiday
    CHECK(a[0].at("DTSTART") == ";VALUE=DATE:20231007"); // the make-up Saturday
    CHECK(a[0].at("UID") == b[0].at("UID"));
  }

  TEST_CASE("UIDs: counted lines of one window differ; duplicates get a suffix")
  {
    auto counted = render("items:\n  - {id: drill, title: 安全演练, when: 每学期至少两次}\n");
    auto ev = events(counted->text);
    REQUIRE(ev.size() == 4); // two per term
    CHECK(ev[0].at("SUMMARY") == "安全演练（1/2）");
    CHECK(ev[0].at("DTSTART") == ev[1].at("DTSTART"));
    CHECK(ev[0].at("UID") != ev[1].at("UID"));

    // Two items without an id, with the same title in the same place: unique all the same.
    auto twins = render("items:\n  - {title: 值周, when: 2023-09-04}\n  - {title: 值周, when: 2023-09-04}\n");
    ev = events(twins->text);
    REQUIRE(ev.size() == 2);
    CHECK(ev[1].at("UID") == ev[0].at("UID").substr(0, 16) + "-2@plan");
  }

  TEST_CASE("an empty checklist is a calendar without events")
  {
    ChecklistQuery query;
    query.owners = {"总务处"};
    auto r = render("items:\n  - {title: 开学典礼, when: 2023-09-01}\n", query);
    CHECK(r->text.find("BEGIN:VEVENT") == std::string::npos);
    CHECK(r->text.find("END:VCALENDAR\r\n") != std::string::npos);
  }
}
