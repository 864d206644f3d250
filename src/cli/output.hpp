// Writing results: to standard output, or atomically to a file (-o) that is never an input.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plan::cli {

/// A file written through a temporary file in the same directory that replaces the
/// target only on commit(): after an error or an interrupt the target is untouched
/// and the temporary file is removed. Never commits from the destructor. A target that
/// is a symbolic link stays one: the file it points to is replaced.
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
  std::string m_path;   ///< as given, for messages
  std::string m_target; ///< the file replaced: m_path, or the file its symbolic links end at
  std::string m_temp;
  int m_fd = -1;
  bool m_committed = false;
};

/// Points std::cout at a buffer that remembers why a write failed, and holds closed
/// descriptors 0-2 on /dev/null so that no file plan opens takes their place (and
/// writing to a closed standard output still fails). Called once, first, by main.
void prepare_standard_streams();

/// Flushes std::cout; throws Fatal ("standard output: cannot write: REASON") when
/// anything written to it was lost.
void finish_standard_output();

/// Writes `text` to standard output when `output` is "-", else to the file `output`:
/// atomically (AtomicFile) when it is a regular file or does not exist, in place when
/// it is a character device or a FIFO (never replacing it). Throws Fatal when `output`
/// is empty, a directory or another kind of file, names one of `inputs` (the same
/// file, by any path), or cannot be written.
void write_output(std::string_view text, const std::string& output, const std::vector<std::string>& inputs);

} // namespace plan::cli
