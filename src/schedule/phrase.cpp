// Parsing one schedule phrase: the length limit, normalisation, the choice of grammar,
// and the error message with suggestions; and the list of example phrases.
#include "plan/schedule/phrase.hpp"

#include "grammar.hpp"
#include "normalise.hpp"
#include "suggest.hpp"

#include "plan/util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

Parsed read_normalised(std::u32string_view normalised)
{
  if (normalised.empty()) return fail("the schedule phrase is empty");
  if (normalised.front() >= U'0' && normalised.front() <= U'9') { // 2023-10-13 ...
    if (auto iso = parse_iso(utf8::encode(normalised))) return *iso;
  }
  if (std::any_of(normalised.begin(), normalised.end(), is_cjk)) {
    std::u32string compact;
    for (char32_t ch : normalised) {
      if (ch != U' ') compact.push_back(ch);
    }
    return parse_chinese(compact);
  }
  return parse_english(utf8::encode(normalised));
}

const std::vector<std::string>& example_phrases()
{
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> all;
    for (const auto* grammar : {&iso_examples(), &chinese_examples(), &english_examples()}) {
      all.insert(all.end(), grammar->begin(), grammar->end());
    }
    return all;
  }();
  return phrases;
}

PhraseResult parse_phrase(std::string_view phrase)
{
  PhraseResult result;
  // The longest phrases plans use are around 25 characters; a longer one is text put
  // in the wrong place, and it must not cost a parse or suggestions.
  if (std::size_t length = utf8::length(phrase); length > k_max_phrase_length) {
    result.rule = "unknown-phrase";
    result.error = fmt::format("a schedule phrase of {} characters: phrases are at most {}", length,
                               k_max_phrase_length);
    return result;
  }
  std::u32string normalised = normalise_phrase(utf8::decode(phrase));
  Parsed parsed = read_normalised(normalised);
  if (parsed.schedule) {
    parsed.schedule->text = std::string(phrase);
    result.schedule = std::move(parsed.schedule);
    return result;
  }
  result.rule = parsed.rule.empty() ? "unknown-phrase" : parsed.rule;
  if (parsed.rule == "invalid-date" || parsed.rule == "date-range") {
    result.error = fmt::format("`{}`: {}", std::string(phrase), parsed.error);
    return result;
  }
  result.error = parsed.error.empty() ? fmt::format("unknown schedule phrase `{}`", std::string(phrase))
                                      : fmt::format("cannot read schedule phrase `{}`: {}", std::string(phrase), parsed.error);
  result.suggestions = suggest_phrases(utf8::encode(normalised));
  return result;
}

} // namespace plan
