// SPDX-License-Identifier: Apache-2.0
// Traps built from macros and string-literal concatenation are found.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

#define TRAP "sys" "call"
#define STR(x) #x
#define ASM_TRAP(insn) __asm__ volatile(insn)
void a(void) { __asm__ volatile("nop\n\t" TRAP); }
void b(void) { __asm__ volatile(STR(syscall)); }
void c(void) { ASM_TRAP("int $0x80"); }

// CHECK: x86-macro-and-concatenation.c:9:16: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-macro-and-concatenation.c:9:16: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-macro-and-concatenation.c:10:16: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-macro-and-concatenation.c:10:16: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-macro-and-concatenation.c:11:26: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK-NEXT: x86-macro-and-concatenation.c:11:26: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
