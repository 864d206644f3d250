// JSON text to a value that remembers where each of its parts is written.
#include "plan/util/json_source.hpp"

#include "plan/util/utf8.hpp"

#include <fmt/format.h>

namespace plan {

namespace {

// One reference token of a JSON pointer (RFC 6901: ~ and /).
std::string pointer_token(const std::string& key)
{
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

LineColumn nearest(const std::unordered_map<std::string, LineColumn>& positions, std::string pointer)
{
  for (;;) {
    auto it = positions.find(pointer);
    if (it != positions.end()) return it->second;
    if (pointer.empty()) return {1, 1};
    pointer.erase(pointer.rfind('/'));
  }
}

struct Parser {
  std::string_view text;
  const SourceText& source;
  JsonSource& out;
  std::vector<JsonProblem>& problems;
  std::size_t i = 0;

  bool fail(std::size_t at, std::string message)
  {
    problems.push_back({"syntax", source.position(at), std::move(message)});
    return false;
  }

  void blanks()
  {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  }

  // What is at `i`, for messages: `x`, or "the end of the file".
  std::string found()
  {
    if (i >= text.size()) return "the end of the file";
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80 && n < 4) ++n;
    std::string_view c = text.substr(i, n);
    auto first = static_cast<unsigned char>(c[0]);
    bool control = first < 0x20 || first == 0x7F || (first == 0xC2 && n == 2 && static_cast<unsigned char>(c[1]) < 0xA0);
    if (utf8::first_invalid_byte(c) || control) return "a character JSON does not allow here";
    return fmt::format("`{}`", c);
  }

  // A token nlohmann reads for us (a string in quotes, a number), ending at `end`.
  bool scalar(std::size_t start, std::size_t end, nlohmann::json& value, const char* what)
  {
    try {
      value = nlohmann::json::parse(text.substr(start, end - start));
      return true;
    } catch (const nlohmann::json::exception&) {
      return fail(start, fmt::format("not a valid JSON {}", what));
    }
  }

  bool string(std::string& value)
  {
    std::size_t start = i++;
    while (i < text.size() && text[i] != '"' && text[i] != '\n') i += text[i] == '\\' ? 2u : 1u;
    if (i >= text.size() || text[i] != '"') return fail(start, "a text in double quotes is not closed on its line");
    ++i;
    nlohmann::json v;
    if (!scalar(start, i, v, "text (a bad escape, a control character or invalid UTF-8)")) return false;
    value = v.get<std::string>();
    return true;
  }

  bool literal(std::string_view word, nlohmann::json value, nlohmann::json& into)
  {
    if (text.substr(i, word.size()) != word) return fail(i, fmt::format("expected a value, found {}", found()));
    i += word.size();
    into = std::move(value);
    return true;
  }

  bool value(nlohmann::json& into, const std::string& pointer, std::size_t depth)
  {
    blanks();
    out.value_positions.emplace(pointer, source.position(i));
    if (i >= text.size()) return fail(i, "expected a value, found the end of the file");
    char c = text[i];
    if ((c == '{' || c == '[') && depth >= k_max_json_depth) {
      return fail(i, fmt::format("nesting deeper than {} levels", k_max_json_depth));
    }
    if (c == '{') return object(into, pointer, depth);
    if (c == '[') return array(into, pointer, depth);
    if (c == '"') {
      std::string s;
      if (!string(s)) return false;
      into = std::move(s);
      return true;
    }
    if (c == 't') return literal("true", true, into);
    if (c == 'f') return literal("false", false, into);
    if (c == 'n') return literal("null", nullptr, into);
    if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t start = i;
      while (i < text.size() && std::string_view("+-.0123456789eE").find(text[i]) != std::string_view::npos) ++i;
      return scalar(start, i, into, "number (or one too large)");
    }
    return fail(i, fmt::format("expected a value, found {}", found()));
  }

  bool object(nlohmann::json& into, const std::string& pointer, std::size_t depth)
  {
    into = nlohmann::json::object();
    ++i;
    blanks();
    if (i < text.size() && text[i] == '}') return ++i, true;
    for (;;) {
      blanks();
      if (i >= text.size() || text[i] != '"') return fail(i, fmt::format("expected a key in double quotes, found {}", found()));
      std::size_t key_at = i;
      std::string key;
      if (!string(key)) return false;
      blanks();
      if (i >= text.size() || text[i] != ':') return fail(i, fmt::format("expected `:` after the key, found {}", found()));
      ++i;
      std::string child = pointer + "/" + pointer_token(key);
      if (into.contains(key)) {
        LineColumn first = out.key_positions.at(child);
        problems.push_back({"duplicate-key", source.position(key_at),
                            fmt::format("key `{}` is given twice in one object (first on line {})", key, first.line)});
        nlohmann::json ignored;
        JsonSource scratch;
        Parser inner{text, source, scratch, problems, i};
        if (!inner.value(ignored, child, depth + 1)) return false;
        i = inner.i;
      } else {
        out.key_positions.emplace(child, source.position(key_at));
        if (!value(into[key], child, depth + 1)) return false;
      }
      blanks();
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '}') return ++i, true;
      return fail(i, fmt::format("expected `,` or `}}`, found {}", found()));
    }
  }

  bool array(nlohmann::json& into, const std::string& pointer, std::size_t depth)
  {
    into = nlohmann::json::array();
    ++i;
    blanks();
    if (i < text.size() && text[i] == ']') return ++i, true;
    for (std::size_t index = 0;; ++index) {
      into.push_back(nullptr);
      if (!value(into.back(), pointer + "/" + std::to_string(index), depth + 1)) return false;
      blanks();
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == ']') return ++i, true;
      return fail(i, fmt::format("expected `,` or `]`, found {}", found()));
    }
  }
};

} // namespace

LineColumn JsonSource::value_position(const std::string& pointer) const { return nearest(value_positions, pointer); }

LineColumn JsonSource::key_position(const std::string& pointer) const
{
  auto it = key_positions.find(pointer);
  return it != key_positions.end() ? it->second : value_position(pointer);
}

std::optional<JsonSource> parse_json_source(std::string_view text, std::vector<JsonProblem>& problems)
{
  SourceText source{std::string(utf8::strip_bom(text))};
  JsonSource out;
  Parser parser{source.text(), source, out, problems};
  if (!parser.value(out.value, "", 0)) return std::nullopt;
  parser.blanks();
  if (parser.i < parser.text.size()) {
    parser.fail(parser.i, fmt::format("expected the end of the file after the JSON value, found {}", parser.found()));
    return std::nullopt;
  }
  return out;
}

} // namespace plan
