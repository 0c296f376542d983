// SPDX-License-Identifier: Apache-2.0
// Expected<T>: the result of a fallible step in the scanner core, either a value
// or an error that carries a message and, when it concerns a place in the input,
// the file offset. No exceptions cross the core (as in LLVM's Object/ELF.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace xsc {

struct Error {
  std::string message;
  std::optional<uint64_t> offset;  // file offset the error concerns, if any
};

template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}

  explicit operator bool() const { return std::holds_alternative<T>(v_); }
  T &operator*() { return std::get<T>(v_); }
  const T &operator*() const { return std::get<T>(v_); }
  T *operator->() { return &std::get<T>(v_); }
  const T *operator->() const { return &std::get<T>(v_); }
  const Error &error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

Error make_error(std::string message);
Error make_error_at(uint64_t offset, std::string message);

// "0x1a3c"
std::string hex(uint64_t v);

}  // namespace xsc
