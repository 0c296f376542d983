// SPDX-License-Identifier: Apache-2.0
// int $0x80 is a trap however its immediate is written.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { asm("int $0x80"); }
void b(void) { asm("int $128"); }
void c(void) { asm("INT $0X80"); }
void d(void) { asm("int\t$(0x40 * 2)"); }

// expected-error@6 {{inline assembly issues system-call instruction 'int $0x80'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'int $128'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly issues system-call instruction 'INT $0X80'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@9 {{inline assembly issues system-call instruction 'int $(0x40 * 2)'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
