// A lexical pass over YAML text that finds what yaml-cpp reports late, in the wrong
// place, or not at all: unclosed quotes and brackets, tabs in indentation, and the
// markers that separate documents.
#include "plan/yaml/scan.hpp"

namespace plan {

namespace {

class Scanner {
public:
  explicit Scanner(std::string_view text) : m_text(text) {}

  YamlScan run()
  {
    while (m_pos < m_text.size() && !m_result.unclosed_quote && !m_result.unclosed_flow) line();
    return m_result;
  }

private:
  std::string_view m_text;
  std::size_t m_pos = 0;
  YamlScan m_result;
  // Indentation of the line that opened a block scalar (| or >); lines indented more
  // (and blank lines) belong to it.
  std::optional<std::size_t> m_block_indent;

  char at(std::size_t i) const { return i < m_text.size() ? m_text[i] : '\0'; }
  bool blank_or_end(std::size_t i) const
  {
    char c = at(i);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
  }
  std::size_t end_of_line(std::size_t i) const
  {
    std::size_t e = m_text.find('\n', i);
    return e == std::string_view::npos ? m_text.size() : e;
  }

  void line()
  {
    std::size_t start = m_pos;
    std::size_t eol = end_of_line(start);
    std::size_t i = start;
    while (i < eol && (m_text[i] == ' ' || m_text[i] == '\t')) ++i;
    std::size_t indent = i - start;
    bool blank = i >= eol || m_text[i] == '\r';
    if (m_block_indent) {
      if (blank || indent > *m_block_indent) {
        m_pos = eol + 1;
        return;
      }
      m_block_indent.reset();
    }
    for (std::size_t k = start; k < i; ++k) {
      if (m_text[k] == '\t') {
        if (m_result.indentation_tabs.size() < 8) m_result.indentation_tabs.push_back(k);
        break;
      }
    }
    if (blank) {
      m_pos = eol + 1;
      return;
    }
    if (indent == 0 && m_text.substr(i, 3) == "---" && blank_or_end(i + 3)) {
      m_result.document_markers.push_back(i);
      i += 3;
    } else if (at(i) != '#' && m_result.document_markers.empty() && !(indent == 0 && at(i) == '%')) {
      m_result.content_before_first_marker = true;
    }
    m_pos = eol + 1;
    value(i, start, eol);
  }

  // Scans from a position where a node may start, up to the end of the line (or
  // further, for quoted scalars and flow collections that span lines).
  void value(std::size_t i, std::size_t line_start, std::size_t eol)
  {
    for (;;) {
      while (i < eol && (m_text[i] == ' ' || m_text[i] == '\t')) ++i;
      if (i >= eol) return;
      char c = m_text[i];
      if (c == '#' || c == '\r') return;
      if ((c == '-' || c == '?' || c == ':') && blank_or_end(i + 1)) {
        ++i;
        continue;
      }
      if (c == '&' || c == '!' || c == '*') { // anchor, tag, alias: a token, then maybe more
        while (i < eol && !blank_or_end(i)) ++i;
        continue;
      }
      if (c == '|' || c == '>') {
        std::size_t k = line_start;
        while (k < eol && m_text[k] == ' ') ++k;
        m_block_indent = k - line_start;
        return;
      }
      if (c == '"' || c == '\'') {
        std::size_t close = quoted(i);
        if (m_result.unclosed_quote) return;
        after_node(close + 1);
        return;
      }
      if (c == '[' || c == '{') {
        std::size_t close = flow(i);
        if (m_result.unclosed_flow || m_result.unclosed_quote) return;
        after_node(close + 1);
        return;
      }
      // A plain scalar: a key if `: ` follows on this line, else text to the line's end.
      for (std::size_t k = i; k < eol; ++k) {
        if (m_text[k] == ':' && blank_or_end(k + 1)) {
          value(k + 1, line_start, eol);
          return;
        }
        if (m_text[k] == '#' && k > i && (m_text[k - 1] == ' ' || m_text[k - 1] == '\t')) return;
      }
      return;
    }
  }

  // After a quoted scalar or flow collection that may have spanned lines: the rest of
  // its last line may hold `: value`.
  void after_node(std::size_t i)
  {
    std::size_t line_start = m_text.rfind('\n', i == 0 ? 0 : i - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t eol = end_of_line(i);
    m_pos = eol + 1;
    value(i, line_start, eol);
  }

  // Returns the offset of the closing quote; sets unclosed_quote when there is none.
  std::size_t quoted(std::size_t open)
  {
    char q = m_text[open];
    for (std::size_t k = open + 1; k < m_text.size(); ++k) {
      if (q == '"' && m_text[k] == '\\') {
        ++k;
      } else if (m_text[k] == q) {
        if (q == '\'' && at(k + 1) == '\'') {
          ++k;
          continue;
        }
        return k;
      }
    }
    m_result.unclosed_quote = open;
    return m_text.size();
  }

  // Returns the offset of the bracket that closes the one at `open`.
  std::size_t flow(std::size_t open)
  {
    std::vector<std::size_t> stack{open};
    if (m_result.max_flow_depth == 0) {
      m_result.max_flow_depth = 1;
      m_result.depth_offsets.push_back(open);
    }
    bool token_start = true;
    for (std::size_t k = open + 1; k < m_text.size(); ++k) {
      char c = m_text[k];
      if (c == '#' && (m_text[k - 1] == ' ' || m_text[k - 1] == '\t' || m_text[k - 1] == '\n')) {
        k = end_of_line(k);
        token_start = true;
        continue;
      }
      if ((c == '"' || c == '\'') && token_start) {
        k = quoted(k);
        if (m_result.unclosed_quote) return m_text.size();
        token_start = false;
        continue;
      }
      if (c == '[' || c == '{') {
        stack.push_back(k);
        if (stack.size() > m_result.max_flow_depth) {
          m_result.max_flow_depth = stack.size();
          if (m_result.depth_offsets.size() < 1024) m_result.depth_offsets.push_back(k);
        }
        token_start = true;
      } else if (c == ']' || c == '}') {
        stack.pop_back();
        if (stack.empty()) return k;
        token_start = false;
      } else if (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        token_start = true;
      } else {
        token_start = false;
      }
    }
    m_result.unclosed_flow = stack.back();
    return m_text.size();
  }
};

} // namespace

YamlScan scan_yaml(std::string_view text) { return Scanner(text).run(); }

} // namespace plan
