// The output options every subcommand shares (--format, --lang, -o, --color, --bom) as
// typed values, and the table of which formats each subcommand prints.
#include "options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace plan::cli {

namespace {

constexpr std::pair<Format, std::string_view> k_format_names[] = {
    {Format::Text, "text"}, {Format::Markdown, "md"}, {Format::Csv, "csv"},       {Format::Json, "json"},
    {Format::Html, "html"}, {Format::Ics, "ics"},     {Format::Github, "github"},
};

} // namespace

std::string_view to_string(Format format)
{
  for (const auto& [f, name] : k_format_names) {
    if (f == format) return name;
  }
  return "?";
}

const std::vector<OutputFormats>& output_formats()
{
  using F = Format;
  static const std::vector<OutputFormats> table = {
      {"validate", "", {F::Text, F::Json, F::Github}},
      {"expand", "", {F::Markdown, F::Csv, F::Json, F::Text, F::Ics}},
      {"holidays", "", {F::Text, F::Csv, F::Json}},
      {"summary", "", {F::Markdown, F::Csv, F::Json}},
      {"calendar", "--month", {F::Text, F::Markdown, F::Html, F::Json}},
      {"calendar", "--weeks", {F::Markdown, F::Csv, F::Html, F::Text}},
  };
  return table;
}

const OutputFormats& formats_of(std::string_view command, std::string_view mode)
{
  for (const OutputFormats& f : output_formats()) {
    if (f.command == command && f.mode == mode) return f;
  }
  throw std::logic_error(fmt::format("no output formats for `{} {}`", command, mode));
}

void add_output_options(CLI::App& app, OutputOptions& o, std::string_view command, unsigned which)
{
  if ((which & k_format) != 0U) {
    // Every format of the command once, in table order; the help names the default
    // of each mode.
    std::vector<std::string> names;
    std::map<std::string, Format> by_name;
    std::string help;
    for (const OutputFormats& f : output_formats()) {
      if (f.command != command) continue;
      std::string listed;
      for (Format format : f.formats) {
        std::string name(to_string(format));
        if (by_name.emplace(name, format).second) names.push_back(name);
        listed += (listed.empty() ? name + " (default)" : ", " + name);
      }
      help += (help.empty() ? "" : "; ") + (f.mode.empty() ? listed : fmt::format("{}: {}", f.mode, listed));
    }
    app.add_option_function<std::string>(
           "--format", [&o, by_name](const std::string& name) { o.format = by_name.at(name); }, help)
        ->check(CLI::IsMember(names));
  }
  if ((which & k_bom) != 0U) {
    app.add_flag("--bom", o.bom, "with --format csv: begin with a UTF-8 byte-order mark (for Excel)");
  }
  if ((which & k_lang) != 0U) {
    app.add_option_function<std::string>(
           "--lang", [&o](const std::string& name) { o.lang = name == "en" ? Lang::En : Lang::Zh; },
           "labels: zh (default) or en")
        ->check(CLI::IsMember({"zh", "en"}));
  }
  if ((which & k_color) != 0U) {
    app.add_option_function<std::string>(
           "--color",
           [&o](const std::string& name) {
             o.color = name == "always" ? Color::Always : name == "never" ? Color::Never : Color::Auto;
           },
           "auto (default: on a terminal, unless NO_COLOR is set), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
  }
  if ((which & k_output) != 0U) {
    app.add_option("-o,--output", o.output, "write to this file (atomically) instead of standard output");
  }
}

} // namespace plan::cli
