// SPDX-License-Identifier: Apache-2.0
// The binary-search table of .eh_frame_hdr, found through PT_GNU_EH_FRAME (the
// loader's view, so it survives stripped section headers). It answers "which
// function starts at or before this address" with one binary search in the
// mapped file and no allocation; libdw's full CFI lookup (cfi.h) is kept for
// the rarer questions that need row ranges.
#pragma once

#include <cstdint>
#include <optional>

#include "elf_image.h"

namespace xsc {

class EhFrameHdrTable {
 public:
  // An empty table when the image has no PT_GNU_EH_FRAME, or its table uses
  // an encoding other than the one every linker emits (datarel|sdata4).
  explicit EhFrameHdrTable(const ElfImage &img);

  bool empty() const { return count_ == 0; }
  // The greatest FDE initial location <= addr, if any.
  std::optional<uint64_t> function_start_at_or_before(uint64_t addr) const;

 private:
  int64_t entry_start(uint64_t i) const;

  ByteView table_;       // the (initial_location, fde) pairs
  uint64_t base_ = 0;    // address of .eh_frame_hdr: datarel base
  uint64_t count_ = 0;
};

}  // namespace xsc
