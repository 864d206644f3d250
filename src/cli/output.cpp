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
#include <streambuf>

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

// The file a chain of symbolic links ends at (`path` itself when it is not a link),
// whether that file exists or not: a link is kept and the file it names is replaced.
std::string follow_links(const std::string& path)
{
  std::string at = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(at, ec))) return at;
    fs::path link = fs::read_symlink(at, ec);
    if (ec) return at;
    at = link.is_absolute() ? link.string() : (fs::path(at).parent_path() / link).string();
  }
  throw Fatal(fmt::format("{}: too many levels of symbolic links", path));
}

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)), m_target(follow_links(m_path))
{
  fs::path target(m_target);
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
  auto status = fs::status(m_target, ec);
  if (!ec && fs::exists(status)) {
    fs::permissions(m_temp, status.permissions(), ec);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(m_temp.c_str(), 0666 & ~mask);
  }
  // A signal during or after the rename finds no file under the temporary name to
  // remove, so the guard may stay until the rename is done.
  if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    throw Fatal(fmt::format("{}: cannot replace: {}", m_path, std::strerror(errno)));
  }
  unguard_temp();
  m_committed = true;
}

namespace {

// Standard output through a buffer of its own that remembers why a write failed, so that
// a lost report (a full disk, a closed descriptor) is an error with its reason.
class StdoutBuffer : public std::streambuf {
public:
  StdoutBuffer() { setp(m_buffer, m_buffer + sizeof m_buffer); }
  int error() const { return m_error; }

protected:
  int_type overflow(int_type c) override
  {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

private:
  bool drain()
  {
    const char* at = pbase();
    while (at < pptr()) {
      ssize_t n = ::write(STDOUT_FILENO, at, static_cast<std::size_t>(pptr() - at));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (m_error == 0) m_error = n < 0 ? errno : EIO;
        setp(m_buffer, m_buffer + sizeof m_buffer); // what could not be written is dropped
        return false;
      }
      at += n;
    }
    setp(m_buffer, m_buffer + sizeof m_buffer);
    return true;
  }
  char m_buffer[65536];
  int m_error = 0;
};

// A FIFO opened for writing before a program reads it: how long to wait for a reader.
constexpr int k_fifo_reader_wait_ms = 2000;

[[noreturn]] void cannot_write(const std::string& path, int error)
{
  throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(error)));
}

// Writes to an existing file that is not a regular file (a character device such as
// /dev/null or a terminal, a FIFO) in place: renaming a new file over it would put a
// regular file where the device was. Opened without O_CREAT or O_TRUNC; a FIFO without
// a reader is waited for a little, then refused, rather than for ever.
void write_in_place(const std::string& path, std::string_view text)
{
  int fd = -1;
  for (int waited = 0;; waited += 50) {
    fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd >= 0 || errno != ENXIO) break;
    if (waited >= k_fifo_reader_wait_ms) {
      throw Fatal(fmt::format("{}: no program is reading from this FIFO (waited {} seconds)", path,
                              k_fifo_reader_wait_ms / 1000));
    }
    ::usleep(50 * 1000);
  }
  if (fd < 0) throw Fatal(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  struct Closer {
    int fd;
    ~Closer()
    {
      if (fd >= 0) ::close(fd);
    }
  } closer{fd};
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) cannot_write(path, errno);
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      cannot_write(path, errno);
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  closer.fd = -1;
  if (::close(fd) != 0) cannot_write(path, errno);
}

} // namespace

void prepare_standard_streams()
{
  // A closed descriptor 0, 1 or 2 would be reused by the next file plan opens, and a
  // report meant for standard output could land in a temporary file. Hold each closed
  // one open on /dev/null the wrong way round, so that using it fails as it should.
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
    if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) continue;
    int held = ::open("/dev/null", (fd == STDIN_FILENO ? O_WRONLY : O_RDONLY) | O_CLOEXEC);
    if (held >= 0 && held != fd) {
      ::dup2(held, fd);
      ::close(held);
    }
  }
  // Never destroyed: the standard streams are flushed after static objects are gone.
  static auto* buffer = new StdoutBuffer;
  std::cout.rdbuf(buffer);
}

void finish_standard_output()
{
  std::cout.flush();
  if (std::cout) return;
  const auto* buffer = dynamic_cast<const StdoutBuffer*>(std::cout.rdbuf());
  int error = buffer != nullptr ? buffer->error() : 0;
  throw Fatal(fmt::format("standard output: cannot write: {}", error != 0 ? std::strerror(error) : "a write failed"));
}

void write_output(std::string_view text, const std::string& output, const std::vector<std::string>& inputs)
{
  if (output.empty()) throw Fatal("-o: an empty file name");
  if (output == "-") {
    std::cout << text;
    finish_standard_output();
    return;
  }
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == output || (input != "-" && fs::equivalent(input, output, ec))) {
      throw Fatal(fmt::format("{}: refusing to overwrite an input file; choose another -o", output));
    }
  }
  // Only a regular file (or a new one) is replaced atomically; a symbolic link is
  // followed, to the file it names.
  struct stat st {};
  if (::stat(output.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw Fatal(fmt::format("{}: is a directory", output));
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
      write_in_place(output, text);
      return;
    }
    if (!S_ISREG(st.st_mode)) {
      throw Fatal(fmt::format("{}: not a regular file, a character device or a FIFO; plan does not write to it",
                              output));
    }
  }
  AtomicFile file(output);
  file.write(text);
  file.commit();
}

} // namespace plan::cli
