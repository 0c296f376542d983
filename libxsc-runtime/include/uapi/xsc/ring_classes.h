/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR Apache-2.0 */
/*
 * The syscall-class table of the XSC ring ABI (include <xsc/ring.h>, not this
 * file): maps a Linux system call number of the build's architecture to its
 * enum xsc_class. Numbers that exist only on some architectures are guarded by
 * #ifdef __NR_x, so the same table serves x86-64 and aarch64.
 */
#ifndef XSC_UAPI_RING_CLASSES_H
#define XSC_UAPI_RING_CLASSES_H

static inline enum xsc_class xsc_syscall_class(long nr)
{
	switch (nr) {
	/* Files and file descriptors. */
	case __NR_read: case __NR_write: case __NR_readv: case __NR_writev:
	case __NR_pread64: case __NR_pwrite64: case __NR_preadv: case __NR_pwritev:
	case __NR_preadv2: case __NR_pwritev2:
	case __NR_openat: case __NR_openat2: case __NR_close: case __NR_close_range:
	case __NR_lseek: case __NR_fstat: case __NR_newfstatat: case __NR_statx:
	case __NR_fsync: case __NR_fdatasync: case __NR_sync: case __NR_syncfs:
	case __NR_sync_file_range: case __NR_fallocate: case __NR_fadvise64:
	case __NR_ftruncate: case __NR_truncate: case __NR_getdents64:
	case __NR_ioctl: case __NR_fcntl: case __NR_flock: case __NR_dup: case __NR_dup3:
	case __NR_pipe2: case __NR_mkdirat: case __NR_mknodat: case __NR_unlinkat:
	case __NR_renameat2: case __NR_linkat: case __NR_symlinkat: case __NR_readlinkat:
	case __NR_faccessat: case __NR_faccessat2: case __NR_fchmod: case __NR_fchmodat:
	case __NR_fchown: case __NR_fchownat: case __NR_utimensat: case __NR_getcwd:
	case __NR_chdir: case __NR_fchdir: case __NR_chroot: case __NR_umask:
	case __NR_statfs: case __NR_fstatfs: case __NR_sendfile: case __NR_splice:
	case __NR_tee: case __NR_copy_file_range: case __NR_memfd_create:
	case __NR_eventfd2: case __NR_inotify_init1: case __NR_inotify_add_watch:
	case __NR_inotify_rm_watch: case __NR_getxattr: case __NR_setxattr:
	case __NR_fgetxattr: case __NR_fsetxattr: case __NR_listxattr: case __NR_flistxattr:
	case __NR_mount: case __NR_umount2:
#ifdef __NR_open
	case __NR_open: case __NR_creat: case __NR_stat: case __NR_lstat:
	case __NR_access: case __NR_pipe: case __NR_dup2: case __NR_mkdir:
	case __NR_rmdir: case __NR_unlink: case __NR_rename: case __NR_link:
	case __NR_symlink: case __NR_readlink: case __NR_chmod: case __NR_chown:
	case __NR_lchown: case __NR_getdents: case __NR_renameat: case __NR_futimesat:
	case __NR_utimes: case __NR_eventfd: case __NR_inotify_init:
#endif
		return XSC_CLASS_FS;
	/* Sockets, polling and event loops. */
	case __NR_socket: case __NR_socketpair: case __NR_bind: case __NR_listen:
	case __NR_accept: case __NR_accept4: case __NR_connect: case __NR_shutdown:
	case __NR_sendto: case __NR_recvfrom: case __NR_sendmsg: case __NR_recvmsg:
	case __NR_sendmmsg: case __NR_recvmmsg: case __NR_getsockopt: case __NR_setsockopt:
	case __NR_getsockname: case __NR_getpeername:
	case __NR_ppoll: case __NR_pselect6: case __NR_epoll_create1: case __NR_epoll_ctl:
	case __NR_epoll_pwait: case __NR_epoll_pwait2:
#ifdef __NR_poll
	case __NR_poll: case __NR_select: case __NR_epoll_create: case __NR_epoll_wait:
#endif
		return XSC_CLASS_NET;
	/* Sleeps and timers. */
	case __NR_nanosleep: case __NR_clock_nanosleep: case __NR_clock_gettime:
	case __NR_clock_getres: case __NR_gettimeofday: case __NR_timerfd_create:
	case __NR_timerfd_settime: case __NR_timerfd_gettime: case __NR_getitimer:
	case __NR_setitimer:
#ifdef __NR_time
	case __NR_time: case __NR_alarm:
#endif
		return XSC_CLASS_TIMER;
	/* Futexes: carried as XSC_OP_XSYNC_WAIT / XSC_OP_XSYNC_WAKE. */
	case __NR_futex:
		return XSC_CLASS_SYNC;
	/* Address space: shared by every thread of the process. */
	case __NR_mmap: case __NR_munmap: case __NR_mprotect: case __NR_mremap:
	case __NR_madvise: case __NR_msync: case __NR_mincore: case __NR_mlock:
	case __NR_munlock: case __NR_brk:
		return XSC_CLASS_MEM;
	/* Process-wide identity and information. */
	case __NR_getpid: case __NR_getppid: case __NR_getuid: case __NR_geteuid:
	case __NR_getgid: case __NR_getegid: case __NR_getgroups: case __NR_getpgid:
	case __NR_getsid: case __NR_uname: case __NR_sysinfo: case __NR_getrlimit:
	case __NR_prlimit64: case __NR_getrusage: case __NR_getrandom: case __NR_times:
	case __NR_kill: case __NR_tgkill: case __NR_wait4: case __NR_waitid:
#ifdef __NR_getpgrp
	case __NR_getpgrp:
#endif
		return XSC_CLASS_INFO;
	/* System V IPC and message queues. */
	case __NR_shmget: case __NR_shmat: case __NR_shmdt: case __NR_shmctl:
	case __NR_semget: case __NR_semop: case __NR_semctl: case __NR_semtimedop:
	case __NR_msgget: case __NR_msgsnd: case __NR_msgrcv: case __NR_msgctl:
	case __NR_mq_open: case __NR_mq_unlink: case __NR_mq_timedsend:
	case __NR_mq_timedreceive:
		return XSC_CLASS_IPC;
	/* The calling thread's own state. */
	case __NR_gettid: case __NR_rt_sigprocmask: case __NR_rt_sigsuspend:
	case __NR_rt_sigtimedwait: case __NR_rt_sigpending: case __NR_sigaltstack:
	case __NR_rt_sigaction: case __NR_rt_sigreturn: case __NR_set_tid_address:
	case __NR_set_robust_list: case __NR_get_robust_list: case __NR_rseq:
	case __NR_setuid: case __NR_setgid: case __NR_setreuid: case __NR_setregid:
	case __NR_setresuid: case __NR_setresgid: case __NR_setfsuid: case __NR_setfsgid:
	case __NR_setgroups: case __NR_capget: case __NR_capset: case __NR_prctl:
	case __NR_sched_setaffinity: case __NR_sched_getaffinity: case __NR_sched_yield:
	case __NR_sched_setscheduler: case __NR_sched_getscheduler:
	case __NR_sched_setparam: case __NR_sched_getparam: case __NR_sched_setattr:
	case __NR_sched_getattr: case __NR_setpriority: case __NR_getpriority:
	case __NR_personality: case __NR_unshare: case __NR_setns: case __NR_seccomp:
	case __NR_setpgid: case __NR_setsid:
#ifdef __NR_arch_prctl
	case __NR_arch_prctl: case __NR_pause:
#endif
		return XSC_CLASS_THREAD;
	/* Task creation, replacement and exit. */
	case __NR_clone: case __NR_clone3: case __NR_execve: case __NR_execveat:
	case __NR_exit: case __NR_exit_group:
#ifdef __NR_fork
	case __NR_fork: case __NR_vfork:
#endif
		return XSC_CLASS_EXEC;
	default:
		return XSC_CLASS_UNKNOWN;
	}
}

#endif /* XSC_UAPI_RING_CLASSES_H */
