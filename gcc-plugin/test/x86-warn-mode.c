// SPDX-License-Identifier: Apache-2.0
// -DXSC_ENFORCE_WARN downgrades the errors to warnings with the same words.
// RUN: %gcc_x86_64 -DXSC_ENFORCE_WARN -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: %gcc_i386 -DXSC_ENFORCE_WARN -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { __asm__ volatile("syscall"); }

// CHECK: x86-warn-mode.c:6:34: warning: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-warn-mode.c:6:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
