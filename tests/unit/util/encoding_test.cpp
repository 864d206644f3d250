// Tests for legacy encodings, conversion on request, and control characters.
#include "plan/util/encoding.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("encoding")
{
  // 聊城市 and 教务处 in GB18030 (the same bytes in GBK and GB2312), from Python's codec.
  const std::string gb_liaocheng = "\xC1\xC4\xB3\xC7\xCA\xD0";
  const std::string gb_jiaowuchu = "\xBD\xCC\xCE\xF1\xB4\xA6";

  TEST_CASE("GB18030 is recognised by its two-byte Chinese characters")
  {
    CHECK(encoding::looks_like_gb18030("school: " + gb_liaocheng + "\nunit: " + gb_jiaowuchu + "\n"));
    CHECK(encoding::looks_like_gb18030("\xA3\xAC")); // full-width comma
    // Four-byte sequences (😀 is 95 32 82 36) are GB18030, but not a sign of Chinese text alone.
    CHECK_FALSE(encoding::looks_like_gb18030("\x95\x32\x82\x36"));
    CHECK(encoding::looks_like_gb18030(gb_liaocheng + gb_jiaowuchu + "\x95\x32\x82\x36"));
    // Latin-1 text, UTF-8 cut short, and bytes no GB18030 sequence starts with are not.
    CHECK_FALSE(encoding::looks_like_gb18030("caf\xE9\n"));
    CHECK_FALSE(encoding::looks_like_gb18030("\xE6\x95"));
    CHECK_FALSE(encoding::looks_like_gb18030("\xFF\xFE"));
    CHECK_FALSE(encoding::looks_like_gb18030("plain ASCII"));
  }

  TEST_CASE("conversion to UTF-8 on request")
  {
    auto gb = encoding::to_utf8("unit: " + gb_jiaowuchu + "\n", "GB18030");
    REQUIRE(gb.text);
    CHECK(*gb.text == "unit: 教务处\n");
    auto utf16 = encoding::to_utf8(std::string("\xFF\xFE" "a\0:\0 \0\x59\x65\n\0", 12), "UTF-16");
    REQUIRE(utf16.text);
    CHECK(*utf16.text == "a: 教\n"); // the byte-order mark is not kept
    // A byte that is no GB18030 character: where it is, counted from 0.
    auto bad = encoding::to_utf8("ab\xFF" "c", "GB18030");
    CHECK_FALSE(bad.text);
    CHECK(bad.bad_offset == 2);
    CHECK(bad.error == "byte 3 is not valid GB18030");
    auto cut = encoding::to_utf8("ab\xC1", "GB18030");
    CHECK_FALSE(cut.text);
    CHECK(cut.error == "the text ends inside a GB18030 character");
    auto unknown = encoding::to_utf8("x", "KLINGON");
    CHECK_FALSE(unknown.text);
    CHECK(unknown.error.find("unknown encoding `KLINGON`") == 0);
    // Large input grows the output buffer as needed.
    std::string big;
    for (int i = 0; i < 100000; ++i) big += gb_liaocheng;
    auto large = encoding::to_utf8(big, "GBK");
    REQUIRE(large.text);
    CHECK(large.text->size() == 100000u * 9u);
  }

  TEST_CASE("control and direction characters are found with their offsets")
  {
    CHECK_FALSE(encoding::first_control_character("a\tb\r\nc\xC2\x85 教").has_value()); // tab, CR LF, NEL allowed
    auto bell = encoding::first_control_character("教\x07");
    REQUIRE(bell);
    CHECK(bell->offset == 3);
    CHECK(bell->code_point == 0x07);
    CHECK(encoding::first_control_character("x\xEF\xBF\xBF")->code_point == 0xFFFF);
    auto rlo = encoding::next_bidi_control("a\u202Eb\u2067c", 0);
    REQUIRE(rlo);
    CHECK(rlo->offset == 1);
    CHECK(rlo->bidi);
    auto next = encoding::next_bidi_control("a\u202Eb\u2067c", rlo->offset + 1);
    REQUIRE(next);
    CHECK(next->code_point == 0x2067);
    CHECK_FALSE(encoding::first_control_character("a\u202Eb").has_value()); // YAML allows them
    CHECK(encoding::describe(0x202E) == "U+202E RIGHT-TO-LEFT OVERRIDE");
    CHECK(encoding::describe(0x0001) == "U+0001");
    CHECK(encoding::needs_escape(0x200F));
    CHECK_FALSE(encoding::needs_escape(U'教'));
  }

  TEST_CASE("characters that show nothing are invisible, and escaped in messages")
  {
    for (char32_t c : {U'\u200B', U'\u200C', U'\u200D', U'\u2060', U'\uFEFF', U'\u00AD'}) {
      CHECK(encoding::is_invisible(c));
      CHECK(encoding::needs_escape(c));
    }
    CHECK_FALSE(encoding::is_invisible(U' '));
    CHECK_FALSE(encoding::is_invisible(U'\u3000')); // the ideographic space takes room
    CHECK_FALSE(encoding::is_invisible(U'\u202E')); // a direction control, escaped for its own reason
    CHECK(encoding::describe(0x200B) == "U+200B ZERO WIDTH SPACE");
    CHECK(encoding::describe(0xFEFF) == "U+FEFF ZERO WIDTH NO-BREAK SPACE");
  }
}
