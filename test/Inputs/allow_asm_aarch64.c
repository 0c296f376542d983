/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_ASM_BEGIN/END on aarch64, around file-scope asm (raw_exit_asm)
 * and around a basic asm statement inside a function body (raw_getpid_asm).
 * Both trap at +0x4. _start exits 0 only when both lie between __start_ and
 * __stop_xsc_allow_trap (else 3). With -DWITH_ROGUE an unmarked function
 * issues an svc from .text: a violation.
 */
#include <xsc/allow_trap.h>

extern const char XSC_ALLOW_TRAP_START[], XSC_ALLOW_TRAP_STOP[];
__attribute__((noreturn)) void raw_exit_asm(long code);
long raw_getpid_asm(void);

__asm__(XSC_ALLOW_TRAP_ASM_BEGIN
	"\t.globl raw_exit_asm\n"
	"\t.p2align 2\n"
	"\t.type raw_exit_asm, %function\n"
	"raw_exit_asm:\n"
	"\tmov x8, #93\n"
	"\tsvc #0\n"
	"\t.size raw_exit_asm, .-raw_exit_asm\n"
	XSC_ALLOW_TRAP_ASM_END);

__attribute__((used)) void emit_getpid_block(void)
{
	__asm__ volatile(XSC_ALLOW_TRAP_ASM_BEGIN
			 "\t.globl raw_getpid_asm\n"
			 "\t.p2align 2\n"
			 "\t.type raw_getpid_asm, %function\n"
			 "raw_getpid_asm:\n"
			 "\tmov x8, #172\n"
			 "\tsvc #0\n"
			 "\tret\n"
			 "\t.size raw_getpid_asm, .-raw_getpid_asm\n"
			 XSC_ALLOW_TRAP_ASM_END);
}

#ifdef WITH_ROGUE
__attribute__((noinline)) long rogue_getpid(void)
{
	register long x8 __asm__("x8") = 172;
	register long x0 __asm__("x0");

	__asm__ volatile("svc #0" : "=r"(x0) : "r"(x8) : "memory");
	return x0;
}
#endif

static int in_allow_section(const void *p)
{
	return (const char *)p >= XSC_ALLOW_TRAP_START && (const char *)p < XSC_ALLOW_TRAP_STOP;
}

void _start(void)
{
	int ok = in_allow_section((const void *)raw_exit_asm) &&
		 in_allow_section((const void *)raw_getpid_asm) && raw_getpid_asm() > 0;

#ifdef WITH_ROGUE
	rogue_getpid();
#endif
	raw_exit_asm(ok ? 0 : 3);
}
