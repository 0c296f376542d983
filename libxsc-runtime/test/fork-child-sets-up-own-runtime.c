/* SPDX-License-Identifier: Apache-2.0 */
/*
 * After fork() the child has no workers of its own: its first call sets up a
 * fresh runtime, and it sees its own pid.
 */
#define _GNU_SOURCE
#include <sys/wait.h>
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	int p[2], status;
	pid_t child;
	char c = 0;

	if (getenv("XSC_TEST_QEMU_USER"))
		xsc_test_skip("qemu-user aborts on fork() in a multi-threaded process "
			      "(cpu_exec assertion in qemu 7.2)");
	xsc_test_setup();
	XSC_CHECK(xsc_getpid() == getpid());
	XSC_CHECK(pipe(p) == 0);
	child = fork();
	XSC_CHECK(child >= 0);
	if (child == 0) {
		if (xsc_getpid() != getpid())
			_exit(1);
		if (xsc_write(p[1], "k", 1) != 1)
			_exit(1);
		_exit(0);
	}
	XSC_CHECK(xsc_read(p[0], &c, 1) == 1 && c == 'k');
	XSC_CHECK(waitpid(child, &status, 0) == child);
	XSC_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	XSC_CHECK(xsc_getpid() == getpid());
	return XSC_T_PASS;
}
