/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The runtime's own kernel entries: futex waits and wakes, yields and the
 * short-section lock, all through xsc_raw_syscall6 so the library's only traps
 * stay in the allow-trap section.
 */
#include <linux/futex.h>
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <time.h>

#include "internal.h"

long xsc_futex_wait(_Atomic uint32_t *word, uint32_t expected, int64_t timeout_ns)
{
	struct timespec ts, *tsp = NULL;

	if (timeout_ns >= 0) {
		ts.tv_sec = timeout_ns / 1000000000;
		ts.tv_nsec = timeout_ns % 1000000000;
		tsp = &ts;
	}
	return xsc_raw_syscall6(__NR_futex, (long)word, FUTEX_WAIT_PRIVATE, (long)expected,
				(long)tsp, 0, 0);
}

void xsc_futex_wake(_Atomic uint32_t *word, int count)
{
	xsc_raw_syscall6(__NR_futex, (long)word, FUTEX_WAKE_PRIVATE, count, 0, 0, 0);
}

void xsc_yield(void)
{
	xsc_raw0(__NR_sched_yield);
}

uint64_t xsc_now_ns(void)
{
	struct timespec ts;

	/* glibc serves CLOCK_MONOTONIC from the vDSO: no trap in the common case. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int xsc_poll_window_over(XscPollWindow *w, uint64_t window_ns, uint64_t yield_ns)
{
	uint64_t now = xsc_now_ns();

	if (!w->start)
		w->start = now;
	if (now - w->start > window_ns)
		return 1;
	if (now - w->start > yield_ns)
		xsc_yield();
	return 0;
}

void xsc_spin_step(unsigned *steps, unsigned limit)
{
	if (++*steps < limit)
		xsc_cpu_relax();
	else
		xsc_yield();
}

void xsc_lock(XscLock *l)
{
	unsigned spins = 0;

	while (!xsc_trylock(l))
		xsc_spin_step(&spins, 128); /* the holder may be preempted on our CPU */
}

int xsc_membarrier_setup(void)
{
	long cmds = xsc_raw_syscall6(__NR_membarrier, MEMBARRIER_CMD_QUERY, 0, 0, 0, 0, 0);

	if (cmds < 0 || !(cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED) ||
	    !(cmds & MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED))
		return 0;
	return xsc_raw_syscall6(__NR_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0,
				0, 0, 0) == 0;
}

void xsc_heavy_barrier(const struct XscRt *rt)
{
	/* Our own full fence first: the membarrier makes the others pass one. */
	atomic_thread_fence(memory_order_seq_cst);
	if (rt->membarrier)
		xsc_raw_syscall6(__NR_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0, 0, 0);
}

unsigned xsc_measure_pause_ns(void)
{
	uint64_t t0, t1;
	unsigned i, ns;

	t0 = xsc_now_ns();
	for (i = 0; i < 1000; i++)
		xsc_cpu_relax();
	t1 = xsc_now_ns();
	ns = (unsigned)((t1 - t0) / 1000);
	return ns < 1 ? 1 : ns > 200 ? 200 : ns;
}
