// SPDX-License-Identifier: Apache-2.0
// The syscall mnemonic is rejected in any letter case, in basic and extended asm.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ volatile("syscall"); }
void b(void) { __asm__ volatile("SYSCALL"); }
void c(void) { asm volatile("SysCall" ::: "memory"); }

// expected-error@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'SYSCALL'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly issues system-call instruction 'SysCall'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
