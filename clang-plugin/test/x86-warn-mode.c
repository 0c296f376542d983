// SPDX-License-Identifier: Apache-2.0
// -DXSC_ENFORCE_WARN downgrades the errors to warnings with the same words.
// RUN: %verify_x86_64 -DXSC_ENFORCE_WARN %s
// RUN: %verify_i386 -DXSC_ENFORCE_WARN %s

void a(void) { __asm__ volatile("syscall"); }

// expected-warning@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
