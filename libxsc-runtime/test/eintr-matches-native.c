/* SPDX-License-Identifier: Apache-2.0 */
/*
 * A signal whose handler has no SA_RESTART interrupts a blocked call made
 * through the runtime just as it interrupts the native call: -EINTR.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "xsc_test.h"

static volatile sig_atomic_t hits;

static void on_alarm(int sig)
{
	(void)sig;
	hits++;
}

static void arm(void)
{
	struct itimerval it = { .it_value = { 0, 50000 } }; /* 50 ms */

	XSC_CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
}

int main(void)
{
	struct sigaction sa;
	struct timespec ts = { 10, 0 };
	int p[2];
	char c;
	long n;
	int e;

	xsc_test_setup();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm; /* no SA_RESTART */
	sigemptyset(&sa.sa_mask);
	XSC_CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
	XSC_CHECK(pipe(p) == 0);

	arm();
	errno = 0;
	n = read(p[0], &c, 1);
	e = errno;
	XSC_CHECK(hits == 1);
	arm();
	XSC_CHECK_SAME(xsc_read(p[0], &c, 1), n, e);
	XSC_CHECK(hits == 2);

	arm();
	errno = 0;
	n = nanosleep(&ts, NULL);
	e = errno;
	arm();
	XSC_CHECK_SAME(xsc_nanosleep(&ts, NULL), n, e);
	XSC_CHECK(hits == 4);

	/* The pipe still works afterwards: the interrupted read consumed nothing. */
	XSC_CHECK(write(p[1], "z", 1) == 1);
	XSC_CHECK(xsc_read(p[0], &c, 1) == 1 && c == 'z');
	return XSC_T_PASS;
}
