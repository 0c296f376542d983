// SPDX-License-Identifier: Apache-2.0
// aarch64 input for the allow-section link tests: two traps in xsc_allow_trap
// (raw_svc+0x4 'svc #0x0', raw_svc_imm+0x0 'svc #0x80'); .text references
// __start_/__stop_xsc_allow_trap.
	.text
	.globl	_start
	.p2align 2
	.type	_start,%function
_start:
	adrp	x0, __start_xsc_allow_trap
	adrp	x1, __stop_xsc_allow_trap
	bl	raw_svc
	ret
	.size	_start, .-_start

	.section xsc_allow_trap,"ax",%progbits
	.globl	raw_svc
	.p2align 2
	.type	raw_svc,%function
raw_svc:
	mov	x8, x0
	svc	#0
	ret
	.size	raw_svc, .-raw_svc

	.globl	raw_svc_imm
	.type	raw_svc_imm,%function
raw_svc_imm:
	svc	#0x80
	ret
	.size	raw_svc_imm, .-raw_svc_imm
