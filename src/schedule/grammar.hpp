// What the phrase grammars (Chinese, English, ISO dates) share: their result, and their
// entry points for the public parse and find functions.
#pragma once
#include "plan/model/schedule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plan {

/// A grammar's reading of one normalised phrase: a schedule, or why there is none.
struct Parsed {
  std::optional<Schedule> schedule;
  std::string error; ///< empty: the phrase has no known form at all
  std::string rule;  ///< empty: unknown-phrase; or invalid-date, date-range
  /// The phrase ends with descriptive words (大教研 in 每周四大教研, 听课 in 每学期听课):
  /// inside a sentence they belong to the sentence, not to the schedule.
  bool ends_in_words = false;
};

/// A phrase read as `schedule`.
inline Parsed success(Schedule schedule, bool ends_in_words = false)
{
  return {std::move(schedule), {}, {}, ends_in_words};
}

/// A phrase of no known form, or a known form with a mistake `message` describes.
inline Parsed fail(std::string message) { return {std::nullopt, std::move(message), {}, false}; }

/// A phrase of a known form that names a day or month that does not exist.
inline Parsed impossible(std::string message) { return {std::nullopt, std::move(message), "invalid-date", false}; }

/// A phrase of a known form that names a real day outside k_supported_dates.
inline Parsed out_of_range(std::string message) { return {std::nullopt, std::move(message), "date-range", false}; }

/// Reads a normalised Chinese phrase with its blanks removed (每周四大教研, 次年3月).
Parsed parse_chinese(std::u32string_view compact);

/// Whether a Chinese phrase may start with `c` (normalised): 每, 周, 第, 单, 次, 开, a
/// numeral ... Every phrase parse_chinese accepts starts with such a character.
bool may_start_chinese_phrase(char32_t c);

/// Whether a Chinese phrase that does not end with descriptive words may end with `c`
/// (normalised): the last character of one of the grammar's words (周, 月, 日, 前, 次,
/// 节, ')' ...), a numeral, or an ASCII letter or digit.
bool may_end_chinese_phrase(char32_t c);

/// Reads a normalised phrase of English words (weekly on thu, odd weeks). Every form
/// has a word of letters: a phrase with no ASCII letter fails, with no message.
Parsed parse_english(const std::string& normalised);

/// Reads a normalised phrase that starts with an ISO date (2023-10-13, 2023-10-13..2023-10-20);
/// nullopt when it does not start with one (its first character is not a digit, say),
/// so that another grammar may read it.
std::optional<Parsed> parse_iso(const std::string& normalised);

/// Reads a phrase normalise_phrase has normalised with the grammar its characters call
/// for: ISO when it starts with a date, Chinese when it has a CJK character, else
/// English. The schedule's text is left empty; the length is not checked.
Parsed read_normalised(std::u32string_view normalised);

/// The example phrases of each grammar, in the order example_phrases() lists them.
const std::vector<std::string>& iso_examples();
const std::vector<std::string>& chinese_examples();
const std::vector<std::string>& english_examples();

} // namespace plan
