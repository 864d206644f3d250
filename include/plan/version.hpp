// The program's version.
#pragma once
#include <string_view>

namespace plan {

/// The release version, e.g. "0.1.0".
std::string_view version();

} // namespace plan
