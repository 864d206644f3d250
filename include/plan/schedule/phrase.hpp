// The schedule phrase language's public entry point: one phrase to a Schedule.
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
  std::string rule;                     ///< `unknown-phrase`, or `invalid-date` for a day that does not exist
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

} // namespace plan
