// SPDX-License-Identifier: Apache-2.0
// sysenter is a trap.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ __volatile__("sysenter"); }

// expected-error@6 {{inline assembly issues system-call instruction 'sysenter'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
