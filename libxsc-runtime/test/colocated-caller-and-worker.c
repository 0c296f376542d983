/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Callers that share a CPU with the worker (the process has two CPUs, so the
 * runtime polls, but every thread is pinned to one of them): lone calls,
 * batches and calls from two threads at once all complete, each with its own
 * result. Such a caller yields to the worker instead of polling; how fast its
 * calls are is measured by the benchmark (colocated/thread), not here.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

#define CALLS 2000

static pid_t pid;

/* Pins every thread of the process (the runtime's workers too) to `set`. A
 * thread may end between the listing and the call (ESRCH: under qemu-user the
 * list includes the emulator's own threads). */
static void pin_all(const cpu_set_t *set)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;

	XSC_CHECK(d != NULL);
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			XSC_CHECK(sched_setaffinity(atoi(e->d_name), sizeof(*set), set) == 0 ||
				  errno == ESRCH);
	closedir(d);
}

static void *caller(void *arg)
{
	int i;

	(void)arg;
	for (i = 0; i < CALLS; i++)
		XSC_CHECK(xsc_getpid() == pid);
	return NULL;
}

int main(void)
{
	cpu_set_t all, one;
	struct xsc_call batch[64];
	struct xsc_runtime_stats st;
	pthread_t t;
	int i, k, cpu;

	XSC_CHECK(sched_getaffinity(0, sizeof(all), &all) == 0);
	if (CPU_COUNT(&all) < 2)
		xsc_test_skip("needs two CPUs: with one the runtime does not poll at all "
			      "(one-cpu-never-busy-spins covers that)");
	pid = getpid();
	xsc_test_setup(); /* with two CPUs: the runtime polls */
	XSC_CHECK(xsc_getpid() == pid); /* the worker is up */

	cpu = sched_getcpu();
	CPU_ZERO(&one);
	CPU_SET(cpu >= 0 ? cpu : 0, &one);
	pin_all(&one);

	for (i = 0; i < CALLS; i++)
		XSC_CHECK(xsc_getpid() == pid);
	for (k = 0; k < 50; k++) {
		for (i = 0; i < 64; i++)
			xsc_prep(&batch[i], SYS_getpid, NULL, 0);
		XSC_CHECK(xsc_submit(batch, 64) == 64);
		XSC_CHECK(xsc_reap(batch, 64) == 0);
		for (i = 0; i < 64; i++)
			XSC_CHECK(batch[i].result == pid);
	}
	/* A second caller on the same CPU (it inherits the pinned mask). */
	XSC_CHECK(pthread_create(&t, NULL, caller, NULL) == 0);
	caller(NULL);
	XSC_CHECK(pthread_join(t, NULL) == 0);

	XSC_CHECK(xsc_runtime_stats(&st) == 0);
	XSC_CHECK(st.submitted == st.completed);
	pin_all(&all);
	xsc_runtime_fini();
	return XSC_T_PASS;
}
