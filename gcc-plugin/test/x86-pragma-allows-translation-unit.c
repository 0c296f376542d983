// SPDX-License-Identifier: Apache-2.0
// #pragma XSC_ALLOW_TRAP anywhere at file scope allows the traps of the whole translation unit.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

void a(void) { __asm__ volatile("syscall"); }
static inline void b(void) { __asm__ volatile("int $0x80"); }
#pragma XSC_ALLOW_TRAP

// CHECK-NOT: xsc
