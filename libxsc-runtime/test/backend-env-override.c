/* SPDX-License-Identifier: Apache-2.0 */
/*
 * XSC_BACKEND picks the backend: an unknown name is -EINVAL, "kernel" is
 * -ENODEV until the kernel module exists, "thread" always works, and "auto"
 * picks something that works.
 */
#define _GNU_SOURCE
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	const char *orig = getenv("XSC_BACKEND");

	setenv("XSC_BACKEND", "bogus", 1);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_AUTO) == -EINVAL);
	XSC_CHECK(xsc_backend_name() == NULL);
	/* Without setup, a call reports the setup error. */
	XSC_CHECK(xsc_getpid() == -EINVAL);

	setenv("XSC_BACKEND", "kernel", 1);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_AUTO) == -ENODEV);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_KERNEL) == -ENODEV);

	setenv("XSC_BACKEND", "thread", 1);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_AUTO) == 0);
	XSC_CHECK(strcmp(xsc_backend_name(), "thread") == 0);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_AUTO) == -EBUSY);
	XSC_CHECK(xsc_getpid() == getpid());
	xsc_runtime_fini();

	/* An explicit backend argument wins over the environment. */
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_THREAD) == 0);
	XSC_CHECK(strcmp(xsc_backend_name(), "thread") == 0);
	xsc_runtime_fini();

	setenv("XSC_BACKEND", "auto", 1);
	XSC_CHECK(xsc_runtime_init(XSC_BACKEND_AUTO) == 0);
	XSC_CHECK(xsc_getpid() == getpid());
	xsc_runtime_fini();
	if (orig)
		setenv("XSC_BACKEND", orig, 1);
	return XSC_T_PASS;
}
