/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_TEXT (closed by .previous) and XSC_ALLOW_TRAP_PUSH/POP in an
 * x86-64 .S file: raw_exit and raw_getpid trap at +0x5 in the allow-trap
 * section. _start exits 0 only when both lie between __start_ and
 * __stop_xsc_allow_trap (else 3). With -DWITH_ROGUE, _start itself issues a
 * syscall from .text: a violation.
 */
#include <xsc/allow_trap.h>

	.text
	.globl	_start
	.type	_start, @function
_start:
#ifdef WITH_ROGUE
	movl	$39, %eax
	syscall
#endif
	call	raw_getpid
	xorl	%edi, %edi
	movl	$3, %esi
	leaq	XSC_ALLOW_TRAP_START(%rip), %rcx
	leaq	XSC_ALLOW_TRAP_STOP(%rip), %rdx
	leaq	raw_exit(%rip), %rax
	cmpq	%rcx, %rax
	cmovbq	%rsi, %rdi
	cmpq	%rdx, %rax
	cmovaeq	%rsi, %rdi
	leaq	raw_getpid(%rip), %rax
	cmpq	%rcx, %rax
	cmovbq	%rsi, %rdi
	cmpq	%rdx, %rax
	cmovaeq	%rsi, %rdi
	jmp	raw_exit
	.size	_start, .-_start

	XSC_ALLOW_TRAP_TEXT
	.type	raw_exit, @function
raw_exit:
	movl	$60, %eax
	syscall
	.size	raw_exit, .-raw_exit
	.previous

	XSC_ALLOW_TRAP_PUSH
	.type	raw_getpid, @function
raw_getpid:
	movl	$39, %eax
	syscall
	ret
	.size	raw_getpid, .-raw_getpid
	XSC_ALLOW_TRAP_POP
