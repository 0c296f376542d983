/* SPDX-License-Identifier: Apache-2.0 */
/* xsc_runtime_fini() stops everything; the next call sets the runtime up again. */
#define _GNU_SOURCE
#include <unistd.h>

#include "xsc_test.h"

int main(void)
{
	int i;

	xsc_test_setup();
	for (i = 0; i < 5; i++) {
		XSC_CHECK(xsc_getpid() == getpid());
		xsc_runtime_fini();
		XSC_CHECK(xsc_backend_name() == NULL);
		XSC_CHECK(xsc_runtime_stats(&(struct xsc_runtime_stats){ 0 }) == -ENODEV);
	}
	XSC_CHECK(xsc_getpid() == getpid()); /* implicit setup */
	XSC_CHECK(xsc_backend_name() != NULL);
	xsc_runtime_fini();
	xsc_runtime_fini(); /* twice is harmless */
	return XSC_T_PASS;
}
