/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Threads x calls: many threads submit at once, single calls and batches, and
 * every completion carries the result of its own call: none lost, none swapped.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "xsc_test.h"

#define THREADS 8
#define ROUNDS 1500
#define FILE_BYTES 4096

static int data_fd;
static unsigned char data[FILE_BYTES];
static pid_t pid;

static void *worker(void *arg)
{
	long id = (long)arg;
	struct xsc_call batch[16];
	unsigned char b;
	long i;
	int j;

	for (i = 0; i < ROUNDS; i++) {
		long off = (id * 7919 + i * 31) % FILE_BYTES;
		long len = 1 + (i + id) % 37;

		switch (i % 4) {
		case 0:
			XSC_CHECK(xsc_pread(data_fd, &b, 1, off) == 1 && b == data[off]);
			break;
		case 1:
			XSC_CHECK(xsc_getpid() == pid);
			break;
		case 2:
			XSC_CHECK(xsc_syscall(SYS_write, -1 - id, "x", len) == -EBADF);
			break;
		default: {
			unsigned char bufs[16];

			for (j = 0; j < 16; j++) {
				long a[4] = { data_fd, (long)&bufs[j], 1, (off + j * 97) % FILE_BYTES };

				xsc_prep(&batch[j], SYS_pread64, a, 4);
			}
			XSC_CHECK(xsc_submit(batch, 16) == 16);
			XSC_CHECK(xsc_reap(batch, 16) == 0);
			for (j = 0; j < 16; j++)
				XSC_CHECK(batch[j].result == 1 &&
					  bufs[j] == data[(off + j * 97) % FILE_BYTES]);
		}
		}
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	struct xsc_runtime_stats st;
	char path[256];
	const char *tmp = getenv("TMPDIR");
	long i;

	xsc_test_setup();
	pid = getpid();
	snprintf(path, sizeof(path), "%s/xsc-stress-%d", tmp ? tmp : "/tmp", (int)pid);
	data_fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	XSC_CHECK(data_fd >= 0);
	unlink(path);
	for (i = 0; i < FILE_BYTES; i++)
		data[i] = (unsigned char)(i * 131 + 7);
	XSC_CHECK(write(data_fd, data, FILE_BYTES) == FILE_BYTES);

	for (i = 0; i < THREADS; i++)
		XSC_CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
	for (i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	XSC_CHECK(xsc_runtime_stats(&st) == 0);
	fprintf(stderr, "%llu calls submitted, %llu completed, %u workers\n",
		(unsigned long long)st.submitted, (unsigned long long)st.completed, st.workers);
	XSC_CHECK(st.submitted == st.completed);
	XSC_CHECK(st.submitted >= (uint64_t)THREADS * ROUNDS / 4 * (3 + 16));
	return XSC_T_PASS;
}
