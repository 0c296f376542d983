# SPDX-License-Identifier: Apache-2.0
# Input for the allow-section link tests: two traps in the xsc_allow_trap
# section (raw_syscall+0x3, raw_int80+0x0) and code in .text that references
# __start_/__stop_xsc_allow_trap, so the linkers must define them.
	.text
	.globl	_start
	.type	_start,@function
_start:
	leaq	__start_xsc_allow_trap(%rip), %rax
	leaq	__stop_xsc_allow_trap(%rip), %rdx
	call	raw_syscall
	ret
	.size	_start, .-_start

	.section xsc_allow_trap,"ax",@progbits
	.globl	raw_syscall
	.type	raw_syscall,@function
raw_syscall:
	movq	%rdi, %rax
	syscall
	ret
	.size	raw_syscall, .-raw_syscall

	.globl	raw_int80
	.type	raw_int80,@function
raw_int80:
	int	$0x80
	ret
	.size	raw_int80, .-raw_int80
