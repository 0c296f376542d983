/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_TEXT (closed by .previous) and XSC_ALLOW_TRAP_PUSH/POP in an
 * aarch64 .S file: raw_exit and raw_getpid trap at +0x4 in the allow-trap
 * section. _start exits 0 only when both lie between __start_ and
 * __stop_xsc_allow_trap (else 3). With -DWITH_ROGUE, _start itself issues an
 * svc from .text: a violation.
 */
#include <xsc/allow_trap.h>

	.text
	.globl	_start
	.p2align 2
	.type	_start, %function
_start:
#ifdef WITH_ROGUE
	mov	x8, #172
	svc	#0
#endif
	bl	raw_getpid
	mov	x0, #0
	mov	x4, #3
	adrp	x2, XSC_ALLOW_TRAP_START
	add	x2, x2, :lo12:XSC_ALLOW_TRAP_START
	adrp	x3, XSC_ALLOW_TRAP_STOP
	add	x3, x3, :lo12:XSC_ALLOW_TRAP_STOP
	adr	x1, raw_exit
	cmp	x1, x2
	csel	x0, x4, x0, lo
	cmp	x1, x3
	csel	x0, x4, x0, hs
	adr	x1, raw_getpid
	cmp	x1, x2
	csel	x0, x4, x0, lo
	cmp	x1, x3
	csel	x0, x4, x0, hs
	b	raw_exit
	.size	_start, .-_start

	XSC_ALLOW_TRAP_TEXT
	.p2align 2
	.type	raw_exit, %function
raw_exit:
	mov	x8, #93
	svc	#0
	.size	raw_exit, .-raw_exit
	.previous

	XSC_ALLOW_TRAP_PUSH
	.p2align 2
	.type	raw_getpid, %function
raw_getpid:
	mov	x8, #172
	svc	#0
	ret
	.size	raw_getpid, .-raw_getpid
	XSC_ALLOW_TRAP_POP
