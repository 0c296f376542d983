/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Calls of the THREAD class act on the calling thread, never on a worker:
 * gettid is the caller's tid, and a signal mask change applies to the caller.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

static void *check_tid(void *arg)
{
	(void)arg;
	XSC_CHECK(xsc_syscall(SYS_gettid) == gettid());
	return NULL;
}

int main(void)
{
	struct xsc_runtime_stats a, b;
	sigset_t set, cur;
	pthread_t t;

	xsc_test_setup();
	XSC_CHECK(xsc_runtime_stats(&a) == 0);
	XSC_CHECK(xsc_syscall(SYS_gettid) == gettid());
	XSC_CHECK(pthread_create(&t, NULL, check_tid, NULL) == 0);
	pthread_join(t, NULL);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	XSC_CHECK(xsc_syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8) == 0);
	XSC_CHECK(pthread_sigmask(SIG_BLOCK, NULL, &cur) == 0);
	XSC_CHECK(sigismember(&cur, SIGUSR1));
	XSC_CHECK(xsc_runtime_stats(&b) == 0);
	XSC_CHECK(b.local >= a.local + 3);
	return XSC_T_PASS;
}
