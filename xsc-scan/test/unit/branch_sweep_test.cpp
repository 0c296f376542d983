// SPDX-License-Identifier: Apache-2.0
// The direct-branch sweep and the branch pass built on it: branches into the
// middle of an instruction that hides trap bytes make those bytes a trap.
#include "arch/verifier.h"
#include "arch/x86_branch_sweep.h"

#include <gtest/gtest.h>

#include <vector>

namespace xsc {
namespace {

TEST(BranchSweep, FindsRel32AndRel8BranchesToTheTargets) {
  std::vector<uint8_t> b(64, 0x90);
  // 0x1000: call 0x1030 (e8, rel32 = 0x1030 - 0x1005 = 0x2b)
  b[0] = 0xe8; b[1] = 0x2b; b[2] = b[3] = b[4] = 0;
  // 0x1005: jne 0x1030 (0f 85, rel32 = 0x1030 - 0x100b = 0x25)
  b[5] = 0x0f; b[6] = 0x85; b[7] = 0x25; b[8] = b[9] = b[10] = 0;
  // 0x1020: jmp short 0x1030 (eb 0e)
  b[0x20] = 0xeb; b[0x21] = 0x0e;
  // 0x1022: jmp short 0x1031 (not a target)
  b[0x22] = 0xeb; b[0x23] = 0x0d;
  std::vector<BranchSite> sites;
  sweep_x86_branches_to(ByteView(b.data(), b.size()), 0x1000, {0x1030}, sites);
  ASSERT_EQ(sites.size(), 3u);
  EXPECT_EQ(sites[0].source, 0x1000u);
  EXPECT_EQ(sites[1].source, 0x1005u);
  EXPECT_EQ(sites[2].source, 0x1020u);
  for (const BranchSite &s : sites) EXPECT_EQ(s.target, 0x1030u);
}

TEST(BranchPass, CallIntoAnImmediateFromEarlierCodeIsATrap) {
  // 0x1000 f: call 0x1009; ret; nop; nop
  // 0x1008 g: mov eax, 0x90c3050f; nop. The call lands on the immediate's
  //           0f 05 at 0x1009, which executes as syscall; ret.
  std::vector<uint8_t> b = {0xe8, 0x04, 0x00, 0x00, 0x00, 0xc3, 0x90, 0x90,
                            0xb8, 0x0f, 0x05, 0xc3, 0x90};
  std::vector<CodeRegion> regions(1);
  CodeRegion &r = regions[0];
  r.addr = 0x1000;
  r.bytes = ByteView(b.data(), b.size());
  r.boundaries = {0x1000, 0x1008};
  r.search_spans = {{0, b.size()}};
  auto v = make_verifier(XSC_ARCH_X86_64);
  v->begin_image();
  v->begin_region(r);
  // From g's start the 0f 05 is inside the mov: not a trap on the first pass.
  EXPECT_EQ(v->verify(0x1009, {}).kind, Verdict::not_trap);
  auto extra = v->branch_pass(
      regions, [&](const CodeRegion &, uint64_t s) { return s >= 0x1008 ? 0x1008u : 0x1000u; },
      [](const CodeRegion &, uint64_t, uint64_t) {});
  ASSERT_EQ(extra.size(), 1u);
  EXPECT_EQ(extra[0].second.kind, Verdict::trap);
  EXPECT_EQ(extra[0].second.insn_addr, 0x1009u);
}

TEST(BranchPass, LookAlikeBranchBytesInsideAnotherInstructionDoNotCount) {
  // 0x1000: mov eax, 0x000003e8 hides "e8 03 00 00 00" = call +3 -> 0x1009;
  // from 0x1000 the e8 is an immediate byte, so nothing reaches 0x1009.
  std::vector<uint8_t> b = {0xb8, 0xe8, 0x03, 0x00, 0x00, 0x90, 0x90, 0x90,
                            0xb8, 0x0f, 0x05, 0xc3, 0x90};
  std::vector<CodeRegion> regions(1);
  CodeRegion &r = regions[0];
  r.addr = 0x1000;
  r.bytes = ByteView(b.data(), b.size());
  r.boundaries = {0x1000, 0x1008};
  r.search_spans = {{0, b.size()}};
  auto v = make_verifier(XSC_ARCH_X86_64);
  v->begin_image();
  v->begin_region(r);
  EXPECT_EQ(v->verify(0x1009, {}).kind, Verdict::not_trap);
  auto extra = v->branch_pass(
      regions, [&](const CodeRegion &, uint64_t s) { return s >= 0x1008 ? 0x1008u : 0x1000u; },
      [](const CodeRegion &, uint64_t, uint64_t) {});
  EXPECT_TRUE(extra.empty());
}

}  // namespace
}  // namespace xsc
