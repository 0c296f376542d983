// SPDX-License-Identifier: Apache-2.0
// Raw svc encodings (.inst, .word, .4byte, .byte, immediate operands) are rejected.
// RUN: %verify_aarch64  %s

void a(void) { __asm__ volatile(".inst 0xd4000001"); }
void b(void) { __asm__ volatile(".word 0xd4000021"); }
void c(void) { __asm__ volatile(".4byte 0xd4000001"); }
void d(void) { __asm__ volatile(".byte 0x01, 0x00, 0x00, 0xd4"); }
void e(void) { __asm__ volatile(".inst %c0" :: "i"(0xd4000001)); }

// expected-error@5 {{inline assembly emits the encoding of system-call instruction 'svc #imm' in '.inst 0xd4000001'}}
// expected-note@5 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@6 {{inline assembly emits the encoding of system-call instruction 'svc #imm' in '.word 0xd4000021'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly emits the encoding of system-call instruction 'svc #imm' in '.4byte 0xd4000001'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly emits the encoding of system-call instruction 'svc #imm' in '.byte 0x01, 0x00, 0x00, 0xd4'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@9 {{inline assembly emits the encoding of system-call instruction 'svc #imm' in '.inst 3556769793'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
