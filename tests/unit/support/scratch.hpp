// Support for tests of the command line: a scratch directory made fresh per test,
// removed after (kept, with its path printed, when a REQUIRE stopped the test), files
// read and written whole, and standard output and error captured.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace plan::test {

class ScratchDir {
public:
  ScratchDir()
  {
    std::string pattern = (std::filesystem::temp_directory_path() / "plan-unit.XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    m_path = name.data();
  }
  ~ScratchDir()
  {
    if (std::uncaught_exceptions() > 0) {
      std::cerr << "scratch directory of the failed test kept: " << m_path << "\n";
      return;
    }
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  /// The path of `name` inside the directory.
  std::string file(const std::string& name) const { return (m_path / name).string(); }
  /// The names of the directory's entries, sorted.
  std::vector<std::string> entries() const
  {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(m_path)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

private:
  std::filesystem::path m_path;
};

/// The whole content of a file ("" when it cannot be read).
inline std::string read_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::string& path, const std::string& text)
{
  std::ofstream out(path, std::ios::binary);
  out << text;
}

/// Captures what is written to a standard stream while it lives.
class CaptureStream {
public:
  explicit CaptureStream(std::ostream& stream) : m_stream(stream), m_old(stream.rdbuf(m_buffer.rdbuf())) {}
  ~CaptureStream() { m_stream.rdbuf(m_old); }
  CaptureStream(const CaptureStream&) = delete;
  CaptureStream& operator=(const CaptureStream&) = delete;
  std::string text() const { return m_buffer.str(); }

private:
  std::ostringstream m_buffer;
  std::ostream& m_stream;
  std::streambuf* m_old;
};

struct CaptureStdout : CaptureStream {
  CaptureStdout() : CaptureStream(std::cout) {}
};

struct CaptureStderr : CaptureStream {
  CaptureStderr() : CaptureStream(std::cerr) {}
};

/// A file of the repository (examples/..., tests/...).
inline std::string repo_file(const std::string& relative) { return std::string(PLAN_SOURCE_DIR) + "/" + relative; }

} // namespace plan::test
