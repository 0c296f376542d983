/* SPDX-License-Identifier: Apache-2.0 */
/*
 * With one CPU to run on, nobody polls: a call costs a wake-up, not a
 * scheduler tick (about 4-8 ms when caller and worker spin against each other
 * on one CPU), and an idle process burns no CPU.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "xsc_test.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
	       ru.ru_stime.tv_usec / 1e6;
}

int main(void)
{
	struct timespec gap = { 0, 2000000 };
	cpu_set_t one;
	double t0, c0, wall, cpu;
	int i;

	CPU_ZERO(&one);
	CPU_SET(sched_getcpu() >= 0 ? sched_getcpu() : 0, &one);
	if (sched_setaffinity(0, sizeof(one), &one))
		xsc_test_skip("cannot restrict the process to one CPU");
	xsc_test_setup(); /* workers inherit the one-CPU mask */

	/* Back to back: 2000 calls would take >= 8 s at one tick each. */
	t0 = now_s();
	for (i = 0; i < 2000; i++)
		XSC_CHECK(xsc_getpid() == getpid());
	wall = now_s() - t0;
	fprintf(stderr, "2000 back-to-back calls on one CPU: %.3f s\n", wall);
	XSC_CHECK(wall < 2.0);

	/* Spaced out: the process must mostly sleep between calls. */
	t0 = now_s();
	c0 = cpu_s();
	for (i = 0; i < 100; i++) {
		nanosleep(&gap, NULL);
		XSC_CHECK(xsc_getpid() == getpid());
	}
	wall = now_s() - t0;
	cpu = cpu_s() - c0;
	fprintf(stderr, "100 spaced calls: wall %.3f s, cpu %.3f s\n", wall, cpu);
	XSC_CHECK(cpu < 0.5 * wall);
	return XSC_T_PASS;
}
