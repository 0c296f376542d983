// SPDX-License-Identifier: Apache-2.0
// File-scope asm is checked, with a note on how to allow it.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

__asm__(".text\n"
        ".globl raw_exit\n"
        "raw_exit:\n\t"
        "syscall\n\t"
        "ret");

// CHECK: x86-file-scope-asm.c:9:10: error: file-scope assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-file-scope-asm.c:9:10: note: call xsc_syscall() from <xsc/runtime.h>, or put audited asm between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>
