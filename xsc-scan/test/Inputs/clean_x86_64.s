# SPDX-License-Identifier: Apache-2.0
# A clean x86-64 input: no trap, only a look-alike inside an immediate.
	.text
	.globl	_start
	.type	_start,@function
_start:
	movl	$0x050f, %eax
	ret
	.size	_start, .-_start
