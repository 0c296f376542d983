/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The XSC rings in process memory: allocation, the producer side of the SR
 * (any number of submitting threads, serialised by sr_lock) and the reaper side
 * of the CR (any waiting thread, serialised by cr_lock), and delivery of a
 * result to its caller. A call's xsc_call is its own completion slot: the CQE's
 * user_data points at it.
 */
#include <errno.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "internal.h"

_Static_assert(sizeof(struct xsc_sqe) == 64, "xsc_sqe is one cache line");
_Static_assert(sizeof(struct xsc_cqe) == 32, "xsc_cqe is 32 bytes");
_Static_assert(sizeof(struct xsc_ring_hdr) == XSC_RING_ENTRY_OFFSET, "ring header size");
_Static_assert(sizeof(struct xsc_ctrl) == 64, "ctrl size");

int xsc_ring_alloc(struct XscRing *r, uint32_t entries)
{
	size_t sr_bytes = XSC_RING_BYTES(entries, sizeof(struct xsc_sqe));
	size_t cr_bytes = XSC_RING_BYTES(entries, sizeof(struct xsc_cqe));
	size_t ctrl_bytes = 4096;
	char *mem;

	/* One anonymous mapping laid out as the module's three regions would be. */
	mem = mmap(NULL, ctrl_bytes + sr_bytes + cr_bytes, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED)
		return -ENOMEM;
	memset(r, 0, sizeof(*r));
	r->ctrl = (struct xsc_ctrl *)mem;
	r->sr = (struct xsc_ring_hdr *)(mem + ctrl_bytes);
	r->sqes = (struct xsc_sqe *)((char *)r->sr + XSC_RING_ENTRY_OFFSET);
	r->cr = (struct xsc_ring_hdr *)(mem + ctrl_bytes + sr_bytes);
	r->cqes = (struct xsc_cqe *)((char *)r->cr + XSC_RING_ENTRY_OFFSET);
	r->entries = entries;
	r->shift = (uint32_t)__builtin_ctz(entries);
	r->sr->mask = r->cr->mask = entries - 1;
	r->sr->entries = r->cr->entries = entries;
	r->ctrl->version = XSC_ABI_VERSION;
	/* No XSC_FEAT_CANCEL: in-process workers are interrupted directly with a
	 * signal (XscConsumerOps.cancel); XSC_OP_CANCEL is for the kernel module. */
	r->ctrl->features = XSC_FEAT_XSYNC | XSC_FEAT_CLASS_TABLE | XSC_FEAT_NEED_WAKEUP;
	r->ctrl->sr_entries = r->ctrl->cr_entries = entries;
	return 0;
}

void xsc_ring_free(struct XscRing *r)
{
	size_t bytes = 4096 + XSC_RING_BYTES(r->entries, sizeof(struct xsc_sqe)) +
		       XSC_RING_BYTES(r->entries, sizeof(struct xsc_cqe));

	if (r->ctrl)
		munmap(r->ctrl, bytes);
	memset(r, 0, sizeof(*r));
}

void xsc_sqe_fill(struct xsc_sqe *sqe, const struct xsc_call *c)
{
	int i;

	sqe->op = XSC_OP_SYSCALL;
	sqe->flags = 0;
	sqe->nr = (int32_t)c->nr;
	for (i = 0; i < 6; i++)
		sqe->args[i] = (uint64_t)c->args[i];
	if (c->nr == __NR_futex) {
		int cmd = (int)c->args[1] & FUTEX_CMD_MASK;
		long priv = (c->args[1] & FUTEX_PRIVATE_FLAG) != 0;

		/* Plain waits and wakes are the XSYNC ops; other futex commands stay
		 * ordinary system calls. */
		if (cmd == FUTEX_WAIT && !(c->args[1] & FUTEX_CLOCK_REALTIME)) {
			sqe->op = XSC_OP_XSYNC_WAIT;
			sqe->nr = 0;
			sqe->args[1] = (uint64_t)c->args[2]; /* expected value */
			sqe->args[2] = (uint64_t)c->args[3]; /* relative timeout */
			sqe->args[3] = (uint64_t)priv;
			sqe->args[4] = sqe->args[5] = 0;
		} else if (cmd == FUTEX_WAKE) {
			sqe->op = XSC_OP_XSYNC_WAKE;
			sqe->nr = 0;
			sqe->args[1] = (uint64_t)c->args[2]; /* how many to wake */
			sqe->args[3] = (uint64_t)priv;
			sqe->args[2] = sqe->args[4] = sqe->args[5] = 0;
		}
	}
	sqe->user_data = (uint64_t)(uintptr_t)c;
}

long xsc_sqe_exec(const struct xsc_sqe *sqe)
{
	const __u64 *a = sqe->args;

	if (sqe->flags)
		return -EINVAL;
	switch (sqe->op) {
	case XSC_OP_NOP:
		return 0;
	case XSC_OP_SYSCALL:
		return xsc_raw_syscall6(sqe->nr, (long)a[0], (long)a[1], (long)a[2], (long)a[3],
					(long)a[4], (long)a[5]);
	case XSC_OP_XSYNC_WAIT:
		return xsc_raw_syscall6(__NR_futex, (long)a[0],
					FUTEX_WAIT | (a[3] ? FUTEX_PRIVATE_FLAG : 0), (long)a[1],
					(long)a[2], 0, 0);
	case XSC_OP_XSYNC_WAKE:
		return xsc_raw_syscall6(__NR_futex, (long)a[0],
					FUTEX_WAKE | (a[3] ? FUTEX_PRIVATE_FLAG : 0), (long)a[1], 0,
					0, 0);
	default:
		return -EINVAL;
	}
}

/* True when n more calls fit in flight: every call in flight holds one SR slot
 * until it is claimed and one CR slot until it is drained, so counting
 * submitted (SR tail) against drained (CR head) keeps both rings from
 * overflowing. Acquire: pairs with the drainer's release of head, so the CR
 * slots it freed are free for the consumer too. */
static int fits(struct XscRing *r, uint32_t tail, unsigned n)
{
	uint32_t drained = atomic_load_explicit((_Atomic uint32_t *)&r->cr->head,
						memory_order_acquire);

	return tail + n - drained <= r->entries;
}

int xsc_ring_submit(struct XscRt *rt, struct xsc_call **calls, unsigned n)
{
	struct XscRing *r = &rt->ring;
	unsigned done = 0;

	while (done < n) {
		unsigned chunk = n - done, i;
		uint32_t tail;

		if (chunk > r->entries / 4)
			chunk = r->entries / 4;
		xsc_lock(&rt->sr_lock);
		tail = r->sr->tail; /* only producers write tail, and we hold sr_lock */
		if (!fits(r, tail, chunk)) {
			/* The ring is full of calls in flight: help deliver, then retry. */
			xsc_unlock(&rt->sr_lock);
			xsc_ring_drain(rt, 0, NULL, 0, 0);
			xsc_yield();
			continue;
		}
		XSC_COUNT(rt->n_submitted_ring, chunk);
		for (i = 0; i < chunk; i++) {
			struct xsc_call *c = calls[done + i];
			struct xsc_sqe *sqe = &r->sqes[(tail + i) & r->sr->mask];

			/* Ask for the slots ahead in exclusive state: each is a line
			 * the worker last read, and its transfer is the cost here. */
			__builtin_prefetch(&r->sqes[(tail + i + 16) & r->sr->mask], 1);
			c->priv[0] = tail + i; /* SR index, for the stall check in kick() */
			atomic_store_explicit((_Atomic uint32_t *)&c->state, XSC_CALL_PENDING,
					      memory_order_relaxed);
			xsc_sqe_fill(sqe, c);
			/* Release: a worker polling this slot's tag sees the entry
			 * (and starts on it while we fill the rest). */
			atomic_store_explicit((_Atomic uint16_t *)&sqe->seq, xsc_sqe_tag(r, tail + i),
					      memory_order_release);
		}
		/* Release: a consumer that reads tail rather than the tags sees the
		 * SQEs and the calls' PENDING state written above. */
		atomic_store_explicit((_Atomic uint32_t *)&r->sr->tail, tail + chunk,
				      memory_order_release);
		xsc_unlock(&rt->sr_lock);
		/* Our entries are ordered before kick()'s read of the worker state;
		 * a lead going to sleep orders its BLOCKED state before its last
		 * look at the SR with a heavy barrier: either it sees our entries
		 * or we see BLOCKED and wake it. */
		xsc_light_barrier(rt);
		rt->consumer->kick(rt, 0, tail + chunk - 1);
		done += chunk;
	}
	return (int)n;
}

void xsc_deliver(struct XscRt *rt, struct xsc_call *c, long res)
{
	uint32_t old;
	int route = (int)c->route;

	c->result = xsc_interrupted_as_eintr(c, res);
	/* Acq_rel: the caller that reads DONE must see result; after this
	 * exchange the call belongs to its caller and we must not touch it. */
	old = atomic_exchange_explicit((_Atomic uint32_t *)&c->state, XSC_CALL_DONE,
				       memory_order_acq_rel);
	if (old == XSC_CALL_SLEEPING) {
		if (route == XSC_ROUTE_URING)
			xsc_uring_poke(rt); /* the caller sleeps in io_uring_enter */
		else
			xsc_futex_wake((_Atomic uint32_t *)&c->state, 1);
	}
}

int xsc_deliver_from(struct XscRt *rt, struct xsc_call *c, long res, struct xsc_call *own,
		     unsigned n_own)
{
	if ((uintptr_t)c - (uintptr_t)own >= (uintptr_t)n_own * sizeof(*own)) {
		xsc_deliver(rt, c, res);
		return 0;
	}
	/* Our own call: we are not asleep on it, and nobody else waits for it,
	 * so plain stores deliver it. */
	c->result = xsc_interrupted_as_eintr(c, res);
	atomic_store_explicit((_Atomic uint32_t *)&c->state, XSC_CALL_DONE, memory_order_relaxed);
	return 1;
}

void xsc_ring_drain(struct XscRt *rt, int wait_lock, struct xsc_call *own, unsigned n_own,
		    int until_own)
{
	struct XscRing *r = &rt->ring;
	_Atomic uint32_t *headp = (_Atomic uint32_t *)&r->cr->head;

	/* Cheap emptiness test first, on the next slot's tag (one line the
	 * worker writes anyway): pollers call this in their loop. */
	while (xsc_cqe_ready(r, atomic_load_explicit(headp, memory_order_relaxed))) {
		uint32_t head;

		/* A poller that finds the lock taken just polls again. A sleeper,
		 * and a worker draining for sleepers, must not leave a CQE behind
		 * (nobody else may come for it), so they wait for the lock and
		 * loop until the ring is empty. */
		if (wait_lock)
			xsc_lock(&rt->cr_lock);
		else if (!xsc_trylock(&rt->cr_lock))
			return;
		head = atomic_load_explicit(headp, memory_order_relaxed);
		/* The tags say how far to go; the CR tail is not read here: the
		 * lead writes it on every post, and each read of it by a reaper
		 * made the next post fetch the line back (batches of 64 ~4%
		 * slower when the drain prefetched the CQE lines up to tail).
		 * The tag's acquire (xsc_cqe_ready) makes each CQE complete. */
		while (xsc_cqe_ready(r, head)) {
			const struct xsc_cqe *cqe = &r->cqes[head & r->cr->mask];
			struct xsc_call *c = (struct xsc_call *)(uintptr_t)cqe->user_data;
			long res = (long)cqe->res;

			head++;
			XSC_COUNT(rt->n_completed_ring, 1);
			if (xsc_deliver_from(rt, c, res, own, n_own) && until_own)
				break;
		}
		/* Release: the CQEs are read before the consumer may refill their
		 * slots, and a submitter that sees head moved may use them. */
		atomic_store_explicit(headp, head, memory_order_release);
		xsc_unlock(&rt->cr_lock);
		if (!wait_lock)
			return;
	}
}
