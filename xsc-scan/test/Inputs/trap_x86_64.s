# SPDX-License-Identifier: Apache-2.0
# A minimal x86-64 input with one syscall at _start+0x5 (.text+0x5): the raw
# material for malformed-input, directory-walk and format tests.
	.text
	.globl	_start
	.type	_start,@function
_start:
	.cfi_startproc
	movl	$60, %eax
	syscall
	ret
	.cfi_endproc
	.size	_start, .-_start
