// SPDX-License-Identifier: Apache-2.0
// The raw candidate search: every place where the bytes of a trap encoding from
// the trap table occur. It runs at memory speed and decides nothing; the arch
// verifiers decide which candidates are real instructions.
#pragma once

#include <cstdint>
#include <vector>

#include "checked.h"
#include "xsc/trap_table.h"

namespace xsc {

// Appends to `out`, in ascending order, the offsets into `bytes` at which the
// encoding of some trap of `arch` starts, honouring the trap's alignment
// relative to `base_addr` (the address of bytes[0]).
void find_trap_candidates(xsc_arch arch, ByteView bytes, uint64_t base_addr,
                          std::vector<uint64_t> &out);

// The pair-search implementations, selectable so tests can compare them.
// `best` is what find_trap_candidates uses: AVX2 when the CPU has it.
enum class SearchImpl { best, sse2, scalar };
void find_trap_candidates_with(SearchImpl impl, xsc_arch arch, ByteView bytes, uint64_t base_addr,
                               std::vector<uint64_t> &out);

}  // namespace xsc
