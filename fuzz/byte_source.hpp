// Structured values from a fuzzer's bytes, in the spirit of libFuzzer's
// FuzzedDataProvider. Our own, because that header ships with clang only and the
// targets are also built with gcc to replay their corpora in the test suite.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace plan::fuzz {

/// Reads the input front to back. Every read succeeds: once the bytes run out, reads
/// return the smallest value allowed, so any input (the empty one too) describes one
/// well-formed structure and a mutation changes it locally.
class ByteSource {
public:
  ByteSource(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}

  bool empty() const { return m_pos >= m_size; }

  std::uint8_t byte() { return empty() ? 0 : m_data[m_pos++]; }

  bool flag() { return (byte() & 1u) != 0; }

  /// True with a probability of about 1 in `n` (never once the input is used up).
  bool one_in(unsigned n) { return !empty() && byte() % n == 0; }

  /// An integer in [lo, hi]; ranges wider than 16 bits take a third byte and so on.
  template <typename T> T range(T lo, T hi)
  {
    static_assert(std::is_integral_v<T>);
    if (hi <= lo) return lo;
    auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    std::uint64_t value = 0;
    for (std::uint64_t bits = 0; bits < 64 && (span >> bits) != 0 && !empty(); bits += 8) value = (value << 8) | byte();
    if (span != UINT64_MAX) value %= span + 1;
    return static_cast<T>(static_cast<std::uint64_t>(lo) + value);
  }

  /// One element of a non-empty array or container.
  template <typename C> const auto& pick(const C& choices)
  {
    auto n = static_cast<std::size_t>(std::end(choices) - std::begin(choices));
    return *(std::begin(choices) + static_cast<std::ptrdiff_t>(range<std::size_t>(0, n - 1)));
  }

  /// Up to `max` raw bytes.
  std::string_view bytes(std::size_t max)
  {
    std::size_t n = range<std::size_t>(0, max);
    if (n > m_size - m_pos) n = m_size - m_pos;
    std::string_view out(reinterpret_cast<const char*>(m_data + m_pos), n);
    m_pos += n;
    return out;
  }

private:
  const std::uint8_t* m_data;
  std::size_t m_size;
  std::size_t m_pos = 0;
};

} // namespace plan::fuzz
