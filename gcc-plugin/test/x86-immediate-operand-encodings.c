// SPDX-License-Identifier: Apache-2.0
// Encodings and vectors passed as known immediate operands are found.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { __asm__ volatile(".byte %c0, %c1" :: "i"(0x0f), "i"(0x05)); }
void b(void) { __asm__ volatile(".byte %c[op], %c[mod]" :: [op] "i"(0x0f), [mod] "i"(0x34)); }
void c(void) { __asm__ volatile("int %0" :: "i"(0x80)); }
enum { TRAP_VECTOR = 0x80 };
void d(void) { __asm__ volatile("int %[v]" :: [v] "n"(TRAP_VECTOR)); }

// CHECK: x86-immediate-operand-encodings.c:6:40: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 15, 5'
// CHECK-NEXT: x86-immediate-operand-encodings.c:6:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-immediate-operand-encodings.c:7:16: error: inline assembly emits the encoding of system-call instruction 'sysenter' in '.byte 15, 52'
// CHECK-NEXT: x86-immediate-operand-encodings.c:7:16: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-immediate-operand-encodings.c:8:34: error: inline assembly issues system-call instruction 'int $128'
// CHECK-NEXT: x86-immediate-operand-encodings.c:8:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-immediate-operand-encodings.c:10:34: error: inline assembly issues system-call instruction 'int $128'
// CHECK-NEXT: x86-immediate-operand-encodings.c:10:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
