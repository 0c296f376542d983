// SPDX-License-Identifier: Apache-2.0
// File-scope asm is checked, with a note on how to allow it.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

__asm__(".text\n"
        ".globl raw_exit\n"
        "raw_exit:\n\t"
        "syscall\n\t"
        "ret");

// expected-error@9 {{file-scope assembly issues system-call instruction 'syscall'}}
// expected-note@9 {{call xsc_syscall() from <xsc/runtime.h>, or put audited asm between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>}}
