// SPDX-License-Identifier: Apache-2.0
// Intel-syntax int 0x80 and int 80h are traps.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { asm(".intel_syntax noprefix\n\tint 0x80\n\t.att_syntax prefix"); }
void b(void) { asm(".intel_syntax noprefix\n\tINT 80h\n\t.att_syntax prefix"); }

// expected-error@6 {{inline assembly issues system-call instruction 'int 0x80'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'INT 80h'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
