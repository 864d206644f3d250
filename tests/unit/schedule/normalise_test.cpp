// Tests for normalising phrase text.
#include "schedule/normalise.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("normalise")
{
  TEST_CASE("full-width forms, dashes and the full stop")
  {
    CHECK(normalise_phrase(U"每月８日前") == U"每月8日前");
    CHECK(normalise_phrase(U"每月初（8日之前）") == U"每月初(8日之前)");
    CHECK(normalise_phrase(U"9—10月") == U"9-10月");
    CHECK(normalise_phrase(U"9–10月 9―10月 9−10月 9~10月 9〜10月") == U"9-10月 9-10月 9-10月 9-10月 9-10月");
    CHECK(normalise_phrase(U"2023-10-13。。2023-10-20") == U"2023-10-13..2023-10-20");
    CHECK(normalise_phrase(U"周二，周四") == U"周二,周四");
    CHECK(normalise_phrase(U"周二、周四") == U"周二、周四"); // the enumeration comma stays
  }

  TEST_CASE("white space: trimmed, and one blank inside")
  {
    CHECK(normalise_phrase(U"  每周四 ") == U"每周四");
    CHECK(normalise_phrase(U"weekly\t\u3000on \u00A0 thu") == U"weekly on thu");
    CHECK(normalise_phrase(U"\u3000") == U"");
    CHECK(normalise_phrase(U"") == U"");
  }

  TEST_CASE("one character at a time, as the whole phrase maps it")
  {
    CHECK(normalise_char(U'８') == U'8');
    CHECK(normalise_char(U'）') == U')');
    CHECK(normalise_char(U'—') == U'-');
    CHECK(normalise_char(U'。') == U'.');
    CHECK(normalise_char(U'\u3000') == U'\u3000'); // white space is left to normalise_phrase
    CHECK(normalise_char(U'周') == U'周');
  }

  TEST_CASE("character classes")
  {
    CHECK(is_phrase_space(U'\u3000'));
    CHECK_FALSE(is_phrase_space(U'\n'));
    CHECK(is_cjk(U'周'));
    CHECK(is_cjk(U'\uF900'));
    CHECK_FALSE(is_cjk(U'、'));
    CHECK_FALSE(is_cjk(U'８'));
    CHECK(is_cjk(U'\U00020BB7'));  // 𠮷, Extension B, in names such as 𠮷野
    CHECK(is_cjk(U'\U0002A700'));  // Extension C
    CHECK(is_cjk(U'\U00030000'));  // Extension G
    CHECK_FALSE(is_cjk(U'\U0001F600')); // an emoji
  }
}
