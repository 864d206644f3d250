// A lexical pass over YAML text that finds what yaml-cpp reports late, in the wrong
// place, or not at all: unclosed quotes and brackets, tabs in indentation, and the
// markers that separate documents.
#include "plan/yaml/scan.hpp"

namespace plan {

namespace {

class Scanner {
public:
  Scanner(std::string_view text, std::size_t max_depth) : m_text(text), m_max_depth(max_depth) {}

  YamlScan run()
  {
    while (m_pos < m_text.size() && !stopped()) line();
    return m_result;
  }

private:
  std::string_view m_text;
  std::size_t m_max_depth;
  std::size_t m_pos = 0;
  YamlScan m_result;
  // Indentation of the line that opened a block scalar (| or >); lines indented more
  // (and blank lines) belong to it.
  std::optional<std::size_t> m_block_indent;
  // Columns of the block nodes enclosing the current position, outermost first: a
  // node at column c closes every open node at column c or more.
  std::vector<std::size_t> m_levels;
  // When the last line ended inside a plain scalar: the index of its level in
  // m_levels. The next line continues it while the scalar's parents stay open.
  std::optional<std::size_t> m_plain_level;
  // Whether the document has a top-level node: a plain scalar that starts another
  // top-level line is then a key, which does not continue on the next line.
  bool m_root_started = false;

  bool stopped() const
  {
    return m_result.unclosed_quote || m_result.unclosed_flow || m_result.too_deep || m_result.stray_comma;
  }
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
  std::size_t start_of_line(std::size_t i) const
  {
    std::size_t s = m_text.rfind('\n', i == 0 ? 0 : i - 1);
    return s == std::string_view::npos || i == 0 ? 0 : s + 1;
  }

  // Opens a block level for a node at `offset`; false (and too_deep set) past the limit.
  bool enter(std::size_t column, std::size_t offset)
  {
    m_levels.push_back(column);
    if (m_levels.size() > m_max_depth) {
      m_result.too_deep = offset;
      return false;
    }
    return true;
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
    if (blank || m_text[i] == '#') { // comment lines do not close nodes
      if (!blank) m_plain_level.reset(); // but they end a plain scalar
      m_pos = eol + 1;
      return;
    }
    while (!m_levels.empty() && m_levels.back() >= indent) m_levels.pop_back();
    bool continues_plain = m_plain_level && m_levels.size() >= *m_plain_level;
    m_plain_level.reset();
    if (indent == 0 && m_text.substr(i, 3) == "---" && blank_or_end(i + 3)) {
      m_result.document_markers.push_back(i);
      m_levels.clear();
      m_root_started = false;
      continues_plain = false;
      i += 3;
    } else if (indent == 0 && m_text.substr(i, 3) == "..." && blank_or_end(i + 3)) { // the end of a document
      m_levels.clear();
      m_root_started = false;
      continues_plain = false;
      i += 3;
    } else if (indent == 0 && at(i) == '%' && !continues_plain) { // a directive (%YAML 1.2): no node
      m_pos = eol + 1;
      return;
    } else if (m_result.document_markers.empty()) {
      m_result.content_before_first_marker = true;
    }
    m_pos = eol + 1;
    value(i, start, eol, continues_plain);
  }

  // Scans from a position where a node may start, up to the end of the line (or
  // further, for quoted scalars and flow collections that span lines). Iterative, so
  // that a line of a million `key: ` or `- ` cannot exhaust the stack.
  void value(std::size_t i, std::size_t line_start, std::size_t eol, bool continues_plain)
  {
    std::size_t first = i;
    while (first < eol && (m_text[first] == ' ' || m_text[first] == '\t')) ++first;
    bool later_top_level = false;
    if (!continues_plain && m_levels.empty() && first < eol && m_text[first] != '#' && m_text[first] != '\r') {
      later_top_level = m_root_started;
      m_root_started = true;
    }
    for (;; continues_plain = false) {
      while (i < eol && (m_text[i] == ' ' || m_text[i] == '\t')) ++i;
      if (i >= eol) return;
      char c = m_text[i];
      if (c == '#' || c == '\r') return;
      if (c == ',' && !continues_plain) { // only text that continues a plain scalar may start with it
        m_result.stray_comma = i;
        return;
      }
      if (c == '&' || c == '!' || c == '*') { // anchor, tag, alias: a token, then maybe more
        while (i < eol && !blank_or_end(i)) ++i;
        continue;
      }
      if (!enter(i - line_start, i)) return;
      if ((c == '-' || c == '?' || c == ':') && blank_or_end(i + 1)) {
        ++i;
        continue;
      }
      if (c == '|' || c == '>') {
        std::size_t k = line_start;
        while (k < eol && m_text[k] == ' ') ++k;
        m_block_indent = k - line_start;
        return;
      }
      if (c == '"' || c == '\'' || c == '[' || c == '{') {
        std::size_t close = c == '"' || c == '\'' ? quoted(i) : flow(i);
        if (stopped()) return;
        // The rest of the node's last line may hold `: value`.
        i = close + 1;
        line_start = start_of_line(i);
        eol = end_of_line(i);
        m_pos = eol + 1;
        continue;
      }
      // A plain scalar: a key if `: ` follows on this line, else text to the line's end.
      std::size_t k = i;
      for (; k < eol; ++k) {
        if (m_text[k] == ':' && blank_or_end(k + 1)) break;
        if (m_text[k] == '#' && k > i && (m_text[k - 1] == ' ' || m_text[k - 1] == '\t')) return;
      }
      if (k >= eol) {
        if (!(later_top_level && m_levels.size() == 1)) m_plain_level = m_levels.size() - 1;
        return;
      }
      i = k + 1;
    }
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
    // The bracket at `open` already holds a block level of its own.
    std::size_t base = m_levels.empty() ? 0 : m_levels.size() - 1;
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
        if (base + stack.size() > m_max_depth) {
          m_result.too_deep = k;
          return m_text.size();
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

YamlScan scan_yaml(std::string_view text, std::size_t max_depth) { return Scanner(text, max_depth).run(); }

} // namespace plan
