/* SPDX-License-Identifier: Apache-2.0 */
/* A header with an unused static inline raw-syscall helper, as many projects
 * ship: the plugins reject it even though nothing calls it. */
static inline long raw_syscall0(long n)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
	return ret;
}
