// SPDX-License-Identifier: Apache-2.0
// #pragma XSC_ALLOW_TRAP inside a function grants nothing and is warned about.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) {
#pragma XSC_ALLOW_TRAP
  __asm__ volatile("syscall");
}

// expected-error@8 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-warning@7 {{'#pragma XSC_ALLOW_TRAP' is only honoured at file scope}}
