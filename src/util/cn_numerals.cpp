// Reading numbers written as Chinese numerals (三, 十二, 二十三, 两, 〇) or digits (12, １２).
#include "plan/util/cn_numerals.hpp"

#include <limits>

namespace plan {

namespace {

// 0-9 for an ASCII or full-width digit, else -1.
int arabic_digit(char32_t c)
{
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

// 1-9 for a Chinese unit digit, else -1. 两 is the 二 used before measure words.
int chinese_digit(char32_t c)
{
  switch (c) {
  case U'一': return 1;
  case U'二': case U'两': return 2;
  case U'三': return 3;
  case U'四': return 4;
  case U'五': return 5;
  case U'六': return 6;
  case U'七': return 7;
  case U'八': return 8;
  case U'九': return 9;
  default: return -1;
  }
}

bool is_zero(char32_t c) { return c == U'〇' || c == U'零'; }

std::optional<CnNumber> read_arabic(std::u32string_view text)
{
  unsigned long long value = 0;
  bool overflow = false;
  std::size_t i = 0;
  for (; i < text.size() && arabic_digit(text[i]) >= 0; ++i) {
    value = value * 10 + static_cast<unsigned>(arabic_digit(text[i]));
    if (value > std::numeric_limits<unsigned>::max()) {
      overflow = true;
      value = 0; // keep reading the run, so that its end is where the number ends
    }
  }
  if (i == 0 || overflow) return std::nullopt;
  return CnNumber{static_cast<unsigned>(value), i};
}

// [unit] 十 [unit] | unit [百 [零 unit | unit 十 [unit]]]
std::optional<CnNumber> read_chinese(std::u32string_view text)
{
  auto at = [&](std::size_t i) { return i < text.size() ? text[i] : U'\0'; };
  auto unit = [&](std::size_t i) { return chinese_digit(at(i)); };
  auto value = [](int d) { return static_cast<unsigned>(d); };

  // 十, 十N, N十, N十N: the tens, from i on, after `lead` (0 when 十 comes first).
  auto tens = [&](unsigned lead, std::size_t i) {
    CnNumber n{lead * 10, i + 1};
    if (unit(n.length) > 0) {
      n.value += value(unit(n.length));
      ++n.length;
    }
    return n;
  };

  if (is_zero(at(0))) return CnNumber{0, 1};
  if (at(0) == U'十') return tens(1, 0);
  int lead = unit(0);
  if (lead < 0) return std::nullopt;
  if (at(1) == U'十') return tens(value(lead), 1);
  if (at(1) != U'百') return CnNumber{value(lead), 1};
  CnNumber n{value(lead) * 100, 2};
  if (is_zero(at(2)) && unit(3) > 0) { // 一百零五
    n.value += value(unit(3));
    n.length = 4;
  } else if (unit(2) > 0 && at(3) == U'十') { // 一百二十, 一百二十五
    CnNumber rest = tens(value(unit(2)), 3);
    n.value += rest.value;
    n.length = rest.length;
  }
  return n;
}

} // namespace

std::optional<CnNumber> read_cn_number(std::u32string_view text)
{
  if (text.empty()) return std::nullopt;
  if (arabic_digit(text.front()) >= 0) return read_arabic(text);
  return read_chinese(text);
}

std::optional<unsigned> parse_cn_number(std::u32string_view text)
{
  auto n = read_cn_number(text);
  if (!n || n->length != text.size()) return std::nullopt;
  return n->value;
}

bool is_cn_numeral_char(char32_t c)
{
  return arabic_digit(c) >= 0 || is_zero(c) || chinese_digit(c) >= 0 || c == U'十' || c == U'百';
}

} // namespace plan
