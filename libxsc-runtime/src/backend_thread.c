/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The thread backend: worker threads of the process consume the XSC SR and fill
 * the CR. One worker at a time polls (spin ~100 us, then back off, then block);
 * the others sleep. A call that blocks holds its worker, so when a caller's
 * entry waits unclaimed while every worker is inside a call and the SR has not
 * moved for 2 ms, another worker is started: a blocked read never stalls the
 * write that would end it.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

#define XSC_MAX_WORKERS 64
#define XSC_WORKER_SPIN_NS 100000
#define XSC_WORKER_YIELD_NS 10000
#define XSC_WORKER_STACK (128 * 1024)

/* Interrupts a worker's blocking call on behalf of a signalled caller. */
#define XSC_CANCEL_SIGNAL (SIGRTMAX - 2)

static const int64_t worker_backoff_ns[] = { 1000000, 5000000, 10000000, 100000000,
					     100000000, 100000000, 100000000, 100000000 };

struct XscThreadPool;

struct XscWorker {
	_Alignas(64) pthread_t thread; /* one cache line per worker */
	_Atomic int32_t tid;
	_Atomic uint64_t current; /* user_data of the call it executes, or 0 */
	struct XscThreadPool *pool;
};

struct XscThreadPool {
	struct XscRt *rt;
	struct XscWorker workers[XSC_MAX_WORKERS];
	_Atomic uint32_t nworkers;      /* started */
	_Alignas(64) _Atomic uint32_t wake_seq; /* futex word idle workers sleep on */
	_Atomic uint32_t idle_sleepers; /* workers inside that futex wait */
	_Atomic uint32_t poller;        /* 1 while some worker owns the polling role */
	_Atomic uint32_t stop;
	/* Stall detection: the SR head last seen by a waiting caller, and since when. */
	_Atomic uint32_t stall_head;
	_Atomic uint64_t stall_since_ns;
	XscLock spawn_lock; /* serialises worker creation */
	/* Serialises the CR's producers; taken per call, so on its own line. */
	_Alignas(64) XscLock crp_lock;
};

int xsc_online_cpus(void)
{
	cpu_set_t set;
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	int n = online > 0 ? (int)online : 1;

	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) < n)
		n = CPU_COUNT(&set);
	return n;
}

static int sr_empty(struct XscRing *r)
{
	/* The next slot's tag, not tail: polling it touches only the line the
	 * entry itself arrives in. */
	return !xsc_sqe_ready(r, atomic_load_explicit((_Atomic uint32_t *)&r->sr->head,
						      memory_order_relaxed));
}

/* Claims the next SQE, copying it out first: the slot may be refilled as soon
 * as head moves past it and the call completes. */
static int take_sqe(struct XscRing *r, struct xsc_sqe *out)
{
	_Atomic uint32_t *headp = (_Atomic uint32_t *)&r->sr->head;
	uint32_t head = atomic_load_explicit(headp, memory_order_relaxed);

	for (;;) {
		/* The tag's acquire (xsc_sqe_ready) makes the SQE we copy complete. */
		if (!xsc_sqe_ready(r, head))
			return 0;
		*out = r->sqes[head & r->sr->mask];
		/* Release on success: the copy above is done before the producer
		 * may reuse the slot; a failed CAS means another worker took it. */
		if (atomic_compare_exchange_weak_explicit(headp, &head, head + 1,
							  memory_order_acq_rel,
							  memory_order_relaxed)) {
			/* Start pulling the next entries and our CQE slot over
			 * while the system call runs. */
			__builtin_prefetch(&r->sqes[(head + 1) & r->sr->mask]);
			__builtin_prefetch(&r->sqes[(head + 2) & r->sr->mask]);
			return 1;
		}
	}
}

static void post_cqe(struct XscThreadPool *p, uint64_t user_data, long res, uint32_t flags)
{
	struct XscRing *r = &p->rt->ring;
	struct xsc_cqe *cqe;
	uint32_t tail;

	xsc_lock(&p->crp_lock);
	tail = r->cr->tail; /* only CR producers write it, and we hold crp_lock */
	cqe = &r->cqes[tail & r->cr->mask];
	cqe->res = res;
	cqe->user_data = user_data;
	cqe->flags = flags;
	cqe->resv = 0;
	/* Release: a reaper polling this slot's tag sees the CQE. */
	atomic_store_explicit((_Atomic uint32_t *)&cqe->seq, xsc_cqe_tag(r, tail),
			      memory_order_release);
	/* Release: a reaper that reads the new tail sees the CQE. */
	atomic_store_explicit((_Atomic uint32_t *)&r->cr->tail, tail + 1, memory_order_release);
	xsc_unlock(&p->crp_lock);
	/* Full barrier: pairs with the caller's fence after sleepers++; either it
	 * sees our tag before sleeping, or we see it asleep and deliver for it. */
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&p->rt->sleepers, memory_order_relaxed))
		xsc_ring_drain(p->rt, 1, NULL);
}

static int call_cancelled(uint64_t user_data)
{
	struct xsc_call *c = (struct xsc_call *)(uintptr_t)user_data;

	/* Seq_cst: pairs with the caller's seq_cst flag store (wait.c). */
	return (atomic_load_explicit((_Atomic uint64_t *)&c->priv[1], memory_order_seq_cst) &
		XSC_CALL_F_CANCEL) != 0;
}

static void run_one(struct XscWorker *w, const struct xsc_sqe *sqe)
{
	struct XscThreadPool *p = w->pool;
	uint32_t flags = 0;
	long res;

	/* Release: cancel() that finds this value signals us; one that scans
	 * before it misses us and tries again at its caller's next tick, so the
	 * fast path reads nothing of the caller's. */
	atomic_store_explicit(&w->current, sqe->user_data, memory_order_release);
	__builtin_prefetch(&p->rt->ring.cqes[p->rt->ring.cr->tail & p->rt->ring.cr->mask], 1);
	for (;;) {
		res = xsc_sqe_exec(sqe);
		if (res != -EINTR)
			break;
		if (call_cancelled(sqe->user_data)) {
			flags = XSC_CQE_F_CANCELLED;
			break;
		}
		/* A cancel signal meant for an earlier call: this call did nothing,
		 * run it again. */
	}
	post_cqe(p, sqe->user_data, res, flags);
	/* After the post: a worker counts as busy (all_busy()) until then. */
	atomic_store_explicit(&w->current, 0, memory_order_relaxed);
}

/* Sleeps on wake_seq unless work or stop shows up; timeout_ns < 0 = forever. */
static void idle_sleep(struct XscThreadPool *p, int64_t timeout_ns)
{
	/* Acquire: pairs with wake_one()'s release; read before the SR check
	 * so a wake-up after it makes the futex wait return at once. */
	uint32_t seq = atomic_load_explicit(&p->wake_seq, memory_order_acquire);

	atomic_fetch_add_explicit(&p->idle_sleepers, 1, memory_order_relaxed);
	/* Full barrier: a submitter that published after this sees
	 * idle_sleepers > 0 and bumps wake_seq; one that published before we see. */
	atomic_thread_fence(memory_order_seq_cst);
	if (sr_empty(&p->rt->ring) && !atomic_load_explicit(&p->stop, memory_order_relaxed))
		xsc_futex_wait(&p->wake_seq, seq, timeout_ns);
	atomic_fetch_sub_explicit(&p->idle_sleepers, 1, memory_order_relaxed);
}

static void set_state(struct XscThreadPool *p, uint32_t s)
{
	_Atomic uint32_t *state = (_Atomic uint32_t *)&p->rt->ring.ctrl->worker_state;

	/* Store only on change: submitters read this line on every submit.
	 * The SR's NEED_WAKEUP flag says the same in the ABI's own words. */
	if (atomic_load_explicit(state, memory_order_relaxed) != s) {
		atomic_store_explicit(state, s, memory_order_relaxed);
		atomic_store_explicit((_Atomic uint32_t *)&p->rt->ring.sr->flags,
				      s == XSC_WORKER_BLOCKED ? XSC_SR_NEED_WAKEUP : 0,
				      memory_order_relaxed);
	}
	/* Full barrier: our state is visible before we re-check the SR; the
	 * submitter stores tail before reading the state (xsc_ring_submit). */
	atomic_thread_fence(memory_order_seq_cst);
}

/* The polling role: spin, then back off, then give the role up. Returns 1 as
 * soon as there is work (snap back), 0 when the worker should block. */
static int poll_for_work(struct XscThreadPool *p)
{
	struct XscRing *r = &p->rt->ring;
	XscPollWindow idle = { 0 };
	unsigned i;

	set_state(p, XSC_WORKER_POLLING);
	for (i = 1;; i++) {
		if (!sr_empty(r) || atomic_load_explicit(&p->stop, memory_order_relaxed))
			return 1;
		if ((i & 31) == 0 &&
		    xsc_poll_window_over(&idle, XSC_WORKER_SPIN_NS, XSC_WORKER_YIELD_NS))
			break;
		/* Flat out for the first 64 polls after a call (the next one
		 * often follows at once), then with the spin hint. */
		if (i > 64)
			xsc_cpu_relax();
	}
	for (i = 0; i < sizeof(worker_backoff_ns) / sizeof(worker_backoff_ns[0]); i++) {
		set_state(p, XSC_WORKER_BACKOFF);
		if (!sr_empty(r))
			break;
		idle_sleep(p, worker_backoff_ns[i]);
		if (!sr_empty(r) || atomic_load_explicit(&p->stop, memory_order_relaxed))
			break;
	}
	if (!sr_empty(r) || atomic_load_explicit(&p->stop, memory_order_relaxed)) {
		set_state(p, XSC_WORKER_POLLING);
		return 1;
	}
	set_state(p, XSC_WORKER_BLOCKED);
	return sr_empty(r) ? 0 : 1;
}

static void *worker_main(void *arg)
{
	struct XscWorker *w = arg;
	struct XscThreadPool *p = w->pool;
	struct XscRing *r = &p->rt->ring;
	struct xsc_sqe sqe;

	/* Release: cancel() reads tid with acquire before signalling us. */
	atomic_store_explicit(&w->tid, (int32_t)xsc_raw0(__NR_gettid), memory_order_release);
	for (;;) {
		if (take_sqe(r, &sqe)) {
			run_one(w, &sqe);
			continue;
		}
		/* Acquire: pairs with thread_stop()'s release of stop. */
		if (atomic_load_explicit(&p->stop, memory_order_acquire))
			break;
		if (p->rt->spin_ok) {
			uint32_t expected = 0;

			/* Acquire: we see the previous poller's state updates. */
			if (atomic_compare_exchange_strong_explicit(&p->poller, &expected, 1,
								    memory_order_acquire,
								    memory_order_relaxed)) {
				int work = poll_for_work(p);

				/* Release: the next poller sees our state updates. */
				atomic_store_explicit(&p->poller, 0, memory_order_release);
				if (work)
					continue;
			}
		} else {
			set_state(p, XSC_WORKER_BLOCKED);
		}
		idle_sleep(p, -1);
	}
	return NULL;
}

static void cancel_handler(int sig)
{
	(void)sig; /* its only job is to make the worker's system call return -EINTR */
}

static int spawn_worker(struct XscThreadPool *p)
{
	pthread_attr_t attr;
	sigset_t all;
	uint32_t n = atomic_load_explicit(&p->nworkers, memory_order_relaxed);
	struct XscWorker *w;
	int rc;

	if (n >= XSC_MAX_WORKERS)
		return -EAGAIN;
	w = &p->workers[n];
	w->pool = p;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, XSC_WORKER_STACK);
	/* Workers take no signal but the cancel signal: the application's
	 * process-directed signals must reach its own threads. */
	sigfillset(&all);
	sigdelset(&all, XSC_CANCEL_SIGNAL);
	pthread_attr_setsigmask_np(&attr, &all);
	rc = pthread_create(&w->thread, &attr, worker_main, w);
	pthread_attr_destroy(&attr);
	if (rc)
		return -rc;
	/* Release: stop() and cancel() scanning workers[0..n] see its fields. */
	atomic_store_explicit(&p->nworkers, n + 1, memory_order_release);
	atomic_store_explicit((_Atomic uint32_t *)&p->rt->ring.ctrl->nr_workers, n + 1,
			      memory_order_relaxed);
	return 0;
}

static int thread_start(struct XscRt *rt)
{
	struct XscThreadPool *p;
	struct sigaction sa;
	int rc;

	/* Aligned: the struct keeps its hot fields on separate cache lines. */
	p = aligned_alloc(64, sizeof(*p));
	if (!p)
		return -ENOMEM;
	memset(p, 0, sizeof(*p));
	p->rt = rt;
	rc = xsc_ring_alloc(&rt->ring, 4096);
	if (rc) {
		free(p);
		return rc;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = cancel_handler; /* no SA_RESTART: calls return -EINTR */
	sigemptyset(&sa.sa_mask);
	sigaction(XSC_CANCEL_SIGNAL, &sa, NULL);
	rt->consumer_priv = p;
	rc = spawn_worker(p);
	if (rc) {
		xsc_ring_free(&rt->ring);
		free(p);
		rt->consumer_priv = NULL;
	}
	return rc;
}

static void wake_one(struct XscThreadPool *p, int count)
{
	if (atomic_load_explicit(&p->idle_sleepers, memory_order_relaxed) == 0)
		return;
	/* Release: a worker woken by the new sequence sees the SR tail. */
	atomic_fetch_add_explicit(&p->wake_seq, 1, memory_order_release);
	xsc_futex_wake(&p->wake_seq, count);
}

static void thread_stop(struct XscRt *rt)
{
	struct XscThreadPool *p = rt->consumer_priv;
	uint32_t i, n;

	/* Release: a worker that sees stop sees everything before it. */
	atomic_store_explicit(&p->stop, 1, memory_order_release);
	atomic_thread_fence(memory_order_seq_cst); /* stop is seen before idle_sleepers is read */
	wake_one(p, 1 << 30);
	xsc_lock(&p->spawn_lock);
	/* Acquire: pairs with spawn_worker()'s release; threads are complete. */
	n = atomic_load_explicit(&p->nworkers, memory_order_acquire);
	for (i = 0; i < n; i++)
		pthread_join(p->workers[i].thread, NULL);
	xsc_unlock(&p->spawn_lock);
	xsc_ring_free(&rt->ring);
	free(p);
	rt->consumer_priv = NULL;
}

#define XSC_STALL_NS 2000000

/* True when every worker is inside a call. Workers publish that in their own
 * `current` (a plain store on their own line), so the per-call path has no
 * shared counter to update. */
static int all_busy(struct XscThreadPool *p)
{
	/* Acquire: pairs with spawn_worker()'s release; workers[0..n) are set. */
	uint32_t i, n = atomic_load_explicit(&p->nworkers, memory_order_acquire);

	for (i = 0; i < n; i++) {
		if (!atomic_load_explicit(&p->workers[i].current, memory_order_relaxed))
			return 0;
	}
	return 1;
}

/* True when the entry at sr_index is unclaimed, every worker is busy, and the
 * SR head has not moved for XSC_STALL_NS. Relaxed: a heuristic, and a wrong
 * answer costs one idle thread or one more tick. */
static int stalled(struct XscThreadPool *p, uint32_t sr_index)
{
	struct XscRing *r = &p->rt->ring;
	uint32_t head = atomic_load_explicit((_Atomic uint32_t *)&r->sr->head, memory_order_relaxed);
	uint64_t now = xsc_now_ns();

	if ((int32_t)(head - sr_index) > 0)
		return 0; /* claimed meanwhile */
	if (head != atomic_load_explicit(&p->stall_head, memory_order_relaxed)) {
		atomic_store_explicit(&p->stall_head, head, memory_order_relaxed);
		atomic_store_explicit(&p->stall_since_ns, now, memory_order_relaxed);
		return 0;
	}
	return now - atomic_load_explicit(&p->stall_since_ns, memory_order_relaxed) >= XSC_STALL_NS &&
	       all_busy(p);
}

static void thread_kick(struct XscRt *rt, int urgent, uint32_t sr_index)
{
	struct XscThreadPool *p = rt->consumer_priv;
	uint32_t state = atomic_load_explicit((_Atomic uint32_t *)&rt->ring.ctrl->worker_state,
					      memory_order_relaxed);

	if (!urgent) {
		/* A polling worker sees the entry; a backing-off one will see it at
		 * its next tick or when a waiting caller escalates. */
		if (state == XSC_WORKER_BLOCKED)
			wake_one(p, 1);
		return;
	}
	if (urgent > 1 && stalled(p, sr_index) && xsc_trylock(&p->spawn_lock)) {
		/* Every worker is inside a call and none has taken an entry for a
		 * while: they are blocked, not slow (a preempted worker on a busy
		 * machine still makes progress now and then). */
		if (!atomic_load_explicit(&p->stop, memory_order_relaxed))
			spawn_worker(p);
		xsc_unlock(&p->spawn_lock);
	}
	wake_one(p, 1);
}

static void thread_cancel(struct XscRt *rt, struct xsc_call *c)
{
	struct XscThreadPool *p = rt->consumer_priv;
	/* Acquire: pairs with spawn_worker()'s release; workers[0..n) are set. */
	uint32_t i, n = atomic_load_explicit(&p->nworkers, memory_order_acquire);
	long pid = xsc_raw0(__NR_getpid);

	/* Seq_cst: the caller's flag store is ordered before this scan, so a
	 * worker we signal sees the flag when its call returns -EINTR. */
	atomic_thread_fence(memory_order_seq_cst);
	for (i = 0; i < n; i++) {
		struct XscWorker *w = &p->workers[i];

		/* Acquire: pairs with run_one's release of current. */
		if (atomic_load_explicit(&w->current, memory_order_acquire) == (uintptr_t)c)
			xsc_raw_syscall6(__NR_tgkill, pid,
					 atomic_load_explicit(&w->tid, memory_order_acquire),
					 XSC_CANCEL_SIGNAL, 0, 0, 0);
	}
}

const struct XscConsumerOps xsc_thread_consumer = {
	.name = "thread",
	.start = thread_start,
	.stop = thread_stop,
	.kick = thread_kick,
	.cancel = thread_cancel,
};
