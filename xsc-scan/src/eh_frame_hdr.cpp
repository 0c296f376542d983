// SPDX-License-Identifier: Apache-2.0
// Reads the header of .eh_frame_hdr (version 1) and binary-searches its table.
#include "eh_frame_hdr.h"

namespace xsc {
namespace {

constexpr uint8_t kDwEhPeUdata4 = 0x03;
constexpr uint8_t kDwEhPeSdata4 = 0x0b;
constexpr uint8_t kDwEhPePcrel = 0x10;
constexpr uint8_t kDwEhPeDatarel = 0x30;
constexpr uint8_t kDwEhPeOmit = 0xff;

}  // namespace

EhFrameHdrTable::EhFrameHdrTable(const ElfImage &img) {
  const Segment *seg = nullptr;
  for (const Segment &s : img.segments)
    if (s.type == PT_GNU_EH_FRAME) seg = &s;
  if (!seg) return;
  auto hdr = img.raw.slice(seg->offset, seg->filesz);
  if (!hdr || hdr->size() < 4) return;
  auto version = hdr->load_le<uint8_t>(0);
  auto ptr_enc = hdr->load_le<uint8_t>(1);
  auto count_enc = hdr->load_le<uint8_t>(2);
  auto table_enc = hdr->load_le<uint8_t>(3);
  if (*version != 1 || *table_enc != (kDwEhPeDatarel | kDwEhPeSdata4)) return;
  // eh_frame_ptr: 4 bytes in the encodings linkers use (pcrel|sdata4 or udata4).
  uint64_t off = 4;
  if (*ptr_enc != kDwEhPeOmit) {
    if ((*ptr_enc & 0x0f) != kDwEhPeSdata4 && (*ptr_enc & 0x0f) != kDwEhPeUdata4) return;
    off += 4;
  }
  if (*count_enc != kDwEhPeUdata4 && *count_enc != kDwEhPeSdata4) return;
  (void)kDwEhPePcrel;
  auto count = hdr->load_le<uint32_t>(off);
  if (!count) return;
  off += 4;
  auto bytes = checked_mul(*count, 8);
  if (!bytes) return;
  auto table = hdr->slice(off, *bytes);
  if (!table) return;  // a count past the segment end: ignore the table
  table_ = *table;
  base_ = seg->vaddr;
  count_ = *count;
}

int64_t EhFrameHdrTable::entry_start(uint64_t i) const {
  auto rel = table_.load_le<uint32_t>(i * 8);
  return static_cast<int64_t>(base_) + static_cast<int32_t>(*rel);
}

std::optional<uint64_t> EhFrameHdrTable::function_start_at_or_before(uint64_t addr) const {
  // The table is sorted by initial location; a forged unsorted table only
  // yields a wrong (but in-bounds) answer, which the decode then tolerates.
  uint64_t lo = 0, hi = count_;
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (static_cast<uint64_t>(entry_start(mid)) <= addr)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return std::nullopt;
  return static_cast<uint64_t>(entry_start(lo - 1));
}

}  // namespace xsc
