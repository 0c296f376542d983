// SPDX-License-Identifier: Apache-2.0
// hvc, smc, brk, calls, labels, comments and data sections are not traps.
// RUN: %verify_aarch64  %s

void a(void) { __asm__ volatile("hvc #0"); }
void b(void) { __asm__ volatile("smc #0"); }
void c(void) { __asm__ volatile("brk #0"); }
void d(void) { __asm__ volatile("bl syscall"); }
void e(void) { __asm__ volatile("svc_entry: nop // svc #0"); }
void f(void) { __asm__ volatile(".pushsection .rodata\n\t.inst 0xd4000001\n\t.popsection"); }

// expected-no-diagnostics
