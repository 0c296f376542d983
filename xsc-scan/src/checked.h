// SPDX-License-Identifier: Apache-2.0
// Checked arithmetic and bounds-checked, endian-safe loads. Every size and offset
// read from an input goes through these: inputs are hostile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

namespace xsc {

// a + b, or nullopt on overflow.
inline std::optional<uint64_t> checked_add(uint64_t a, uint64_t b) {
  uint64_t r;
  if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
  return r;
}

// a * b, or nullopt on overflow.
inline std::optional<uint64_t> checked_mul(uint64_t a, uint64_t b) {
  uint64_t r;
  if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
  return r;
}

// True when [offset, offset + size) lies inside [0, limit).
inline bool range_within(uint64_t offset, uint64_t size, uint64_t limit) {
  auto end = checked_add(offset, size);
  return end && *end <= limit;
}

// A read-only view of bytes with bounds-checked little-endian loads.
class ByteView {
 public:
  ByteView() = default;
  ByteView(const uint8_t *data, size_t size) : data_(data), size_(size) {}

  const uint8_t *data() const { return data_; }
  size_t size() const { return size_; }

  // The sub-view [offset, offset + size), or an empty optional when out of range.
  std::optional<ByteView> slice(uint64_t offset, uint64_t size) const {
    if (!range_within(offset, size, size_)) return std::nullopt;
    return ByteView(data_ + offset, static_cast<size_t>(size));
  }

  template <typename T>
  std::optional<T> load_le(uint64_t offset) const {
    if (!range_within(offset, sizeof(T), size_)) return std::nullopt;
    T v = 0;
    for (size_t i = 0; i < sizeof(T); i++)
      v |= static_cast<T>(static_cast<T>(data_[offset + i]) << (8 * i));
    return v;
  }

 private:
  const uint8_t *data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace xsc
