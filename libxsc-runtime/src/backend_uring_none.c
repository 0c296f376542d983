/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Built instead of backend_uring.c when liburing is not available for the
 * target (the aarch64 cross build): the uring backend reports -ENODEV and the
 * runtime never routes a call to it.
 */
#include <errno.h>

#include "internal.h"

int xsc_uring_start(struct XscRt *rt) { (void)rt; return -ENODEV; }
void xsc_uring_stop(struct XscRt *rt) { (void)rt; }
int xsc_uring_serves(const struct xsc_call *c) { (void)c; return 0; }
int xsc_uring_submit(struct XscRt *rt, struct xsc_call **calls, unsigned n)
{
	(void)rt; (void)calls; (void)n;
	return -ENODEV;
}
void xsc_uring_reap(struct XscRt *rt, struct xsc_call *own, unsigned n_own) { (void)rt; (void)own; (void)n_own; }
long xsc_uring_sleep(struct XscRt *rt, int64_t timeout_ns)
{
	(void)rt; (void)timeout_ns;
	return -ENODEV;
}
void xsc_uring_cancel(struct XscRt *rt, struct xsc_call *c) { (void)rt; (void)c; }
void xsc_uring_poke(struct XscRt *rt) { (void)rt; }
