/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The thread backend: worker threads of the process consume the XSC SR and fill
 * the CR. One worker at a time, the lead, consumes: it alone claims SQEs and
 * posts CQEs, so it does both with plain loads and stores and no locked
 * instruction per call. It polls (spin ~100 us, then back off, then block).
 *
 * A call that blocks holds the lead. When a caller's entry waits unclaimed
 * while the lead is inside a call and the SR head has not moved for 2 ms, a
 * spare worker (started if there is none) takes the lead over, so a blocked
 * read never stalls the write that would end it. A demoted worker whose call
 * returns takes the lead back to post the result; a demoted idle one becomes a
 * spare.
 *
 * Taking the lead over is the rare side of an asymmetric handshake: before
 * each claim/post section the lead sets the section bit of its own `word` and then reads
 * `lead` with only a light barrier in between (xsc_light_barrier); the taker
 * writes `lead`, runs xsc_heavy_barrier() and waits until the old lead's
 * section bit is clear. Either the old lead sees that it lost the lead, or the taker
 * sees it inside the section and waits for it to leave; sections never block.
 */
#include <errno.h>
#include <limits.h>
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
#define XSC_STALL_NS 2000000
/* Idle polling: time between two looks at the next SQE slot. A look pulls the
 * line a submitter is filling, and one that lands between its stores makes it
 * fetch the line again: polling flat out cost a lone call ~3% on the 2-vCPU
 * VMs (docs/runtime/benchmarks.md). */
#define XSC_WORKER_POLL_NS 28

/* Interrupts a worker's blocking call on behalf of a signalled caller. */
#define XSC_CANCEL_SIGNAL (SIGRTMAX - 2)

static const int64_t worker_backoff_ns[] = { 1000000, 5000000, 10000000, 100000000,
					     100000000, 100000000, 100000000, 100000000 };

struct XscThreadPool;

#define XSC_W_SECTION 1u /* user_data are xsc_call pointers: bit 0 is free */

struct XscWorker {
	_Alignas(64) pthread_t thread; /* one cache line per worker */
	_Atomic int32_t tid;
	/* The user_data of the call it holds (claimed, not yet posted) or 0,
	 * | XSC_W_SECTION inside a claim/post section (the lead protocol). One
	 * word, so entering and leaving a section cost one store each. */
	_Atomic uint64_t word;
	struct XscThreadPool *pool;
	uint32_t id; /* index + 1 */
};

struct XscThreadPool {
	struct XscRt *rt;
	struct XscWorker workers[XSC_MAX_WORKERS];
	_Atomic uint32_t nworkers; /* started */
	/* Read by the lead in every section, written only on a takeover. */
	_Alignas(64) _Atomic uint32_t lead; /* id of the lead worker */
	_Atomic uint32_t stop;
	/* Futex words: the lead sleeps on lead_wake, spares on spare_wake. */
	_Alignas(64) _Atomic uint32_t lead_wake;
	_Alignas(64) _Atomic uint32_t spare_wake;
	_Atomic uint32_t spares_idle;   /* spares inside that futex wait */
	_Atomic uint32_t takeover_req;  /* spares asked to take the lead over */
	/* Stall detection: the SR head last seen by a waiting caller, and since when. */
	_Atomic uint32_t stall_head;
	_Atomic uint64_t stall_since_ns;
	XscLock spawn_lock;    /* serialises worker creation */
	XscLock takeover_lock; /* serialises takeovers */
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

static int stopping(struct XscThreadPool *p)
{
	/* Acquire: pairs with thread_stop()'s release of stop. */
	return atomic_load_explicit(&p->stop, memory_order_acquire) != 0;
}

/* The call w holds, or 0. */
static uint64_t held(struct XscWorker *w)
{
	return atomic_load_explicit(&w->word, memory_order_relaxed) & ~(uint64_t)XSC_W_SECTION;
}

/* Enters a claim/post section; returns 1 if w is (still) the lead. */
static int enter_crit(struct XscWorker *w)
{
	struct XscThreadPool *p = w->pool;

	atomic_store_explicit(&w->word, held(w) | XSC_W_SECTION, memory_order_relaxed);
	/* Our section bit is ordered before the read of lead by this barrier on
	 * our side and the taker's heavy barrier on its side. */
	xsc_light_barrier(p->rt);
	return atomic_load_explicit(&p->lead, memory_order_acquire) == w->id;
}

/* Leaves the section, now holding call `hold` (user_data, or 0). */
static void leave_crit(struct XscWorker *w, uint64_t hold)
{
	/* Release: a taker that sees the bit clear sees our ring updates, and
	 * cancel() that finds `hold` sees it claimed. */
	atomic_store_explicit(&w->word, hold, memory_order_release);
}

/* Makes w the lead; the previous lead is out of its section on return. */
static void take_lead(struct XscWorker *w)
{
	struct XscThreadPool *p = w->pool;
	uint32_t old, spins = 0;

	xsc_lock(&p->takeover_lock);
	old = atomic_load_explicit(&p->lead, memory_order_relaxed);
	atomic_store_explicit(&p->lead, w->id, memory_order_relaxed);
	/* Every thread of the process passes a full barrier: the old lead now
	 * reads our lead value in its next section, or we see it in this one. */
	xsc_heavy_barrier(p->rt);
	if (old && old != w->id) {
		/* Acquire: pairs with leave_crit(); its SR head and CR tail are ours. */
		while (atomic_load_explicit(&p->workers[old - 1].word, memory_order_acquire) &
		       XSC_W_SECTION)
			xsc_spin_step(&spins, 1024);
	}
	xsc_unlock(&p->takeover_lock);
}

/* Lead only: posts one CQE with plain stores. */
static void post_cqe(struct XscRing *r, uint64_t user_data, long res, uint32_t flags)
{
	uint32_t tail = r->cr->tail; /* only the lead writes it */
	struct xsc_cqe *cqe = &r->cqes[tail & r->cr->mask];

	cqe->res = res;
	cqe->user_data = user_data;
	cqe->flags = flags;
	cqe->resv = 0;
	/* Release: a reaper polling this slot's tag sees the CQE. */
	atomic_store_explicit((_Atomic uint32_t *)&cqe->seq, xsc_cqe_tag(r, tail),
			      memory_order_release);
	/* Release: a reaper that reads the new tail sees the CQE. */
	atomic_store_explicit((_Atomic uint32_t *)&r->cr->tail, tail + 1, memory_order_release);
	/* Pull the line eight CQEs on over while the next calls run, so later
	 * posts do not wait for a line the reaper last read. */
	__builtin_prefetch(&r->cqes[(tail + 8) & r->cr->mask], 1);
}

/* Lead only: claims the SQE at head, copying it out first. */
static int claim_sqe(struct XscRing *r, struct xsc_sqe *out)
{
	uint32_t head = r->sr->head; /* only the lead writes it */

	/* The tag's acquire (xsc_sqe_ready) makes the SQE we copy complete. */
	if (!xsc_sqe_ready(r, head))
		return 0;
	*out = r->sqes[head & r->sr->mask];
	/* Release: the copy is done before the producer may reuse the slot. */
	atomic_store_explicit((_Atomic uint32_t *)&r->sr->head, head + 1, memory_order_release);
	/* Start pulling the next entries over while the system call runs. */
	__builtin_prefetch(&r->sqes[(head + 8) & r->sr->mask]);
	return 1;
}

static int call_cancelled(uint64_t user_data)
{
	struct xsc_call *c = (struct xsc_call *)(uintptr_t)user_data;

	/* Seq_cst: pairs with the caller's seq_cst flag store (wait.c). */
	return (atomic_load_explicit((_Atomic uint64_t *)&c->priv[1], memory_order_seq_cst) &
		XSC_CALL_F_CANCEL) != 0;
}

static long exec_sqe(const struct xsc_sqe *sqe, uint32_t *flags)
{
	long res;

	*flags = 0;
	for (;;) {
		res = xsc_sqe_exec(sqe);
		if (res != -EINTR)
			return res;
		if (call_cancelled(sqe->user_data)) {
			*flags = XSC_CQE_F_CANCELLED;
			return res;
		}
		/* A cancel signal meant for an earlier call: this call did nothing,
		 * run it again. */
	}
}

/* Lead only (inside a section): publishes the worker state submitters read. */
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
}

/* Sets the lead's state if w is still the lead; returns 0 if it is not. */
static int lead_state(struct XscWorker *w, uint32_t s)
{
	int lead = enter_crit(w);

	if (lead)
		set_state(w->pool, s);
	leave_crit(w, held(w));
	return lead;
}

/* True when an idle lead must get up: there is an entry, or we stop. */
static int work_or_stop(struct XscThreadPool *p)
{
	return !sr_empty(&p->rt->ring) || stopping(p);
}

/* Publishes the CPU the lead goes idle on, for callers to see whether they
 * share it (wait.c). Stored only on change: callers read the line. */
static void note_cpu(struct XscRt *rt)
{
	int32_t cpu = (int32_t)sched_getcpu();

	if (cpu != atomic_load_explicit(&rt->consumer_cpu, memory_order_relaxed))
		atomic_store_explicit(&rt->consumer_cpu, cpu, memory_order_relaxed);
}

/* The lead's idle path: spin, then back off, then block. Returns when there is
 * work, when w lost the lead, or on stop. */
static void lead_idle(struct XscWorker *w)
{
	struct XscThreadPool *p = w->pool;
	XscPollWindow idle = { 0 };
	/* About XSC_WORKER_POLL_NS between polls of the next SQE slot. */
	unsigned i, j, spacing = XSC_WORKER_POLL_NS / p->rt->pause_ns;

	if (spacing == 0)
		spacing = 1;
	note_cpu(p->rt);
	/* With one CPU there is no polling: a spinning lead would only delay the
	 * caller it waits for. */
	for (i = 1; p->rt->spin_ok; i++) {
		if (work_or_stop(p) || atomic_load_explicit(&p->lead, memory_order_relaxed) != w->id)
			return;
		if ((i & 31) == 0) {
			if (xsc_poll_window_over(&idle, XSC_WORKER_SPIN_NS, XSC_WORKER_YIELD_NS))
				break;
			/* A caller on our CPU polls only after we yield. */
			if (atomic_load_explicit(&p->rt->colocated, memory_order_relaxed))
				xsc_yield();
		}
		for (j = 0; j < spacing; j++)
			xsc_cpu_relax();
	}
	/* Back off: sleep in growing ticks. Submitters do not wake a backing-off
	 * lead; a caller whose entry waits a whole polling window does. */
	for (i = 0; p->rt->spin_ok && i < sizeof(worker_backoff_ns) / sizeof(worker_backoff_ns[0]);
	     i++) {
		/* Acquire: pairs with wake_lead()'s release. */
		uint32_t seq = atomic_load_explicit(&p->lead_wake, memory_order_acquire);

		if (!lead_state(w, XSC_WORKER_BACKOFF))
			return;
		if (work_or_stop(p))
			break;
		xsc_futex_wait(&p->lead_wake, seq, worker_backoff_ns[i]);
		if (work_or_stop(p))
			break;
	}
	if (work_or_stop(p)) {
		lead_state(w, XSC_WORKER_POLLING);
		return;
	}
	{
		uint32_t seq = atomic_load_explicit(&p->lead_wake, memory_order_acquire);

		if (!lead_state(w, XSC_WORKER_BLOCKED))
			return;
		/* Our BLOCKED is ordered before the SR check, and a submitter's
		 * entry before its read of the state (xsc_ring_submit's light
		 * barrier): either we see the entry or it sees BLOCKED and bumps
		 * lead_wake, which makes the wait return. */
		xsc_heavy_barrier(p->rt);
		if (!work_or_stop(p))
			xsc_futex_wait(&p->lead_wake, seq, -1);
	}
	lead_state(w, XSC_WORKER_POLLING);
}

/* The lead's loop. Returns when w is demoted with no call in hand, or on stop. */
static void lead_loop(struct XscWorker *w)
{
	struct XscThreadPool *p = w->pool;
	struct XscRt *rt = p->rt;
	struct XscRing *r = &rt->ring;
	struct xsc_sqe sqe;
	uint32_t flags = 0;
	long res = 0;
	int have = 0; /* sqe was claimed and has run: res is its result */

	lead_state(w, XSC_WORKER_POLLING);
	for (;;) {
		int posted = have;

		if (!enter_crit(w)) {
			leave_crit(w, held(w));
			if (!have)
				return; /* demoted while idle: become a spare */
			take_lead(w); /* demoted during our call: take it back to post */
			lead_state(w, XSC_WORKER_POLLING);
			continue;
		}
		if (have) {
			post_cqe(r, sqe.user_data, res, flags);
			have = 0;
		}
		/* Until its post a worker holds its call: it counts as busy
		 * (stalled()), and cancel() finds the call there. */
		have = claim_sqe(r, &sqe);
		leave_crit(w, have ? sqe.user_data : 0);
		if (posted) {
			/* Our CQE tag is ordered before the read of sleepers; a caller
			 * going to sleep orders sleepers++ before its own drain with a
			 * heavy barrier: either it sees our CQE or we drain for it. */
			xsc_light_barrier(rt);
			if (atomic_load_explicit(&rt->sleepers, memory_order_relaxed))
				xsc_ring_drain(rt, 1, NULL, 0, 0);
			/* A caller waits on our CPU: give it the CPU to take its
			 * result (relaxed: a heuristic, and the line is the one we
			 * just read). */
			if (atomic_load_explicit(&rt->colocated, memory_order_relaxed))
				xsc_yield();
		}
		if (have) {
			res = exec_sqe(&sqe, &flags);
			continue;
		}
		if (stopping(p))
			return;
		lead_idle(w);
	}
}

/* A spare sleeps until it is asked to take the lead over; returns 1 then. */
static int spare_wait(struct XscThreadPool *p)
{
	for (;;) {
		/* Acquire: pairs with ask_takeover()'s release. */
		uint32_t seq = atomic_load_explicit(&p->spare_wake, memory_order_acquire);
		uint32_t req = atomic_load_explicit(&p->takeover_req, memory_order_relaxed);

		if (stopping(p))
			return 0;
		if (req && atomic_compare_exchange_weak_explicit(&p->takeover_req, &req, req - 1,
								 memory_order_acquire,
								 memory_order_relaxed))
			return 1;
		if (req)
			continue;
		atomic_fetch_add_explicit(&p->spares_idle, 1, memory_order_relaxed);
		xsc_futex_wait(&p->spare_wake, seq, -1);
		atomic_fetch_sub_explicit(&p->spares_idle, 1, memory_order_relaxed);
	}
}

static void *worker_main(void *arg)
{
	struct XscWorker *w = arg;
	struct XscThreadPool *p = w->pool;

	/* Release: cancel() reads tid with acquire before signalling us. */
	atomic_store_explicit(&w->tid, (int32_t)xsc_raw0(__NR_gettid), memory_order_release);
	for (;;) {
		if (atomic_load_explicit(&p->lead, memory_order_acquire) == w->id)
			lead_loop(w);
		if (stopping(p))
			break;
		if (spare_wait(p))
			take_lead(w);
		else
			break;
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
	w->id = n + 1;
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
	atomic_store_explicit(&p->lead, 1, memory_order_relaxed); /* the first worker */
	rc = spawn_worker(p);
	if (rc) {
		xsc_ring_free(&rt->ring);
		free(p);
		rt->consumer_priv = NULL;
	}
	return rc;
}

static void wake_lead(struct XscThreadPool *p)
{
	/* Release: the lead woken by the new sequence sees the SR entry. */
	atomic_fetch_add_explicit(&p->lead_wake, 1, memory_order_release);
	xsc_futex_wake(&p->lead_wake, INT_MAX);
}

static void thread_stop(struct XscRt *rt)
{
	struct XscThreadPool *p = rt->consumer_priv;
	uint32_t i, n;

	/* Release: a worker that sees stop sees everything before it. */
	atomic_store_explicit(&p->stop, 1, memory_order_release);
	wake_lead(p);
	atomic_fetch_add_explicit(&p->spare_wake, 1, memory_order_release);
	xsc_futex_wake(&p->spare_wake, INT_MAX);
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

/* True when the lead holds a call (is inside it or about to post it). */
static int lead_holds_call(struct XscThreadPool *p)
{
	uint32_t lead = atomic_load_explicit(&p->lead, memory_order_relaxed);

	return lead && held(&p->workers[lead - 1]);
}

/* True when the entry at sr_index is unclaimed, the lead is inside a call, and
 * the SR head has not moved for XSC_STALL_NS. Relaxed: a heuristic, and a wrong
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
	       lead_holds_call(p);
}

/* True when the entry at sr_index is unclaimed and the lead holds a call.
 * Relaxed: a heuristic, as stalled(). */
static int lead_busy(struct XscThreadPool *p, uint32_t sr_index)
{
	uint32_t head = atomic_load_explicit((_Atomic uint32_t *)&p->rt->ring.sr->head,
					     memory_order_relaxed);

	return (int32_t)(head - sr_index) <= 0 && lead_holds_call(p);
}

/* Hands the lead to a spare, starting one if none is idle. */
static void ask_takeover(struct XscThreadPool *p)
{
	if (atomic_load_explicit(&p->takeover_req, memory_order_relaxed))
		return; /* one is on its way */
	if (atomic_load_explicit(&p->spares_idle, memory_order_relaxed) == 0 &&
	    spawn_worker(p) != 0)
		return; /* at the limit: the caller tries again next tick */
	atomic_fetch_add_explicit(&p->takeover_req, 1, memory_order_relaxed);
	/* Release: the spare woken by the new sequence sees the request. */
	atomic_fetch_add_explicit(&p->spare_wake, 1, memory_order_release);
	xsc_futex_wake(&p->spare_wake, 1);
}

static void thread_kick(struct XscRt *rt, int urgent, uint32_t sr_index)
{
	struct XscThreadPool *p = rt->consumer_priv;
	uint32_t state = atomic_load_explicit((_Atomic uint32_t *)&rt->ring.ctrl->worker_state,
					      memory_order_relaxed);

	if (!urgent) {
		/* A polling lead sees the entry; a backing-off one will see it at
		 * its next tick or when a waiting caller escalates. */
		if (state == XSC_WORKER_BLOCKED)
			wake_lead(p);
		return;
	}
	if (atomic_load_explicit(&p->spares_idle, memory_order_relaxed) &&
	    lead_busy(p, sr_index) && xsc_trylock(&p->spawn_lock)) {
		/* A caller waited a whole polling window behind a call that holds
		 * the lead, and a spare is idle: hand it the lead now. That is a
		 * futex wake and a membarrier; the stall rule below guards the
		 * costlier step of starting a thread. */
		if (!stopping(p))
			ask_takeover(p);
		xsc_unlock(&p->spawn_lock);
	} else if (urgent > 1 && stalled(p, sr_index) && xsc_trylock(&p->spawn_lock)) {
		/* The lead is inside a call and has taken no entry for a while:
		 * it is blocked, not slow (a preempted lead on a busy machine
		 * still makes progress now and then). */
		if (!stopping(p))
			ask_takeover(p);
		xsc_unlock(&p->spawn_lock);
	}
	wake_lead(p);
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

		/* Acquire: pairs with leave_crit()'s release of the held call. */
		if ((atomic_load_explicit(&w->word, memory_order_acquire) &
		     ~(uint64_t)XSC_W_SECTION) == (uintptr_t)c)
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
