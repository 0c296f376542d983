/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_FN on aarch64: raw_syscall1 issues its svc from the
 * allow-trap section. _start exits 0 only when raw_syscall1 lies between
 * __start_ and __stop_xsc_allow_trap (else 3). With -DWITH_ROGUE an unmarked
 * function issues an svc from .text: a violation.
 */
#include <xsc/allow_trap.h>

extern const char XSC_ALLOW_TRAP_START[], XSC_ALLOW_TRAP_STOP[];

XSC_ALLOW_TRAP_FN long raw_syscall1(long nr, long a0)
{
	register long x8 __asm__("x8") = nr;
	register long x0 __asm__("x0") = a0;

	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8) : "memory");
	return x0;
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
	int ok = in_allow_section((const void *)raw_syscall1);

#ifdef WITH_ROGUE
	rogue_getpid();
#endif
	raw_syscall1(93, ok ? 0 : 3);
	__builtin_unreachable();
}
