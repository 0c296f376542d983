// SPDX-License-Identifier: Apache-2.0
// Unwind information as a source of instruction boundaries. Every CFI row of
// an FDE starts at an instruction boundary (the function start, or the address
// after an instruction that changed the frame), and .eh_frame survives
// stripping, so rows give boundaries close to any address inside a function.
#pragma once

#include <elfutils/libdw.h>
#include <libelf.h>

#include <cstdint>
#include <optional>
#include <utility>

namespace xsc {

class CfiIndex {
 public:
  // Reads .eh_frame (found through PT_GNU_EH_FRAME or section headers) of a
  // linked image. An image without usable CFI yields an empty index.
  explicit CfiIndex(Elf *elf);
  ~CfiIndex();
  CfiIndex(const CfiIndex &) = delete;
  CfiIndex &operator=(const CfiIndex &) = delete;

  // The row [start, end) that covers `addr`, if an FDE covers it.
  std::optional<std::pair<uint64_t, uint64_t>> row_at(uint64_t addr) const;

 private:
  Dwarf_CFI *cfi_ = nullptr;
};

}  // namespace xsc
