// "Did you mean": the accepted example phrases nearest to a phrase that was not understood.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// The three example phrases (example_phrases()) nearest to `normalised` by edit
/// distance, whatever the distance, best first; ties keep the examples' order.
std::vector<std::string> suggest_phrases(std::string_view normalised);

} // namespace plan
