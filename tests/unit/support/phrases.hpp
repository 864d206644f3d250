// Small helpers for phrase tests: a phrase's schedule, or its meaning, failing the test
// (with the parser's error) when the phrase does not parse.
#pragma once
#include "plan/schedule/phrase.hpp"

#include <doctest/doctest.h>

#include <string>

namespace plan::test {

/// The schedule parse_phrase gives for `phrase`; the test stops if there is none.
inline Schedule phrase_schedule(const char* phrase)
{
  PhraseResult r = parse_phrase(phrase);
  INFO("phrase: " << phrase << " error: " << r.error);
  REQUIRE(r.schedule.has_value());
  return *r.schedule;
}

/// describe() of the schedule parse_phrase gives for `phrase`.
inline std::string phrase_meaning(const char* phrase) { return describe(phrase_schedule(phrase)); }

} // namespace plan::test
