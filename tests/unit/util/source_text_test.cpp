// Tests for SourceText: byte offsets to lines and columns, also in lines of megabytes.
#include "plan/util/source_text.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace plan;

namespace {

// The column of a byte offset counted the slow way: code points from the line start.
std::size_t column_by_hand(const std::string& text, std::size_t offset)
{
  std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  start = start == std::string::npos || offset == 0 ? 0 : start + 1;
  std::size_t column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

} // namespace

TEST_SUITE("source_text")
{
  TEST_CASE("lines and columns count code points")
  {
    SourceText source("a: 1\ntitle: 教务处\n");
    CHECK(source.position(0).line == 1);
    CHECK(source.position(5).line == 2);
    CHECK(source.position(5).column == 1);
    CHECK(source.position(5 + 7 + 3).column == 9); // after 教
    CHECK(source.line_count() == 2);
  }

  TEST_CASE("columns in a long line of CJK and ASCII agree with counting from the line start")
  {
    std::string text = "x: 1\n- {";
    for (int i = 0; i < 5000; ++i) text += "title: 长长长" + std::to_string(i) + ", ";
    text += "end: 1}\nlast: 2\n";
    SourceText source(text);
    for (std::size_t offset = 0; offset < text.size(); offset += 997) {
      if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;
      CAPTURE(offset);
      CHECK(source.position(offset).line == (offset < 5 ? 1u : offset < text.find("last") ? 2u : 3u));
      CHECK(source.position(offset).column == column_by_hand(text, offset));
    }
    std::size_t end = text.find("end");
    CHECK(source.position(end).column == column_by_hand(text, end));
    CHECK(source.position(text.find("last")).column == 1);
  }

  TEST_CASE("a checkpoint is never put inside a character")
  {
    // 4096 is not a multiple of 3: a step from the line start lands inside a 3-byte character.
    std::string text(4096 * 3, 'a');
    for (std::size_t i = 0; i < 3000; ++i) text += "长";
    SourceText source(text);
    std::size_t last = text.size() - 3;
    CHECK(source.position(last).column == 4096 * 3 + 3000);
    CHECK(source.position(text.size()).column == 4096 * 3 + 3000 + 1);
  }

  TEST_CASE("positions in a 4 MB line take linear time, not quadratic")
  {
    std::string text(4 * 1024 * 1024, 'k');
    SourceText source(text);
    auto start = std::chrono::steady_clock::now();
    std::size_t sum = 0;
    for (std::size_t offset = 0; offset < text.size(); offset += 1021) sum += source.position(offset).column;
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(sum > 0);
    CHECK(seconds < 5.0); // counting from the line start each time takes minutes
    CHECK(source.position(text.size() - 1).column == text.size());
  }
}
