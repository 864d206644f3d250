// Text that is not plain UTF-8: legacy Chinese encodings, conversion on request, and
// characters a YAML file may not hold or that hide what a line says.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plan::encoding {

/// Whether text that is not valid UTF-8 reads as GB18030 (of which GBK and GB2312 are
/// subsets): every byte forms a GB18030 sequence, and most non-ASCII characters are
/// two-byte GB2312 Chinese characters or punctuation. A heuristic, so it is used only to
/// name the likely encoding in an error, never to convert silently.
bool looks_like_gb18030(std::string_view text);

/// The outcome of converting text to UTF-8.
struct Converted {
  std::optional<std::string> text;  ///< the UTF-8 text, when conversion succeeded
  std::size_t bad_offset = 0;       ///< otherwise: the input byte where it stopped
  std::string error;                ///< otherwise: why
};

/// Converts `text` from `from` (a name iconv knows: GB18030, GBK, UTF-16LE, BIG5, ...)
/// to UTF-8. A leading byte-order mark in the result is dropped.
Converted to_utf8(std::string_view text, const std::string& from);

/// A character that YAML does not allow in a file (C0 and C1 controls other than tab,
/// line feed, carriage return and U+0085; DEL; U+FFFE and U+FFFF), or one that makes
/// a line display in a different order than it reads (the Unicode bidirectional
/// controls U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, U+061C).
struct Character {
  std::size_t offset;  ///< byte offset in the text
  char32_t code_point;
  bool bidi;           ///< a bidirectional control (allowed by YAML, but misleading)
};

/// The first disallowed control character in valid UTF-8 `text`, if any.
std::optional<Character> first_control_character(std::string_view text);

/// The first bidirectional control character at or after byte `from`, if any.
std::optional<Character> next_bidi_control(std::string_view text, std::size_t from);

/// Whether `c` takes no room and shows nothing, so that two names that differ by it
/// look the same: zero-width space, non-joiner and joiner (U+200B-U+200D), word
/// joiner and invisible operators (U+2060-U+2064), U+FEFF, soft hyphen (U+00AD) and
/// the Mongolian vowel separator (U+180E).
bool is_invisible(char32_t c);

/// Whether `c` is one of the characters above, control, direction or invisible, which
/// messages and excerpts show as <U+XXXX>.
bool needs_escape(char32_t c);

/// Whether output shows `c`, in text that came from input, as <U+XXXX> rather than as
/// itself: a C0 control other than tab, DEL or a C1 control, which a terminal acts on,
/// and U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. A line break (LF, CR,
/// NEL, U+2028, U+2029) is escaped only in a single-line field (`multi_line` false).
bool shown_escaped(char32_t c, bool multi_line = false);

/// Text from input (a title, an owner, a holiday's name or source, a file name) as
/// every output shows it: each character of shown_escaped() as <U+XXXX> (a tab stays;
/// bytes that are not UTF-8 become U+FFFD). A single-line field (the default) shows
/// every line break so, and so can never forge a line; with `multi_line`, each line
/// break (CR LF, CR, LF, NEL, U+2028, U+2029) becomes one LF, which the caller writes
/// in its format's own way (<br>, \n, a line of its own).
std::string visible(std::string_view text, bool multi_line = false);

/// JSON text made safe for a terminal without changing its meaning: DEL, the C1
/// controls and U+2028, U+2029 (which JSON allows raw in strings) written as \uXXXX
/// escapes, as JSON writers already write the C0 controls.
std::string json_visible(std::string_view json);

/// "U+202E RIGHT-TO-LEFT OVERRIDE" style name for messages (short names for the
/// characters above; "U+XXXX" for others).
std::string describe(char32_t code_point);

} // namespace plan::encoding
