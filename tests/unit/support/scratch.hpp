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

/// Captures what is written to std::cout while it lives.
class CaptureStdout {
public:
  CaptureStdout() : m_old(std::cout.rdbuf(m_buffer.rdbuf())) {}
  ~CaptureStdout() { std::cout.rdbuf(m_old); }
  CaptureStdout(const CaptureStdout&) = delete;
  CaptureStdout& operator=(const CaptureStdout&) = delete;
  std::string text() const { return m_buffer.str(); }

private:
  std::ostringstream m_buffer;
  std::streambuf* m_old;
};

/// The same for std::cerr.
class CaptureStderr {
public:
  CaptureStderr() : m_old(std::cerr.rdbuf(m_buffer.rdbuf())) {}
  ~CaptureStderr() { std::cerr.rdbuf(m_old); }
  CaptureStderr(const CaptureStderr&) = delete;
  CaptureStderr& operator=(const CaptureStderr&) = delete;
  std::string text() const { return m_buffer.str(); }

private:
  std::ostringstream m_buffer;
  std::streambuf* m_old;
};

/// A file of the repository (examples/..., tests/...).
inline std::string repo_file(const std::string& relative) { return std::string(PLAN_SOURCE_DIR) + "/" + relative; }

} // namespace plan::test
