// Tests for the one rule every output follows for text that came from input: controls
// and line breaks are shown (<U+XXXX>, or the format's own escape), never written raw,
// so no title, owner, holiday name or file name can act on a terminal or forge a line.
#include "plan/render/csv.hpp"
#include "plan/render/diagnostics.hpp"
#include "plan/render/html.hpp"
#include "plan/render/icalendar.hpp"
#include "plan/render/json.hpp"
#include "plan/render/markdown.hpp"
#include "plan/render/text.hpp"
#include "plan/util/encoding.hpp"
#include "plan/views/holiday_list.hpp"
#include "plan/views/summary.hpp"
#include "support/plans.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <sstream>

using namespace plan;
using plan::test::minimal_plan;

namespace {

// Every character the rule is about: ESC (a colour), BEL, CR, LF, NUL, C1 CSI, DEL.
const std::string k_title = std::string("A\x1b[31mB\aC\rD\nE", 13) + std::string(1, '\0') + "F\xc2\x9bG\x7fH";
const std::string k_title_shown = "A<U+001B>[31mB<U+0007>C<U+000D>D<U+000A>E<U+0000>F<U+009B>G<U+007F>H";
const std::string k_owner = "教\r\n务处";
const std::string k_holiday = "国庆\x1b]0;pwned\a节";
const std::string k_workday = "调休\n上班";
const std::string k_source = "evil\x1b[2J.json";

// A raw control a terminal would act on: C0 but tab and the lines' own LF (and CR, for
// CSV and iCalendar, whose lines end in CR LF), DEL, C1.
std::string raw_control(const std::string& text, bool crlf_lines = false)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b == '\t' || b == '\n') continue;
    if (b == '\r' && crlf_lines && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (b < 0x20 || b == 0x7f) return "byte " + std::to_string(b) + " at " + std::to_string(i);
    if (b == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      return "C1 at " + std::to_string(i);
    }
  }
  return {};
}

void set_items(std::vector<Item>& items)
{
  for (Item& item : items) {
    item.title = k_title;
    item.owners = {k_owner};
  }
}

void set_sections(std::vector<Section>& sections)
{
  for (Section& s : sections) {
    set_items(s.items);
    set_sections(s.sections);
  }
}

// A plan whose items' titles and owners hold every control (as only a damaged file or a
// future loader could), over holiday data whose names and sources hold them too.
struct Fixture {
  HolidayTable national = HolidayTable::built_in();
  std::unique_ptr<ExpandedPlan> plan;

  Fixture()
  {
    // Thursday 2023-10-12 is a make-up workday with a name, so the month's agenda
    // shows it; 2023-10-02 a day off, so the 行事历 shows its name.
    national.add(HolidayDay{Date{std::chrono::year{2023}, std::chrono::October, std::chrono::day{12}}, k_workday, false,
                            HolidayOrigin::File, k_source});
    national.add(HolidayDay{Date{std::chrono::year{2023}, std::chrono::October, std::chrono::day{2}}, k_holiday, true,
                            HolidayOrigin::File, k_source});
    LoadResult r = plan::test::load(minimal_plan("owners: [教务处]\n"
                                                 "items:\n"
                                                 "  - {id: a, title: 教研, owner: 教务处, when: 每周四}\n"
                                                 "  - {id: b, title: 听课, owner: 教务处, quota: {at_least: 2, per: term, unit: 节}}\n"));
    REQUIRE(r.plan);
    set_items(r.plan->items);
    set_sections(r.plan->sections);
    plan = std::make_unique<ExpandedPlan>(std::move(*r.plan), national, "t.yaml");
  }

  Checklist october()
  {
    ChecklistQuery q;
    q.month = 10;
    auto c = make_checklist(*plan, q);
    REQUIRE(c.checklist);
    return *c.checklist;
  }
};

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Every line that holds the start of the title also holds its end: no forged line.
void check_title_on_one_line(const std::string& text, const std::string& shown_title)
{
  bool found = false;
  for (const std::string& line : lines_of(text)) {
    CHECK(line.rfind("E", 0) != 0); // the part after the LF never starts a line
    if (line.find("A<U+001B>") != std::string::npos) {
      CHECK(line.find(shown_title) != std::string::npos);
      found = true;
    }
  }
  CHECK(found);
}

} // namespace

TEST_SUITE("output injection")
{
  TEST_CASE("encoding::visible shows controls and, in a single-line field, line breaks")
  {
    CHECK(encoding::visible("plain ascii\twith tab") == "plain ascii\twith tab");
    CHECK(encoding::visible("国庆节") == "国庆节");
    CHECK(encoding::visible(k_title) == k_title_shown);
    CHECK(encoding::visible("a\xc2\x85" "b\xe2\x80\xa8" "c\xe2\x80\xa9" "d") == "a<U+0085>b<U+2028>c<U+2029>d");
    CHECK(encoding::visible("\x1b\x1b") == "<U+001B><U+001B>");
    CHECK(encoding::visible("bad \xff byte") == "bad \xef\xbf\xbd byte"); // U+FFFD
    // Bidirectional and invisible characters are text here (validate warns about them).
    CHECK(encoding::visible("a\xe2\x80\xae" "b") == "a\xe2\x80\xae" "b");
  }

  TEST_CASE("encoding::visible in a multi-line field: one LF per line break, controls shown")
  {
    CHECK(encoding::visible("a\r\nb\rc\nd\xc2\x85" "e\xe2\x80\xa8" "f", true) == "a\nb\nc\nd\ne\nf");
    CHECK(encoding::visible("a\x1b\x07\x7f\xc2\x9b" "b", true) == "a<U+001B><U+0007><U+007F><U+009B>b");
    CHECK(encoding::visible(std::string("a\0b", 3), true) == "a<U+0000>b");
  }

  TEST_CASE("encoding::json_visible escapes DEL, C1 and U+2028/9 and leaves the rest")
  {
    CHECK(encoding::json_visible("{\"a\":\"x\x7fy\"}") == "{\"a\":\"x\\u007fy\"}");
    CHECK(encoding::json_visible("\"\xc2\x9b\xc2\x85\xc2\xa0\"") == "\"\\u009b\\u0085\xc2\xa0\""); // NBSP stays
    CHECK(encoding::json_visible("\"\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\xa6\"") == "\"\\u2028\\u2029\xe2\x80\xa6\"");
    CHECK(encoding::json_visible("\"国庆节\"") == "\"国庆节\"");
    auto back = nlohmann::json::parse(encoding::json_visible(nlohmann::json(k_title).dump()));
    CHECK(back.get<std::string>() == k_title); // lossless
  }

  TEST_CASE("messages: a file name or argument never colours the terminal or forges a line")
  {
    CHECK(message_visible("x.yaml\n./y.yaml:1:1: error: forged") == "x.yaml<U+000A>./y.yaml:1:1: error: forged");
    CHECK(message_visible("\x1b[31mred.yaml") == "<U+001B>[31mred.yaml");
    CHECK(message_visible("a\xe2\x80\xae" "b") == "a<U+202E>b"); // and reordering, as excerpts
    Diagnostic d;
    d.location.file = "evil\x1b[2J\nplan.yaml";
    d.location.line = 3;
    d.location.column = 1;
    d.severity = Severity::Error;
    d.rule = "yaml-syntax";
    d.message = "bad";
    std::string text = render_diagnostic_text(d, nullptr);
    CHECK(text == "evil<U+001B>[2J<U+000A>plan.yaml:3:1: error: bad [yaml-syntax]\n");
    std::string json = render_diagnostic_json(d);
    CHECK(raw_control(json).empty());
    CHECK(json.find('\n') == std::string::npos);
    CHECK(nlohmann::json::parse(json)["file"] == d.location.file);
    std::string github = render_diagnostic_github(d);
    CHECK(raw_control(github).empty());
    CHECK(github.find("<U+001B>[2J<U+000A>plan.yaml") != std::string::npos);
    CHECK(github.find('\n') == github.size() - 1);
  }

  TEST_CASE("text: checklist, month, 行事历 and holidays")
  {
    Fixture f;
    Checklist c = f.october();
    std::string checklist = render_checklist_text(c, Lang::Zh, true);
    CHECK(raw_control(checklist).empty());
    check_title_on_one_line(checklist, k_title_shown);
    CHECK(checklist.find("教<U+000D><U+000A>务处") != std::string::npos);

    MonthGrid g = make_month_grid(*f.plan, 10);
    for (bool color : {false, true}) {
      std::string month = render_month_text(g, Lang::Zh, color);
      if (!color) CHECK(raw_control(month).empty());
      check_title_on_one_line(month, k_title_shown);
      CHECK(month.find("调休<U+000A>上班") != std::string::npos);
      if (color) { // the renderer's own colours stay; none comes from input
        CHECK(month.find("\x1b[31m") != std::string::npos);
        CHECK(month.find("\x1b]0;") == std::string::npos);
      }
    }

    TermTable t = make_term_table(*f.plan, 1, true);
    std::string weeks = render_term_table_text(t, Lang::Zh);
    CHECK(raw_control(weeks).empty());
    check_title_on_one_line(weeks, k_title_shown);
    CHECK(weeks.find("国庆<U+001B>]0;pwned<U+0007>节") != std::string::npos);

    HolidayList list = make_holiday_list(f.national, 2023, std::nullopt, std::nullopt);
    std::string holidays = render_holidays_text(list, Lang::Zh);
    CHECK(raw_control(holidays).empty());
    CHECK(holidays.find("evil<U+001B>[2J.json") != std::string::npos);
    CHECK(holidays.find("调休<U+000A>上班") != std::string::npos);
    CHECK(holidays.find("\n上班") == std::string::npos);
  }

  TEST_CASE("Markdown: controls shown, a line break is <br>, | escaped")
  {
    Fixture f;
    Checklist c = f.october();
    std::string md = render_checklist_markdown(c, Lang::Zh, true);
    CHECK(raw_control(md).empty());
    CHECK(md.find("A\\<U+001B\\>\\[31mB\\<U+0007\\>C<br>D<br>E\\<U+0000\\>F\\<U+009B\\>G\\<U+007F\\>H") != std::string::npos);
    CHECK(md.find("教<br>务处") != std::string::npos);
    std::string month = render_month_markdown(make_month_grid(*f.plan, 10), Lang::Zh);
    CHECK(raw_control(month).empty());
    CHECK(month.find("调休<br>上班") != std::string::npos);
    std::string weeks = render_term_table_markdown(make_term_table(*f.plan, 1, true), Lang::Zh);
    CHECK(raw_control(weeks).empty());
    for (const std::string& line : lines_of(weeks)) {
      if (line.rfind("| ", 0) != 0) continue;
      // Every row of the table has its four cells: an escaped | is no border.
      std::size_t borders = 0;
      for (std::size_t i = 0; i < line.size(); ++i) borders += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
      CHECK(borders == 5);
    }
    const std::vector<const ExpandedPlan*> plans{f.plan.get()};
    std::string summary = render_summary_markdown(make_summary(plans, SummaryBy::Owner), Lang::Zh);
    CHECK(raw_control(summary).empty());
    CHECK(summary.find("教<br>务处") != std::string::npos);
  }

  TEST_CASE("CSV: controls and line breaks shown in every field; the work column's lines")
  {
    Fixture f;
    Checklist c = f.october();
    std::string csv = render_checklist_csv(c, Lang::Zh, true);
    CHECK(raw_control(csv, true).empty());
    CHECK(csv.find("\n") == csv.find("\r\n") + 1); // every LF ends a record
    for (std::size_t i = csv.find('\n'); i != std::string::npos; i = csv.find('\n', i + 1)) CHECK(csv[i - 1] == '\r');
    CHECK(csv.find(k_title_shown) != std::string::npos);
    CHECK(csv.find("教<U+000D><U+000A>务处") != std::string::npos);
    std::string weeks = render_term_table_csv(make_term_table(*f.plan, 1, true), Lang::Zh);
    CHECK(raw_control(weeks, true).empty());
    CHECK(weeks.find("国庆<U+001B>]0;pwned<U+0007>节") != std::string::npos);
    CHECK(weeks.find(k_title_shown) != std::string::npos);
    std::string holidays = render_holidays_csv(make_holiday_list(f.national, 2023, std::nullopt, std::nullopt), Lang::Zh);
    CHECK(raw_control(holidays, true).empty());
    CHECK(holidays.find("2023-10-12,周四,调休<U+000A>上班,false,file,evil<U+001B>[2J.json\r\n") != std::string::npos);
    CHECK(csv_field("=1+1\x1b") == "'=1+1<U+001B>");
    CHECK(csv_field("a\r\nb", true) == "\"a\nb\"");
    CHECK(csv_field("a\r\nb") == "a<U+000D><U+000A>b");
  }

  TEST_CASE("JSON: every value escaped, nothing lost")
  {
    Fixture f;
    Checklist c = f.october();
    std::string json = render_checklist_json(c, Lang::Zh, true);
    CHECK(raw_control(json).empty());
    auto j = nlohmann::json::parse(json);
    REQUIRE(!j["occurrences"].empty());
    CHECK(j["occurrences"][0]["title"] == k_title);
    CHECK(j["occurrences"][0]["owner"][0] == k_owner);
    std::string month = render_month_json(make_month_grid(*f.plan, 10), Lang::Zh);
    CHECK(raw_control(month).empty());
    CHECK(month.find("\\u009b") != std::string::npos);
    std::string holidays = render_holidays_json(make_holiday_list(f.national, 2023, std::nullopt, std::nullopt));
    CHECK(raw_control(holidays).empty());
    CHECK(holidays.find("\"国庆\\u001b]0;pwned\\u0007节\"") != std::string::npos);
    const std::vector<const ExpandedPlan*> plans{f.plan.get()};
    std::string summary = render_summary_json(make_summary(plans, SummaryBy::Owner), Lang::Zh);
    CHECK(raw_control(summary).empty());
    CHECK(summary.find("\\u007f") != std::string::npos);
  }

  TEST_CASE("HTML: text escaped, controls visible, line breaks <br>")
  {
    Fixture f;
    CHECK(html_escape("<b>\x1b&\n") == "&lt;b&gt;&lt;U+001B&gt;&amp;<br>");
    std::string month = render_month_html(make_month_grid(*f.plan, 10), Lang::Zh);
    CHECK(raw_control(month).empty());
    CHECK(month.find("A&lt;U+001B&gt;[31mB&lt;U+0007&gt;C<br>D<br>E&lt;U+0000&gt;F&lt;U+009B&gt;G&lt;U+007F&gt;H") !=
          std::string::npos);
    std::string weeks = render_term_table_html(make_term_table(*f.plan, 1, true), Lang::Zh);
    CHECK(raw_control(weeks).empty());
    CHECK(weeks.find("国庆&lt;U+001B&gt;]0;pwned&lt;U+0007&gt;节") != std::string::npos);
  }

  TEST_CASE("iCalendar: RFC 5545 TEXT escapes, controls visible")
  {
    Fixture f;
    CHECK(icalendar_text("a,b;c\\d\r\ne\x1b" "f\x7f") == "a\\,b\\;c\\\\d\\ne<U+001B>f<U+007F>");
    Checklist c = f.october();
    std::string ics = render_checklist_icalendar(c, Lang::Zh, true);
    CHECK(raw_control(ics, true).empty());
    std::string unfolded;
    for (const std::string& line : lines_of(ics)) {
      std::string l = line.substr(0, line.size() - 1); // without the CR
      unfolded += !l.empty() && l[0] == ' ' ? l.substr(1) : "\n" + l;
    }
    CHECK(unfolded.find("SUMMARY:A<U+001B>[31mB<U+0007>C\\nD\\nE<U+0000>F<U+009B>G<U+007F>H") != std::string::npos);
  }
}
