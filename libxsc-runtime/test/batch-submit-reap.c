/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The batching API: 64 prepared calls of mixed kinds go in with one submit and
 * come back with one reap, each with its own result; reaping a call that was
 * never submitted is -EINVAL.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

#define N 64

int main(void)
{
	struct xsc_call calls[N], idle;
	unsigned char bufs[N];
	int p[2];
	long i;

	xsc_test_setup();
	XSC_CHECK(pipe(p) == 0);
	for (i = 0; i < N; i++) {
		switch (i % 4) {
		case 0: {
			long a[3] = { p[1], (long)"abcdefgh" + (i % 8), 1 };

			xsc_prep(&calls[i], SYS_write, a, 3);
			break;
		}
		case 1:
			xsc_prep(&calls[i], SYS_getpid, NULL, 0);
			break;
		case 2: {
			long a[3] = { 1000 + i, (long)&bufs[i], 1 };

			xsc_prep(&calls[i], SYS_read, a, 3);
			break;
		}
		default:
			xsc_prep(&calls[i], SYS_gettid, NULL, 0); /* runs in place */
		}
	}
	XSC_CHECK(xsc_submit(calls, N) == N);
	XSC_CHECK(xsc_reap(calls, N) == 0);
	for (i = 0; i < N; i++) {
		switch (i % 4) {
		case 0: XSC_CHECK(calls[i].result == 1); break;
		case 1: XSC_CHECK(calls[i].result == getpid()); break;
		case 2: XSC_CHECK(calls[i].result == -EBADF); break;
		default: XSC_CHECK(calls[i].result == gettid());
		}
	}
	/* 16 one-byte writes arrived. */
	XSC_CHECK(read(p[0], bufs, N) == N / 4);

	/* The same calls can be submitted again after a reap. */
	XSC_CHECK(xsc_submit(calls, N) == N);
	XSC_CHECK(xsc_reap(calls, N) == 0);
	XSC_CHECK(calls[1].result == getpid());

	xsc_prep(&idle, SYS_getpid, NULL, 0);
	XSC_CHECK(xsc_reap(&idle, 1) == -EINVAL);
	XSC_CHECK(xsc_submit(calls, 0) == 0);
	return XSC_T_PASS;
}
