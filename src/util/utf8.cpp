// UTF-8 decoding, validation, byte-order marks and terminal display width.
#include "plan/util/utf8.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace plan::utf8 {

namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 when it is malformed
// (overlong forms, surrogates and values above U+10FFFF included).
std::size_t sequence_length(std::string_view text, std::size_t i, char32_t* out)
{
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  std::size_t n = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 < 0x80) {
    if (out) *out = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    n = 2; cp = b0 & 0x1Fu; min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3; cp = b0 & 0x0Fu; min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4; cp = b0 & 0x07u; min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  if (out) *out = cp;
  return n;
}

} // namespace

std::optional<std::size_t> first_invalid_byte(std::string_view text)
{
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(text, i, nullptr);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::optional<std::string> foreign_encoding(std::string_view text)
{
  auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32BE";
  if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32LE";
  if (starts("\xFE\xFF"sv)) return "UTF-16BE";
  if (starts("\xFF\xFE"sv)) return "UTF-16LE";
  // Without a BOM, UTF-32 shows as three NUL bytes next to each ASCII character, and
  // UTF-16 as one.
  if (text.size() >= 4) {
    if (text[0] == '\0' && text[1] == '\0' && text[2] == '\0' && text[3] != '\0') return "UTF-32BE";
    if (text[0] != '\0' && text[1] == '\0' && text[2] == '\0' && text[3] == '\0') return "UTF-32LE";
  }
  if (text.size() >= 2) {
    if (text[0] == '\0' && text[1] != '\0') return "UTF-16BE";
    if (text[0] != '\0' && text[1] == '\0') return "UTF-16LE";
  }
  return std::nullopt;
}

std::string_view strip_bom(std::string_view text)
{
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

std::u32string decode(std::string_view text)
{
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t n = sequence_length(text, i, &cp);
    if (n == 0) {
      out.push_back(U'\uFFFD');
      ++i;
    } else {
      out.push_back(cp);
      i += n;
    }
  }
  return out;
}

std::string encode(std::u32string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

std::size_t length(std::string_view text)
{
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    std::size_t n = sequence_length(text, i, nullptr);
    i += n == 0 ? 1 : n;
  }
  return count;
}

std::string nfc(std::string_view text)
{
  if (first_invalid_byte(text)) return std::string(text);
  utf8proc_uint8_t* composed = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &composed,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(text);
  std::string out(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(n));
  std::free(composed);
  return out;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  for (char32_t cp : decode(text)) {
    if (cp == U'\t') {
      width += 1;
      continue;
    }
    int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    width += w > 0 ? static_cast<std::size_t>(w) : 0;
  }
  return width;
}

} // namespace plan::utf8
