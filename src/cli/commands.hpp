// The subcommand table: name, one-line summary and set-up, driving dispatch and help.
#pragma once
#include "exit_code.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string_view>
#include <vector>

namespace plan::cli {

/// Registers a subcommand's options on `app` and returns the function that runs it
/// with the parsed options.
using SetupFunction = std::function<std::function<ExitCode()>(CLI::App& app)>;

struct Command {
  std::string_view name;
  std::string_view summary;
  SetupFunction setup;
};

/// Every subcommand, in the order `plan --help` lists them.
const std::vector<Command>& commands();

/// Runs the command line `argv` and returns the exit status: parses it against the
/// table, runs the chosen subcommand, and turns a Fatal or a bad argument into a
/// message and status 2. Writes to standard output and standard error.
int run(int argc, char** argv);

} // namespace plan::cli
