/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Thin wrappers for the common calls: each is exactly one xsc_syscall6() and
 * returns what the kernel returns (value or -errno). Path calls use the *at
 * form with AT_FDCWD, which exists on every architecture.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>

#include "internal.h"

long xsc_read(int fd, void *buf, size_t count)
{
	return xsc_syscall6(__NR_read, fd, (long)buf, (long)count, 0, 0, 0);
}

long xsc_write(int fd, const void *buf, size_t count)
{
	return xsc_syscall6(__NR_write, fd, (long)buf, (long)count, 0, 0, 0);
}

long xsc_pread(int fd, void *buf, size_t count, off_t offset)
{
	return xsc_syscall6(__NR_pread64, fd, (long)buf, (long)count, (long)offset, 0, 0);
}

long xsc_pwrite(int fd, const void *buf, size_t count, off_t offset)
{
	return xsc_syscall6(__NR_pwrite64, fd, (long)buf, (long)count, (long)offset, 0, 0);
}

long xsc_openat(int dirfd, const char *path, int flags, mode_t mode)
{
	return xsc_syscall6(__NR_openat, dirfd, (long)path, flags, (long)mode, 0, 0);
}

long xsc_open(const char *path, int flags, mode_t mode)
{
	return xsc_openat(AT_FDCWD, path, flags, mode);
}

long xsc_close(int fd)
{
	return xsc_syscall6(__NR_close, fd, 0, 0, 0, 0, 0);
}

long xsc_lseek(int fd, off_t offset, int whence)
{
	return xsc_syscall6(__NR_lseek, fd, (long)offset, whence, 0, 0, 0);
}

long xsc_fstat(int fd, struct stat *st)
{
	return xsc_syscall6(__NR_fstat, fd, (long)st, 0, 0, 0, 0);
}

long xsc_fsync(int fd)
{
	return xsc_syscall6(__NR_fsync, fd, 0, 0, 0, 0, 0);
}

long xsc_unlink(const char *path)
{
	return xsc_syscall6(__NR_unlinkat, AT_FDCWD, (long)path, 0, 0, 0, 0);
}

long xsc_getpid(void)
{
	return xsc_syscall6(__NR_getpid, 0, 0, 0, 0, 0, 0);
}

long xsc_nanosleep(const struct timespec *req, struct timespec *rem)
{
	/* As glibc's nanosleep() does: a relative CLOCK_REALTIME sleep. */
	return xsc_syscall6(__NR_clock_nanosleep, CLOCK_REALTIME, 0, (long)req, (long)rem, 0, 0);
}
