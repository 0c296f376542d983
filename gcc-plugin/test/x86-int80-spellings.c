// SPDX-License-Identifier: Apache-2.0
// int $0x80 is a trap however its immediate is written.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { asm("int $0x80"); }
void b(void) { asm("int $128"); }
void c(void) { asm("INT $0X80"); }
void d(void) { asm("int\t$(0x40 * 2)"); }

// CHECK: x86-int80-spellings.c:6:21: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK-NEXT: x86-int80-spellings.c:6:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-int80-spellings.c:7:21: error: inline assembly issues system-call instruction 'int $128'
// CHECK-NEXT: x86-int80-spellings.c:7:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-int80-spellings.c:8:21: error: inline assembly issues system-call instruction 'INT $0X80'
// CHECK-NEXT: x86-int80-spellings.c:8:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-int80-spellings.c:9:21: error: inline assembly issues system-call instruction 'int $(0x40 * 2)'
// CHECK-NEXT: x86-int80-spellings.c:9:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
