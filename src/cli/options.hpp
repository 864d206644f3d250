// The output options every subcommand shares (--format, --lang, -o, --color, --bom) as
// typed values, and the table of which formats each subcommand prints.
#pragma once
#include "plan/render/labels.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan::cli {

/// An output format, as named on the command line (`md`, `csv`, ...).
enum class Format { Text, Markdown, Csv, Json, Html, Ics, Github };

/// "text", "md", "csv", "json", "html", "ics", "github".
std::string_view to_string(Format format);

/// When colour goes to the terminal.
enum class Color { Auto, Always, Never };

/// The formats one subcommand (in one of its modes) prints, its default first.
struct OutputFormats {
  std::string_view command; ///< the subcommand, e.g. "calendar"
  std::string_view mode;    ///< "" or the flag that selects the mode, e.g. "--weeks"
  std::vector<Format> formats;
};

/// Every subcommand's formats, in the order `--help` lists them; drives `--format`'s
/// check, its help text and shell completions.
const std::vector<OutputFormats>& output_formats();

/// The formats of `command` in `mode` ("" for its only mode). Throws std::logic_error
/// for a pair the table does not have (a programming error).
const OutputFormats& formats_of(std::string_view command, std::string_view mode = "");

/// Which of the shared output options a subcommand takes.
enum OutputOption : unsigned {
  k_format = 1U << 0U,
  k_lang = 1U << 1U,
  k_output = 1U << 2U,
  k_color = 1U << 3U,
  k_bom = 1U << 4U,
};

/// The parsed values of the shared output options.
struct OutputOptions {
  std::optional<Format> format; ///< unset: the mode's default
  Lang lang = Lang::Zh;
  std::string output = "-"; ///< -o FILE; "-" for standard output ("" is an error)
  Color color = Color::Auto;
  bool bom = false; ///< csv only: a UTF-8 byte-order mark first (for Excel)

  /// The format asked for, or the first (default) one of `formats`.
  Format format_or_default(const OutputFormats& formats) const { return format.value_or(formats.formats.front()); }
};

/// Registers the options in `which` on `app` for `command`: --format accepts the
/// union of the command's formats (in table order) and its help lists them per mode.
void add_output_options(CLI::App& app, OutputOptions& options, std::string_view command, unsigned which);

} // namespace plan::cli
