/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Private interfaces of libxsc-runtime: the process-wide context, the ring
 * consumer interface that backends implement, and the helpers shared by the
 * submit, reap and wait paths. Invariant: every call in flight holds exactly one
 * credit of the transport carrying it, so no ring can overflow.
 */
#ifndef XSC_RUNTIME_INTERNAL_H
#define XSC_RUNTIME_INTERNAL_H

#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>

/* Adds to a counter only one thread writes at a time (under a lock). */
#define XSC_COUNT(counter, n)                                                        \
	atomic_store_explicit(&(counter),                                            \
			      atomic_load_explicit(&(counter), memory_order_relaxed) + (n), \
			      memory_order_relaxed)

#include <xsc/ring.h>
#include <xsc/runtime.h>

#include "xsc_arch.h"

#define XSC_HIDDEN __attribute__((visibility("hidden")))

/* The only trap of the library (arch/<arch>/raw_syscall.S). */
XSC_HIDDEN long xsc_raw_syscall6(long nr, long a0, long a1, long a2, long a3, long a4, long a5);

static inline long xsc_raw0(long nr) { return xsc_raw_syscall6(nr, 0, 0, 0, 0, 0, 0); }

/* Private futex on a 32-bit word; timeout_ns < 0 waits forever. Returns 0 or -errno. */
XSC_HIDDEN long xsc_futex_wait(_Atomic uint32_t *word, uint32_t expected, int64_t timeout_ns);
XSC_HIDDEN void xsc_futex_wake(_Atomic uint32_t *word, int count);
XSC_HIDDEN void xsc_yield(void);
/* One step of a wait for another thread: a spin hint for the first `limit`
 * steps, then yield the CPU (the thread we wait for may be preempted on ours).
 * *steps counts the steps; start it at 0. */
XSC_HIDDEN void xsc_spin_step(unsigned *steps, unsigned limit);
XSC_HIDDEN uint64_t xsc_now_ns(void);

/*
 * A polling window: call xsc_poll_window_over() every 32 polls. The window
 * starts at the first call, not at the first poll, because the clock costs
 * ~120 ns on these VMs (no TSC vDSO), more than a fast round trip: a wait that
 * ends within 32 polls never reads it. Past yield_ns each call yields the CPU,
 * in case the thread we wait for is queued behind us on our own CPU (a loaded
 * machine). Returns 1 once window_ns has passed.
 */
typedef struct {
	uint64_t start;
} XscPollWindow;

XSC_HIDDEN int xsc_poll_window_over(XscPollWindow *w, uint64_t window_ns, uint64_t yield_ns);

/*
 * Asymmetric barriers for handshakes with a fast side and a rare side (the
 * lead worker's sections against a takeover, CQE posts against a caller going
 * to sleep, submits against a lead going to sleep). The fast side runs
 * xsc_light_barrier(): a compiler barrier when the process is registered for
 * membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED), else a full fence. The rare
 * side runs xsc_heavy_barrier(): that membarrier, which makes every running
 * thread of the process pass a full barrier, else a full fence.
 */
struct XscRt;
static inline void xsc_light_barrier(const struct XscRt *rt);
XSC_HIDDEN void xsc_heavy_barrier(const struct XscRt *rt);
/* Registers the process; returns 1 when the membarrier side is usable. */
XSC_HIDDEN int xsc_membarrier_setup(void);
/* What one xsc_cpu_relax() takes, in ns (at least 1): a few ns on some cores,
 * over 40 on others, so poll spacing is set in time, not in hints. */
XSC_HIDDEN unsigned xsc_measure_pause_ns(void);

/* A test-and-test-and-set lock for short critical sections; it yields the CPU
 * after a short spin, so a preempted holder cannot stall a one-CPU machine. */
typedef struct {
	_Atomic uint32_t word;
} XscLock;

XSC_HIDDEN void xsc_lock(XscLock *l);
static inline int xsc_trylock(XscLock *l)
{
	return atomic_load_explicit(&l->word, memory_order_relaxed) == 0 &&
	       atomic_exchange_explicit(&l->word, 1, memory_order_acquire) == 0;
}
static inline void xsc_unlock(XscLock *l)
{
	/* Release: whoever takes the lock next sees our writes to what it guards. */
	atomic_store_explicit(&l->word, 0, memory_order_release);
}

/* xsc_call.state */
enum {
	XSC_CALL_IDLE = 0,     /* prepared, not submitted */
	XSC_CALL_PENDING = 1,  /* in flight, caller polling */
	XSC_CALL_SLEEPING = 2, /* in flight, caller asleep: the deliverer must wake it */
	XSC_CALL_DONE = 3      /* result is valid */
};

/* True when c's result is in. Acquire: pairs with its delivery (xsc_deliver's
 * exchange, or the owner's own store in xsc_ring_drain), so result is visible. */
static inline int xsc_call_done(const struct xsc_call *c)
{
	return atomic_load_explicit((const _Atomic uint32_t *)&c->state, memory_order_acquire) ==
	       XSC_CALL_DONE;
}

/* xsc_call.route */
enum {
	XSC_ROUTE_LOCAL = 1, /* ran on the caller's thread */
	XSC_ROUTE_RING = 2,  /* on the XSC SR, served by the ring consumer */
	XSC_ROUTE_URING = 3  /* on io_uring */
};

/* xsc_call.priv[1] bits */
#define XSC_CALL_F_CANCEL 1u /* the caller asked to interrupt it */

/* A call the caller asked to interrupt that io_uring cancelled (-ECANCELED,
 * io_uring's word for it) returns -EINTR, as the native call would. */
static inline long xsc_interrupted_as_eintr(const struct xsc_call *c, long res)
{
	return (c->priv[1] & XSC_CALL_F_CANCEL) && res == -ECANCELED ? -EINTR : res;
}

struct XscRt;

/*
 * A ring consumer: whoever executes the SR and fills the CR. The thread backend
 * is one; the kernel backend (/dev/xsc, issue #5) will be another, mapping the
 * same rings from the module instead of allocating them.
 */
struct XscConsumerOps {
	const char *name;
	/* Allocates or maps rt->ring and starts consuming. Returns 0 or -errno. */
	int (*start)(struct XscRt *rt);
	/* Stops consuming and releases rt->ring; no call is in flight. */
	void (*stop)(struct XscRt *rt);
	/* Entries were published. urgent 1: a caller has waited a full polling
	 * window for its entry at SR index sr_index to be picked up; urgent 2: it
	 * has also slept a tick, so the workers may all be blocked in calls. */
	void (*kick)(struct XscRt *rt, int urgent, uint32_t sr_index);
	/* Interrupts the call in flight (its result becomes -EINTR if not done). */
	void (*cancel)(struct XscRt *rt, struct xsc_call *c);
};

struct XscRing {
	struct xsc_ctrl *ctrl;
	struct xsc_ring_hdr *sr;
	struct xsc_sqe *sqes;
	struct xsc_ring_hdr *cr;
	struct xsc_cqe *cqes;
	uint32_t entries;
	uint32_t shift; /* log2(entries) */
};

/* The lap tags an entry at `index` carries (XSC_RING_TAG). */
static inline uint16_t xsc_sqe_tag(const struct XscRing *r, uint32_t index)
{
	return (uint16_t)XSC_RING_TAG(index, r->shift);
}

static inline uint32_t xsc_cqe_tag(const struct XscRing *r, uint32_t index)
{
	return (uint32_t)XSC_RING_TAG(index, r->shift);
}

/* True when the SQE / CQE at `index` is published. Acquire: pairs with the
 * producer's release of the tag, so the rest of the entry is visible. */
static inline int xsc_sqe_ready(const struct XscRing *r, uint32_t index)
{
	return atomic_load_explicit((_Atomic uint16_t *)&r->sqes[index & (r->entries - 1)].seq,
				    memory_order_acquire) == xsc_sqe_tag(r, index);
}

static inline int xsc_cqe_ready(const struct XscRing *r, uint32_t index)
{
	return atomic_load_explicit((_Atomic uint32_t *)&r->cqes[index & (r->entries - 1)].seq,
				    memory_order_acquire) == xsc_cqe_tag(r, index);
}

struct XscUring;

#define XSC_CACHELINE 64

/* Fields are grouped by who writes them, one group per cache line, so the
 * worker's reads of `sleepers` do not bounce the line submitters write. */
struct XscRt {
	/* Read-only after setup. */
	enum xsc_backend kind;
	const char *name;
	int spin_ok; /* more than one CPU to run on: polling is allowed */
	const struct XscConsumerOps *consumer;
	void *consumer_priv;
	struct XscRing ring;
	struct XscUring *uring; /* NULL unless the uring backend is in use */
	int membarrier; /* xsc_membarrier_setup() succeeded: light barriers are free */
	unsigned pause_ns; /* what one xsc_cpu_relax() takes, measured at setup */
	/* Written by submitters. */
	_Alignas(XSC_CACHELINE) XscLock sr_lock; /* serialises the SR's producers */
	/* Statistics, each written under the lock of the path that counts it
	 * (a relaxed load and store, not a locked RMW) and counted before the
	 * calls it counts are published or delivered: a caller that has its
	 * results sees them counted. */
	_Atomic uint64_t n_submitted_ring; /* under sr_lock */
	_Atomic uint64_t n_uring;          /* under the io_uring SQ lock */
	_Atomic uint64_t n_local;
	/* Written by reapers. */
	_Alignas(XSC_CACHELINE) XscLock cr_lock; /* serialises the CR's reapers */
	_Atomic uint64_t n_completed_ring;  /* under cr_lock */
	_Atomic uint64_t n_completed_uring; /* under the io_uring CQ lock */
	/* Written only around sleeps, and when a caller finds it shares a CPU
	 * with the lead worker: read by the consumer after every CQE. */
	_Alignas(XSC_CACHELINE) _Atomic uint32_t sleepers; /* callers asleep on a ring call */
	/* Callers polling on the CPU the lead worker went idle on: they yield
	 * instead of polling, and the lead yields after each post. */
	_Atomic uint32_t colocated;
	/* The CPU the lead worker last went idle on, -1 if unknown (written by
	 * the lead when it changes). */
	_Atomic int32_t consumer_cpu;
};

/* The runtime, set up on first use. Returns NULL only when setup failed; then
 * *err holds -errno. */
XSC_HIDDEN struct XscRt *xsc_rt_get(long *err);

/* ring.c: the XSC SR/CR, producer and reaper sides. */
XSC_HIDDEN int xsc_ring_alloc(struct XscRing *r, uint32_t entries);
XSC_HIDDEN void xsc_ring_free(struct XscRing *r);
XSC_HIDDEN int xsc_ring_submit(struct XscRt *rt, struct xsc_call **calls, unsigned n);
/* Delivers the CR's completions. wait_lock 0: skip if another thread drains
 * (pollers); 1: wait for it and leave the CR empty (sleepers, and workers
 * draining on behalf of sleepers). own[0..n_own) are calls the draining thread
 * itself waits for: they are delivered with plain stores, as nobody else can
 * be asleep on them. until_own: stop once one of them is delivered (a lone
 * call: the next slot is often a line not in our cache). */
XSC_HIDDEN void xsc_ring_drain(struct XscRt *rt, int wait_lock, struct xsc_call *own,
			       unsigned n_own, int until_own);
XSC_HIDDEN void xsc_deliver(struct XscRt *rt, struct xsc_call *c, long res);
/* Delivers a completion found by a reaper: with plain stores when c is one of
 * own[0..n_own), the reaper's own calls it polls for (returns 1), else with
 * xsc_deliver() (returns 0). */
XSC_HIDDEN int xsc_deliver_from(struct XscRt *rt, struct xsc_call *c, long res,
				struct xsc_call *own, unsigned n_own);
/* Fills an SQE for call c (op, nr, args, user_data). */
XSC_HIDDEN void xsc_sqe_fill(struct xsc_sqe *sqe, const struct xsc_call *c);
/* Executes one SQE on the calling thread; returns the result for its CQE. */
XSC_HIDDEN long xsc_sqe_exec(const struct xsc_sqe *sqe);

/* wait.c: adaptive waiting for calls[i] of the caller's own calls[0..n).
 * While polling, a caller with many calls outstanding polls less often, so it
 * does not pull the completion ring's lines from the worker at every post. */
XSC_HIDDEN void xsc_wait_call(struct XscRt *rt, struct xsc_call *calls, unsigned n, unsigned i);

/* backend_thread.c */
XSC_HIDDEN extern const struct XscConsumerOps xsc_thread_consumer;
XSC_HIDDEN int xsc_online_cpus(void);

/* backend_uring.c; each returns -ENODEV when built without liburing. */
XSC_HIDDEN int xsc_uring_start(struct XscRt *rt);
XSC_HIDDEN void xsc_uring_stop(struct XscRt *rt);
XSC_HIDDEN int xsc_uring_serves(const struct xsc_call *c);
XSC_HIDDEN int xsc_uring_submit(struct XscRt *rt, struct xsc_call **calls, unsigned n);
/* Delivers what io_uring completed; own[0..n_own) are calls the reaping
 * thread itself polls for (delivered with plain stores, as in xsc_ring_drain). */
XSC_HIDDEN void xsc_uring_reap(struct XscRt *rt, struct xsc_call *own, unsigned n_own);
/* Sleeps until a completion arrives or timeout_ns passes; -EINTR on a signal. */
XSC_HIDDEN long xsc_uring_sleep(struct XscRt *rt, int64_t timeout_ns);
XSC_HIDDEN void xsc_uring_cancel(struct XscRt *rt, struct xsc_call *c);
XSC_HIDDEN void xsc_uring_poke(struct XscRt *rt);

static inline void xsc_light_barrier(const struct XscRt *rt)
{
	if (rt->membarrier)
		atomic_signal_fence(memory_order_seq_cst);
	else
		atomic_thread_fence(memory_order_seq_cst);
}

#endif /* XSC_RUNTIME_INTERNAL_H */
