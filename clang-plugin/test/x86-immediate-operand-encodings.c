// SPDX-License-Identifier: Apache-2.0
// Encodings and vectors passed as known immediate operands are found.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ volatile(".byte %c0, %c1" :: "i"(0x0f), "i"(0x05)); }
void b(void) { __asm__ volatile(".byte %c[op], %c[mod]" :: [op] "i"(0x0f), [mod] "i"(0x34)); }
void c(void) { __asm__ volatile("int %0" :: "i"(0x80)); }
enum { TRAP_VECTOR = 0x80 };
void d(void) { __asm__ volatile("int %[v]" :: [v] "n"(TRAP_VECTOR)); }

// expected-error@6 {{inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 15, 5'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly emits the encoding of system-call instruction 'sysenter' in '.byte 15, 52'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@8 {{inline assembly issues system-call instruction 'int $128'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@10 {{inline assembly issues system-call instruction 'int $128'}}
// expected-note@10 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
