// Normalising phrase text before a grammar reads it: full-width forms, dashes, white space.
#pragma once
#include <string>
#include <string_view>

namespace plan {

/// Whether `c` is white space inside a phrase: blank, tab, ideographic space, no-break space.
bool is_phrase_space(char32_t c);

/// Whether `c` is a CJK ideograph: the unified blocks with Extensions A-I and the
/// compatibility ideographs, 𠮷 (U+20BB7) included.
bool is_cjk(char32_t c);

/// One character as normalise_phrase maps it: full-width ASCII to ASCII, dashes and
/// tildes to '-', 。 to '.'; everything else, white space included, as it is.
char32_t normalise_char(char32_t c);

/// `phrase` with full-width ASCII (U+FF01-FF5E) as ASCII, the dashes and tildes
/// (—, –, ―, −, ~, 〜) as '-', the ideographic full stop 。 as '.', leading and
/// trailing white space removed and inner runs of it as one blank. The enumeration
/// comma 、 is kept. One code point in gives at most one out, in the same order.
std::u32string normalise_phrase(std::u32string_view phrase);

} // namespace plan
