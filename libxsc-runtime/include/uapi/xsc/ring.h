/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR Apache-2.0 */
/*
 * The XSC ring ABI, shared byte for byte by libxsc-runtime and the xsc kernel
 * module: a submission ring (SR) of system-call entries, a completion ring (CR)
 * of results and a CTRL page, all in shared memory. Every field has a fixed
 * width and a fixed offset; reserved fields must be written as zero and are
 * checked by the consumer, so they can gain meaning in a later version.
 */
#ifndef XSC_UAPI_RING_H
#define XSC_UAPI_RING_H

#include <linux/ioctl.h>
#include <linux/types.h>
#include <linux/unistd.h>

/* Bumped on any incompatible change of this file. */
#define XSC_ABI_VERSION 1

/* Feature bits, reported in xsc_ctrl.features and xsc_params.features. */
#define XSC_FEAT_XSYNC (1U << 0)       /* XSC_OP_XSYNC_WAIT/WAKE are served */
#define XSC_FEAT_CLASS_TABLE (1U << 1) /* the consumer routes by xsc_syscall_class() */
#define XSC_FEAT_NEED_WAKEUP (1U << 2) /* the consumer sets XSC_SR_NEED_WAKEUP when idle */
#define XSC_FEAT_CANCEL (1U << 3)      /* XSC_OP_CANCEL interrupts an entry in flight */

/*
 * Ring header. The SR and CR mappings both begin with one. head and tail live
 * on their own cache lines: the producer writes only tail, the consumer writes
 * only head, so the two sides never share a written line. Indices are free
 * running 32-bit counters; an entry's slot is (index & mask).
 *
 * Each entry also carries a lap tag, seq = XSC_RING_TAG(index, log2(entries))
 * truncated to the field's width, which the producer writes last, with
 * release, before it moves tail. A consumer may poll the tag of the slot at
 * head instead of tail: it then touches one cache line per entry, not two.
 * Tags of consecutive laps differ, and the initial zero never matches.
 */
struct xsc_ring_hdr {
	__u32 head;  /* written by the consumer only */
	__u32 resv0[15];
	__u32 tail;  /* written by the producer only */
	__u32 resv1[15];
	__u32 mask;    /* entries - 1; read-only after setup */
	__u32 entries; /* a power of two; read-only after setup */
	__u32 flags;   /* XSC_SR_* or XSC_CR_*, written by the consumer of the SR */
	__u32 dropped; /* entries rejected as malformed (SR only) */
	__u32 resv2[12];
	__u32 resv3[16];
};

#define XSC_RING_TAG(index, log2_entries) (((index) >> (log2_entries)) + 1)

/* Entries begin this many bytes into each ring mapping. */
#define XSC_RING_ENTRY_OFFSET 256

/* xsc_ring_hdr.flags of the SR. */
#define XSC_SR_NEED_WAKEUP (1U << 0) /* the consumer is asleep: XSC_IOC_ENTER with XSC_ENTER_WAKEUP */

/* Submission entry operations. */
enum xsc_op {
	XSC_OP_NOP = 0,        /* completes with res 0 */
	XSC_OP_SYSCALL = 1,    /* Linux system call nr(args[0..5]) */
	XSC_OP_XSYNC_WAIT = 2, /* futex wait: args[0] = uaddr, [1] = expected value, [2] = timeout ptr, [3] = private */
	XSC_OP_XSYNC_WAKE = 3, /* futex wake: args[0] = uaddr, [1] = count, [3] = private */
	XSC_OP_CANCEL = 4,     /* interrupt the entry whose user_data is args[0]; it completes with -EINTR */
	XSC_OP_LAST
};

/* Submission entry: 64 bytes, one cache line. */
struct xsc_sqe {
	__u8 op;        /* enum xsc_op */
	__u8 flags;     /* XSC_SQE_*; none defined yet, must be 0 */
	__u16 seq;      /* lap tag (see xsc_ring_hdr), written last */
	__s32 nr;       /* system call number for XSC_OP_SYSCALL, else 0 */
	__u64 args[6];  /* arguments, as the kernel's syscall entry takes them */
	__u64 user_data; /* copied unchanged into the completion */
};

/* Completion entry: 32 bytes. */
struct xsc_cqe {
	__s64 res;       /* the call's result: a value, or -errno */
	__u64 user_data; /* from the submission entry */
	__u32 flags;     /* XSC_CQE_* */
	__u32 seq;       /* lap tag (see xsc_ring_hdr), written last */
	__u64 resv;
};

/* xsc_cqe.flags */
#define XSC_CQE_F_CANCELLED (1U << 0) /* res is -EINTR because of XSC_OP_CANCEL */

/*
 * The CTRL page: one page describing the rings. The consumer fills it at setup;
 * after that only worker_state changes.
 */
struct xsc_ctrl {
	__u32 version;      /* XSC_ABI_VERSION */
	__u32 features;     /* XSC_FEAT_* */
	__u32 sr_entries;
	__u32 cr_entries;
	__u32 worker_state; /* XSC_WORKER_*, written by the consumer */
	__u32 nr_workers;   /* workers currently attached */
	__u32 resv[10];
};

/* xsc_ctrl.worker_state */
#define XSC_WORKER_POLLING 0 /* a worker polls the SR: no wake-up needed */
#define XSC_WORKER_BACKOFF 1 /* a worker polls on a timer: wake it if a call waits long */
#define XSC_WORKER_BLOCKED 2 /* every worker sleeps: wake one for each submit */

/* mmap(2) offsets of the three regions on a /dev/xsc file descriptor. */
#define XSC_OFF_CTRL 0x00000000ULL
#define XSC_OFF_SR 0x10000000ULL
#define XSC_OFF_CR 0x20000000ULL

/* Size in bytes of a ring mapping with `entries` entries of `entry_size` bytes. */
#define XSC_RING_BYTES(entries, entry_size) \
	((__u64)XSC_RING_ENTRY_OFFSET + (__u64)(entries) * (__u64)(entry_size))

/* XSC_IOC_SETUP argument: in, the requested sizes; out, what was granted. */
struct xsc_params {
	__u32 sr_entries; /* in/out; rounded up to a power of two */
	__u32 cr_entries; /* in/out; 0 means 2 * sr_entries */
	__u32 flags;      /* in; none defined yet, must be 0 */
	__u32 features;   /* out: XSC_FEAT_* */
	__u32 version;    /* out: XSC_ABI_VERSION */
	__u32 resv[3];
	__u64 sr_bytes;   /* out: mapping size at XSC_OFF_SR */
	__u64 cr_bytes;   /* out: mapping size at XSC_OFF_CR */
	__u64 ctrl_bytes; /* out: mapping size at XSC_OFF_CTRL */
};

/* XSC_IOC_ENTER argument. */
struct xsc_enter {
	__u32 to_submit;    /* SR entries the caller just published */
	__u32 min_complete; /* block until this many CR entries are ready */
	__u32 flags;        /* XSC_ENTER_* */
	__u32 resv;
};

#define XSC_ENTER_WAKEUP (1U << 0)  /* wake a sleeping worker */
#define XSC_ENTER_GETEVENTS (1U << 1) /* wait for min_complete completions */

#define XSC_IOC_MAGIC 0xB5
#define XSC_IOC_SETUP _IOWR(XSC_IOC_MAGIC, 0x01, struct xsc_params)
#define XSC_IOC_ENTER _IOW(XSC_IOC_MAGIC, 0x02, struct xsc_enter)
/* Parks the calling thread in the module as a worker until the fd is released
 * or a signal arrives (then -ERESTARTSYS). */
#define XSC_IOC_WORKER _IO(XSC_IOC_MAGIC, 0x03)

/*
 * The syscall-class table: how each Linux system call is routed.
 * - ring classes (FS, NET, TIMER, SYNC, MEM, INFO, IPC) may be served by any
 *   worker of the process: the call depends only on process-wide state;
 * - THREAD calls read or change the calling thread's own state (its tid,
 *   signal mask, credentials, scheduling, TLS), and EXEC calls create, replace
 *   or end tasks: both must run on the calling thread and are never put on a ring;
 * - SYNC calls are carried as the special XSYNC ops.
 * Numbers not listed are UNKNOWN and are treated like THREAD (run in place).
 */
enum xsc_class {
	XSC_CLASS_UNKNOWN = 0,
	XSC_CLASS_FS,
	XSC_CLASS_NET,
	XSC_CLASS_TIMER,
	XSC_CLASS_SYNC,
	XSC_CLASS_MEM,
	XSC_CLASS_INFO,
	XSC_CLASS_IPC,
	XSC_CLASS_THREAD,
	XSC_CLASS_EXEC,
	XSC_CLASS_COUNT
};

/* Non-zero when calls of class c may be carried by a ring. */
#define XSC_CLASS_ON_RING(c) ((c) >= XSC_CLASS_FS && (c) <= XSC_CLASS_IPC)

#include <xsc/ring_classes.h>

#endif /* XSC_UAPI_RING_H */
