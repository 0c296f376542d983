// SPDX-License-Identifier: Apache-2.0
// The per-arch verifiers on hand-made code regions: real traps, trap bytes
// inside longer instructions, data marked by mapping symbols, and the resync
// rule after undecodable bytes.
#include "arch/verifier.h"

#include <gtest/gtest.h>

#include <vector>

namespace xsc {
namespace {

struct Fixture {
  std::vector<uint8_t> bytes;
  CodeRegion region;
  std::unique_ptr<Verifier> verifier;

  Fixture(xsc_arch arch, std::vector<uint8_t> b, uint64_t addr = 0x1000) : bytes(std::move(b)) {
    region.addr = addr;
    region.bytes = ByteView(bytes.data(), bytes.size());
    region.boundaries.push_back(addr);
    verifier = make_verifier(arch);
  }
  Verdict at(uint64_t offset, AddressFacts facts = {}) {
    verifier->begin_region(region);
    return verifier->verify(region.addr + offset, facts);
  }
};

TEST(X86Verifier, RealSyscallAfterOtherInstructions) {
  // push rbp; mov eax, 0x27; syscall; ret
  Fixture f(XSC_ARCH_X86_64, {0x55, 0xb8, 0x27, 0x00, 0x00, 0x00, 0x0f, 0x05, 0xc3});
  Verdict v = f.at(6);
  EXPECT_EQ(v.kind, Verdict::trap);
  EXPECT_EQ(v.trap_kind, XSC_TRAP_SYSCALL);
  EXPECT_EQ(v.insn_addr, 0x1006u);
  EXPECT_EQ(v.mnemonic, "syscall");
}

TEST(X86Verifier, TrapBytesInsideAnImmediateAreNotATrap) {
  // mov eax, 0x80cd050f; ret
  Fixture f(XSC_ARCH_X86_64, {0xb8, 0x0f, 0x05, 0xcd, 0x80, 0xc3});
  EXPECT_EQ(f.at(1).kind, Verdict::not_trap);
  EXPECT_EQ(f.at(3).kind, Verdict::not_trap);
}

TEST(X86Verifier, TrapBytesInsideADisplacementAreNotATrap) {
  // mov eax, [rip + 0x340f]; ret
  Fixture f(XSC_ARCH_X86_64, {0x8b, 0x05, 0x0f, 0x34, 0x00, 0x00, 0xc3});
  EXPECT_EQ(f.at(2).kind, Verdict::not_trap);
}

TEST(X86Verifier, Int80AndSysenterIn32BitMode) {
  // mov eax, 1; int $0x80; sysenter
  Fixture f(XSC_ARCH_I386, {0xb8, 0x01, 0x00, 0x00, 0x00, 0xcd, 0x80, 0x0f, 0x34});
  Verdict a = f.at(5);
  EXPECT_EQ(a.kind, Verdict::trap);
  EXPECT_EQ(a.trap_kind, XSC_TRAP_INT80);
  EXPECT_EQ(a.mnemonic, "int $0x80");
  Verdict b = f.at(7);
  EXPECT_EQ(b.kind, Verdict::trap);
  EXPECT_EQ(b.trap_kind, XSC_TRAP_SYSENTER);
}

TEST(X86Verifier, CursorResumesAcrossCandidatesFromOneBoundary) {
  std::vector<uint8_t> code;
  for (int i = 0; i < 100; i++) code.insert(code.end(), {0xb8, 0x0f, 0x05, 0x00, 0x00});
  code.insert(code.end(), {0x0f, 0x05});
  Fixture f(XSC_ARCH_X86_64, code);
  f.verifier->begin_region(f.region);
  for (int i = 0; i < 100; i++)
    EXPECT_EQ(f.verifier->verify(0x1000 + 5 * i + 1, {}).kind, Verdict::not_trap);
  EXPECT_EQ(f.verifier->verify(0x1000 + 500, {}).kind, Verdict::trap);
}

TEST(X86Verifier, UndecodableByteThatCannotChangeTheVerdict) {
  // 0x06 (push es) does not exist in 64-bit mode; the syscall right after it
  // starts an instruction whichever way the stream resumes.
  Fixture f(XSC_ARCH_X86_64, {0x06, 0x0f, 0x05, 0xc3});
  EXPECT_EQ(f.at(1).kind, Verdict::trap);
}

TEST(X86Verifier, UndecodableByteThatHidesTheBoundaryIsUncertain) {
  // After the bad byte, resuming at +1 reads mov eax, imm32 (covering 0f 05);
  // resuming at +2 reads syscall. Neither can be ruled out.
  Fixture f(XSC_ARCH_X86_64, {0x06, 0xb8, 0x0f, 0x05, 0x00, 0x00, 0xc3});
  Verdict v = f.at(2);
  EXPECT_EQ(v.kind, Verdict::uncertain);
  EXPECT_EQ(v.trap_kind, XSC_TRAP_SYSCALL);
  EXPECT_NE(v.reason.find("undecodable"), std::string::npos);
}

TEST(X86Verifier, NearerBoundaryFromUnwindInfoWins) {
  // From 0x1000 the bytes read as mov eax, imm32 over the 0f 05; an FDE
  // start at 0x1002 says an instruction starts there.
  Fixture f(XSC_ARCH_X86_64, {0xb8, 0x90, 0x0f, 0x05, 0x00, 0xc3});
  AddressFacts facts;
  facts.fde_start = 0x1002;
  EXPECT_EQ(f.at(2).kind, Verdict::not_trap);
  EXPECT_EQ(f.at(2, facts).kind, Verdict::trap);
}

TEST(X86Verifier, BranchIntoAnImmediateMakesItsTrapReal) {
  // jmp +1 into the mov's immediate: mov eax, 0x90c3050f hides syscall; ret.
  Fixture f(XSC_ARCH_X86_64, {0xeb, 0x01, 0xb8, 0x0f, 0x05, 0xc3, 0x90});
  Verdict v = f.at(3);
  EXPECT_EQ(v.kind, Verdict::trap);
  EXPECT_EQ(v.insn_addr, 0x1003u);
  // Without the jump the same bytes are an immediate.
  Fixture g(XSC_ARCH_X86_64, {0x90, 0x90, 0xb8, 0x0f, 0x05, 0xc3, 0x90});
  EXPECT_EQ(g.at(3).kind, Verdict::not_trap);
}

std::vector<uint8_t> words(std::initializer_list<uint32_t> ws) {
  std::vector<uint8_t> out;
  for (uint32_t w : ws)
    for (int i = 0; i < 4; i++) out.push_back(static_cast<uint8_t>(w >> (8 * i)));
  return out;
}

TEST(Aarch64Verifier, SvcInCodeWithAnyImmediate) {
  Fixture f(XSC_ARCH_AARCH64, words({0xd2800ba8, 0xd4000001, 0xd4024681}));
  f.region.mapping = {{0x1000, 'x'}};
  Verdict v = f.at(4);
  EXPECT_EQ(v.kind, Verdict::trap);
  EXPECT_EQ(v.mnemonic, "svc #0x0");
  EXPECT_EQ(f.at(8).mnemonic, "svc #0x1234");
}

TEST(Aarch64Verifier, SvcWordInDataIsNotATrap) {
  Fixture f(XSC_ARCH_AARCH64, words({0xd65f03c0, 0xd4000001, 0xd4000001}));
  f.region.mapping = {{0x1000, 'x'}, {0x1004, 'd'}, {0x1008, 'x'}};
  EXPECT_EQ(f.at(4).kind, Verdict::not_trap);
  EXPECT_EQ(f.at(8).kind, Verdict::trap);
}

TEST(Aarch64Verifier, LinkedCodeWithoutAnyEvidenceIsUncertain) {
  Fixture f(XSC_ARCH_AARCH64, words({0xd4000001}));
  f.region.linked = true;
  EXPECT_EQ(f.at(0).kind, Verdict::uncertain);
  AddressFacts in_function;
  in_function.in_function = true;
  EXPECT_EQ(f.at(0, in_function).kind, Verdict::trap);
}

}  // namespace
}  // namespace xsc
