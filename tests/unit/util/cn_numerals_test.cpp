// Tests for reading Chinese numerals and digits.
#include "plan/util/cn_numerals.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace plan;

TEST_SUITE("cn_numerals")
{
  TEST_CASE("units, tens and hundreds as whole numbers")
  {
    CHECK(parse_cn_number(U"一") == 1u);
    CHECK(parse_cn_number(U"九") == 9u);
    CHECK(parse_cn_number(U"十") == 10u);
    CHECK(parse_cn_number(U"十二") == 12u);
    CHECK(parse_cn_number(U"二十") == 20u);
    CHECK(parse_cn_number(U"二十三") == 23u);
    CHECK(parse_cn_number(U"九十九") == 99u);
    CHECK(parse_cn_number(U"一十") == 10u);
    CHECK(parse_cn_number(U"两") == 2u);
    CHECK(parse_cn_number(U"〇") == 0u);
    CHECK(parse_cn_number(U"零") == 0u);
    CHECK(parse_cn_number(U"一百") == 100u);
    CHECK(parse_cn_number(U"两百") == 200u);
    CHECK(parse_cn_number(U"一百零五") == 105u);
    CHECK(parse_cn_number(U"一百一十") == 110u);
    CHECK(parse_cn_number(U"九百九十九") == 999u);
  }

  TEST_CASE("ASCII and full-width digits")
  {
    CHECK(parse_cn_number(U"8") == 8u);
    CHECK(parse_cn_number(U"30") == 30u);
    CHECK(parse_cn_number(U"08") == 8u);
    CHECK(parse_cn_number(U"０８") == 8u);
    CHECK(parse_cn_number(U"１2") == 12u);
    CHECK(parse_cn_number(U"4294967295") == 4294967295u);
  }

  TEST_CASE("invalid whole numbers")
  {
    CHECK_FALSE(parse_cn_number(U""));
    CHECK_FALSE(parse_cn_number(U"十十"));
    CHECK_FALSE(parse_cn_number(U"二三"));
    CHECK_FALSE(parse_cn_number(U"十〇"));
    CHECK_FALSE(parse_cn_number(U"一百十"));
    CHECK_FALSE(parse_cn_number(U"百"));
    CHECK_FALSE(parse_cn_number(U"三月"));
    CHECK_FALSE(parse_cn_number(U" 3"));
    CHECK_FALSE(parse_cn_number(U"3十"));
    CHECK_FALSE(parse_cn_number(U"周"));
    CHECK_FALSE(parse_cn_number(U"4294967296"));          // one more than unsigned holds
    CHECK_FALSE(parse_cn_number(U"99999999999999999999")); // far beyond
  }

  TEST_CASE("the cursor reader takes the number at the start and says how long it was")
  {
    CHECK(read_cn_number(U"三周") == CnNumber{3, 1});        // 第三周, after 第
    CHECK(read_cn_number(U"九月份") == CnNumber{9, 1});
    CHECK(read_cn_number(U"十二月") == CnNumber{12, 2});
    CHECK(read_cn_number(U"二十三日") == CnNumber{23, 3});
    CHECK(read_cn_number(U"30节") == CnNumber{30, 2});
    CHECK(read_cn_number(U"８日之前") == CnNumber{8, 1});
    CHECK(read_cn_number(U"十十") == CnNumber{10, 1}); // a numeral does not run into the next
    CHECK(read_cn_number(U"二三") == CnNumber{2, 1});
    CHECK(read_cn_number(U"一百十") == CnNumber{100, 2});
    CHECK(read_cn_number(U"零五") == CnNumber{0, 1});
    CHECK_FALSE(read_cn_number(U""));
    CHECK_FALSE(read_cn_number(U"月"));
    CHECK_FALSE(read_cn_number(U"百"));
    CHECK_FALSE(read_cn_number(U"4294967296日"));
  }

  TEST_CASE("二、三月份 reads as two numbers with the enumeration comma between")
  {
    std::u32string_view text = U"二、三月份";
    auto first = read_cn_number(text);
    REQUIRE(first);
    CHECK(*first == CnNumber{2, 1});
    text.remove_prefix(first->length);
    REQUIRE(text.front() == U'、');
    text.remove_prefix(1);
    auto second = read_cn_number(text);
    REQUIRE(second);
    CHECK(*second == CnNumber{3, 1});
    CHECK(text.substr(second->length) == U"月份");
  }

  TEST_CASE("numeral characters")
  {
    for (char32_t c : std::u32string(U"0123456789０９〇零一二两三四五六七八九十百")) {
      CHECK(is_cn_numeral_char(c));
    }
    for (char32_t c : std::u32string(U"周月日千万a ,、")) {
      CHECK_FALSE(is_cn_numeral_char(c));
    }
  }
}
