// SPDX-License-Identifier: Apache-2.0
// Asm text bracketed with XSC_ALLOW_TRAP_ASM_BEGIN/END lands in the allow-trap section and is allowed.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

#include <xsc/allow_trap.h>
__asm__(XSC_ALLOW_TRAP_ASM_BEGIN
        ".globl xsc_raw_exit\n"
        "xsc_raw_exit: syscall; ret"
        XSC_ALLOW_TRAP_ASM_END);
void inline_block(void) {
  __asm__ volatile(XSC_ALLOW_TRAP_ASM_BEGIN "1: syscall" XSC_ALLOW_TRAP_ASM_END);
}

// CHECK-NOT: xsc
