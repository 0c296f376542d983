// SPDX-License-Identifier: Apache-2.0
// The shared trap table: rows per arch, names, and encodings as the ISA
// manuals give them.
#include "xsc/trap_table.h"

#include <gtest/gtest.h>

#include <string>

TEST(TrapTable, KindAndArchNames) {
  EXPECT_STREQ(xsc_trap_kind_name(XSC_TRAP_SYSCALL), "syscall");
  EXPECT_STREQ(xsc_trap_kind_name(XSC_TRAP_SYSENTER), "sysenter");
  EXPECT_STREQ(xsc_trap_kind_name(XSC_TRAP_INT80), "int80");
  EXPECT_STREQ(xsc_trap_kind_name(XSC_TRAP_SVC), "svc");
  EXPECT_EQ(xsc_trap_kind_name(static_cast<xsc_trap_kind>(99)), nullptr);
  EXPECT_STREQ(xsc_arch_name(XSC_ARCH_AARCH64), "aarch64");
}

TEST(TrapTable, RowsPerArch) {
  size_t n = 0;
  const xsc_trap *x = xsc_traps_for_arch(XSC_ARCH_X86_64, &n);
  ASSERT_EQ(n, 3u);
  for (size_t i = 0; i < n; i++) EXPECT_EQ(x[i].arch, XSC_ARCH_X86_64);
  xsc_traps_for_arch(XSC_ARCH_I386, &n);
  EXPECT_EQ(n, 3u);
  const xsc_trap *a = xsc_traps_for_arch(XSC_ARCH_AARCH64, &n);
  ASSERT_EQ(n, 1u);
  EXPECT_EQ(a->alignment, 4);
}

TEST(TrapTable, MatchesEncodings) {
  xsc_trap_kind k;
  const uint8_t syscall[] = {0x0f, 0x05}, sysenter[] = {0x0f, 0x34}, int80[] = {0xcd, 0x80};
  const uint8_t int81[] = {0xcd, 0x81}, sysret[] = {0x0f, 0x07};
  ASSERT_TRUE(xsc_trap_match(XSC_ARCH_X86_64, syscall, 2, &k));
  EXPECT_EQ(k, XSC_TRAP_SYSCALL);
  ASSERT_TRUE(xsc_trap_match(XSC_ARCH_I386, sysenter, 2, &k));
  EXPECT_EQ(k, XSC_TRAP_SYSENTER);
  ASSERT_TRUE(xsc_trap_match(XSC_ARCH_X86_64, int80, 2, &k));
  EXPECT_EQ(k, XSC_TRAP_INT80);
  EXPECT_FALSE(xsc_trap_match(XSC_ARCH_X86_64, int81, 2, &k));
  EXPECT_FALSE(xsc_trap_match(XSC_ARCH_X86_64, sysret, 2, &k));
  EXPECT_FALSE(xsc_trap_match(XSC_ARCH_X86_64, syscall, 1, &k));
}

TEST(TrapTable, Aarch64SvcMaskCoversEveryImmediate) {
  xsc_trap_kind k;
  for (uint32_t imm : {0u, 1u, 0x80u, 0x1234u, 0xffffu}) {
    uint32_t w = 0xd4000001u | (imm << 5);
    uint8_t b[4] = {static_cast<uint8_t>(w), static_cast<uint8_t>(w >> 8),
                    static_cast<uint8_t>(w >> 16), static_cast<uint8_t>(w >> 24)};
    ASSERT_TRUE(xsc_trap_match(XSC_ARCH_AARCH64, b, 4, &k)) << imm;
    EXPECT_EQ(k, XSC_TRAP_SVC);
  }
  // hvc #0 (d4000002), smc #0 (d4000003), brk #0 (d4200000) are not traps here.
  for (uint32_t w : {0xd4000002u, 0xd4000003u, 0xd4200000u}) {
    uint8_t b[4] = {static_cast<uint8_t>(w), static_cast<uint8_t>(w >> 8),
                    static_cast<uint8_t>(w >> 16), static_cast<uint8_t>(w >> 24)};
    EXPECT_FALSE(xsc_trap_match(XSC_ARCH_AARCH64, b, 4, &k)) << std::hex << w;
  }
}
