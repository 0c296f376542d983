// SPDX-License-Identifier: Apache-2.0
// Checked arithmetic and bounds-checked loads: the guards every input offset
// passes through.
#include "checked.h"

#include <gtest/gtest.h>

namespace xsc {
namespace {

TEST(Checked, AddAndMulDetectOverflow) {
  EXPECT_EQ(checked_add(1, 2), 3u);
  EXPECT_FALSE(checked_add(UINT64_MAX, 1));
  EXPECT_EQ(checked_mul(1u << 20, 1u << 20), uint64_t{1} << 40);
  EXPECT_FALSE(checked_mul(uint64_t{1} << 40, uint64_t{1} << 40));
}

TEST(Checked, RangeWithin) {
  EXPECT_TRUE(range_within(0, 10, 10));
  EXPECT_TRUE(range_within(10, 0, 10));
  EXPECT_FALSE(range_within(5, 6, 10));
  EXPECT_FALSE(range_within(11, 0, 10));
  EXPECT_FALSE(range_within(UINT64_MAX, 2, UINT64_MAX));
}

TEST(Checked, ByteViewLoadsAreLittleEndianAndBounded) {
  const uint8_t b[] = {0x01, 0x02, 0x03, 0x04, 0x05};
  ByteView v(b, sizeof b);
  EXPECT_EQ(v.load_le<uint32_t>(0), 0x04030201u);
  EXPECT_EQ(v.load_le<uint16_t>(3), 0x0504u);
  EXPECT_FALSE(v.load_le<uint32_t>(2));
  EXPECT_FALSE(v.load_le<uint8_t>(5));
  EXPECT_FALSE(v.load_le<uint64_t>(UINT64_MAX - 3));
  EXPECT_TRUE(v.slice(1, 4));
  EXPECT_FALSE(v.slice(1, 5));
  EXPECT_FALSE(v.slice(UINT64_MAX, 2));
}

}  // namespace
}  // namespace xsc
