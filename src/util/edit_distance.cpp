// Edit distance between strings of code points, for "did you mean" suggestions.
#include "plan/util/edit_distance.hpp"

#include "plan/util/utf8.hpp"

#include <algorithm>
#include <numeric>

namespace plan {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  std::u32string x = utf8::decode(a);
  std::u32string y = utf8::decode(b);
  std::vector<std::size_t> row(y.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t up = row[j];
      std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = up;
    }
  }
  return row[y.size()];
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
