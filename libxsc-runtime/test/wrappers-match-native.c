/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Each wrapper returns exactly what the native call returns (value, or -errno
 * where libc gives -1 and errno): good fds, bad fds, bad pointers (EFAULT).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "xsc_test.h"

static void *volatile bad_ptr = (void *)1; /* volatile: hidden from -Wstringop */
#define BAD_PTR bad_ptr
#define BAD_FD 54321

static char path[256];

#define SAME(xsc_expr, native_expr)                                                  \
	do {                                                                         \
		long n_;                                                             \
		int e_;                                                              \
		errno = 0;                                                           \
		n_ = (long)(native_expr);                                            \
		e_ = errno;                                                          \
		XSC_CHECK_SAME(xsc_expr, n_, e_);                                    \
	} while (0)

int main(void)
{
	char nbuf[64], xbuf[64];
	struct stat nst, xst;
	struct timespec ts = { 0, 1000 };
	const char *tmp = getenv("TMPDIR");
	int fd;
	long xfd;

	xsc_test_setup();
	snprintf(path, sizeof(path), "%s/xsc-wrappers-%d", tmp ? tmp : "/tmp", (int)getpid());

	/* open: the same (lowest free) descriptor number, one after the other. */
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	XSC_CHECK(fd >= 0);
	close(fd);
	xfd = xsc_open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	XSC_CHECK(xfd == fd);
	SAME(xsc_open("/nonexistent/x", O_RDONLY, 0), open("/nonexistent/x", O_RDONLY));
	SAME(xsc_open(BAD_PTR, O_RDONLY, 0), open(BAD_PTR, O_RDONLY));
	SAME(xsc_openat(BAD_FD, "rel", O_RDONLY, 0), openat(BAD_FD, "rel", O_RDONLY));

	/* write / read / pread / pwrite / lseek on a good fd. */
	SAME(xsc_write(fd, "hello, ring", 11), write(fd, "hello, ring", 11));
	SAME(xsc_lseek(fd, 0, SEEK_SET), lseek(fd, 0, SEEK_SET));
	memset(nbuf, 0, sizeof(nbuf));
	memset(xbuf, 0, sizeof(xbuf));
	SAME(xsc_read(fd, xbuf, 5), read(fd, nbuf, 5)); /* bytes 0-4 natively, 5-9 by the ring */
	XSC_CHECK(xsc_lseek(fd, 0, SEEK_CUR) == 10);
	SAME(xsc_pread(fd, xbuf, sizeof(xbuf), 0), pread(fd, nbuf, sizeof(nbuf), 0));
	XSC_CHECK(memcmp(nbuf, xbuf, sizeof(nbuf)) == 0);
	SAME(xsc_pwrite(fd, "X", 1, 3), pwrite(fd, "X", 1, 3));
	SAME(xsc_pread(fd, xbuf, 4, -1), pread(fd, nbuf, 4, -1));
	SAME(xsc_pwrite(fd, "X", 1, -5), pwrite(fd, "X", 1, -5));
	SAME(xsc_lseek(fd, 0, 12345), lseek(fd, 0, 12345));

	/* fstat and fsync. */
	memset(&nst, 0, sizeof(nst));
	memset(&xst, 0, sizeof(xst));
	SAME(xsc_fstat(fd, &xst), fstat(fd, &nst));
	XSC_CHECK(memcmp(&nst, &xst, sizeof(nst)) == 0);
	SAME(xsc_fsync(fd), fsync(fd));

	/* EFAULT. */
	SAME(xsc_read(fd, BAD_PTR, 4), read(fd, BAD_PTR, 4));
	SAME(xsc_write(fd, BAD_PTR, 4), write(fd, BAD_PTR, 4));
	SAME(xsc_pread(fd, BAD_PTR, 4, 0), pread(fd, BAD_PTR, 4, 0));
	SAME(xsc_pwrite(fd, BAD_PTR, 4, 0), pwrite(fd, BAD_PTR, 4, 0));
	SAME(xsc_fstat(fd, BAD_PTR), fstat(fd, BAD_PTR));
	SAME(xsc_nanosleep(BAD_PTR, NULL), nanosleep(BAD_PTR, NULL));
	SAME(xsc_unlink(BAD_PTR), unlink(BAD_PTR));

	/* Bad descriptors. */
	SAME(xsc_read(BAD_FD, xbuf, 1), read(BAD_FD, nbuf, 1));
	SAME(xsc_write(BAD_FD, "x", 1), write(BAD_FD, "x", 1));
	SAME(xsc_pread(BAD_FD, xbuf, 1, 0), pread(BAD_FD, nbuf, 1, 0));
	SAME(xsc_pwrite(BAD_FD, "x", 1, 0), pwrite(BAD_FD, "x", 1, 0));
	SAME(xsc_lseek(BAD_FD, 0, SEEK_SET), lseek(BAD_FD, 0, SEEK_SET));
	SAME(xsc_fstat(BAD_FD, &xst), fstat(BAD_FD, &nst));
	SAME(xsc_fsync(BAD_FD), fsync(BAD_FD));
	SAME(xsc_close(BAD_FD), close(BAD_FD));
	SAME(xsc_read(-1, xbuf, 1), read(-1, nbuf, 1));

	/* Misc. */
	SAME(xsc_getpid(), getpid());
	SAME(xsc_nanosleep(&ts, NULL), nanosleep(&ts, NULL));
	SAME(xsc_close(fd), 0);
	SAME(xsc_close(fd), close(fd));
	SAME(xsc_unlink(path), 0);
	SAME(xsc_unlink(path), unlink(path));
	return XSC_T_PASS;
}
