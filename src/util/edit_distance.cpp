// Edit distance between strings of code points, for "did you mean" suggestions.
#include "plan/util/edit_distance.hpp"

#include "plan/util/utf8.hpp"

#include <algorithm>

namespace plan {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two
  // neighbouring characters (=> for >=) each cost one.
  std::u32string x = utf8::decode(a);
  std::u32string y = utf8::decode(b);
  std::size_t width = y.size() + 1;
  std::vector<std::size_t> d((x.size() + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= x.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= y.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(x.size(), y.size());
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
