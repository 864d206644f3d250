// Edit distance between strings of code points, for "did you mean" suggestions.
#include "plan/util/edit_distance.hpp"

#include "plan/util/utf8.hpp"

#include <algorithm>

namespace plan {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two
  // neighbouring characters (=> for >=) each cost one. Three rows of the matrix are
  // enough, so memory stays linear in the shorter string's length.
  std::u32string x = utf8::decode(a);
  std::u32string y = utf8::decode(b);
  if (x.size() < y.size()) std::swap(x, y);
  std::size_t width = y.size() + 1;
  std::vector<std::size_t> two_back(width), previous(width), current(width);
  for (std::size_t j = 0; j < width; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j < width; ++j) {
      std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
    }
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return previous[y.size()];
}

std::vector<std::string> closest_matches(std::string_view word, const std::vector<std::string>& candidates,
                                         std::size_t max_results)
{
  struct Scored {
    std::size_t distance;
    std::size_t index;
  };
  std::vector<Scored> scored;
  std::size_t word_length = utf8::length(word);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::size_t longer = std::max(word_length, utf8::length(candidates[i]));
    std::size_t limit = std::max<std::size_t>(1, (longer + 2) / 3);
    // The length difference is a lower bound of the distance: most candidates of a
    // very different length need no matrix at all.
    std::size_t shorter = std::min(word_length, utf8::length(candidates[i]));
    if (longer - shorter > limit) continue;
    std::size_t d = edit_distance(word, candidates[i]);
    if (d <= limit && d > 0) scored.push_back({d, i});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& l, const Scored& r) { return l.distance < r.distance; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < max_results; ++i) {
    out.push_back(candidates[scored[i].index]);
  }
  return out;
}

} // namespace plan
