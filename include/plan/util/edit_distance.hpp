// Edit distance between strings of code points, for "did you mean" suggestions.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// Edit distance between two UTF-8 strings in code points, counting a swap of two
/// neighbouring characters as one edit (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidates closest to `word`, best first, at most `max_results`, keeping only
/// those within a distance that is plausible for a typo (about a third of the longer
/// string, at least 1). Ties keep the candidates' order.
std::vector<std::string> closest_matches(std::string_view word, const std::vector<std::string>& candidates,
                                         std::size_t max_results = 1);

} // namespace plan
