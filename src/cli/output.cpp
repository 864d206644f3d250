// Writing results: to standard output, or atomically to a file (-o) that is never an input.
#include "output.hpp"

#include "fatal.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plan::cli {

namespace fs = std::filesystem;

namespace {

// The temporary file being written, for the signal handler: a fixed buffer and a flag,
// since a handler may touch nothing else. One AtomicFile exists at a time.
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_live = 0;

// Signals that end the process by default: remove the temporary file, then die of the
// signal as if unhandled, so that the caller sees the usual exit status.
constexpr int k_fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGXFSZ, SIGXCPU};

extern "C" void remove_temp_and_die(int signal)
{
  if (g_temp_live) ::unlink(g_temp_path);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void guard_temp(const std::string& path)
{
  if (path.size() >= sizeof g_temp_path) return; // mkstemp names are short; never in practice
  std::memcpy(g_temp_path, path.c_str(), path.size() + 1);
  g_temp_live = 1;
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int signal : k_fatal_signals) {
    struct sigaction now {};
    // A signal the caller ignores (trap '' XFSZ) stays ignored: writes then fail with
    // an error that is reported, which also leaves the target untouched.
    if (::sigaction(signal, nullptr, &now) == 0 && now.sa_handler == SIG_IGN) continue;
    struct sigaction handler {};
    handler.sa_handler = remove_temp_and_die;
    sigemptyset(&handler.sa_mask);
    ::sigaction(signal, &handler, nullptr);
  }
}

void unguard_temp() { g_temp_live = 0; }

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path))
{
  fs::path target(m_path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  m_fd = mkstemp(name.data());
  if (m_fd < 0) throw Fatal(fmt::format("{}: cannot create a temporary file next to it: {}", m_path, std::strerror(errno)));
  m_temp = name.data();
  guard_temp(m_temp);
}

AtomicFile::~AtomicFile()
{
  if (m_fd >= 0) ::close(m_fd);
  if (!m_committed && !m_temp.empty()) ::unlink(m_temp.c_str());
  unguard_temp();
}

void AtomicFile::write(std::string_view data)
{
  while (!data.empty()) {
    ssize_t n = ::write(m_fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Fatal(fmt::format("{}: cannot write: {}", m_path, std::strerror(errno)));
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void AtomicFile::commit()
{
  if (::fsync(m_fd) != 0) throw Fatal(fmt::format("{}: cannot write: {}", m_path, std::strerror(errno)));
  if (::close(m_fd) != 0) {
    m_fd = -1;
    throw Fatal(fmt::format("{}: cannot write: {}", m_path, std::strerror(errno)));
  }
  m_fd = -1;
  // Keep the permissions an existing file had; new files get the usual 0666 & ~umask.
  std::error_code ec;
  auto status = fs::status(m_path, ec);
  if (!ec && fs::exists(status)) {
    fs::permissions(m_temp, status.permissions(), ec);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(m_temp.c_str(), 0666 & ~mask);
  }
  // A signal during or after the rename finds no file under the temporary name to
  // remove, so the guard may stay until the rename is done.
  if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    throw Fatal(fmt::format("{}: cannot replace: {}", m_path, std::strerror(errno)));
  }
  unguard_temp();
  m_committed = true;
}

void write_output(std::string_view text, const std::string& output, const std::vector<std::string>& inputs)
{
  if (output.empty() || output == "-") {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) throw Fatal("cannot write to standard output");
    return;
  }
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == output || (input != "-" && fs::equivalent(input, output, ec))) {
      throw Fatal(fmt::format("{}: refusing to overwrite an input file; choose another -o", output));
    }
  }
  AtomicFile file(output);
  file.write(text);
  file.commit();
}

} // namespace plan::cli
