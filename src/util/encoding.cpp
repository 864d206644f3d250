// Text that is not plain UTF-8: legacy Chinese encodings, conversion on request, and
// characters a YAML file may not hold or that hide what a line says.
#include "plan/util/encoding.hpp"

#include "plan/util/utf8.hpp"

#include <fmt/format.h>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace plan::encoding {

bool looks_like_gb18030(std::string_view text)
{
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  std::size_t chinese = 0; // two-byte characters in GB2312's hanzi and punctuation rows
  std::size_t other = 0;   // other two- and four-byte sequences
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b0 = byte(i);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    if (b0 == 0x80 || b0 == 0xFF || i + 1 >= text.size()) return false;
    unsigned char b1 = byte(i + 1);
    if (b1 >= 0x30 && b1 <= 0x39) { // four bytes: 81-FE 30-39 81-FE 30-39
      if (i + 3 >= text.size() || byte(i + 2) < 0x81 || byte(i + 2) > 0xFE || byte(i + 3) < 0x30 ||
          byte(i + 3) > 0x39) {
        return false;
      }
      ++other;
      i += 4;
      continue;
    }
    if (b1 < 0x40 || b1 == 0x7F || b1 == 0xFF) return false;
    bool gb2312 = b0 >= 0xA1 && b0 <= 0xF7 && b1 >= 0xA1;
    ++(gb2312 ? chinese : other);
    i += 2;
  }
  return chinese > 0 && chinese >= 4 * other;
}

Converted to_utf8(std::string_view text, const std::string& from)
{
  Converted result;
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    result.error = fmt::format("unknown encoding `{}` (try GB18030, GBK, BIG5, UTF-16LE or UTF-16BE)", from);
    return result;
  }
  std::string out(text.size() * 2 + 16, '\0');
  // iconv's interface takes non-const input; it does not write through it.
  char* in_ptr = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  std::size_t done = 0;
  for (;;) {
    char* out_ptr = out.data() + done;
    std::size_t out_left = out.size() - done;
    std::size_t rc = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
    done = out.size() - out_left;
    if (rc != static_cast<std::size_t>(-1)) {
      if (in_left == 0) {
        // Flush any shift state, then stop.
        out_ptr = out.data() + done;
        out_left = out.size() - done;
        iconv(cd, nullptr, nullptr, &out_ptr, &out_left);
        done = out.size() - out_left;
        break;
      }
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    result.bad_offset = text.size() - in_left;
    result.error = errno == EINVAL ? fmt::format("the text ends inside a {} character", from)
                                   : fmt::format("byte {} is not valid {}", result.bad_offset + 1, from);
    iconv_close(cd);
    return result;
  }
  iconv_close(cd);
  out.resize(done);
  if (out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  result.text = std::move(out);
  return result;
}

namespace {

bool is_bidi(char32_t c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool is_disallowed(char32_t c)
{
  if (c == '\t' || c == '\n' || c == '\r' || c == 0x85) return false;
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

// Decodes the valid UTF-8 sequence at `i` (the text has been validated).
char32_t decode_at(std::string_view text, std::size_t i, std::size_t& length)
{
  auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[k])); };
  char32_t b0 = b(i);
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  if (b0 < 0xE0 && i + 1 < text.size()) {
    length = 2;
    return ((b0 & 0x1F) << 6) | (b(i + 1) & 0x3F);
  }
  if (b0 < 0xF0 && i + 2 < text.size()) {
    length = 3;
    return ((b0 & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  }
  if (i + 3 < text.size()) {
    length = 4;
    return ((b0 & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
  }
  length = 1;
  return 0xFFFD;
}

template <typename Predicate>
std::optional<Character> find(std::string_view text, std::size_t from, Predicate wanted)
{
  for (std::size_t i = from; i < text.size();) {
    unsigned char first = static_cast<unsigned char>(text[i]);
    // ASCII that is printable or a line break is by far the most common: skip it fast.
    if (first >= 0x20 && first < 0x7F) {
      ++i;
      continue;
    }
    std::size_t length = 1;
    char32_t c = decode_at(text, i, length);
    if (wanted(c)) return Character{i, c, is_bidi(c)};
    i += length;
  }
  return std::nullopt;
}

} // namespace

std::optional<Character> first_control_character(std::string_view text)
{
  return find(text, 0, is_disallowed);
}

std::optional<Character> next_bidi_control(std::string_view text, std::size_t from)
{
  return find(text, from, is_bidi);
}

bool is_invisible(char32_t c)
{
  return c == 0x00AD || c == 0x180E || (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

bool needs_escape(char32_t c) { return is_disallowed(c) || is_bidi(c) || is_invisible(c); }

bool shown_escaped(char32_t c, bool multi_line)
{
  bool line_break = c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  if (line_break) return !multi_line;
  return (c < 0x20 && c != U'\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

std::string visible(std::string_view text, bool multi_line)
{
  bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    auto b = static_cast<unsigned char>(c);
    return (b >= 0x20 && b < 0x7F) || b == '\t';
  });
  if (plain) return std::string(text);
  std::u32string chars = utf8::decode(text);
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    char32_t c = chars[i];
    if (shown_escaped(c, multi_line)) {
      out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(c));
    } else if (c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029) { // multi-line: one LF per break
      if (c == U'\r' && i + 1 < chars.size() && chars[i + 1] == U'\n') ++i;
      out += '\n';
    } else {
      out += utf8::encode(std::u32string_view(&c, 1));
    }
  }
  return out;
}

std::string json_visible(std::string_view json)
{
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    auto b = static_cast<unsigned char>(json[i]);
    auto next = [&](std::size_t k) { return i + k < json.size() ? static_cast<unsigned char>(json[i + k]) : 0u; };
    if (b == 0x7F) {
      out += "\\u007f";
    } else if (b == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      out += fmt::format("\\u{:04x}", next(1));
      ++i;
    } else if (b == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
      out += next(2) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

std::string describe(char32_t c)
{
  const char* name = nullptr;
  switch (c) {
  case 0x00: name = "NUL"; break;
  case 0x07: name = "BELL"; break;
  case 0x08: name = "BACKSPACE"; break;
  case 0x0B: name = "LINE TABULATION"; break;
  case 0x0C: name = "FORM FEED"; break;
  case 0x1B: name = "ESCAPE"; break;
  case 0x7F: name = "DELETE"; break;
  case 0x061C: name = "ARABIC LETTER MARK"; break;
  case 0x200E: name = "LEFT-TO-RIGHT MARK"; break;
  case 0x200F: name = "RIGHT-TO-LEFT MARK"; break;
  case 0x202A: name = "LEFT-TO-RIGHT EMBEDDING"; break;
  case 0x202B: name = "RIGHT-TO-LEFT EMBEDDING"; break;
  case 0x202C: name = "POP DIRECTIONAL FORMATTING"; break;
  case 0x202D: name = "LEFT-TO-RIGHT OVERRIDE"; break;
  case 0x202E: name = "RIGHT-TO-LEFT OVERRIDE"; break;
  case 0x2066: name = "LEFT-TO-RIGHT ISOLATE"; break;
  case 0x2067: name = "RIGHT-TO-LEFT ISOLATE"; break;
  case 0x2068: name = "FIRST STRONG ISOLATE"; break;
  case 0x2069: name = "POP DIRECTIONAL ISOLATE"; break;
  case 0x00AD: name = "SOFT HYPHEN"; break;
  case 0x200B: name = "ZERO WIDTH SPACE"; break;
  case 0x200C: name = "ZERO WIDTH NON-JOINER"; break;
  case 0x200D: name = "ZERO WIDTH JOINER"; break;
  case 0x2060: name = "WORD JOINER"; break;
  case 0xFEFF: name = "ZERO WIDTH NO-BREAK SPACE"; break;
  default: break;
  }
  std::string code = fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
  return name ? code + " " + name : code;
}

} // namespace plan::encoding
