// plan::cli::Fatal: a condition that stops the run; caught once in main.
#pragma once
#include <stdexcept>
#include <string>

namespace plan::cli {

/// Thrown for conditions that stop the whole run (not problems in a plan, which are
/// diagnostics): bad flags, an unreadable file, refusing to overwrite an input.
class Fatal : public std::runtime_error {
public:
  explicit Fatal(const std::string& message) : std::runtime_error(message) {}
};

} // namespace plan::cli
