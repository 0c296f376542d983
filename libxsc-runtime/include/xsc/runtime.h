/* SPDX-License-Identifier: Apache-2.0 */
/*
 * libxsc-runtime: system calls for programs that contain no trap instruction.
 * Each call becomes an entry on a submission ring that a worker (a thread, the
 * kernel's io_uring SQ thread, or later the xsc kernel module) executes; the
 * result comes back on a completion ring. Every function returns -errno on
 * error and never prints. All functions are thread safe.
 */
#ifndef XSC_RUNTIME_H
#define XSC_RUNTIME_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct stat;
struct timespec;

/* Backends, as named by XSC_BACKEND=thread|uring|kernel|auto. */
enum xsc_backend {
	XSC_BACKEND_AUTO = 0,
	XSC_BACKEND_THREAD = 1,
	XSC_BACKEND_URING = 2,
	XSC_BACKEND_KERNEL = 3
};

/*
 * Sets up the process-wide runtime with `backend`; XSC_BACKEND_AUTO reads the
 * XSC_BACKEND environment variable and otherwise picks the best available.
 * Calling it is optional: the first call through the runtime sets it up with
 * XSC_BACKEND_AUTO.
 * Returns 0, -EBUSY if the runtime is already set up, -EINVAL for an unknown
 * XSC_BACKEND value, -ENODEV if the backend is not available here, or -errno.
 */
int xsc_runtime_init(enum xsc_backend backend);

/*
 * Tears the runtime down: waits for calls in flight, stops the workers and
 * frees the rings. Requires: no thread is inside another xsc_ function. A later
 * call sets the runtime up again.
 */
void xsc_runtime_fini(void);

/* Returns the backend in use ("thread", "uring"), or NULL before setup. */
const char *xsc_backend_name(void);

/* Counters for tests and tools; all fields are totals since setup. */
struct xsc_runtime_stats {
	uint64_t submitted; /* entries put on a ring (thread or io_uring) */
	uint64_t completed; /* completions delivered to callers */
	uint64_t local;     /* calls run on the caller's thread (THREAD/EXEC class) */
	uint64_t uring;     /* entries served by io_uring */
	uint32_t workers;   /* worker threads alive */
	uint32_t resv[7];
};

/* Fills *st. Returns 0, or -EINVAL when st is NULL, -ENODEV before setup. */
int xsc_runtime_stats(struct xsc_runtime_stats *st);

/*
 * Makes Linux system call `nr` with up to six long arguments (missing ones are
 * read as garbage and ignored by the kernel, as with syscall(2)).
 * Returns the raw kernel result: a value, or -errno.
 */
long xsc_syscall(long nr, ...);

/* xsc_syscall() with every argument explicit. */
long xsc_syscall6(long nr, long a0, long a1, long a2, long a3, long a4, long a5);

/*
 * syscall(2) with libc semantics, routed through the runtime: returns the
 * result, or -1 with errno set. The library exports it as `syscall`, so that
 * existing callers of syscall() use the ring when linked before libc.
 */
long xsc_libc_syscall(long nr, ...);

/*
 * Batching. Fill calls[i] with xsc_prep(), submit them with xsc_submit(), and
 * wait with xsc_reap(). The calls of one batch may run concurrently and in any
 * order: do not batch calls that depend on each other. The xsc_call objects
 * must stay alive and unmoved from xsc_submit() until xsc_reap() returns.
 */
struct xsc_call {
	long nr;         /* system call number */
	long args[6];
	long result;     /* out: value or -errno, valid after xsc_reap() */
	uint32_t state;  /* private to the runtime */
	uint32_t route;  /* private to the runtime */
	uint64_t priv[2]; /* private to the runtime */
};

/* Prepares *c for system call nr with `nargs` (0..6) arguments from `args`. */
void xsc_prep(struct xsc_call *c, long nr, const long *args, unsigned nargs);

/*
 * Submits n prepared calls. Returns n, or -errno (then none was submitted).
 * Requires: each call was prepared and is not in flight.
 */
int xsc_submit(struct xsc_call *calls, unsigned n);

/*
 * Waits until all n submitted calls have completed; their results are then in
 * calls[i].result. Returns 0, or -EINVAL if a call was never submitted.
 */
int xsc_reap(struct xsc_call *calls, unsigned n);

/* Thin wrappers: each returns what the system call returns (value or -errno). */
long xsc_read(int fd, void *buf, size_t count);
long xsc_write(int fd, const void *buf, size_t count);
long xsc_pread(int fd, void *buf, size_t count, off_t offset);
long xsc_pwrite(int fd, const void *buf, size_t count, off_t offset);
long xsc_openat(int dirfd, const char *path, int flags, mode_t mode);
long xsc_open(const char *path, int flags, mode_t mode);
long xsc_close(int fd);
long xsc_lseek(int fd, off_t offset, int whence);
long xsc_fstat(int fd, struct stat *st);
long xsc_fsync(int fd);
long xsc_unlink(const char *path);
long xsc_getpid(void);
long xsc_nanosleep(const struct timespec *req, struct timespec *rem);

#ifdef __cplusplus
}
#endif

#endif /* XSC_RUNTIME_H */
