// Tests for finding schedule phrases inside sentences of Chinese work plans.
#include "plan/schedule/phrase.hpp"
#include "plan/util/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace plan;

namespace {

std::vector<std::string> texts(const std::vector<PhraseMatch>& matches)
{
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.text);
  return out;
}

// Every match slices the sentence back to its text, and its schedule is what
// parse_phrase gives for that text.
void check_slices(std::string_view sentence, const std::vector<PhraseMatch>& matches)
{
  std::size_t previous_end = 0;
  for (const auto& m : matches) {
    INFO("match: " << m.text);
    REQUIRE(m.offset + m.length <= sentence.size());
    CHECK(sentence.substr(m.offset, m.length) == m.text);
    CHECK(m.offset >= previous_end);
    previous_end = m.offset + m.length;
    PhraseResult alone = parse_phrase(m.text);
    REQUIRE(alone.schedule);
    CHECK(*alone.schedule == m.schedule);
  }
}

} // namespace

TEST_SUITE("find_phrases")
{
  TEST_CASE("a weekly meeting and alternate weeks")
  {
    std::string_view s = "教研组每周四下午大教研，单周语文和综合1，双周数学和综合2";
    auto found = find_phrases(s);
    REQUIRE(found.size() == 3);
    CHECK(found[0].text == "每周四");
    CHECK(found[0].offset == std::string_view("教研组").size()); // 9 bytes
    CHECK(found[0].length == 9);
    CHECK(describe(found[0].schedule) == "weekly on Thu");
    CHECK(found[0].schedule.activity.empty());
    CHECK(found[1].text == "单周");
    CHECK(found[1].schedule.parity == WeekParity::Odd);
    CHECK(found[1].offset == s.find("单周"));
    CHECK(found[2].text == "双周");
    CHECK(found[2].schedule.parity == WeekParity::Even);
    CHECK(found[2].offset == s.find("双周"));
    check_slices(s, found);
  }

  TEST_CASE("a monthly deadline in full-width brackets, and the task after it")
  {
    std::string_view s = "每月初（8日之前）上交教案检查记录";
    auto found = find_phrases(s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].offset == 0);
    CHECK(found[0].text == "每月初（8日之前）");
    CHECK(describe(found[0].schedule) == "monthly on or before day 8");
    check_slices(s, found);
  }

  TEST_CASE("a quota keeps the words inside it")
  {
    std::string_view s = "每学期听课不少于30节";
    auto found = find_phrases(s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == s);
    CHECK(found[0].schedule.kind == ScheduleKind::Count);
    CHECK(found[0].schedule.count == 30);
    CHECK(found[0].schedule.unit == "节");
    CHECK(found[0].schedule.activity == "听课");
    CHECK(texts(find_phrases("教师每学期听课不少于30节，并写好听课记录。")) == std::vector<std::string>{"每学期听课不少于30节"});
  }

  TEST_CASE("a month at the start of a sentence")
  {
    std::string_view s = "9月份召开开学工作会议";
    auto found = find_phrases(s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "9月份");
    CHECK(found[0].offset == 0);
    CHECK(found[0].length == 7);
    CHECK(describe(found[0].schedule) == "some time in month 9");
  }

  TEST_CASE("more sentences from work plans")
  {
    CHECK(texts(find_phrases("二、三月份组织春季运动会")) == std::vector<std::string>{"二、三月份", "春季"});
    CHECK(texts(find_phrases("第三周周二进行教学常规检查")) == std::vector<std::string>{"第三周周二"});
    CHECK(texts(find_phrases("次年3月5日前完成，期末进行总结")) == std::vector<std::string>{"次年3月5日", "期末"});
    CHECK(texts(find_phrases("每月例查1次，每学期至少两次公开课")) == std::vector<std::string>{"每月例查1次", "每学期至少两次"});
    CHECK(texts(find_phrases("2023年9月1日开学")) == std::vector<std::string>{"9月1日"});
    CHECK(texts(find_phrases("于2023-10-13举行，10月13日至20日为体育周")) ==
          std::vector<std::string>{"2023-10-13", "10月13日至20日"});
    CHECK(texts(find_phrases("Staff meet weekly on thu after school")) == std::vector<std::string>{"weekly on thu"});
  }

  TEST_CASE("nothing to find")
  {
    CHECK(find_phrases("").empty());
    CHECK(find_phrases("加强师德师风建设，提高教育教学质量。").empty());
    CHECK(find_phrases("综合1").empty());
    CHECK(find_phrases("   ").empty());
    CHECK(find_phrases("1 2 3 4 5 6 7 8 9 10 11 12 2023 10 13").empty()); // numbers alone are no phrase
    CHECK(texts(find_phrases("1 2 3 2023-10-13 4 5")) == std::vector<std::string>{"2023-10-13"});
  }

  TEST_CASE("invalid UTF-8 ends a phrase and is never part of one")
  {
    std::string s = "每周四\xff单周";
    auto found = find_phrases(s);
    CHECK(texts(found) == std::vector<std::string>{"每周四", "单周"});
    check_slices(s, found);
    CHECK(find_phrases("\xe6\xaf").empty()); // the first two bytes of 每
  }

  TEST_CASE("every example phrase is found whole, unless it ends with descriptive words")
  {
    for (const std::string& phrase : example_phrases()) {
      INFO("phrase: " << phrase);
      auto found = find_phrases(phrase);
      REQUIRE(!found.empty());
      CHECK(found[0].offset == 0);
      if (found[0].text != phrase) {
        // 每月一小结 gives 每月一: what the sentence does is not part of its schedule.
        CHECK(!parse_phrase(phrase).schedule->activity.empty());
      }
    }
  }

  TEST_CASE("a paragraph of 10,000 characters")
  {
    const std::string sentence = "教研组每周四下午大教研，单周语文和综合1，双周数学和综合2。"
                                 "每月初（8日之前）上交教案检查记录。每学期听课不少于30节。9月份召开开学工作会议。";
    std::string paragraph;
    std::size_t repeats = 0;
    while (utf8::length(paragraph) < 10000) {
      paragraph += sentence;
      ++repeats;
    }
    auto found = find_phrases(paragraph);
    REQUIRE(found.size() == 6 * repeats);
    const std::vector<std::string> expected = {"每周四", "单周", "双周", "每月初（8日之前）", "每学期听课不少于30节", "9月份"};
    for (std::size_t i = 0; i < found.size(); ++i) CHECK(found[i].text == expected[i % 6]);
    CHECK(found.back().offset == paragraph.size() - sentence.size() + sentence.find("9月份"));
    check_slices(paragraph, found);
  }
}
