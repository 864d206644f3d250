// Reading numbers written as Chinese numerals (三, 十二, 二十三, 两, 〇) or digits (12, １２).
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace plan {

/// A number read from the start of a text: its value and the code points it took.
struct CnNumber {
  unsigned value = 0;
  std::size_t length = 0; ///< code points read, at least 1

  friend bool operator==(const CnNumber&, const CnNumber&) = default;
};

/// Reads the longest well-formed number at the start of `text`, and stops before
/// whatever follows it (the 三 of 第三周, the 九 of 九月份, the 二 of 二、三月份):
/// - a run of ASCII or full-width digits (leading zeros allowed: 08 is 8);
/// - 〇 or 零 alone: 0;
/// - a Chinese numeral from 1 to 999: 一 … 九 (两 counts as 二), 十, 十一 … 十九,
///   二十 … 九十九, 一百 … 九百九十九 with 零 before a lone unit (一百零五, 一百一十).
/// A numeral does not continue into another one: 十十 reads 十, 二三 reads 二.
/// Returns nullopt when `text` does not start with a number, and when a run of digits
/// is larger than `unsigned` holds.
std::optional<CnNumber> read_cn_number(std::u32string_view text);

/// `text` read as one whole number, in the forms read_cn_number reads; nullopt when it
/// is empty, has anything before or after the number (十十, 三月, " 3"), or overflows.
std::optional<unsigned> parse_cn_number(std::u32string_view text);

/// Whether `c` is a character numbers are written with: an ASCII or full-width digit,
/// 〇, 零, 一 … 九, 两, 十 or 百.
bool is_cn_numeral_char(char32_t c);

} // namespace plan
