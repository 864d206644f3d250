// Writing results: to standard output, or atomically to a file (-o) that is never an input.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plan::cli {

/// A file written through a temporary file in the same directory that replaces the
/// target only on commit(): after an error or an interrupt the target is untouched
/// and the temporary file is removed. Never commits from the destructor.
class AtomicFile {
public:
  /// Creates the temporary file. Throws Fatal when the directory is not writable.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Appends to the temporary file. Throws Fatal on a write error (disk full...).
  void write(std::string_view data);
  /// Flushes to disk and renames over the target. Throws Fatal on failure.
  void commit();

private:
  std::string m_path;
  std::string m_temp;
  int m_fd = -1;
  bool m_committed = false;
};

/// Writes `text` to standard output, or atomically to `output` when it is not empty.
/// Throws Fatal when `output` names one of `inputs` (the same file, by any path).
void write_output(std::string_view text, const std::string& output, const std::vector<std::string>& inputs);

} // namespace plan::cli
