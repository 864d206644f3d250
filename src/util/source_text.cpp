// A source file's text with a line index: byte offsets to 1-based line and column.
#include "plan/util/source_text.hpp"

#include "plan/util/utf8.hpp"

#include <algorithm>

namespace plan {

SourceText::SourceText(std::string text) : m_text(std::move(text))
{
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_text.size(); ++i) {
    if (m_text[i] == '\n' && i + 1 < m_text.size()) m_line_starts.push_back(i + 1);
  }
}

LineColumn SourceText::position(std::size_t byte_offset) const
{
  byte_offset = std::min(byte_offset, m_text.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), byte_offset);
  std::size_t index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
  std::size_t start = m_line_starts[index];
  std::string_view before(m_text.data() + start, byte_offset - start);
  return {index + 1, utf8::length(before) + 1};
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
