// SPDX-License-Identifier: Apache-2.0
// The raw candidate search: every encoding from the trap table, at any offset
// for x86 (including across the SIMD block edges) and aligned words on aarch64.
#include "candidates.h"

#include <gtest/gtest.h>

#include <vector>

namespace xsc {
namespace {

std::vector<uint64_t> search(xsc_arch arch, const std::vector<uint8_t> &bytes, uint64_t base = 0) {
  std::vector<uint64_t> out;
  find_trap_candidates(arch, ByteView(bytes.data(), bytes.size()), base, out);
  return out;
}

TEST(Candidates, FindsEachX86EncodingAtEveryOffset) {
  const uint8_t encodings[][2] = {{0x0f, 0x05}, {0x0f, 0x34}, {0xcd, 0x80}};
  for (auto &enc : encodings) {
    for (size_t at = 0; at < 70; at++) {
      std::vector<uint8_t> bytes(72, 0x90);
      bytes[at] = enc[0];
      bytes[at + 1] = enc[1];
      EXPECT_EQ(search(XSC_ARCH_X86_64, bytes), std::vector<uint64_t>{at}) << "offset " << at;
      EXPECT_EQ(search(XSC_ARCH_I386, bytes), std::vector<uint64_t>{at}) << "offset " << at;
    }
  }
}

TEST(Candidates, IgnoresNearMissesAndHalfPatternsAtTheEnd) {
  std::vector<uint8_t> bytes = {0x0f, 0x06, 0xcd, 0x81, 0x0f, 0x35, 0xcc, 0x05, 0x0f};
  EXPECT_TRUE(search(XSC_ARCH_X86_64, bytes).empty());
  EXPECT_TRUE(search(XSC_ARCH_X86_64, {}).empty());
  EXPECT_TRUE(search(XSC_ARCH_X86_64, {0x0f}).empty());
}

TEST(Candidates, OverlappingPairsAreAllReported) {
  // 0f 05 0f 05 ... every pair start, and cd 80 right after.
  std::vector<uint8_t> bytes = {0x0f, 0x05, 0x0f, 0x05, 0xcd, 0x80};
  EXPECT_EQ(search(XSC_ARCH_X86_64, bytes), (std::vector<uint64_t>{0, 2, 4}));
}

TEST(Candidates, ManyMatchesInOneBlockStaySorted) {
  std::vector<uint8_t> bytes;
  for (int i = 0; i < 40; i++) bytes.insert(bytes.end(), {0x0f, 0x05});
  auto got = search(XSC_ARCH_X86_64, bytes);
  ASSERT_EQ(got.size(), 40u);
  for (size_t i = 0; i < got.size(); i++) EXPECT_EQ(got[i], 2 * i);
}

TEST(Candidates, Aarch64SvcAnyImmediateAlignedOnly) {
  // svc #0 = d4000001, svc #0x1234 = d4024681, hvc #0 = d4000002 (not a trap).
  std::vector<uint8_t> bytes = {0x01, 0x00, 0x00, 0xd4, 0x81, 0x46, 0x02, 0xd4,
                                0x02, 0x00, 0x00, 0xd4, 0x00, 0x01, 0x00, 0x00, 0xd4, 0x00};
  EXPECT_EQ(search(XSC_ARCH_AARCH64, bytes), (std::vector<uint64_t>{0, 4}));
  // The same words at an odd offset are not instructions.
  std::vector<uint8_t> shifted = {0x00, 0x01, 0x00, 0x00, 0xd4, 0x00, 0x00, 0x00};
  EXPECT_TRUE(search(XSC_ARCH_AARCH64, shifted).empty());
}

TEST(Candidates, Aarch64AlignmentFollowsTheAddressNotTheBuffer) {
  // bytes[2..5] is svc #0; it is aligned when the buffer starts at 0x...2.
  std::vector<uint8_t> bytes = {0x00, 0x00, 0x01, 0x00, 0x00, 0xd4, 0x00, 0x00};
  EXPECT_EQ(search(XSC_ARCH_AARCH64, bytes, 0x1002), std::vector<uint64_t>{2});
  EXPECT_TRUE(search(XSC_ARCH_AARCH64, bytes, 0x1000).empty());
}

}  // namespace
}  // namespace xsc

namespace xsc {
namespace {

// Differential: the SIMD searches agree with the scalar one on random bytes
// biased towards the trap bytes, at every length around the block sizes.
TEST(Candidates, SimdAndScalarSearchesAgree) {
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
  };
  const uint8_t hot[] = {0x0f, 0x05, 0x34, 0xcd, 0x80};
  for (size_t len = 0; len < 200; len++) {
    for (int round = 0; round < 20; round++) {
      std::vector<uint8_t> bytes(len);
      for (auto &b : bytes) b = (next() & 1) ? hot[next() % 5] : static_cast<uint8_t>(next());
      ByteView view(bytes.data(), bytes.size());
      std::vector<uint64_t> best, sse2, scalar;
      find_trap_candidates_with(SearchImpl::best, XSC_ARCH_X86_64, view, 0, best);
      find_trap_candidates_with(SearchImpl::sse2, XSC_ARCH_X86_64, view, 0, sse2);
      find_trap_candidates_with(SearchImpl::scalar, XSC_ARCH_X86_64, view, 0, scalar);
      ASSERT_EQ(best, scalar) << "length " << len;
      ASSERT_EQ(sse2, scalar) << "length " << len;
    }
  }
}

}  // namespace
}  // namespace xsc
