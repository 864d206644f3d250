// UTF-8 decoding, validation, byte-order marks and terminal display width.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plan::utf8 {

/// Where a byte sequence stops being valid UTF-8: the byte offset of the first bad byte.
/// Returns nullopt for valid UTF-8.
std::optional<std::size_t> first_invalid_byte(std::string_view text);

/// The encoding a byte-order mark or NUL pattern at the start of `text` reveals, e.g.
/// "UTF-16LE"; nullopt when the text looks like UTF-8 (with or without a BOM).
std::optional<std::string> foreign_encoding(std::string_view text);

/// `text` without a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view text);

/// Decodes valid UTF-8 into code points; invalid bytes become U+FFFD.
std::u32string decode(std::string_view text);

/// Encodes code points as UTF-8.
std::string encode(std::u32string_view text);

/// Number of code points in valid UTF-8 text (invalid bytes count one each).
std::size_t length(std::string_view text);

/// `text` in Unicode normalisation form C (composed), so that 教务处 spelled with
/// decomposed characters compares equal to the usual spelling. Invalid UTF-8 is
/// returned unchanged.
std::string nfc(std::string_view text);

/// Columns the text takes in a terminal: East Asian wide characters count two,
/// combining marks zero (utf8proc's charwidth).
std::size_t display_width(std::string_view text);

} // namespace plan::utf8
