// SPDX-License-Identifier: Apache-2.0
// Traps built from macros and string-literal concatenation are found.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

#define TRAP "sys" "call"
#define STR(x) #x
#define ASM_TRAP(insn) __asm__ volatile(insn)
void a(void) { __asm__ volatile("nop\n\t" TRAP); }
void b(void) { __asm__ volatile(STR(syscall)); }
void c(void) { ASM_TRAP("int $0x80"); }

// expected-error@9 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@10 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@10 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@11 {{inline assembly issues system-call instruction 'int $0x80'}}
// expected-note@11 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
