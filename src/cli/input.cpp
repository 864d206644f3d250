// Reading plan files: FILE, DIR (every *.yaml/*.yml below it) or '-' for standard input.
#include "input.hpp"

#include "fatal.hpp"

#include "plan/util/encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace plan::cli {

namespace fs = std::filesystem;

std::vector<InputName> expand_inputs(const std::vector<std::string>& arguments)
{
  std::vector<InputName> inputs;
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      inputs.push_back({"-", "<stdin>"});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(arg, ec);
    if (!fs::is_directory(status)) { // files, and paths that do not exist: read_input reports those
      inputs.push_back({arg, arg});
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string ext = it->path().extension().string();
      if (ext == ".yaml" || ext == ".yml") found.push_back(it->path().lexically_normal().string());
    }
    if (ec) throw Fatal(fmt::format("{}: cannot list directory: {}", arg, ec.message()));
    std::sort(found.begin(), found.end());
    for (auto& f : found) inputs.push_back({f, f});
  }
  return inputs;
}

namespace {

bool is_utf8_name(std::string name)
{
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name == "utf-8" || name == "utf8";
}

} // namespace

std::string read_input(const InputName& input, const std::string& encoding)
{
  std::string text;
  if (input.path == "-") {
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (text.size() > k_max_input_bytes) break;
    }
  } else {
    std::ifstream file(input.path, std::ios::binary);
    if (!file) {
      if (errno == ENOENT) throw Fatal(fmt::format("{}: no such file or directory", input.display));
      throw Fatal(fmt::format("{}: cannot open: {}", input.display, std::strerror(errno)));
    }
    std::error_code ec;
    auto size = fs::file_size(input.path, ec);
    if (!ec && size > k_max_input_bytes) {
      throw Fatal(fmt::format("{}: the file is {} bytes; plan reads files up to {} bytes", input.display, size,
                              k_max_input_bytes));
    }
    text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    if (file.bad()) throw Fatal(fmt::format("{}: cannot read: {}", input.display, std::strerror(errno)));
  }
  if (text.size() > k_max_input_bytes) {
    throw Fatal(fmt::format("{}: the input is larger than {} bytes", input.display, k_max_input_bytes));
  }
  if (encoding.empty() || is_utf8_name(encoding)) return text;
  encoding::Converted converted = encoding::to_utf8(text, encoding);
  if (!converted.text) throw Fatal(fmt::format("{}: --encoding {}: {}", input.display, encoding, converted.error));
  if (converted.text->size() > k_max_input_bytes) {
    throw Fatal(fmt::format("{}: the input is larger than {} bytes as UTF-8", input.display, k_max_input_bytes));
  }
  return std::move(*converted.text);
}

} // namespace plan::cli
