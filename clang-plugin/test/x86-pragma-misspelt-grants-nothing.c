// SPDX-License-Identifier: Apache-2.0
// A misspelt XSC_ pragma grants nothing and is warned about.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

#pragma XSC_ALLOW_TRAPS
#pragma xsc_allow_trap
void a(void) { __asm__ volatile("syscall"); }

// expected-error@8 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-warning@6 {{unknown pragma 'XSC_ALLOW_TRAPS' grants nothing; the opt-out is spelt '#pragma XSC_ALLOW_TRAP'}}
// expected-warning@7 {{unknown pragma 'xsc_allow_trap' grants nothing; the opt-out is spelt '#pragma XSC_ALLOW_TRAP'}}
