// Tests for the Chinese phrase grammar: how it reads numbers, the words around them, and
// the characters a phrase starts and ends with.
#include "schedule/grammar.hpp"
#include "schedule/normalise.hpp"
#include "support/phrases.hpp"

#include "plan/schedule/phrase.hpp"
#include "plan/util/utf8.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace plan;

using test::phrase_meaning;

TEST_SUITE("grammar_zh")
{
  TEST_CASE("numbers in every position a phrase has one")
  {
    CHECK(phrase_meaning("第三周") == "teaching week 3");
    CHECK(phrase_meaning("第十二周") == "teaching week 12");
    CHECK(phrase_meaning("九月份") == "some time in month 9");
    CHECK(phrase_meaning("十一月") == "some time in month 11");
    CHECK(phrase_meaning("二、三月份") == "some time in months 2-3");
    CHECK(phrase_meaning("十月二十三日") == "on 10-23");
    CHECK(phrase_meaning("每月二十日前") == "monthly on or before day 20");
    CHECK(phrase_meaning("每三周") == "once every 3 teaching weeks");
    CHECK(phrase_meaning("每学期听课不少于三十节") == "at least 30 节 per term");
    CHECK(phrase_meaning("每学期听课不少于一百节") == "at least 100 节 per term");
    CHECK(phrase_meaning("每学期听课不少于一百零五节") == "at least 105 节 per term");
    CHECK(phrase_meaning("每学期不少于100000节") == "at least 100000 节 per term");
  }

  TEST_CASE("malformed numerals are not read as numbers")
  {
    // 十十 is not twenty, 〇十 not zero, 九百九百 not 1800: the phrase is refused.
    for (const char* bad : {"每月十十日前", "第十十周", "第〇十一周", "10月十〇日", "每学期不少于九百九百节"}) {
      INFO("phrase: " << bad);
      CHECK_FALSE(parse_phrase(bad).schedule);
    }
    CHECK(parse_phrase("第十十周").error == "cannot read schedule phrase `第十十周`: expected `周` after the week number");
    CHECK_FALSE(parse_phrase("每学期不少于100001节").schedule); // larger than any real count
  }

  TEST_CASE("descriptive words at the end are marked")
  {
    auto ends_in_words = [](const char* phrase) {
      Parsed p = parse_chinese(normalise_phrase(utf8::decode(phrase)));
      INFO("phrase: " << phrase << " error: " << p.error);
      REQUIRE(p.schedule);
      return p.ends_in_words;
    };
    CHECK(ends_in_words("每周四大教研"));
    CHECK(ends_in_words("每周四𠮷祥物设计")); // an ideograph outside the basic block is a word like any other
    CHECK(ends_in_words("每月一小结"));
    CHECK(ends_in_words("每学期听课"));
    CHECK(ends_in_words("秋季运动会"));
    CHECK_FALSE(ends_in_words("每周四"));
    CHECK_FALSE(ends_in_words("每学期听课不少于30节"));
    CHECK_FALSE(ends_in_words("每周抽查不少于1次"));
    CHECK_FALSE(ends_in_words("每学期"));
  }

  TEST_CASE("phrases start and end with the characters find_phrases looks for")
  {
    std::vector<std::string> phrases = example_phrases();
    for (const char* more : {"每个月一次", "每星期二", "每礼拜", "每个工作日", "天天", "日日", "每季度", "每个季度两次",
                             "每季", "每学年", "间周", "每隔一周", "三周一次", "双周星期二", "礼拜天", "开学之前",
                             "开学后第一个月", "开学首月", "开学后第一周", "期初", "学期中", "第二年3月", "翌年3月",
                             "9月上旬", "10月中旬", "9月至10月份", "第1至2周", "秋天", "冬天", "春天", "夏天",
                             "每周2", "每学期至少两", "每月两项", "每周一课时", "每月初(8日前)", "12、1月"}) {
      phrases.emplace_back(more);
    }
    for (const std::string& phrase : phrases) {
      std::u32string text = normalise_phrase(utf8::decode(phrase));
      if (std::none_of(text.begin(), text.end(), is_cjk)) continue; // English or ISO
      Parsed p = parse_chinese(text);
      INFO("phrase: " << phrase << " error: " << p.error);
      REQUIRE(p.schedule);
      if (p.ends_in_words) continue;
      CHECK(may_start_chinese_phrase(text.front()));
      CHECK(may_end_chinese_phrase(text.back()));
    }
    CHECK_FALSE(may_start_chinese_phrase(U'教'));
    CHECK_FALSE(may_end_chinese_phrase(U'研'));
  }
}
