// SPDX-License-Identifier: Apache-2.0
// #pragma XSC_ALLOW_TRAP anywhere at file scope allows the traps of the whole translation unit.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ volatile("syscall"); }
static inline void b(void) { __asm__ volatile("int $0x80"); }
#pragma XSC_ALLOW_TRAP

// expected-no-diagnostics
