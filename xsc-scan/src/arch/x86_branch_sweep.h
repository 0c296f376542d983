// SPDX-License-Identifier: Apache-2.0
// A byte-level sweep for x86 direct branches (jmp/call/jcc/loop/jcxz with
// rel8 or rel32) whose target is in a given set. It decodes nothing: every
// byte is tried as an opcode, so it finds every real direct branch to those
// targets, plus look-alikes that the caller must verify.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "../checked.h"

namespace xsc {

struct BranchSite {
  uint64_t source;  // address of the opcode byte (prefixes not included)
  uint64_t target;
};

// Appends every (source, target) in `bytes` (at address `base`) whose target
// is in `targets`.
void sweep_x86_branches_to(ByteView bytes, uint64_t base, const std::unordered_set<uint64_t> &targets,
                           std::vector<BranchSite> &out);

}  // namespace xsc
