/* SPDX-License-Identifier: Apache-2.0 */
/*
 * futex(2) through the runtime: FUTEX_WAIT and FUTEX_WAKE travel as the XSYNC
 * ops and keep their results (-EAGAIN on a changed word, the number woken).
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "xsc_test.h"

static _Atomic unsigned word;
static _Atomic int waiting;

static void *waiter(void *arg)
{
	long rc;

	(void)arg;
	waiting = 1;
	do
		rc = xsc_syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	while (word == 0 && (rc == 0 || rc == -EAGAIN || rc == -EINTR));
	return (void *)rc;
}

int main(void)
{
	struct timespec to = { 0, 1000000 }, pause = { 0, 5000000 };
	pthread_t t;
	void *ret;
	long woken = 0;
	int i;

	xsc_test_setup();
	/* The word is not the expected value: -EAGAIN, as natively. */
	word = 7;
	XSC_CHECK(xsc_syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0) == -EAGAIN);
	/* A timed wait times out. */
	XSC_CHECK(xsc_syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 7, &to, NULL, 0) == -ETIMEDOUT);
	/* Nobody waits: wake returns 0. */
	XSC_CHECK(xsc_syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0) == 0);
	/* A bad address faults. */
	XSC_CHECK(xsc_syscall(SYS_futex, (void *)8, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0) == -EFAULT);

	word = 0;
	XSC_CHECK(pthread_create(&t, NULL, waiter, NULL) == 0);
	while (!waiting)
		nanosleep(&pause, NULL);
	nanosleep(&pause, NULL);
	word = 1;
	for (i = 0; i < 400 && woken == 0; i++) {
		woken = xsc_syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
		if (!woken)
			nanosleep(&pause, NULL);
	}
	pthread_join(t, &ret);
	XSC_CHECK(woken == 1 || (long)ret == -EAGAIN);
	return XSC_T_PASS;
}
