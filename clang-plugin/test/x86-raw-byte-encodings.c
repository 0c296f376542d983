// SPDX-License-Identifier: Apache-2.0
// Raw trap encodings emitted with data directives into code are rejected.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { asm(".byte 0x0f, 0x05"); }
void b(void) { asm(".byte 15,5"); }
void c(void) { asm(".word 0x050f"); }
void d(void) { asm(".short 0x340f"); }
void e(void) { asm(".byte 0xcd\n\t.byte 0x80"); }
void f(void) { asm(".ascii \"\\x0f\\x05\""); }
void g(void) { asm(".4byte 0x90050f90"); }

// expected-error@6 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 0x0f, 0x05'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 15,5'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.word 0x050f'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@9 {{inline assembly emits the encoding of system-call instruction 'sysenter' in '.short 0x340f'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@10 {{inline assembly emits the encoding of system-call instruction 'int $0x80' in '.byte 0xcd'}}
// expected-note@10 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@11 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.ascii "\x0f\x05"'}}
// expected-note@11 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@12 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.4byte 0x90050f90'}}
// expected-note@12 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
