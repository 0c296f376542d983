// SPDX-License-Identifier: Apache-2.0
// sysret, int3, int $0x81 and other instructions are not traps.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

void a(void) { __asm__ volatile("sysret"); }
void b(void) { __asm__ volatile("int3"); }
void c(void) { __asm__ volatile("int $0x81"); }
void d(void) { __asm__ volatile("int $3"); }
void e(void) { __asm__ volatile("ud2; vmcall"); }
void f(void) { __asm__ volatile(".byte 0x0f, 0x04"); }

// CHECK-NOT: xsc
