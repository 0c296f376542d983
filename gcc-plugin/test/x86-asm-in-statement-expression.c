// SPDX-License-Identifier: Apache-2.0
// Asm inside GNU statement expressions, nested in arithmetic, is found.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

int f(int x) { return x + ({ long r; __asm__("syscall" : "=a"(r) : "a"(x)); (int)r; }); }
int g(int x) { int y = x * 2 + ({ int z; __asm__("int $0x80" : "=a"(z)); z; }); return y; }

// CHECK: x86-asm-in-statement-expression.c:6:47: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-asm-in-statement-expression.c:6:47: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-asm-in-statement-expression.c:7:51: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK-NEXT: x86-asm-in-statement-expression.c:7:51: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
