// SPDX-License-Identifier: Apache-2.0
// svc in file-scope asm is rejected.
// RUN: %verify_aarch64  %s

__asm__(".globl raw_exit\n"
        "raw_exit:\n\t"
        "mov x8, #93\n\t"
        "svc #0\n\t"
        "ret");

// expected-error@8 {{file-scope assembly issues system-call instruction 'svc #0'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or put audited asm between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>}}
