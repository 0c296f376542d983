// SPDX-License-Identifier: Apache-2.0
// asm goto is checked like any extended asm.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

int a(void) {
  asm goto("test %%eax, %%eax; jz %l0; syscall" :::: out);
  return 0;
out:
  return 1;
}

// CHECK: x86-asm-goto.c:6:40: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-asm-goto.c:6:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
