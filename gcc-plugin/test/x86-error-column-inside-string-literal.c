// SPDX-License-Identifier: Apache-2.0
// The error points at the offending byte inside the string literal when the
// literal is written at the asm statement (GCC keeps no location for asm
// strings; the plugin finds the byte by re-reading the source), and at the asm
// keyword when the text comes from a macro.
// RUN: not %gcc_x86_64 -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:

#define EXIT_TRAP "\tsyscall\n"
void a(void) {
  __asm__ volatile("mov $60, %%eax\n\t"
                   "xor %%edi, %%edi\n"  "  int $0x80" ::: "eax", "edi");
}
void b(void) { __asm__ volatile("nop\n" EXIT_TRAP); }

// CHECK: error-column-inside-string-literal.c:11:45: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK: error-column-inside-string-literal.c:13:16: error: inline assembly issues system-call instruction 'syscall'
