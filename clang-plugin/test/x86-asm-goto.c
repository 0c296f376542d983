// SPDX-License-Identifier: Apache-2.0
// asm goto is checked like any extended asm.
// RUN: %verify_x86_64  %s

int a(void) {
  asm goto("test %%eax, %%eax; jz %l0; syscall" :::: out);
  return 0;
out:
  return 1;
}

// expected-error@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
