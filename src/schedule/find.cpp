// Finding schedule phrases inside running text: 每周四 in 教研组每周四下午大教研.
#include "plan/schedule/phrase.hpp"

#include "grammar.hpp"
#include "normalise.hpp"

#include "plan/util/cn_numerals.hpp"
#include "plan/util/utf8.hpp"

namespace plan {

namespace {

// One code point of the text: where it starts, and its normalised form. An invalid
// byte is a character of its own, and no phrase contains it.
struct Char {
  std::size_t offset = 0;
  char32_t original = 0;
  char32_t normalised = 0;
  bool valid = true;
};

std::size_t sequence_length(unsigned char lead)
{
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

std::vector<Char> characters(std::string_view text)
{
  std::vector<Char> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    std::string_view one = text.substr(i, n);
    if (n == 0 || one.size() != n || utf8::first_invalid_byte(one)) {
      out.push_back({i, U'\uFFFD', U'\uFFFD', false});
      ++i;
      continue;
    }
    char32_t c = utf8::decode(one).front();
    out.push_back({i, c, normalise_char(c), true});
    i += n;
  }
  return out;
}

bool is_ascii_word(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// Whether a phrase may contain `c`: ideographs, numerals, ASCII letters and digits,
// white space and the marks the grammars read (、 , ( ) - and the . of ISO spans).
// Any other character ends the text a phrase can be found in, and so does 。, which
// ends sentences (only 2023-10-13。。2023-10-20 would have needed it).
bool may_be_inside(const Char& c)
{
  constexpr std::u32string_view k_marks = U"、,()-.";
  if (!c.valid || c.original == U'。') return false;
  char32_t n = c.normalised;
  return is_cjk(n) || is_ascii_word(n) || is_cn_numeral_char(n) || is_phrase_space(n) ||
         k_marks.find(n) != std::u32string_view::npos;
}

} // namespace

std::vector<PhraseMatch> find_phrases(std::string_view sentence)
{
  std::vector<Char> chars = characters(sentence);
  auto byte_at = [&](std::size_t i) { return i < chars.size() ? chars[i].offset : sentence.size(); };
  auto ascii_word_at = [&](std::size_t i) { return i < chars.size() && is_ascii_word(chars[i].normalised); };

  // Whether a phrase may start at i and end before j, by its first and last characters
  // alone: most positions fail here, before any parsing.
  auto may_start = [&](std::size_t i) {
    char32_t c = chars[i].normalised;
    if (is_ascii_word(c)) return i == 0 || !ascii_word_at(i - 1); // not inside an English word or number
    return may_start_chinese_phrase(c);
  };
  auto may_end = [&](std::size_t j) {
    char32_t c = chars[j - 1].normalised;
    if (is_ascii_word(c) && ascii_word_at(j)) return false;
    return may_end_chinese_phrase(c);
  };

  // The text normalised character by character, and how many blanks, ideographs and
  // ASCII letters come before each position: a span without blanks is its own
  // normalised form, and one without ideographs or letters can only be an ISO date.
  std::u32string normalised;
  struct Counts {
    std::size_t blanks = 0, ideographs = 0, letters = 0;
  };
  std::vector<Counts> before(1);
  for (const Char& c : chars) {
    normalised.push_back(c.normalised);
    Counts n = before.back();
    bool digit = c.normalised >= U'0' && c.normalised <= U'9';
    n.blanks += is_phrase_space(c.normalised) ? 1u : 0u;
    n.ideographs += is_cjk(c.normalised) ? 1u : 0u;
    n.letters += is_ascii_word(c.normalised) && !digit ? 1u : 0u;
    before.push_back(n);
  }
  auto read_span = [&](std::size_t i, std::size_t j) {
    std::u32string_view slice = std::u32string_view(normalised).substr(i, j - i);
    if (before[j].ideographs == before[i].ideographs && before[j].letters == before[i].letters) {
      return parse_iso(utf8::encode(slice)).value_or(fail("")); // 1 2 3 is no phrase
    }
    if (before[j].blanks == before[i].blanks) return read_normalised(slice);
    return read_normalised(normalise_phrase(slice)); // inner blanks become one
  };

  std::vector<PhraseMatch> matches;
  for (std::size_t i = 0; i < chars.size();) {
    std::size_t end = i; // past the longest phrase that starts at i; i: none
    if (may_be_inside(chars[i]) && may_start(i)) {
      std::size_t limit = i;
      while (limit < chars.size() && limit - i < k_max_found_phrase_length && may_be_inside(chars[limit])) ++limit;
      for (std::size_t j = limit; j > i; --j) {
        if (is_phrase_space(chars[j - 1].normalised) || !may_end(j)) continue;
        Parsed parsed = read_span(i, j);
        if (!parsed.schedule || parsed.ends_in_words) continue;
        PhraseMatch m;
        m.offset = chars[i].offset;
        m.length = byte_at(j) - m.offset;
        m.text = std::string(sentence.substr(m.offset, m.length));
        m.schedule = std::move(*parsed.schedule);
        m.schedule.text = m.text;
        matches.push_back(std::move(m));
        end = j;
        break;
      }
    }
    i = end > i ? end : i + 1;
  }
  return matches;
}

} // namespace plan
