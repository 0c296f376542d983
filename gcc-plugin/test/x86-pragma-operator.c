// SPDX-License-Identifier: Apache-2.0
// _Pragma("XSC_ALLOW_TRAP") is the same opt-out as #pragma XSC_ALLOW_TRAP.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

_Pragma("XSC_ALLOW_TRAP")
void a(void) { __asm__ volatile("syscall"); }

// CHECK-NOT: xsc
