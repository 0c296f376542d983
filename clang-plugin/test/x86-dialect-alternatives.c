// SPDX-License-Identifier: Apache-2.0
// Every dialect alternative {att|intel} of an extended-asm template is checked.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { asm volatile("{int $0x80|int 0x80}" ::: "memory"); }
void b(void) { asm volatile("{nop|syscall}" ::: "memory"); }

// expected-error@6 {{inline assembly issues system-call instruction 'int $0x80'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@6 {{inline assembly issues system-call instruction 'int 0x80'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
