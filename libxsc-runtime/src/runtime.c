/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Setup and teardown of the process-wide runtime and the choice of backend
 * (XSC_BACKEND=thread|uring|kernel|auto). The runtime pointer is published
 * with release and read with acquire, so a thread that sees it sees it whole.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static struct XscRt *_Atomic g_rt;
static pthread_mutex_t g_setup_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t g_atfork_once = PTHREAD_ONCE_INIT;

static void atfork_prepare(void) { pthread_mutex_lock(&g_setup_lock); }
static void atfork_parent(void) { pthread_mutex_unlock(&g_setup_lock); }
static void atfork_child(void)
{
	/* The workers did not survive the fork, and the io_uring instance is
	 * the parent's: the child sets up its own runtime on its next call.
	 * The old context is abandoned, not freed: other threads' state in it
	 * is meaningless here. */
	atomic_store_explicit(&g_rt, NULL, memory_order_relaxed);
	pthread_mutex_unlock(&g_setup_lock);
}

static void register_atfork(void)
{
	pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
}

static int parse_backend(const char *s, enum xsc_backend *out)
{
	static const struct { const char *name; enum xsc_backend b; } names[] = {
		{ "auto", XSC_BACKEND_AUTO }, { "thread", XSC_BACKEND_THREAD },
		{ "uring", XSC_BACKEND_URING }, { "kernel", XSC_BACKEND_KERNEL },
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(s, names[i].name) == 0) {
			*out = names[i].b;
			return 0;
		}
	}
	return -EINVAL;
}

static int setup(enum xsc_backend want, struct XscRt **out)
{
	struct XscRt *rt;
	const char *env;
	int rc;

	if (want == XSC_BACKEND_AUTO && (env = getenv("XSC_BACKEND")) && *env) {
		rc = parse_backend(env, &want);
		if (rc)
			return rc;
	}
	/* The kernel backend arrives with the xsc kernel module; until it can be
	 * tested there, asking for it is an error and auto skips it. */
	if (want == XSC_BACKEND_KERNEL)
		return -ENODEV;
	if ((unsigned)want > XSC_BACKEND_KERNEL)
		return -EINVAL;

	/* Aligned: the struct keeps its hot fields on separate cache lines. */
	rt = aligned_alloc(64, sizeof(*rt));
	if (!rt)
		return -ENOMEM;
	memset(rt, 0, sizeof(*rt));
	atomic_init(&rt->consumer_cpu, -1);
	rt->spin_ok = xsc_online_cpus() > 1;
	env = getenv("XSC_MEMBARRIER");
	rt->membarrier = (env && strcmp(env, "0") == 0) ? 0 : xsc_membarrier_setup();
	rt->pause_ns = xsc_measure_pause_ns();
	rt->consumer = &xsc_thread_consumer;
	rc = rt->consumer->start(rt);
	if (rc) {
		free(rt);
		return rc;
	}
	rt->kind = XSC_BACKEND_THREAD;
	rt->name = "thread";
	/* auto takes io_uring only where its SQ thread gets a CPU of its own. */
	if (want == XSC_BACKEND_URING || (want == XSC_BACKEND_AUTO && rt->spin_ok)) {
		rc = xsc_uring_start(rt);
		if (rc == 0) {
			rt->kind = XSC_BACKEND_URING;
			rt->name = "uring";
		} else if (want == XSC_BACKEND_URING) {
			rt->consumer->stop(rt);
			free(rt);
			return rc;
		}
	}
	*out = rt;
	return 0;
}

int xsc_runtime_init(enum xsc_backend backend)
{
	struct XscRt *rt = NULL;
	int rc;

	pthread_once(&g_atfork_once, register_atfork);
	pthread_mutex_lock(&g_setup_lock);
	if (atomic_load_explicit(&g_rt, memory_order_relaxed)) {
		rc = -EBUSY;
	} else {
		rc = setup(backend, &rt);
		/* Release: a thread that loads g_rt sees the context set up. */
		if (rc == 0)
			atomic_store_explicit(&g_rt, rt, memory_order_release);
	}
	pthread_mutex_unlock(&g_setup_lock);
	return rc;
}

struct XscRt *xsc_rt_get(long *err)
{
	/* Acquire: pairs with the release in xsc_runtime_init(). */
	struct XscRt *rt = atomic_load_explicit(&g_rt, memory_order_acquire);
	int rc;

	if (rt)
		return rt;
	rc = xsc_runtime_init(XSC_BACKEND_AUTO);
	/* Acquire: as above; another thread may have won the setup race. */
	rt = atomic_load_explicit(&g_rt, memory_order_acquire);
	if (!rt)
		*err = rc ? rc : -ENOSYS;
	return rt;
}

void xsc_runtime_fini(void)
{
	struct XscRt *rt;

	pthread_mutex_lock(&g_setup_lock);
	/* Under g_setup_lock; release/acquire as in xsc_runtime_init(). */
	rt = atomic_load_explicit(&g_rt, memory_order_acquire);
	if (rt) {
		atomic_store_explicit(&g_rt, NULL, memory_order_release);
		xsc_uring_stop(rt);
		rt->consumer->stop(rt);
		free(rt);
	}
	pthread_mutex_unlock(&g_setup_lock);
}

const char *xsc_backend_name(void)
{
	/* Acquire: pairs with the release in xsc_runtime_init(). */
	struct XscRt *rt = atomic_load_explicit(&g_rt, memory_order_acquire);

	return rt ? rt->name : NULL;
}

int xsc_runtime_stats(struct xsc_runtime_stats *st)
{
	/* Acquire: pairs with the release in xsc_runtime_init(). */
	struct XscRt *rt = atomic_load_explicit(&g_rt, memory_order_acquire);

	if (!st)
		return -EINVAL;
	if (!rt)
		return -ENODEV;
	memset(st, 0, sizeof(*st));
	/* Relaxed: statistics; exact for the calls whose results we have. */
	st->submitted = atomic_load_explicit(&rt->n_submitted_ring, memory_order_relaxed) +
			atomic_load_explicit(&rt->n_uring, memory_order_relaxed);
	st->completed = atomic_load_explicit(&rt->n_completed_ring, memory_order_relaxed) +
			atomic_load_explicit(&rt->n_completed_uring, memory_order_relaxed);
	st->local = atomic_load_explicit(&rt->n_local, memory_order_relaxed);
	st->uring = atomic_load_explicit(&rt->n_uring, memory_order_relaxed);
	st->workers = atomic_load_explicit((_Atomic uint32_t *)&rt->ring.ctrl->nr_workers,
					   memory_order_relaxed);
	return 0;
}
