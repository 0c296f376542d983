// SPDX-License-Identifier: Apache-2.0
// svc in file-scope asm is rejected.
// RUN: not %gcc_aarch64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// REQUIRES: aarch64-gcc

__asm__(".globl raw_exit\n"
        "raw_exit:\n\t"
        "mov x8, #93\n\t"
        "svc #0\n\t"
        "ret");

// CHECK: aarch64-svc-in-file-scope-asm.c:9:10: error: file-scope assembly issues system-call instruction 'svc #0'
// CHECK-NEXT: aarch64-svc-in-file-scope-asm.c:9:10: note: call xsc_syscall() from <xsc/runtime.h>, or put audited asm between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>
