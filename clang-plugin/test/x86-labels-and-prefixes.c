// SPDX-License-Identifier: Apache-2.0
// A trap after labels or instruction prefixes is still a trap.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ volatile("1: syscall"); }
void b(void) { __asm__ volatile("entry: lock; sysenter"); }

// expected-error@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'sysenter'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
