// SPDX-License-Identifier: Apache-2.0
// Unit tests of the asm-text analysis: what the assembler would turn into a trap
// is found, with the right kind and template offset, and nothing else is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "xsc/allow_trap.h"
#include "xsc/asm_internal.h"
#include "xsc/asm_messages.h"
#include "xsc/asm_scan.h"

namespace {

struct Hit {
  size_t offset;
  xsc_trap_kind kind;
  bool data;
  std::string construct;
};

std::vector<Hit> Scan(const std::string &text, xsc_arch arch, bool tmpl = false,
                      std::vector<xsc_asm_operand> ops = {}) {
  xsc_asm_text in{};
  in.text = text.data();
  in.len = text.size();
  in.arch = arch;
  in.is_template = tmpl;
  in.dialect = XSC_ASM_DIALECT_ATT;
  in.operands = ops.data();
  in.operand_count = ops.size();
  std::vector<Hit> hits;
  int n = xsc_asm_scan(
      &in,
      [](void *ctx, const xsc_asm_finding *f) {
        static_cast<std::vector<Hit> *>(ctx)->push_back(
            {f->offset, f->kind, f->from_data != 0, f->construct});
      },
      &hits);
  EXPECT_EQ(n, static_cast<int>(hits.size()));
  return hits;
}

size_t Count(const std::string &text, xsc_arch arch, bool tmpl = false) {
  return Scan(text, arch, tmpl).size();
}

constexpr xsc_arch X64 = XSC_ARCH_X86_64;
constexpr xsc_arch I386 = XSC_ARCH_I386;
constexpr xsc_arch A64 = XSC_ARCH_AARCH64;

TEST(AsmScan, X86MnemonicsInAnyCase) {
  for (const char *s : {"syscall", "SYSCALL", "SysCall", "sysenter",
                        "int $0x80", "int $128", "INT $0X80", "int 0x80",
                        "int 80h", "int $0200", "int $(0x40*2)", "int\t$0x80"}) {
    EXPECT_EQ(Count(s, X64), 1u) << s;
    EXPECT_EQ(Count(s, I386), 1u) << s;
  }
}

TEST(AsmScan, X86KindAndOffset) {
  auto h = Scan("nop\n\tmov $1, %eax\n\tsyscall\n", X64);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].kind, XSC_TRAP_SYSCALL);
  EXPECT_EQ(h[0].offset, 19u);
  EXPECT_EQ(h[0].construct, "syscall");
  h = Scan("int  $0x80", I386);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].kind, XSC_TRAP_INT80);
  EXPECT_EQ(h[0].construct, "int $0x80");
}

TEST(AsmScan, X86NotTraps) {
  for (const char *s :
       {"call syscall", "jmp syscall@PLT", "sysret", "int3", "int $0x81",
        "int $3", "syscall_entry: nop", ".globl syscall", "mov $syscall, %rax",
        "# syscall", "/* syscall */ nop", "nop # int $0x80", "mysyscall",
        ".ascii \"syscall\"", "lea syscall(%rip), %rax", "int %eax",
        "syscall:", "ud2", "vmcall"}) {
    EXPECT_EQ(Count(s, X64), 0u) << s;
  }
}

TEST(AsmScan, X86StatementSeparatorsAndLabels) {
  EXPECT_EQ(Count("mov $60,%eax; syscall; ret", X64), 1u);
  EXPECT_EQ(Count("1: syscall", X64), 1u);
  EXPECT_EQ(Count("a: b: sysenter", X64), 1u);
  EXPECT_EQ(Count("lock; syscall", X64), 1u);
  EXPECT_EQ(Count("rex64 syscall", X64), 1u);
  EXPECT_EQ(Count("syscall\nsyscall", X64), 2u);
  EXPECT_EQ(Count("/* a\n b */ syscall", X64), 1u);
}

TEST(AsmScan, X86RawEncodings) {
  for (const char *s : {".byte 0x0f,0x05", ".byte 15,5", ".byte 0x0f\n.byte 0x05",
                        ".word 0x050f", ".short 0x050f", ".2byte 0x050f",
                        ".value 0x340f", ".byte 0xcd, 0x80", ".long 0x90050f90",
                        ".ascii \"\\x0f\\x05\"", ".ascii \"\\017\\005\"",
                        ".quad 0x050f", ".byte 0x90, 0x0F, 0x05"}) {
    auto h = Scan(s, X64);
    ASSERT_EQ(h.size(), 1u) << s;
    EXPECT_TRUE(h[0].data) << s;
  }
  auto h = Scan(".byte 0x90, 0x0f, 0x05", X64);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].offset, 12u);
  EXPECT_EQ(h[0].construct, ".byte 0x90, 0x0f, 0x05");
}

TEST(AsmScan, X86RawNotTraps) {
  for (const char *s : {".byte 0x0f,0x04", ".byte 0x0f\nnop\n.byte 0x05",
                        ".word 0x0f05", ".byte 0xcd, 0x81", ".byte sym, 5",
                        ".byte 0x0f\n.p2align 4\n.byte 0x05"}) {
    EXPECT_EQ(Count(s, X64), 0u) << s;
  }
}

TEST(AsmScan, NonExecutableSections) {
  EXPECT_EQ(Count(".pushsection .data\n.byte 0x0f,0x05\n.popsection", X64), 0u);
  EXPECT_EQ(Count(".pushsection .rodata,\"a\"\nsyscall\n.popsection\nnop", X64), 0u);
  EXPECT_EQ(Count(".section .rodata\n.byte 0x0f,0x05\n.previous\n.byte 0x0f,0x05", X64), 1u);
  EXPECT_EQ(Count(".data\n.word 0x050f\n.text\n.word 0x050f", X64), 1u);
  EXPECT_EQ(Count(".pushsection .data\n.pushsection .text.x\nsyscall\n.popsection\n.popsection", X64), 1u);
  EXPECT_EQ(Count(".section .mytext,\"ax\",@progbits\nsyscall", X64), 1u);
  EXPECT_EQ(Count(".section \"foo\",\"aw\"\nsyscall", X64), 0u);
}

TEST(AsmScan, AllowTrapSection) {
  std::string s = XSC_ALLOW_TRAP_ASM_BEGIN "raw: syscall; ret" XSC_ALLOW_TRAP_ASM_END;
  EXPECT_EQ(Count(s, X64), 0u);
  EXPECT_EQ(Count(s + "syscall", X64), 1u);
  EXPECT_EQ(Count(XSC_ALLOW_TRAP_ASM_BEGIN "svc #0" XSC_ALLOW_TRAP_ASM_END, A64), 0u);
}

TEST(AsmScan, Aarch64Svc) {
  for (const char *s : {"svc #0", "svc 0", "SVC #0x0", "svc #0xffff", "svc\t#1",
                        "mov x8, #93\n\tsvc #0", "svc#0", ".inst 0xd4000001",
                        ".inst 0xd4000021", ".word 0xd4000001", ".long 0xd4000001",
                        ".4byte 0xd4000001", ".byte 0x01,0x00,0x00,0xd4",
                        ".inst (0xd4000001 | (5 << 5))"}) {
    EXPECT_EQ(Count(s, A64), 1u) << s;
  }
  for (const char *s : {"hvc #0", "smc #0", "brk #0", "bl syscall", "b svc",
                        "// svc #0", "# svc #0", ".inst 0xd4000002",
                        ".inst 0xd4200000", ".byte 0, 0x01,0x00,0x00,0xd4",
                        "svc_handler: ret", "ldr x0, =svc"}) {
    EXPECT_EQ(Count(s, A64), 0u) << s;
  }
}

TEST(AsmScan, Aarch64KindIsSvc) {
  auto h = Scan("  svc #0", A64);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].kind, XSC_TRAP_SVC);
  EXPECT_EQ(h[0].offset, 2u);
}

TEST(AsmScan, TemplateOperands) {
  std::vector<xsc_asm_operand> ops = {{nullptr, 1, 0x0f}, {"b", 1, 5}};
  auto h = Scan(".byte %c0, %c[b]", X64, true, ops);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].offset, 6u);
  EXPECT_TRUE(h[0].data);
  ops = {{"n", 1, 0x80}};
  EXPECT_EQ(Scan("int %[n]", X64, true, ops).size(), 1u);
  EXPECT_EQ(Scan("int %0", X64, true, ops).size(), 1u);
  ops = {{"n", 0, 0}};
  EXPECT_EQ(Scan("int %0", X64, true, ops).size(), 0u);
  EXPECT_EQ(Scan(".byte %c0, 5", X64, true, ops).size(), 0u);
  EXPECT_EQ(Scan("movl %%eax, %0; syscall", X64, true, ops).size(), 1u);
  EXPECT_EQ(Scan("1%=: syscall", X64, true, {}).size(), 1u);
}

TEST(AsmScan, BasicAsmKeepsPercent) {
  EXPECT_EQ(Count("movl %eax, %ebx; syscall", X64, false), 1u);
}

TEST(AsmScan, DialectAlternatives) {
  auto h = Scan("{int $0x80|int 0x80}", I386, true);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].offset, 1u);
  EXPECT_EQ(h[1].offset, 11u);
  EXPECT_EQ(Count("{nop|syscall}", X64, true), 1u);
  EXPECT_EQ(Count("syscall{q|}", X64, true), 1u);
  EXPECT_EQ(Count("{movl|mov} $1, %%eax", X64, true), 0u);
  EXPECT_EQ(Count("{nop|syscall}", X64, false), 0u);
}

TEST(AsmScan, Messages) {
  auto h = Scan("syscall", X64);
  ASSERT_EQ(h.size(), 1u);
  xsc_asm_finding f{};
  size_t count;
  f.trap = xsc_traps_for_arch(X64, &count);
  f.kind = XSC_TRAP_SYSCALL;
  snprintf(f.construct, sizeof(f.construct), "syscall");
  char buf[256];
  xsc_msg_for_finding(&f, 0, buf, sizeof(buf));
  EXPECT_STREQ(buf, "inline assembly issues system-call instruction 'syscall'");
  f.from_data = 1;
  snprintf(f.construct, sizeof(f.construct), ".byte 0x0f,0x05");
  xsc_msg_for_finding(&f, 1, buf, sizeof(buf));
  EXPECT_STREQ(buf, "file-scope assembly emits the encoding of system-call "
                    "instruction 'syscall' in '.byte 0x0f,0x05'");
  for (int i = 0; i < XSC_MSG_COUNT; i++) {
    std::string m = xsc_msg_format(static_cast<xsc_msg_id>(i));
    ASSERT_FALSE(m.empty());
    EXPECT_TRUE(islower(static_cast<unsigned char>(m[0])) || m[0] == '\'') << m;
    EXPECT_NE(m.back(), '.') << m;
  }
}

TEST(AsmScan, LongConstructIsTruncated) {
  std::string s = "int $0x80 + 0" + std::string(200, ' ') + "+ 0";
  auto h = Scan(s, X64);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_LT(h[0].construct.size(), static_cast<size_t>(XSC_ASM_CONSTRUCT_MAX));
}

TEST(AsmEval, Expressions) {
  struct {
    const char *s;
    int ok;
    int64_t v;
  } cases[] = {{"$0x80", 1, 128}, {"#0", 1, 0}, {"128", 1, 128},
               {"0b10000000", 1, 128}, {"0200", 1, 128}, {"80h", 1, 128},
               {"(1<<7)", 1, 128}, {"-1", 1, -1}, {"~0 & 0xff", 1, 255},
               {"2*3+4", 1, 10}, {"2+3*4", 1, 14}, {"1/0", 0, 0},
               {"sym", 0, 0}, {"1f", 0, 0}, {"(1", 0, 0}, {"", 0, 0},
               {"'a'", 1, 97}, {"0x", 0, 0}};
  for (auto &c : cases) {
    int64_t v = 0;
    EXPECT_EQ(xsc_asm_eval(c.s, strlen(c.s), &v), c.ok) << c.s;
    if (c.ok) {
      EXPECT_EQ(v, c.v) << c.s;
    }
  }
  std::string deep(10000, '(');
  int64_t v;
  EXPECT_EQ(xsc_asm_eval(deep.data(), deep.size(), &v), 0);
}

TEST(AsmScan, RejectsHugeInput) {
  std::string big((16u << 20) + 1, ' ');
  xsc_asm_text in{};
  in.text = big.data();
  in.len = big.size();
  in.arch = X64;
  EXPECT_EQ(xsc_asm_scan(&in, nullptr, nullptr), -1);
}

}  // namespace
