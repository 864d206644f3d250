// load_plan: text to a checked Plan, with every problem as a diagnostic.
#include "plan/load.hpp"

#include "plan/util/utf8.hpp"
#include "plan/validate/semantic.hpp"
#include "plan/yaml/parse.hpp"
#include "plan/yaml/to_json.hpp"
#include "plan/yaml/to_model.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plan {

namespace {

// The file is not UTF-8: name the encoding and how to convert it.
bool check_encoding(std::string_view text, std::string_view name, DiagnosticList& out)
{
  std::string file(name);
  if (auto foreign = utf8::foreign_encoding(text)) {
    out.push_back({Severity::Error, "encoding", {file, 1, 1}, "",
                   fmt::format("the file is encoded as {}; plan files are UTF-8", *foreign),
                   fmt::format("convert it: iconv -f {} -t UTF-8 {} > converted.yaml", *foreign, file)});
    return false;
  }
  std::string_view body = utf8::strip_bom(text);
  if (auto bad = utf8::first_invalid_byte(body)) {
    SourceText source{std::string(body.substr(0, *bad))};
    std::size_t line = source.line_count();
    std::size_t line_start = source.line_start(line);
    if (!body.substr(0, *bad).empty() && body[*bad - 1] == '\n') {
      ++line;
      line_start = *bad;
    }
    std::size_t column = utf8::length(body.substr(line_start, *bad - line_start)) + 1;
    out.push_back({Severity::Error, "encoding", {file, line, column}, "",
                   fmt::format("invalid UTF-8 at byte {} (line {}, byte {} of the line)", *bad + 1, line,
                               *bad - line_start + 1),
                   fmt::format("if the file is GB18030/GBK, convert it: iconv -f GB18030 -t UTF-8 {} > converted.yaml",
                               file)});
    return false;
  }
  return true;
}

} // namespace

LoadResult load_plan(std::string_view text, std::string_view name, const SchemaValidator& schema,
                     const HolidayTable* national)
{
  LoadResult result;
  std::string file(name);
  if (!check_encoding(text, name, result.diagnostics)) return result;
  result.source = SourceText(std::string(utf8::strip_bom(text)));
  auto root = parse_yaml(result.source, file, result.diagnostics);
  if (!root) return result;

  JsonDocument document = to_json(*root, result.source, file);
  std::size_t before_schema = result.diagnostics.size();
  schema.validate(document, result.diagnostics);

  // A plain yes/no/on/off where text is expected: fine in YAML 1.2, a boolean to YAML
  // 1.1 tools. Where the schema wanted a boolean it has already said so.
  for (const std::string& pointer : document.yaml11_booleans) {
    bool reported = std::any_of(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(before_schema),
                                result.diagnostics.end(), [&](const Diagnostic& d) { return d.pointer == pointer; });
    if (reported) continue;
    std::string value = document.value.at(nlohmann::json::json_pointer(pointer)).get<std::string>();
    result.diagnostics.push_back(
        {Severity::Warning, "yaml11-boolean", document.value_location(pointer), pointer,
         fmt::format("`{}` is read as text here, but YAML 1.1 tools read it as a boolean", value),
         fmt::format("put it in quotes: \"{}\"", value)});
  }

  if (document.value.is_object()) {
    Plan plan = to_model(document, result.diagnostics);
    check_semantics(plan, document, result.diagnostics);
    if (national) check_holiday_coverage(plan, *national, document, result.diagnostics);
    result.plan = std::move(plan);
  }
  sort_by_position(result.diagnostics);
  return result;
}

} // namespace plan
