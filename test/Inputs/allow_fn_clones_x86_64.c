/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_ALLOW_TRAP_FN on a static function that gcc -O3 specializes (constprop,
 * isra clones): every copy of the function must stay in the allow-trap
 * section, since a clone in .text would be an unmarked trap. Exits 0.
 */
#include <xsc/allow_trap.h>

XSC_ALLOW_TRAP_FN static long raw_nr(long nr, long a0)
{
	long ret;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a0) : "rcx", "r11", "memory");
	return ret;
}

long getpid_twice(void)
{
	return raw_nr(39, 0) + raw_nr(39, 0);
}

long other(long x)
{
	return raw_nr(39, x);
}

void _start(void)
{
	raw_nr(60, getpid_twice() > 0 ? 0 : 1);
	__builtin_unreachable();
}
