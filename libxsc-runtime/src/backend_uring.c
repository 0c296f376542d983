/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The uring backend: calls io_uring can serve go on an io_uring SQ consumed by
 * the kernel's SQPOLL thread, so the caller makes no system call; everything
 * else goes to the thread backend's XSC ring. liburing sets the ring up and
 * prepares entries; publishing, wake-ups and waits are done here through the
 * runtime's own raw system call. Invariant: entries in flight on io_uring
 * (published on the SQ, their CQE not yet reaped) stay within the SQ's size
 * less a reserve, so the SQ never fills and the CQ (twice the SQ) never
 * overflows. Every SQE we publish yields exactly one CQE (no multishot, no
 * skipped completions), so the count is the SQ tail minus the CQ head.
 */
#include <errno.h>
#include <liburing.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

#include "internal.h"

#define XSC_URING_ENTRIES 256
#define XSC_URING_RESERVE 32 /* SQ slots kept for wake-up NOPs and cancels */
#define XSC_SQPOLL_IDLE_MS 1

struct XscUring {
	struct io_uring ring;
	XscLock sq_lock; /* serialises SQ producers */
	XscLock cq_lock; /* serialises CQ reapers */
	int sqpoll;
};

int xsc_uring_start(struct XscRt *rt)
{
	struct io_uring_params p;
	struct XscUring *u;
	unsigned i;
	int rc;

	u = calloc(1, sizeof(*u));
	if (!u)
		return -ENOMEM;
	memset(&p, 0, sizeof(p));
	if (rt->spin_ok) {
		/* A kernel thread polls the SQ. On one CPU it would compete with
		 * the caller, so there each submit enters the kernel instead. */
		p.flags = IORING_SETUP_SQPOLL;
		p.sq_thread_idle = XSC_SQPOLL_IDLE_MS;
	}
	rc = io_uring_queue_init_params(XSC_URING_ENTRIES, &u->ring, &p);
	if (rc < 0) {
		free(u);
		return rc;
	}
	if (!(p.features & IORING_FEAT_EXT_ARG) || !(p.features & IORING_FEAT_RW_CUR_POS)) {
		io_uring_queue_exit(&u->ring);
		free(u);
		return -ENODEV;
	}
	for (i = 0; i < u->ring.sq.ring_entries; i++)
		u->ring.sq.array[i] = i; /* SQ slot i holds SQE i */
	u->sqpoll = rt->spin_ok;
	rt->uring = u;
	return 0;
}

void xsc_uring_stop(struct XscRt *rt)
{
	if (!rt->uring)
		return;
	io_uring_queue_exit(&rt->uring->ring);
	free(rt->uring);
	rt->uring = NULL;
}

int xsc_uring_serves(const struct xsc_call *c)
{
	const long *a = c->args;

	switch (c->nr) {
	case __NR_read: case __NR_write:
		return (unsigned long)a[2] <= 0x7fffffffUL;
	case __NR_pread64: case __NR_pwrite64:
		/* io_uring reads offset -1 as "current position"; pread gives -EINVAL. */
		return (unsigned long)a[2] <= 0x7fffffffUL && a[3] >= 0;
	case __NR_readv: case __NR_writev:
	case __NR_openat: case __NR_close: case __NR_statx:
	case __NR_fsync: case __NR_fdatasync:
	case __NR_sendmsg: case __NR_recvmsg:
	case __NR_accept: case __NR_accept4: case __NR_connect:
	case __NR_fallocate: case __NR_unlinkat: case __NR_mkdirat:
		return 1;
#ifdef __NR_open
	case __NR_open:
		return 1;
#endif
	case __NR_sendto:
		return a[4] == 0 && (unsigned long)a[2] <= 0x7fffffffUL; /* no address: send */
	case __NR_recvfrom:
		return a[4] == 0 && a[5] == 0 && (unsigned long)a[2] <= 0x7fffffffUL;
	default:
		return 0;
	}
}

static void prep(struct io_uring_sqe *sqe, const struct xsc_call *c)
{
	const long *a = c->args;
	const __u64 cur = (__u64)-1; /* use and move the file position */

	switch (c->nr) {
	case __NR_read: io_uring_prep_read(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], cur); break;
	case __NR_write: io_uring_prep_write(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], cur); break;
	case __NR_pread64: io_uring_prep_read(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], (__u64)a[3]); break;
	case __NR_pwrite64: io_uring_prep_write(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], (__u64)a[3]); break;
	case __NR_readv: io_uring_prep_readv(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], cur); break;
	case __NR_writev: io_uring_prep_writev(sqe, (int)a[0], (void *)a[1], (unsigned)a[2], cur); break;
	case __NR_openat: io_uring_prep_openat(sqe, (int)a[0], (void *)a[1], (int)a[2], (mode_t)a[3]); break;
#ifdef __NR_open
	case __NR_open: io_uring_prep_openat(sqe, AT_FDCWD, (void *)a[0], (int)a[1], (mode_t)a[2]); break;
#endif
	case __NR_close: io_uring_prep_close(sqe, (int)a[0]); break;
	case __NR_statx:
		io_uring_prep_statx(sqe, (int)a[0], (void *)a[1], (int)a[2], (unsigned)a[3], (void *)a[4]);
		break;
	case __NR_fsync: io_uring_prep_fsync(sqe, (int)a[0], 0); break;
	case __NR_fdatasync: io_uring_prep_fsync(sqe, (int)a[0], IORING_FSYNC_DATASYNC); break;
	case __NR_sendto: io_uring_prep_send(sqe, (int)a[0], (void *)a[1], (size_t)a[2], (int)a[3]); break;
	case __NR_recvfrom: io_uring_prep_recv(sqe, (int)a[0], (void *)a[1], (size_t)a[2], (int)a[3]); break;
	case __NR_sendmsg: io_uring_prep_sendmsg(sqe, (int)a[0], (void *)a[1], (unsigned)a[2]); break;
	case __NR_recvmsg: io_uring_prep_recvmsg(sqe, (int)a[0], (void *)a[1], (unsigned)a[2]); break;
	case __NR_accept: io_uring_prep_accept(sqe, (int)a[0], (void *)a[1], (void *)a[2], 0); break;
	case __NR_accept4: io_uring_prep_accept(sqe, (int)a[0], (void *)a[1], (void *)a[2], (int)a[3]); break;
	case __NR_connect: io_uring_prep_connect(sqe, (int)a[0], (void *)a[1], (socklen_t)a[2]); break;
	case __NR_fallocate: io_uring_prep_fallocate(sqe, (int)a[0], (int)a[1], a[2], a[3]); break;
	case __NR_unlinkat: io_uring_prep_unlinkat(sqe, (int)a[0], (void *)a[1], (int)a[2]); break;
	case __NR_mkdirat: io_uring_prep_mkdirat(sqe, (int)a[0], (void *)a[1], (mode_t)a[2]); break;
	default: io_uring_prep_nop(sqe); break; /* unreachable: xsc_uring_serves() */
	}
	io_uring_sqe_set_data64(sqe, (__u64)(uintptr_t)c);
}

/* Publishes the SQEs prepared under sq_lock and wakes the SQ thread if it sleeps. */
static void publish(struct XscUring *u, unsigned n)
{
	struct io_uring_sq *sq = &u->ring.sq;

	sq->sqe_head = sq->sqe_tail;
	/* Release: the SQ thread that reads the new tail sees the SQEs. */
	io_uring_smp_store_release(sq->ktail, sq->sqe_tail);
}

static void kick(struct XscUring *u, unsigned n)
{
	if (u->sqpoll) {
		/* Full barrier: our tail store is visible before we read the SQ
		 * thread's NEED_WAKEUP flag, which it sets before re-reading tail
		 * (the io_uring SQPOLL protocol). */
		atomic_thread_fence(memory_order_seq_cst);
		if (!(IO_URING_READ_ONCE(*u->ring.sq.kflags) & IORING_SQ_NEED_WAKEUP))
			return;
		xsc_raw_syscall6(__NR_io_uring_enter, u->ring.ring_fd, 0, 0, IORING_ENTER_SQ_WAKEUP,
				 0, 0);
	} else {
		xsc_raw_syscall6(__NR_io_uring_enter, u->ring.ring_fd, n, 0, 0, 0, 0);
	}
}

/* True when n more calls fit in flight (sq_lock held, so the SQ tail is
 * ours). Acquire: pairs with the reaper's release of the CQ head, so the slots
 * it freed are free. Our wake-up NOPs and cancels count too, but do not
 * check: the reserve is theirs. */
static int fits(struct XscUring *u, unsigned n)
{
	unsigned reaped = io_uring_smp_load_acquire(u->ring.cq.khead);

	return u->ring.sq.sqe_tail + n - reaped <= u->ring.sq.ring_entries - XSC_URING_RESERVE;
}

int xsc_uring_submit(struct XscRt *rt, struct xsc_call **calls, unsigned n)
{
	struct XscUring *u = rt->uring;
	unsigned done = 0;

	while (done < n) {
		unsigned chunk = n - done, i;

		if (chunk > 64)
			chunk = 64;
		xsc_lock(&u->sq_lock);
		if (!fits(u, chunk)) {
			/* Full of calls in flight: help reap, then retry. */
			xsc_unlock(&u->sq_lock);
			xsc_uring_reap(rt, NULL, 0);
			xsc_yield();
			continue;
		}
		XSC_COUNT(rt->n_uring, chunk);
		for (i = 0; i < chunk; i++) {
			struct xsc_call *c = calls[done + i];

			atomic_store_explicit((_Atomic uint32_t *)&c->state, XSC_CALL_PENDING,
					      memory_order_relaxed);
			prep(io_uring_get_sqe(&u->ring), c); /* never NULL: fits() */
		}
		publish(u, chunk);
		xsc_unlock(&u->sq_lock);
		kick(u, chunk);
		done += chunk;
	}
	return (int)n;
}

void xsc_uring_reap(struct XscRt *rt, struct xsc_call *own, unsigned n_own)
{
	struct XscUring *u = rt->uring;
	struct io_uring_cq *cq = &u->ring.cq;
	unsigned head, tail;

	/* Cheap emptiness test first: pollers call this in their loop. */
	if (IO_URING_READ_ONCE(*cq->khead) == io_uring_smp_load_acquire(cq->ktail))
		return;
	if (!xsc_trylock(&u->cq_lock))
		return;
	head = *cq->khead;
	/* Acquire: pairs with the kernel's release of the CQ tail: CQEs are complete. */
	tail = io_uring_smp_load_acquire(cq->ktail);
	while (head != tail) {
		struct io_uring_cqe *cqe = &cq->cqes[head & cq->ring_mask];
		uint64_t ud = cqe->user_data;
		long res = cqe->res;

		head++;
		if (ud) { /* 0 marks our own NOPs and cancels */
			struct xsc_call *c = (struct xsc_call *)(uintptr_t)ud;

			XSC_COUNT(rt->n_completed_uring, 1);
			xsc_deliver_from(rt, c, res, own, n_own);
		}
	}
	/* Release: the kernel may reuse the CQ slots once it sees the new head,
	 * and a submitter that sees it moved may use them (fits()). */
	io_uring_smp_store_release(cq->khead, head);
	xsc_unlock(&u->cq_lock);
}

long xsc_uring_sleep(struct XscRt *rt, int64_t timeout_ns)
{
	struct __kernel_timespec ts = { .tv_sec = timeout_ns / 1000000000,
					.tv_nsec = timeout_ns % 1000000000 };
	struct io_uring_getevents_arg arg = { .sigmask = 0, .sigmask_sz = _NSIG / 8,
					      .ts = (__u64)(uintptr_t)&ts };
	long rc;

	rc = xsc_raw_syscall6(__NR_io_uring_enter, rt->uring->ring.ring_fd, 0, 1,
			      IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG, (long)&arg,
			      sizeof(arg));
	return rc == -ETIME ? 0 : rc;
}

/* Puts one internal entry (user_data 0) on the SQ; without a free slot the
 * sleeper's next tick does the job. */
static void internal_sqe(struct XscUring *u, const struct xsc_call *target)
{
	struct io_uring_sqe *sqe;

	xsc_lock(&u->sq_lock);
	sqe = io_uring_get_sqe(&u->ring);
	if (sqe) {
		if (target)
			io_uring_prep_cancel64(sqe, (__u64)(uintptr_t)target, 0);
		else
			io_uring_prep_nop(sqe);
		io_uring_sqe_set_data64(sqe, 0);
		publish(u, 1);
	}
	xsc_unlock(&u->sq_lock);
	if (sqe)
		kick(u, 1);
}

void xsc_uring_cancel(struct XscRt *rt, struct xsc_call *c)
{
	internal_sqe(rt->uring, c);
}

void xsc_uring_poke(struct XscRt *rt)
{
	/* A NOP's completion ends every io_uring_enter wait. */
	internal_sqe(rt->uring, NULL);
}
