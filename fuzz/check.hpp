// Invariant checks for the fuzz targets: a broken invariant is a crash libFuzzer keeps
// as an artifact, just like a sanitizer report.
#pragma once
#include "plan/util/utf8.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace plan::fuzz {

[[noreturn]] inline void invariant_broken(const char* what, const char* file, int line)
{
  std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
  std::abort();
}

inline bool valid_utf8(std::string_view text) { return !utf8::first_invalid_byte(text).has_value(); }

} // namespace plan::fuzz

// A macro for the condition's text and place (std::source_location needs clang 15).
#define PLAN_FUZZ_CHECK(condition)                                                                                     \
  ((condition) ? static_cast<void>(0) : ::plan::fuzz::invariant_broken(#condition, __FILE__, __LINE__))
