// SPDX-License-Identifier: Apache-2.0
// sysenter is a trap.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { __asm__ __volatile__("sysenter"); }

// CHECK: x86-sysenter-mnemonic.c:6:38: error: inline assembly issues system-call instruction 'sysenter'
// CHECK-NEXT: x86-sysenter-mnemonic.c:6:38: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
