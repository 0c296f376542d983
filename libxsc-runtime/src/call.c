/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Calls: routing by the syscall-class table, the batching API (xsc_prep,
 * xsc_submit, xsc_reap), xsc_syscall() and the exported syscall() with libc
 * semantics. A call runs in place when its class must stay on the calling
 * thread, on io_uring when that backend serves it, and on the XSC ring otherwise.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "internal.h"

#define XSC_SUBMIT_CHUNK 64

void xsc_prep(struct xsc_call *c, long nr, const long *args, unsigned nargs)
{
	unsigned i;

	memset(c, 0, sizeof(*c));
	c->nr = nr;
	for (i = 0; i < nargs && i < 6; i++)
		c->args[i] = args[i];
}

static int route(struct XscRt *rt, const struct xsc_call *c)
{
	if (!XSC_CLASS_ON_RING(xsc_syscall_class(c->nr)))
		return XSC_ROUTE_LOCAL;
	if (rt->uring && xsc_uring_serves(c))
		return XSC_ROUTE_URING;
	return XSC_ROUTE_RING;
}

static void run_local(struct XscRt *rt, struct xsc_call *c)
{
	c->result = xsc_raw_syscall6(c->nr, c->args[0], c->args[1], c->args[2], c->args[3],
				     c->args[4], c->args[5]);
	atomic_fetch_add_explicit(&rt->n_local, 1, memory_order_relaxed);
	/* Release: a reaper in another thread sees result (relevant only if
	 * the caller hands its batch over). */
	atomic_store_explicit((_Atomic uint32_t *)&c->state, XSC_CALL_DONE, memory_order_release);
}

int xsc_submit(struct xsc_call *calls, unsigned n)
{
	struct xsc_call *ring[XSC_SUBMIT_CHUNK], *uring[XSC_SUBMIT_CHUNK];
	unsigned i, nr = 0, nu = 0;
	long err = 0;
	struct XscRt *rt = xsc_rt_get(&err);

	if (!rt)
		return (int)err;
	if (!calls && n)
		return -EINVAL;
	for (i = 0; i < n; i++) {
		struct xsc_call *c = &calls[i];

		c->priv[1] = 0;
		c->route = (uint32_t)route(rt, c);
		if (c->route == XSC_ROUTE_LOCAL) {
			run_local(rt, c);
			continue;
		}
		if (c->route == XSC_ROUTE_URING)
			uring[nu++] = c;
		else
			ring[nr++] = c;
		if (nr == XSC_SUBMIT_CHUNK) {
			xsc_ring_submit(rt, ring, nr);
			nr = 0;
		}
		if (nu == XSC_SUBMIT_CHUNK) {
			xsc_uring_submit(rt, uring, nu);
			nu = 0;
		}
	}
	if (nr)
		xsc_ring_submit(rt, ring, nr);
	if (nu)
		xsc_uring_submit(rt, uring, nu);
	return (int)n;
}

int xsc_reap(struct xsc_call *calls, unsigned n)
{
	long err = 0;
	struct XscRt *rt = xsc_rt_get(&err);
	unsigned i;

	if (!rt)
		return (int)err;
	for (i = 0; i < n; i++) {
		if (atomic_load_explicit((_Atomic uint32_t *)&calls[i].state,
					 memory_order_relaxed) == XSC_CALL_IDLE)
			return -EINVAL;
	}
	for (i = 0; i < n; i++) {
		/* Most calls of a batch are delivered by the drain that delivers
		 * the first one: no call into the wait path for them. */
		if (!xsc_call_done(&calls[i]))
			xsc_wait_call(rt, calls, n, i);
	}
	return 0;
}

long xsc_syscall6(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
	struct xsc_call c = { .nr = nr, .args = { a0, a1, a2, a3, a4, a5 } };
	struct xsc_call *one = &c;
	long err = 0;
	struct XscRt *rt = xsc_rt_get(&err);

	if (!rt)
		return err;
	c.route = (uint32_t)route(rt, &c);
	if (c.route == XSC_ROUTE_LOCAL) {
		run_local(rt, &c);
		return c.result;
	}
	if (c.route == XSC_ROUTE_URING)
		xsc_uring_submit(rt, &one, 1);
	else
		xsc_ring_submit(rt, &one, 1);
	xsc_wait_call(rt, &c, 1, 0);
	return c.result;
}

long xsc_syscall(long nr, ...)
{
	va_list ap;
	long a[6];
	int i;

	/* Like syscall(2): six arguments are read whatever the caller passed. */
	va_start(ap, nr);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return xsc_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

long xsc_libc_syscall(long nr, ...)
{
	va_list ap;
	long a[6], res;
	int i;

	va_start(ap, nr);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	res = xsc_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	if (res < 0 && res > -4096) {
		errno = (int)-res;
		return -1;
	}
	return res;
}

/* The libc name. <unistd.h> is not included here, so its declaration does
 * not clash with the alias. */
long syscall(long nr, ...) __attribute__((alias("xsc_libc_syscall")));
