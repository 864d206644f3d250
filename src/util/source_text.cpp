// A source file's text with a line index: byte offsets to 1-based line and column.
#include "plan/util/source_text.hpp"

#include "plan/util/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace plan {

namespace {

// Bytes between checkpoints: a position is never counted over more than this.
constexpr std::size_t k_checkpoint_step = 4096;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

SourceText::SourceText(std::string text) : m_text(std::move(text))
{
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_text.size(); ++i) {
    if (m_text[i] == '\n' && i + 1 < m_text.size()) m_line_starts.push_back(i + 1);
  }
  std::string_view all(m_text);
  for (std::size_t index = 0; index < m_line_starts.size(); ++index) {
    std::size_t start = m_line_starts[index];
    std::size_t end = index + 1 < m_line_starts.size() ? m_line_starts[index + 1] : m_text.size();
    std::size_t at = start;
    std::size_t column = 0;
    while (end - at > k_checkpoint_step) {
      // Stop at a character boundary: utf8::length never lets a sequence run past a
      // byte that is not a continuation byte, so counts on either side add up.
      std::size_t next = at + k_checkpoint_step;
      while (next < end && is_continuation(m_text[next])) ++next;
      if (next >= end) break;
      column += utf8::length(all.substr(at, next - at));
      at = next;
      m_checkpoints.push_back({at, column});
    }
  }
}

LineColumn SourceText::position(std::size_t byte_offset) const
{
  byte_offset = std::min(byte_offset, m_text.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), byte_offset);
  std::size_t index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
  std::size_t from = m_line_starts[index];
  std::size_t column = 0;
  auto cp = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), byte_offset,
                             [](std::size_t offset, const Checkpoint& c) { return offset < c.offset; });
  if (cp != m_checkpoints.begin() && std::prev(cp)->offset > from) {
    from = std::prev(cp)->offset;
    column = std::prev(cp)->column;
  }
  std::string_view before(m_text.data() + from, byte_offset - from);
  return {index + 1, column + utf8::length(before) + 1};
}

std::size_t SourceText::line_start(std::size_t line) const
{
  if (line == 0 || line > m_line_starts.size()) return m_text.size();
  return m_line_starts[line - 1];
}

std::string_view SourceText::line(std::size_t line) const
{
  if (line == 0 || line > m_line_starts.size()) return {};
  std::size_t start = m_line_starts[line - 1];
  std::size_t end = m_text.find('\n', start);
  if (end == std::string::npos) end = m_text.size();
  if (end > start && m_text[end - 1] == '\r') --end;
  return std::string_view(m_text).substr(start, end - start);
}

} // namespace plan
