// SPDX-License-Identifier: Apache-2.0
// %%, %= and register operands do not create or hide traps: 'syscall%=:' is a label and 'int %0' with a register is not int $0x80.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(long n) { __asm__ volatile("movq %0, %%rax\n\tsyscall%=:" :: "r"(n) : "rax"); }
void b(long n) { __asm__ volatile("1%=: int %0" :: "r"(n)); }
void c(void) { __asm__ volatile("syscall" : : : "memory"); }

// CHECK: x86-operand-syntax-kept-apart.c:8:34: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-operand-syntax-kept-apart.c:8:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
