// SPDX-License-Identifier: Apache-2.0
// The error points at the offending byte inside the string literal, also when
// the literal is split over lines and across macro expansion.
// RUN: not %clang_x86_64 -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:

#define EXIT_TRAP "\tsyscall\n"
void a(void) {
  __asm__ volatile("mov $60, %%eax\n\t"
                   "xor %%edi, %%edi\n"  "  int $0x80" ::: "eax", "edi");
}
void b(void) { __asm__ volatile("nop\n" EXIT_TRAP); }

// CHECK: error-column-inside-string-literal.c:9:45: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK: error-column-inside-string-literal.c:11:41: error: inline assembly issues system-call instruction 'syscall'
// CHECK: error-column-inside-string-literal.c:6:22: note: expanded from macro 'EXIT_TRAP'
