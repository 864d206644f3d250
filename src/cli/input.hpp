// Reading plan files: FILE, DIR (every *.yaml/*.yml below it) or '-' for standard input.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace plan::cli {

/// Largest input accepted, in bytes; larger files are refused before parsing.
inline constexpr std::size_t k_max_input_bytes = 8 * 1024 * 1024;

/// One input to read: its path ("-" for standard input) and the name used in messages.
struct InputName {
  std::string path;
  std::string display;
};

/// Expands the arguments: a directory becomes every *.yaml and *.yml file below it,
/// sorted by path; other arguments are kept as given (a missing file is reported when
/// it is read, so that the other inputs are still checked). Throws Fatal when a
/// directory cannot be listed.
std::vector<InputName> expand_inputs(const std::vector<std::string>& arguments);

/// The whole content of a file or standard input, converted to UTF-8 from `encoding`
/// when that is set (and not UTF-8). Throws Fatal when it cannot be read, is larger
/// than k_max_input_bytes, or is not valid text in `encoding`.
std::string read_input(const InputName& input, const std::string& encoding = "");

} // namespace plan::cli
