// Normalising phrase text before a grammar reads it: full-width forms, dashes, white space.
#include "normalise.hpp"

namespace plan {

bool is_phrase_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0'; }

bool is_cjk(char32_t c)
{
  return (c >= 0x3400 && c <= 0x9FFF) ||  // Extension A and the unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||  // compatibility ideographs
         (c >= 0x20000 && c <= 0x323AF); // Extensions B-I and the compatibility supplement (𠮷)
}

// Full-width ASCII to ASCII, the many dashes and tildes to '-', and the Chinese comma
// and ideographic full stop kept apart from the enumeration comma 、.
char32_t normalise_char(char32_t c)
{
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c == U'\u2014' || c == U'\u2013' || c == U'\u2015' || c == U'\u2212' || c == U'~' || c == U'\u301C') {
    c = U'-';
  }
  if (c == U'\u3002') c = U'.';
  return c;
}

std::u32string normalise_phrase(std::u32string_view phrase)
{
  std::u32string out;
  out.reserve(phrase.size());
  for (char32_t c : phrase) out.push_back(normalise_char(c));
  // Trim, and collapse inner white space to one blank.
  std::u32string trimmed;
  for (char32_t c : out) {
    if (is_phrase_space(c)) {
      if (!trimmed.empty() && trimmed.back() != U' ') trimmed.push_back(U' ');
    } else {
      trimmed.push_back(c);
    }
  }
  while (!trimmed.empty() && trimmed.back() == U' ') trimmed.pop_back();
  return trimmed;
}

} // namespace plan
