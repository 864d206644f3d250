// Tests for the edges of the encoding helpers: malformed GB18030 sequences, output that
// outgrows its first buffer, every named character, and line breaks in visible text.
#include "plan/util/encoding.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("encoding edges")
{
  TEST_CASE("GB18030 sequences that are cut short or out of range are not GB18030")
  {
    const std::string hanzi = "\xC1\xC4\xB3\xC7"; // 聊城
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\xC1"));           // a lead byte at the end
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x80\x40"));       // 0x80 leads nothing
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x95\x32\x82"));   // four bytes cut short
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x95\x32\x30\x36")); // third byte too low
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x95\x32\xFF\x36")); // third byte too high
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x95\x32\x82\x29")); // fourth byte too low
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x95\x32\x82\x3A")); // fourth byte too high
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\xC1\x20"));       // trail byte below 0x40
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\xC1\x7F"));
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\xC1\xFF"));
    // GBK's extension rows are GB18030 but not GB2312 Chinese: they count against it.
    CHECK(encoding::looks_like_gb18030(hanzi + hanzi + "\x81\x40"));
    CHECK_FALSE(encoding::looks_like_gb18030(hanzi + "\x81\x40"));
    CHECK_FALSE(encoding::looks_like_gb18030("\x81\x40\x81\x41"));
    CHECK_FALSE(encoding::looks_like_gb18030("\xF8\xA1")); // above GB2312's rows
  }

  TEST_CASE("conversion grows its buffer when one byte becomes three")
  {
    // Each CP437 block character is one byte in and three bytes of UTF-8 out.
    std::string shade(1000, '\xB0');
    auto converted = encoding::to_utf8(shade, "CP437");
    REQUIRE(converted.text);
    CHECK(converted.text->size() == 3000u);
    CHECK(converted.text->substr(0, 3) == "\u2591");
  }

  TEST_CASE("a byte-order mark is dropped after conversion, whatever the encoding")
  {
    auto le = encoding::to_utf8(std::string("\xFF\xFE" "a\0", 4), "UTF-16LE");
    REQUIRE(le.text);
    CHECK(*le.text == "a");
    auto none = encoding::to_utf8("", "GB18030");
    REQUIRE(none.text);
    CHECK(none.text->empty());
  }

  TEST_CASE("controls YAML refuses, at the edges of each range")
  {
    CHECK(encoding::first_control_character("\x7F")->code_point == 0x7F);
    CHECK(encoding::first_control_character("a\xC2\x80")->code_point == 0x80);
    CHECK(encoding::first_control_character("a\xC2\x9F")->code_point == 0x9F);
    CHECK(encoding::first_control_character("\xEF\xBF\xBE")->code_point == 0xFFFE);
    CHECK(encoding::first_control_character("\x1B")->offset == 0);
    CHECK_FALSE(encoding::first_control_character("\xC2\xA0 \xEF\xBF\xBD \xF0\x9F\x8E\x89").has_value());
  }

  TEST_CASE("direction controls, at the edges of each range")
  {
    for (char32_t c : {U'\u061C', U'\u200E', U'\u200F', U'\u202A', U'\u202E', U'\u2066', U'\u2069'}) {
      CHECK(encoding::needs_escape(c));
    }
    for (char32_t c : {U'\u2029', U'\u202F', U'\u2065', U'\u206A'}) {
      CHECK_FALSE(encoding::needs_escape(c));
    }
    auto arabic = encoding::next_bidi_control("x\u061C", 0);
    REQUIRE(arabic);
    CHECK(arabic->offset == 1);
    CHECK(arabic->bidi);
    CHECK_FALSE(encoding::next_bidi_control("a\u202Eb", 4).has_value());
  }

  TEST_CASE("invisible characters, at the edges of each range")
  {
    for (char32_t c : {U'\u180E', U'\u2064'}) CHECK(encoding::is_invisible(c));
    for (char32_t c : {U'\u200A', U'\u200E', U'\u205F', U'\u2065', U'\uFEFE'}) CHECK_FALSE(encoding::is_invisible(c));
  }

  TEST_CASE("every named character has its name in messages")
  {
    CHECK(encoding::describe(0x00) == "U+0000 NUL");
    CHECK(encoding::describe(0x07) == "U+0007 BELL");
    CHECK(encoding::describe(0x08) == "U+0008 BACKSPACE");
    CHECK(encoding::describe(0x0B) == "U+000B LINE TABULATION");
    CHECK(encoding::describe(0x0C) == "U+000C FORM FEED");
    CHECK(encoding::describe(0x1B) == "U+001B ESCAPE");
    CHECK(encoding::describe(0x7F) == "U+007F DELETE");
    CHECK(encoding::describe(0x061C) == "U+061C ARABIC LETTER MARK");
    CHECK(encoding::describe(0x200E) == "U+200E LEFT-TO-RIGHT MARK");
    CHECK(encoding::describe(0x200F) == "U+200F RIGHT-TO-LEFT MARK");
    CHECK(encoding::describe(0x202A) == "U+202A LEFT-TO-RIGHT EMBEDDING");
    CHECK(encoding::describe(0x202B) == "U+202B RIGHT-TO-LEFT EMBEDDING");
    CHECK(encoding::describe(0x202C) == "U+202C POP DIRECTIONAL FORMATTING");
    CHECK(encoding::describe(0x202D) == "U+202D LEFT-TO-RIGHT OVERRIDE");
    CHECK(encoding::describe(0x2066) == "U+2066 LEFT-TO-RIGHT ISOLATE");
    CHECK(encoding::describe(0x2067) == "U+2067 RIGHT-TO-LEFT ISOLATE");
    CHECK(encoding::describe(0x2068) == "U+2068 FIRST STRONG ISOLATE");
    CHECK(encoding::describe(0x2069) == "U+2069 POP DIRECTIONAL ISOLATE");
    CHECK(encoding::describe(0x00AD) == "U+00AD SOFT HYPHEN");
    CHECK(encoding::describe(0x200C) == "U+200C ZERO WIDTH NON-JOINER");
    CHECK(encoding::describe(0x200D) == "U+200D ZERO WIDTH JOINER");
    CHECK(encoding::describe(0x2060) == "U+2060 WORD JOINER");
    CHECK(encoding::describe(0x1F389) == "U+1F389");
  }

  TEST_CASE("line breaks in visible text: escaped on one line, one LF each on several")
  {
    CHECK(encoding::visible("a\r\nb") == "a<U+000D><U+000A>b");
    CHECK(encoding::visible("a\r\nb", true) == "a\nb");
    CHECK(encoding::visible("a\rb\r", true) == "a\nb\n");
    CHECK(encoding::visible("a\r\rb", true) == "a\n\nb");
    CHECK(encoding::visible("a\xC2\x85" "b\u2028c\u2029", true) == "a\nb\nc\n");
    CHECK(encoding::visible("a\u2028b") == "a<U+2028>b");
    CHECK(encoding::visible("教\x1B[2J", true) == "教<U+001B>[2J");
    CHECK(encoding::visible("\xC2\x9B") == "<U+009B>");
    CHECK(encoding::visible("tab\there") == "tab\there");
    CHECK(encoding::shown_escaped(0x85));
    CHECK_FALSE(encoding::shown_escaped(0x85, true));
    CHECK_FALSE(encoding::shown_escaped(0xA0));
  }

  TEST_CASE("JSON made safe for a terminal keeps other characters as they are")
  {
    CHECK(encoding::json_visible("\"a\x7F\"") == "\"a\\u007f\"");
    CHECK(encoding::json_visible("\"\xC2\x80\xC2\x9F\"") == "\"\\u0080\\u009f\"");
    CHECK(encoding::json_visible("\"\u2028\u2029\"") == "\"\\u2028\\u2029\"");
    // Neighbours of the escaped characters stay raw: NBSP, é, an em dash, ‧.
    CHECK(encoding::json_visible("\"\xC2\xA0\"") == "\"\xC2\xA0\"");
    CHECK(encoding::json_visible("\"\xC3\xA9\"") == "\"\xC3\xA9\"");
    CHECK(encoding::json_visible("\"\u2014\u2027\"") == "\"\u2014\u2027\"");
    // A lead byte at the very end is copied, not read past.
    CHECK(encoding::json_visible("x\xC2") == "x\xC2");
    CHECK(encoding::json_visible("x\xE2\x80") == "x\xE2\x80");
  }
}
