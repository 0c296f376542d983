/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The lead worker changes hands again and again: readers block it on empty
 * pipes, so their writers' entries wait until a spare takes the lead over, and
 * each demoted worker takes it back to post its read. Meanwhile other threads
 * keep batches of fast calls flowing. Every completion must arrive exactly
 * once and carry its own result: each read its own byte, each getpid the pid.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "xsc_test.h"

#define PAIRS 3
#define ROUNDS 12
#define BATCHERS 2
#define BATCH 16

static int pipes[PAIRS][2];
static _Atomic int done_pairs;
static long pid;

static void *reader(void *arg)
{
	long p = (long)arg;
	int r;

	for (r = 0; r < ROUNDS; r++) {
		char c = 0;

		XSC_CHECK(xsc_read(pipes[p][0], &c, 1) == 1);
		XSC_CHECK(c == (char)('A' + (p * ROUNDS + r) % 60));
	}
	return NULL;
}

static void *writer(void *arg)
{
	long p = (long)arg;
	/* Long enough for the reader's call to hold the lead past the stall
	 * threshold (2 ms) before our write queues behind it. */
	struct timespec ts = { 0, 3 * 1000 * 1000 };
	int r;

	for (r = 0; r < ROUNDS; r++) {
		char c = (char)('A' + (p * ROUNDS + r) % 60);

		nanosleep(&ts, NULL);
		XSC_CHECK(xsc_write(pipes[p][1], &c, 1) == 1);
	}
	done_pairs++;
	return NULL;
}

static void *batcher(void *arg)
{
	struct xsc_call calls[BATCH];
	unsigned i;

	(void)arg;
	while (done_pairs < PAIRS) {
		for (i = 0; i < BATCH; i++)
			xsc_prep(&calls[i], SYS_getpid, NULL, 0);
		XSC_CHECK(xsc_submit(calls, BATCH) == BATCH);
		XSC_CHECK(xsc_reap(calls, BATCH) == 0);
		for (i = 0; i < BATCH; i++)
			XSC_CHECK(calls[i].result == pid);
	}
	return NULL;
}

int main(void)
{
	pthread_t r[PAIRS], w[PAIRS], b[BATCHERS];
	struct xsc_runtime_stats st;
	long i;

	xsc_test_setup();
	pid = getpid();
	for (i = 0; i < PAIRS; i++)
		XSC_CHECK(pipe(pipes[i]) == 0);
	for (i = 0; i < BATCHERS; i++)
		XSC_CHECK(pthread_create(&b[i], NULL, batcher, NULL) == 0);
	for (i = 0; i < PAIRS; i++) {
		XSC_CHECK(pthread_create(&r[i], NULL, reader, (void *)i) == 0);
		XSC_CHECK(pthread_create(&w[i], NULL, writer, (void *)i) == 0);
	}
	for (i = 0; i < PAIRS; i++) {
		pthread_join(r[i], NULL);
		pthread_join(w[i], NULL);
	}
	for (i = 0; i < BATCHERS; i++)
		pthread_join(b[i], NULL);
	/* Nothing lost, nothing delivered twice. */
	XSC_CHECK(xsc_runtime_stats(&st) == 0);
	XSC_CHECK(st.submitted == st.completed);
	fprintf(stderr, "%s: %llu calls through the rings, %u workers\n", xsc_backend_name(),
		(unsigned long long)st.completed, st.workers);
	/* On the thread backend the blocked reads hold the lead: the scenario
	 * happened only if spares were started to take it over. */
	if (strcmp(xsc_backend_name(), "thread") == 0)
		XSC_CHECK(st.workers > 1);
	return XSC_T_PASS;
}
