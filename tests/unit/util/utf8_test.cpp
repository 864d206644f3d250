// Tests for UTF-8 helpers: validation, BOMs, decoding and display width.
#include "plan/util/utf8.hpp"

#include <doctest/doctest.h>

using namespace plan;

TEST_SUITE("utf8")
{
  TEST_CASE("validation finds the first bad byte")
  {
    CHECK_FALSE(utf8::first_invalid_byte("教务处 abc").has_value());
    CHECK(utf8::first_invalid_byte("ab\xFF").value() == 2);
    CHECK(utf8::first_invalid_byte("\xE6\x95").value() == 0);        // truncated
    CHECK(utf8::first_invalid_byte("\xC0\xAF").value() == 0);        // overlong '/'
    CHECK(utf8::first_invalid_byte("\xED\xA0\x80").value() == 0);    // surrogate
    CHECK(utf8::first_invalid_byte("\xF4\x90\x80\x80").value() == 0); // above U+10FFFF
  }

  TEST_CASE("foreign encodings are recognised")
  {
    CHECK(utf8::foreign_encoding(std::string("\xFF\xFE", 2)).value() == "UTF-16LE");
    CHECK(utf8::foreign_encoding(std::string("\xFE\xFF", 2)).value() == "UTF-16BE");
    CHECK(utf8::foreign_encoding(std::string("a\0b\0", 4)).value() == "UTF-16LE");
    CHECK(utf8::foreign_encoding(std::string("a\0\0\0b\0\0\0", 8)).value() == "UTF-32LE");
    CHECK(utf8::foreign_encoding(std::string("\0\0\0a\0\0\0b", 8)).value() == "UTF-32BE");
    CHECK(utf8::foreign_encoding(std::string("\0a\0b", 4)).value() == "UTF-16BE");
    CHECK(utf8::foreign_encoding(std::string("a\0", 2)).value() == "UTF-16LE");
    CHECK_FALSE(utf8::foreign_encoding("\xEF\xBB\xBF" "a: 1").has_value());
    CHECK(utf8::strip_bom("\xEF\xBB\xBF" "a") == "a");
  }

  TEST_CASE("length and display width")
  {
    CHECK(utf8::length("教务处") == 3);
    CHECK(utf8::display_width("教务处") == 6);
    CHECK(utf8::display_width("第3周") == 5);
    CHECK(utf8::display_width("abc") == 3);
    CHECK(utf8::encode(utf8::decode("混合 text")) == "混合 text");
  }

  TEST_CASE("nfc composes decomposed characters and leaves composed text alone")
  {
    CHECK(utf8::nfc("e\u0301t\u00e9") == "\u00e9t\u00e9");
    CHECK(utf8::nfc("教务处") == "教务处");
    CHECK(utf8::nfc("\u1100\u1161") == "\uAC00"); // Hangul jamo to one syllable
    CHECK(utf8::nfc("") == "");
    CHECK(utf8::nfc("\xff\xfe") == "\xff\xfe"); // invalid UTF-8 unchanged
    CHECK(utf8::nfc("\uF900") == "\u8C48"); // a compatibility ideograph is its unified twin, canonically
  }
}
