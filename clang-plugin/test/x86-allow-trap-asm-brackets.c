// SPDX-License-Identifier: Apache-2.0
// Asm text bracketed with XSC_ALLOW_TRAP_ASM_BEGIN/END lands in the allow-trap section and is allowed.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

#include <xsc/allow_trap.h>
__asm__(XSC_ALLOW_TRAP_ASM_BEGIN
        ".globl xsc_raw_exit\n"
        "xsc_raw_exit: syscall; ret"
        XSC_ALLOW_TRAP_ASM_END);
void inline_block(void) {
  __asm__ volatile(XSC_ALLOW_TRAP_ASM_BEGIN "1: syscall" XSC_ALLOW_TRAP_ASM_END);
}

// expected-no-diagnostics
