// SPDX-License-Identifier: Apache-2.0
// #pragma XSC_ALLOW_TRAP inside a function grants nothing and is warned about.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) {
#pragma XSC_ALLOW_TRAP
  __asm__ volatile("syscall");
}

// CHECK: x86-pragma-inside-function-grants-nothing.c:7:9: warning: '#pragma XSC_ALLOW_TRAP' is only honoured at file scope
// CHECK: x86-pragma-inside-function-grants-nothing.c:8:21: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-pragma-inside-function-grants-nothing.c:8:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
