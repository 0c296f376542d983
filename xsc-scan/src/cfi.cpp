// SPDX-License-Identifier: Apache-2.0
// CfiIndex on top of elfutils libdw.
#include "cfi.h"

#include <cstdlib>

namespace xsc {

CfiIndex::CfiIndex(Elf *elf) { cfi_ = dwarf_getcfi_elf(elf); }

CfiIndex::~CfiIndex() {
  if (cfi_) dwarf_cfi_end(cfi_);
}

std::optional<std::pair<uint64_t, uint64_t>> CfiIndex::row_at(uint64_t addr) const {
  if (!cfi_) return std::nullopt;
  Dwarf_Frame *frame = nullptr;
  if (dwarf_cfi_addrframe(cfi_, addr, &frame) != 0 || !frame) return std::nullopt;
  Dwarf_Addr start = 0, end = 0;
  bool signal = false;
  int ra = dwarf_frame_info(frame, &start, &end, &signal);
  std::free(frame);
  if (ra < 0 || start > addr || end <= addr) return std::nullopt;
  return std::make_pair(static_cast<uint64_t>(start), static_cast<uint64_t>(end));
}

}  // namespace xsc
