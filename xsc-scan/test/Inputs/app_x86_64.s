# SPDX-License-Identifier: Apache-2.0
# An "application" for the format tests: a violation at do_raw+0x1c in .text
# and an allowed trap at raw_syscall6+0x12 in xsc_allow_trap.
	.text
	.globl	_start
	.type	_start,@function
_start:
	call	do_raw
	call	raw_syscall6
	ret
	.size	_start, .-_start

	.globl	do_raw
	.type	do_raw,@function
do_raw:
	.fill	0x1c, 1, 0x90
	syscall
	ret
	.size	do_raw, .-do_raw

	.section xsc_allow_trap,"ax",@progbits
	.globl	raw_syscall6
	.type	raw_syscall6,@function
raw_syscall6:
	.fill	0x12, 1, 0x90
	syscall
	ret
	.size	raw_syscall6, .-raw_syscall6
