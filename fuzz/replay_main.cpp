// Replays inputs through a fuzz target without libFuzzer: each file given, and every
// file below each directory given (names starting with '.' skipped), in sorted order.
// Linked with a target's source by the normal build, so that the test suite (and the
// asan preset) re-runs the seed corpora and every input that once crashed.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool hidden(const fs::path& p) { return p.filename().string().starts_with("."); }

// Runs one input from a buffer of exactly its size, so that AddressSanitizer sees a
// read past its end as libFuzzer's own buffers would show it.
void run(const std::string& bytes)
{
  auto buffer = std::make_unique<std::uint8_t[]>(bytes.size());
  std::copy(bytes.begin(), bytes.end(), buffer.get());
  LLVMFuzzerTestOneInput(buffer.get(), bytes.size());
}

} // namespace

int main(int argc, char** argv)
{
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    fs::path p = argv[i];
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p); it != fs::recursive_directory_iterator(); ++it) {
        if (hidden(it->path())) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      std::cerr << "replay: no such file or directory: " << p.string() << "\n";
      return 2;
    }
  }
  run(""); // the empty input, which libFuzzer always tries first
  for (const fs::path& file : files) {
    // Named before it runs: a crash report then follows the name of its input.
    std::cerr << "replay: " << file.string() << "\n";
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
      std::cerr << "replay: cannot read " << file.string() << "\n";
      return 2;
    }
    run(bytes);
  }
  std::cerr << "replay: " << files.size() + 1 << " inputs, no crash\n";
  return 0;
}
