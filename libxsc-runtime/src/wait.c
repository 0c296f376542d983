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
#include <sched.h>

#include "internal.h"

#define XSC_SPIN_WINDOW_NS 100000
#define XSC_SPIN_YIELD_NS 5000
static const int64_t backoff_ns[] = { 1000000, 5000000, 10000000, 100000000 };

/* Delivers what has arrived; own[0..n_own) are the caller's own calls. */
static void reap(struct XscRt *rt, struct xsc_call *c, struct xsc_call *own, unsigned n_own)
{
	if (c->route == XSC_ROUTE_URING)
		xsc_uring_reap(rt, own, n_own);
	else
		xsc_ring_drain(rt, 0, own, n_own, n_own == 1);
}

/* True when we run on the CPU the lead worker went idle on. Polling there
 * keeps the worker off the CPU it needs to answer us (a call then took ~23 us
 * instead of ~0.5), so such a caller yields instead, and the lead yields
 * after each post while one does. A heuristic: a stale CPU costs a yield. */
static int on_lead_cpu(struct XscRt *rt)
{
	int32_t cpu = atomic_load_explicit(&rt->consumer_cpu, memory_order_relaxed);

	return cpu >= 0 && sched_getcpu() == cpu;
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
		reap(rt, c, NULL, 0);
		rc = xsc_call_done(c) ? 0 : xsc_uring_sleep(rt, timeout_ns);
	} else {
		atomic_fetch_add_explicit(&rt->sleepers, 1, memory_order_relaxed);
		/* Heavy barrier (the lead posts with a light one): a CQE posted
		 * after this point finds sleepers > 0 and the lead drains for us;
		 * one posted before it we drain now. */
		xsc_heavy_barrier(rt);
		xsc_ring_drain(rt, 1, NULL, 0, 0);
		rc = xsc_futex_wait(state, XSC_CALL_SLEEPING, timeout_ns);
		atomic_fetch_sub_explicit(&rt->sleepers, 1, memory_order_relaxed);
	}
	expected = XSC_CALL_SLEEPING;
	/* Back to polling unless delivered meanwhile (then the CAS fails and the
	 * acquire makes the result visible). */
	atomic_compare_exchange_strong_explicit(state, &expected, XSC_CALL_PENDING,
						memory_order_acq_rel, memory_order_acquire);
	if (rc == -EINTR && !xsc_call_done(c) && !(c->priv[1] & XSC_CALL_F_CANCEL)) {
		/* A signal handler ran for this thread while it waited: the native
		 * call would have returned -EINTR, so interrupt ours. */
		/* Seq_cst: a worker whose call returns -EINTR after our signal
		 * sees the flag (pairs with call_cancelled()). */
		atomic_fetch_or_explicit((_Atomic uint64_t *)&c->priv[1], XSC_CALL_F_CANCEL,
					 memory_order_seq_cst);
		cancel(rt, c);
	}
}

/* Poll spacing: at least XSC_POLL_MIN_NS between two looks at the CR, plus
 * about a fast call's round trip per call still outstanding after the one
 * awaited. A poll pulls the CQE line the worker is writing back to us, and a
 * poll that lands between the worker's stores to one CQE makes it fetch the
 * line again: polling flat out made a lone getpid ~10% slower on the 2-vCPU
 * VMs (docs/runtime/benchmarks.md). */
#define XSC_POLL_MIN_NS 40
#define XSC_POLL_NS_PER_CALL 50

void xsc_wait_call(struct XscRt *rt, struct xsc_call *calls, unsigned n, unsigned idx)
{
	struct xsc_call *c = &calls[idx];
	XscPollWindow window = { 0 };
	unsigned i, j, spacing, tick = 0;

	if (xsc_call_done(c))
		return;
	/* Spin hints between polls: a caller that still waits for many calls
	 * looks rarely, and more often as they come in. */
	spacing = (XSC_POLL_MIN_NS + (n - 1 - idx) * XSC_POLL_NS_PER_CALL) / rt->pause_ns;
	if (spacing == 0)
		spacing = 1;
	if (rt->spin_ok) {
		int shared = 0; /* counted in rt->colocated */

		for (i = 1;; i++) {
			reap(rt, c, calls, n);
			if (xsc_call_done(c))
				break;
			if ((i & 31) == 1 && c->route == XSC_ROUTE_RING &&
			    shared != on_lead_cpu(rt)) {
				shared = !shared;
				atomic_fetch_add_explicit(&rt->colocated, shared ? 1u : (uint32_t)-1,
							  memory_order_relaxed);
			}
			/* Every 32 polls, or at each yield: 32 yields would make the
			 * window end tens of microseconds late. */
			if (((i & 31) == 0 || shared) &&
			    xsc_poll_window_over(&window, XSC_SPIN_WINDOW_NS, XSC_SPIN_YIELD_NS))
				break;
			if (shared)
				xsc_yield();
			else
				for (j = 0; j < spacing; j++)
					xsc_cpu_relax();
		}
		if (shared)
			atomic_fetch_sub_explicit(&rt->colocated, 1, memory_order_relaxed);
		if (xsc_call_done(c))
			return;
	}
	for (;;) {
		reap(rt, c, calls, n);
		if (xsc_call_done(c))
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
