// SPDX-License-Identifier: Apache-2.0
// svc is a trap with any immediate and in any letter case.
// RUN: %verify_aarch64  %s

void a(void) { __asm__ volatile("mov x8, #93\n\tsvc #0" ::: "x8"); }
void b(void) { __asm__ volatile("svc 0"); }
void c(void) { __asm__ volatile("SVC #0x0"); }
void d(void) { __asm__ volatile("svc #0xffff"); }

// expected-error@5 {{inline assembly issues system-call instruction 'svc #0'}}
// expected-note@5 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@6 {{inline assembly issues system-call instruction 'svc 0'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'SVC #0x0'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly issues system-call instruction 'svc #0xffff'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
