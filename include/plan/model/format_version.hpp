// The plan file format version this build reads, and the compatibility rule.
#pragma once

namespace plan {

/// The newest format version this release understands. Files with a higher `format`
/// are refused (rule `format-version`) instead of being misread; lower versions
/// (there are none yet) would be read by their own rules.
inline constexpr int k_format_version = 1;

} // namespace plan
