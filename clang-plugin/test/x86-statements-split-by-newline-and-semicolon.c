// SPDX-License-Identifier: Apache-2.0
// Statements split by newlines and semicolons are each checked; the error points at the instruction.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) {
  __asm__ volatile("mov $60, %%eax\n\t"
                   "xor %%edi, %%edi\n\t"
                   "syscall" ::: "eax", "edi");
}
void b(void) { __asm__ volatile("nop; nop; sysenter; nop"); }

// expected-error@9 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@11 {{inline assembly issues system-call instruction 'sysenter'}}
// expected-note@11 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
