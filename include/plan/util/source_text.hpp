// A source file's text with a line index: byte offsets to 1-based line and column.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// Line and column, both 1-based; the column counts code points, as editors do for
/// CJK text (a byte column would put a caret in the wrong place).
struct LineColumn {
  std::size_t line = 0;
  std::size_t column = 0;
};

/// Owns a file's text (after any byte-order mark) and answers position questions.
class SourceText {
public:
  SourceText() = default;
  explicit SourceText(std::string text);

  const std::string& text() const { return m_text; }

  /// Line and column of a byte offset; offsets past the end map to the end.
  LineColumn position(std::size_t byte_offset) const;

  /// Byte offset of the start of a 1-based line; the text's size for lines past the end.
  std::size_t line_start(std::size_t line) const;

  /// The text of a 1-based line without its line break; empty past the end.
  std::string_view line(std::size_t line) const;

  /// Number of lines (a final line without a newline counts).
  std::size_t line_count() const { return m_line_starts.size(); }

private:
  /// A point inside a long line: its byte offset (a character boundary) and its
  /// 0-based column, so that a column is counted from the nearest point before it
  /// rather than from the line start (a 1 MB line would make that quadratic).
  struct Checkpoint {
    std::size_t offset;
    std::size_t column;
  };

  std::string m_text;
  std::vector<std::size_t> m_line_starts;
  std::vector<Checkpoint> m_checkpoints; // in offset order, only in lines longer than one step
};

} // namespace plan
