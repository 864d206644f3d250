// The schedule phrase language's public entry points: one phrase to a Schedule, and the
// phrases inside a longer sentence.
#pragma once
#include "plan/model/schedule.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// The outcome of parsing one phrase: a schedule, or an error message with the
/// closest accepted forms.
struct PhraseResult {
  std::optional<Schedule> schedule;
  std::string error;                    ///< why the phrase was not understood
  std::string rule;                     ///< `unknown-phrase`, `invalid-date` for a day that does not exist, `date-range` for one outside k_supported_dates
  std::vector<std::string> suggestions; ///< accepted phrases that look closest, best first
};

/// Longest phrase parse_phrase reads, in characters; longer text is refused unread.
inline constexpr std::size_t k_max_phrase_length = 100;

/// Parses one schedule phrase: Chinese (每周四, 单周, 每月8日前, 次年3月), English
/// keywords (weekly on thu, odd weeks, monthly by day 8) or ISO dates. Never throws;
/// unknown or malformed phrases give an error and up to three suggestions. Full-width
/// digits and punctuation are accepted.
PhraseResult parse_phrase(std::string_view phrase);

/// Representative accepted phrases, ISO, Chinese and English, in a fixed order: the
/// candidates for suggestions, listed in plan-format(5). Every one parses.
const std::vector<std::string>& example_phrases();

/// A schedule phrase found inside a longer text.
struct PhraseMatch {
  std::size_t offset = 0; ///< where the phrase starts in the text, in bytes
  std::size_t length = 0; ///< its length in bytes: text.substr(offset, length) == `text`
  std::string text;       ///< the phrase as it stands in the text
  Schedule schedule;      ///< what parse_phrase(text) gives

  friend bool operator==(const PhraseMatch&, const PhraseMatch&) = default;
};

/// Longest phrase find_phrases finds, in characters: the longest forms plans use
/// (first school week of each month, 2023-10-13 to 2023-10-20) fit with room to spare.
inline constexpr std::size_t k_max_found_phrase_length = 40;

/// The schedule phrases inside a sentence of running text (UTF-8), left to right and
/// not overlapping: at each position the longest span that parse_phrase accepts, that
/// neither begins nor ends with white space and does not end with descriptive words
/// (in 每周四下午大教研 the phrase is 每周四, in 每月初（8日之前）上交 it is
/// 每月初（8日之前）). An English or ISO phrase starts and ends at word boundaries.
/// A span is at most k_max_found_phrase_length characters and never contains invalid
/// UTF-8, 。 or a character no phrase is written with (：；！？“” line breaks ...).
/// Never throws; time is linear in the length of the text.
std::vector<PhraseMatch> find_phrases(std::string_view sentence);

} // namespace plan
