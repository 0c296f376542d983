// SPDX-License-Identifier: Apache-2.0
// A function in the allow-trap section (XSC_ALLOW_TRAP_FN) may trap; others may not.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

#include <xsc/allow_trap.h>
XSC_ALLOW_TRAP_FN long raw_getpid(void) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(39L) : "rcx", "r11", "memory");
  return r;
}
void not_marked(void) { __asm__ volatile("syscall"); }

// expected-error@12 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@12 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
