/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Calls that block (a read on an empty pipe, a futex wait) hold a worker, yet
 * the calls that would end them still run: the pool grows when every worker is
 * stuck. Without that, this test deadlocks (and ctest's timeout fails it).
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

#define READERS 4

static int pipes[READERS][2];
static _Atomic unsigned futex_word;

static void *reader(void *arg)
{
	long i = (long)arg;
	char c = 0;

	XSC_CHECK(xsc_read(pipes[i][0], &c, 1) == 1);
	XSC_CHECK(c == 'a' + i);
	return NULL;
}

static void *futex_waiter(void *arg)
{
	(void)arg;
	while (futex_word == 0)
		xsc_syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	return NULL;
}

int main(void)
{
	pthread_t r[READERS], f;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	long i, woken = 0;

	xsc_test_setup();
	for (i = 0; i < READERS; i++) {
		XSC_CHECK(pipe(pipes[i]) == 0);
		XSC_CHECK(pthread_create(&r[i], NULL, reader, (void *)i) == 0);
	}
	XSC_CHECK(pthread_create(&f, NULL, futex_waiter, NULL) == 0);
	nanosleep(&ts, NULL); /* let every call block */
	for (i = 0; i < READERS; i++) {
		char c = (char)('a' + i);

		XSC_CHECK(xsc_write(pipes[i][1], &c, 1) == 1);
	}
	for (i = 0; i < READERS; i++)
		pthread_join(r[i], NULL);
	futex_word = 1;
	for (i = 0; i < 1000 && woken == 0; i++) {
		woken = xsc_syscall(SYS_futex, &futex_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
		XSC_CHECK(woken >= 0);
		if (!woken)
			nanosleep(&ts, NULL);
	}
	pthread_join(f, NULL);
	return XSC_T_PASS;
}
