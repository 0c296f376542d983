# SPDX-License-Identifier: Apache-2.0
# i386 input for the allow-section link tests: two traps in xsc_allow_trap
# (raw_int80+0x3, raw_sysenter+0x0); .text references __start_/__stop_.
	.text
	.globl	_start
	.type	_start,@function
_start:
	movl	$__start_xsc_allow_trap, %eax
	movl	$__stop_xsc_allow_trap, %edx
	call	raw_int80
	ret
	.size	_start, .-_start

	.section xsc_allow_trap,"ax",@progbits
	.globl	raw_int80
	.type	raw_int80,@function
raw_int80:
	movl	%ebx, %eax
	int	$0x80
	ret
	.size	raw_int80, .-raw_int80

	.globl	raw_sysenter
	.type	raw_sysenter,@function
raw_sysenter:
	sysenter
	ret
	.size	raw_sysenter, .-raw_sysenter
