// SPDX-License-Identifier: Apache-2.0
// A misspelt XSC_ pragma grants nothing and is warned about.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

#pragma XSC_ALLOW_TRAPS
#pragma xsc_allow_trap
void a(void) { __asm__ volatile("syscall"); }

// CHECK: x86-pragma-misspelt-grants-nothing.c:6: warning: unknown pragma 'XSC_ALLOW_TRAPS' grants nothing; the opt-out is spelt '#pragma XSC_ALLOW_TRAP'
// CHECK: x86-pragma-misspelt-grants-nothing.c:7: warning: unknown pragma 'xsc_allow_trap' grants nothing; the opt-out is spelt '#pragma XSC_ALLOW_TRAP'
// CHECK: x86-pragma-misspelt-grants-nothing.c:8:34: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-pragma-misspelt-grants-nothing.c:8:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
