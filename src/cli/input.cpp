// Reading plan files: FILE, DIR (every *.yaml/*.yml below it) or '-' for standard input.
#include "input.hpp"

#include "fatal.hpp"

#include "plan/util/encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

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

namespace {

// A FIFO opened before any program writes to it: how long to wait for one to start.
constexpr int k_fifo_writer_wait_ms = 2000;

// Closes the descriptor it holds, unless it is standard input.
struct InputFd {
  int fd = -1;
  bool owned = false;
  ~InputFd()
  {
    if (owned && fd >= 0) ::close(fd);
  }
};

[[noreturn]] void cannot(const InputName& input, const char* what, int error)
{
  throw Fatal(fmt::format("{}: cannot {}: {}", input.display, what, std::strerror(error)));
}

// Opens the input without waiting: a FIFO without a writer would otherwise block in
// open(2) for ever. Standard input is used as it is.
InputFd open_input(const InputName& input)
{
  if (input.path.empty()) {
    throw Fatal(input.display.empty() ? std::string("an empty file name")
                                      : fmt::format("{}: an empty file name", input.display));
  }
  if (input.path == "-") return {STDIN_FILENO, false};
  int fd = ::open(input.path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) throw Fatal(fmt::format("{}: no such file or directory", input.display));
    cannot(input, "open", errno);
  }
  return {fd, true};
}

// A FIFO opened before any program writes to it: waits a little for a writer (one
// started just before plan, as `cat plan.yaml > fifo &` is, connects only after plan
// opens the FIFO). Still no writer then: says so, rather than reading an empty file or
// waiting for ever. A writer that is connected but slow is waited for, as on a pipe.
// Returns what the last check read, if anything arrived meanwhile.
std::string wait_for_writer(const InputName& input, int fd)
{
  pollfd p{fd, POLLIN, 0};
  int ready = 0;
  do {
    ready = ::poll(&p, 1, k_fifo_writer_wait_ms);
  } while (ready < 0 && errno == EINTR);
  if (ready != 0) return {};
  char c = 0;
  ssize_t n = ::read(fd, &c, 1); // still non-blocking: EAGAIN means a writer is connected
  if (n == 1) return std::string(1, c);
  if (n == 0) {
    throw Fatal(fmt::format("{}: no program is writing to this FIFO (waited {} seconds)", input.display,
                            k_fifo_writer_wait_ms / 1000));
  }
  return {};
}

} // namespace

std::string read_input(const InputName& input, const std::string& encoding)
{
  InputFd in = open_input(input);
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) cannot(input, "read", errno);
  if (S_ISDIR(st.st_mode)) throw Fatal(fmt::format("{}: is a directory", input.display));
  if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > k_max_input_bytes) {
    throw Fatal(fmt::format("{}: the file is {} bytes; plan reads files up to {} bytes", input.display,
                            static_cast<std::uintmax_t>(st.st_size), k_max_input_bytes));
  }
  std::string text;
  if (in.owned) {
    if (S_ISFIFO(st.st_mode)) text = wait_for_writer(input, in.fd);
    int flags = ::fcntl(in.fd, F_GETFL);
    if (flags < 0 || ::fcntl(in.fd, F_SETFL, flags & ~O_NONBLOCK) != 0) cannot(input, "read", errno);
  }
  // One loop for every kind of input: a regular file, standard input, a pipe, a device
  // that never ends (/dev/zero). The size is what was read, never what stat says.
  char buffer[65536];
  while (text.size() <= k_max_input_bytes) {
    std::size_t want = std::min(sizeof buffer, k_max_input_bytes + 1 - text.size());
    ssize_t n = ::read(in.fd, buffer, want);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EISDIR) throw Fatal(fmt::format("{}: is a directory", input.display));
      cannot(input, "read", errno);
    }
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
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
