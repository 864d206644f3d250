// The subcommand table and the dispatch: builds the command line from the table, runs
// the chosen subcommand, and maps failures to exit statuses in one place.
#include "cmd_calendar.hpp"
#include "cmd_expand.hpp"
#include "cmd_holidays.hpp"
#include "cmd_summary.hpp"
#include "cmd_validate.hpp"
#include "commands.hpp"
#include "exit_code.hpp"
#include "fatal.hpp"
#include "output.hpp"
#include "report.hpp"

#include "plan/render/diagnostics.hpp"
#include "plan/util/edit_distance.hpp"
#include "plan/version.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>

namespace plan::cli {

const std::vector<Command>& commands()
{
  static const std::vector<Command> table = {
      {"validate", "check plan files: YAML syntax, schema and meaning", setup_validate},
      {"expand", "the dated checklist of a plan: by term, month, week or dates; md, csv, json, text", setup_expand},
      {"holidays", "the holiday data in force: built-in, --holidays files and a plan's own entries", setup_holidays},
      {"summary", "counts by month, owner, section or tag, quotas and targets; several plans side by side", setup_summary},
      {"calendar", "a month at a glance (--month 10), or a term's 行事历 (--term 1 --weeks)", setup_calendar},
  };
  return table;
}

namespace {

/// The first argument of the chosen subcommand that looks like an option but is none
/// of its options, described with the closest option or, when it may be a file name,
/// how to give it; nullopt when every option-like argument is known.
std::optional<std::string> unknown_option(const CLI::App& app, int argc, char** argv)
{
  if (argc < 2) return std::nullopt;
  const CLI::App* sub = nullptr;
  for (const CLI::App* candidate : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (candidate->get_name() == argv[1]) sub = candidate;
  }
  if (sub == nullptr) return std::nullopt;
  std::vector<std::string> longs;
  std::vector<std::string> shorts;
  for (const CLI::Option* option : sub->get_options()) {
    for (const std::string& name : option->get_lnames()) longs.push_back("--" + name);
    for (const std::string& name : option->get_snames()) shorts.push_back("-" + name);
  }
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-') continue;
    std::string name = arg.substr(0, arg.find('='));
    bool known = name.rfind("--", 0) == 0 ? std::find(longs.begin(), longs.end(), name) != longs.end()
                                          : std::find(shorts.begin(), shorts.end(), arg.substr(0, 2)) != shorts.end();
    if (known) continue;
    std::vector<std::string> all = longs;
    all.insert(all.end(), shorts.begin(), shorts.end());
    auto suggestion = closest_matches(name, all);
    if (!suggestion.empty()) return fmt::format("unknown option `{}`; did you mean `{}`?", name, suggestion.front());
    return fmt::format("unknown option `{0}`; a file whose name begins with - goes after `--`: plan {1} -- {0}", arg,
                       argv[1]);
  }
  return std::nullopt;
}

int dispatch(int argc, char** argv)
{
  CLI::App app{"plan — school work plans (学校工作计划) as data"};
  app.name("plan");
  app.set_version_flag("--version", std::string(plan::version()));
  app.require_subcommand(0, 1);
  app.footer("Run `plan COMMAND --help` for a command's options and examples.\n"
             "Example:\n  plan validate examples/");
  std::function<ExitCode()> selected;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    auto runner = command.setup(*sub);
    sub->callback([&selected, runner] { selected = runner; });
  }

  // An unknown first word is most likely a mistyped command: say which one was meant.
  if (argc > 1 && argv[1][0] != '-') {
    std::string word = argv[1];
    std::vector<std::string> names;
    for (const Command& c : commands()) names.emplace_back(c.name);
    if (std::find(names.begin(), names.end(), word) == names.end()) {
      auto suggestion = closest_matches(word, names);
      print_error(fmt::format("unknown command `{}`{}", word,
                              suggestion.empty() ? "" : fmt::format("; did you mean `{}`?", suggestion.front())));
      std::cerr << "Run `plan --help` for the list of commands.\n";
      return static_cast<int>(ExitCode::CouldNotRun);
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) { // --help, --version
      app.exit(e, std::cout, std::cerr);
      return 0;
    }
    // An unknown option says more than what CLI11 makes of it (a file named
    // -dash.yaml is "inputs is required" to it): name it, with the option meant or `--`.
    if (auto unknown = unknown_option(app, argc, argv)) {
      print_error(*unknown);
    } else {
      print_error(e.what());
    }
    std::cerr << "Run `plan --help` for usage.\n";
    return static_cast<int>(ExitCode::CouldNotRun);
  }
  if (!selected) {
    std::cerr << app.help();
    return static_cast<int>(ExitCode::CouldNotRun);
  }
  return static_cast<int>(selected());
}

} // namespace

int run(int argc, char** argv)
{
  try {
    int status = dispatch(argc, argv);
    // A report that did not reach standard output is a failure, whatever it said.
    finish_standard_output();
    return status;
  } catch (const Fatal& e) {
    print_error(e.what());
  } catch (const std::exception& e) {
    std::cerr << "plan: internal error: " << message_visible(e.what()) << "\n";
  }
  return static_cast<int>(ExitCode::CouldNotRun);
}

} // namespace plan::cli
