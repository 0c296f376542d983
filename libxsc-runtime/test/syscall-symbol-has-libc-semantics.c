/* SPDX-License-Identifier: Apache-2.0 */
/* syscall() resolves to the runtime's: -1 and errno on error, through the ring. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	struct xsc_runtime_stats before, after;
	char c;

	xsc_test_setup();
	XSC_CHECK(xsc_runtime_stats(&before) == 0);
	XSC_CHECK(syscall(SYS_getpid) == getpid());
	errno = 0;
	XSC_CHECK(syscall(SYS_read, -1, &c, 1) == -1);
	XSC_CHECK(errno == EBADF);
	errno = 0;
	XSC_CHECK(syscall(SYS_read, 0, (void *)1, 0) >= 0 || errno != 0);
	XSC_CHECK(xsc_runtime_stats(&after) == 0);
	/* Both ring calls went through the runtime, not libc's syscall(). */
	XSC_CHECK(after.submitted >= before.submitted + 2);
	XSC_CHECK(after.completed >= before.completed + 2);
	XSC_CHECK(xsc_libc_syscall(SYS_close, 100000) == -1 && errno == EBADF);
	return XSC_T_PASS;
}
