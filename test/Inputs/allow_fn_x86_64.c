/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_FN on x86-64: raw_syscall1 issues its syscall from the
 * allow-trap section. _start exits 0 only when raw_syscall1 lies between
 * __start_ and __stop_xsc_allow_trap (else 3). With -DWITH_ROGUE an unmarked
 * function issues a syscall from .text: a violation.
 */
#include <xsc/allow_trap.h>

extern const char XSC_ALLOW_TRAP_START[], XSC_ALLOW_TRAP_STOP[];

XSC_ALLOW_TRAP_FN long raw_syscall1(long nr, long a0)
{
	long ret;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a0) : "rcx", "r11", "memory");
	return ret;
}

#ifdef WITH_ROGUE
__attribute__((noinline)) long rogue_getpid(void)
{
	long ret;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(39L) : "rcx", "r11", "memory");
	return ret;
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
	raw_syscall1(60, ok ? 0 : 3);
	__builtin_unreachable();
}
