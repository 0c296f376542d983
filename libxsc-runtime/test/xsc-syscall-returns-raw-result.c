/* SPDX-License-Identifier: Apache-2.0 */
/* xsc_syscall() returns the raw kernel result: the value, or -errno. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	char c;

	xsc_test_setup();
	XSC_CHECK(xsc_syscall(SYS_getpid) == getpid());
	XSC_CHECK(xsc_syscall(SYS_getppid) == getppid());
	XSC_CHECK(xsc_syscall(SYS_read, -1, &c, 1) == -EBADF);
	XSC_CHECK(xsc_syscall(SYS_close, 100000) == -EBADF);
	XSC_CHECK(xsc_syscall(100000) == -ENOSYS); /* unknown numbers run in place */
	XSC_CHECK(errno == 0 || errno != EBADF);   /* errno is not touched */
	return XSC_T_PASS;
}
