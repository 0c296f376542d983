/* SPDX-License-Identifier: Apache-2.0 */
/*
 * aarch64 raw system call: the only code in libxsc-runtime that issues a trap
 * instruction. It sits in the allow-trap section, so xsc-scan reports the trap
 * as allowed. long xsc_raw_syscall6(long nr, long a0, ..., long a5) returns the
 * kernel's result (-errno on error) and touches no errno.
 */
#include <xsc/allow_trap.h>

	XSC_ALLOW_TRAP_PUSH
	.globl xsc_raw_syscall6
	.hidden xsc_raw_syscall6
	.type xsc_raw_syscall6, %function
	.p2align 4
xsc_raw_syscall6:
	.cfi_startproc
	mov x8, x0
	mov x0, x1
	mov x1, x2
	mov x2, x3
	mov x3, x4
	mov x4, x5
	mov x5, x6
	svc #0
	ret
	.cfi_endproc
	.size xsc_raw_syscall6, . - xsc_raw_syscall6
	XSC_ALLOW_TRAP_POP

	.section .note.GNU-stack, "", %progbits
