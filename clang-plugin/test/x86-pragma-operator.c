// SPDX-License-Identifier: Apache-2.0
// _Pragma("XSC_ALLOW_TRAP") is the same opt-out as #pragma XSC_ALLOW_TRAP.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

_Pragma("XSC_ALLOW_TRAP")
void a(void) { __asm__ volatile("syscall"); }

// expected-no-diagnostics
