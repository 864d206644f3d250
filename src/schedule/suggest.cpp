// "Did you mean": the accepted example phrases nearest to a phrase that was not understood.
#include "suggest.hpp"

#include "plan/schedule/phrase.hpp"
#include "plan/util/edit_distance.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace plan {

std::vector<std::string> suggest_phrases(std::string_view normalised)
{
  // The nearest accepted forms, whatever the distance: a starting point for the fix.
  const auto& examples = example_phrases();
  std::vector<std::pair<std::size_t, std::size_t>> scored;
  for (std::size_t i = 0; i < examples.size(); ++i) scored.emplace_back(edit_distance(normalised, examples[i]), i);
  std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<std::string> suggestions;
  for (std::size_t i = 0; i < 3 && i < scored.size(); ++i) suggestions.push_back(examples[scored[i].second]);
  return suggestions;
}

} // namespace plan
