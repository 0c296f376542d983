// SPDX-License-Identifier: Apache-2.0
// Statements split by newlines and semicolons are each checked; the error points at the instruction.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) {
  __asm__ volatile("mov $60, %%eax\n\t"
                   "xor %%edi, %%edi\n\t"
                   "syscall" ::: "eax", "edi");
}
void b(void) { __asm__ volatile("nop; nop; sysenter; nop"); }

// CHECK: x86-statements-split-by-newline-and-semicolon.c:9:21: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-statements-split-by-newline-and-semicolon.c:9:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-statements-split-by-newline-and-semicolon.c:11:44: error: inline assembly issues system-call instruction 'sysenter'
// CHECK-NEXT: x86-statements-split-by-newline-and-semicolon.c:11:44: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
