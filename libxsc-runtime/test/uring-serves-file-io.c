/* SPDX-License-Identifier: Apache-2.0 */
/*
 * On the uring backend, file I/O goes to io_uring and the rest (getpid) to the
 * thread fallback.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	struct xsc_runtime_stats a, b, c;
	char buf[4];
	long fd;

	if (strcmp(xsc_test_setup(), "uring"))
		xsc_test_skip("the backend is not uring");
	XSC_CHECK(xsc_runtime_stats(&a) == 0);
	fd = xsc_open("/dev/zero", O_RDONLY, 0);
	XSC_CHECK(fd >= 0);
	XSC_CHECK(xsc_read((int)fd, buf, sizeof(buf)) == sizeof(buf));
	XSC_CHECK(xsc_close((int)fd) == 0);
	XSC_CHECK(xsc_runtime_stats(&b) == 0);
	XSC_CHECK(b.uring == a.uring + 3);
	XSC_CHECK(xsc_getpid() == getpid());
	XSC_CHECK(xsc_runtime_stats(&c) == 0);
	XSC_CHECK(c.uring == b.uring && c.submitted == b.submitted + 1);
	return XSC_T_PASS;
}
