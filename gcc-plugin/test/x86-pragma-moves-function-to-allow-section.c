// SPDX-License-Identifier: Apache-2.0
// Under '#pragma XSC_ALLOW_TRAP' each function whose trap was allowed moves into
// the allow-trap section (and is not inlined), so the object agrees with what
// xsc-scan will see; functions without traps stay in .text.
// RUN: %gcc_x86_64 -O2 -c %s -o %t.o
// RUN: llvm-objdump -t %t.o | FileCheck %s
// REQUIRES: aarch64-gcc
// RUN: %gcc_aarch64 -O2 -c %s -o %t.a64.o
// RUN: llvm-objdump -t %t.a64.o | FileCheck %s

#ifdef __x86_64__
#define TRAP "syscall"
#else
#define TRAP "svc #0"
#endif
void traps(void) { __asm__ volatile(TRAP); }
static void inlined_trap(void) { __asm__ volatile(TRAP); }
void calls(void) { inlined_trap(); }
void clean(void) { __asm__ volatile("nop"); }
#pragma XSC_ALLOW_TRAP

// CHECK-DAG: xsc_allow_trap {{.*}} traps
// CHECK-DAG: xsc_allow_trap {{.*}} inlined_trap
// CHECK-DAG: .text {{.*}} calls
// CHECK-DAG: .text {{.*}} clean
