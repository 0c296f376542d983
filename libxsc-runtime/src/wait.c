/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Adaptive waiting for one call (the XSC polling design): poll for an active
 * window of about 100 us, reaping completions as they come (yielding now and
 * then after the first 5 us, in case the worker shares our CPU); then sleep in
 * growing ticks (1 ms, 5 ms, 10 ms, then a long idle tick) during which the
 * deliverer wakes us as soon as the result is in. With one CPU online there is
 * no polling at all: a spinning caller would only delay the worker it waits for.
 */
#include <errno.h>

#include "internal.h"

#define XSC_SPIN_WINDOW_NS 100000
#define XSC_SPIN_YIELD_NS 5000
static const int64_t backoff_ns[] = { 1000000, 5000000, 10000000, 100000000 };

static int is_done(struct xsc_call *c)
{
	/* Acquire: pairs with xsc_deliver's exchange, so result is visible. */
	return atomic_load_explicit((_Atomic uint32_t *)&c->state, memory_order_acquire) ==
	       XSC_CALL_DONE;
}

static void reap(struct XscRt *rt, struct xsc_call *c, int alone)
{
	if (c->route == XSC_ROUTE_URING)
		xsc_uring_reap(rt);
	else
		xsc_ring_drain(rt, 0, alone ? c : NULL);
}

/* True when the consumer has not yet taken the call's SQE off the SR. */
static int unclaimed(struct XscRt *rt, struct xsc_call *c)
{
	uint32_t head = atomic_load_explicit((_Atomic uint32_t *)&rt->ring.sr->head,
					     memory_order_relaxed);

	return c->route == XSC_ROUTE_RING && (int32_t)(head - (uint32_t)c->priv[0]) <= 0;
}

static void cancel(struct XscRt *rt, struct xsc_call *c)
{
	if (c->route == XSC_ROUTE_URING)
		xsc_uring_cancel(rt, c);
	else
		rt->consumer->cancel(rt, c);
}

static void sleep_once(struct XscRt *rt, struct xsc_call *c, int64_t timeout_ns)
{
	_Atomic uint32_t *state = (_Atomic uint32_t *)&c->state;
	uint32_t expected = XSC_CALL_PENDING;
	long rc;

	/* Announce the sleep; the deliverer's exchange then sees SLEEPING and
	 * wakes us. If the exchange already happened, the CAS fails. */
	if (!atomic_compare_exchange_strong_explicit(state, &expected, XSC_CALL_SLEEPING,
						     memory_order_acq_rel, memory_order_acquire))
		return;
	if (c->route == XSC_ROUTE_URING) {
		reap(rt, c, 0);
		rc = is_done(c) ? 0 : xsc_uring_sleep(rt, timeout_ns);
	} else {
		atomic_fetch_add_explicit(&rt->sleepers, 1, memory_order_relaxed);
		/* Full barrier: a worker posting a CQE after this point sees
		 * sleepers > 0 and drains for us; one posted before it we drain now. */
		atomic_thread_fence(memory_order_seq_cst);
		xsc_ring_drain(rt, 1, NULL);
		rc = xsc_futex_wait(state, XSC_CALL_SLEEPING, timeout_ns);
		atomic_fetch_sub_explicit(&rt->sleepers, 1, memory_order_relaxed);
	}
	expected = XSC_CALL_SLEEPING;
	/* Back to polling unless delivered meanwhile (then the CAS fails and the
	 * acquire makes the result visible). */
	atomic_compare_exchange_strong_explicit(state, &expected, XSC_CALL_PENDING,
						memory_order_acq_rel, memory_order_acquire);
	if (rc == -EINTR && !is_done(c) && !(c->priv[1] & XSC_CALL_F_CANCEL)) {
		/* A signal handler ran for this thread while it waited: the native
		 * call would have returned -EINTR, so interrupt ours. */
		/* Seq_cst: a worker whose call returns -EINTR after our signal
		 * sees the flag (pairs with call_cancelled()). */
		atomic_fetch_or_explicit((_Atomic uint64_t *)&c->priv[1], XSC_CALL_F_CANCEL,
					 memory_order_seq_cst);
		cancel(rt, c);
	}
}

void xsc_wait_call(struct XscRt *rt, struct xsc_call *c, unsigned spacing, int alone)
{
	XscPollWindow window = { 0 };
	unsigned i, j, tick = 0;

	if (is_done(c))
		return;
	if (rt->spin_ok) {
		for (i = 1;; i++) {
			if (is_done(c))
				return;
			reap(rt, c, alone);
			if ((i & 31) == 0 &&
			    xsc_poll_window_over(&window, XSC_SPIN_WINDOW_NS, XSC_SPIN_YIELD_NS))
				break;
			/* A lone call polls flat out for its first 32 polls (about
			 * a microsecond: a pause would add its ~30 ns to the answer),
			 * then with the spin hint. */
			for (j = 0; j < spacing && (i > 32 || spacing > 1); j++)
				xsc_cpu_relax();
		}
	}
	for (;;) {
		reap(rt, c, alone);
		if (is_done(c))
			return;
		/* The call waited a whole window (or there is no window on one
		 * CPU): make sure some worker is awake to take it. */
		if (unclaimed(rt, c))
			rt->consumer->kick(rt, tick ? 2 : 1, (uint32_t)c->priv[0]);
		/* A cancel signal can land before the worker enters the call;
		 * repeat it each tick until the call ends. */
		if ((c->priv[1] & XSC_CALL_F_CANCEL) && tick)
			cancel(rt, c);
		sleep_once(rt, c, backoff_ns[tick]);
		if (tick + 1 < sizeof(backoff_ns) / sizeof(backoff_ns[0]))
			tick++;
	}
}
