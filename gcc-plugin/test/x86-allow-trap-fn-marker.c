// SPDX-License-Identifier: Apache-2.0
// A function in the allow-trap section (XSC_ALLOW_TRAP_FN) may trap; others may not.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

#include <xsc/allow_trap.h>
XSC_ALLOW_TRAP_FN long raw_getpid(void) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(39L) : "rcx", "r11", "memory");
  return r;
}
void not_marked(void) { __asm__ volatile("syscall"); }

// CHECK: x86-allow-trap-fn-marker.c:12:43: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-allow-trap-fn-marker.c:12:43: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
