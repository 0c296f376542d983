// SPDX-License-Identifier: Apache-2.0
// A trap after labels or instruction prefixes is still a trap.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { __asm__ volatile("1: syscall"); }
void b(void) { __asm__ volatile("entry: lock; sysenter"); }

// CHECK: x86-labels-and-prefixes.c:6:37: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-labels-and-prefixes.c:6:37: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-labels-and-prefixes.c:7:47: error: inline assembly issues system-call instruction 'sysenter'
// CHECK-NEXT: x86-labels-and-prefixes.c:7:47: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
