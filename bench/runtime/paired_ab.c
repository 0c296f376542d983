// SPDX-License-Identifier: Apache-2.0
/*
 * xsc-runtime-ab: compares builds of libxsc-runtime.so in paired rounds.
 *
 *   xsc-runtime-ab [--rounds N] OLD.so NEW.so [MORE.so ...]
 *
 * On the 2-vCPU VMs this project is measured on, a figure moves by +-5%
 * between two runs of the same library (the host moves the vCPUs), which hides
 * the 10-20 ns a change to the runtime's hot path is worth. So each round
 * measures every library, in rotating order, each against a bare
 * single-producer ring measured right before and after it (the same two
 * threads' floor at that moment), and the tool reports, for each library after
 * the first, the median of its per-round difference to the first: lone getpid
 * calls (single / bare ring single) and batches of 64 (b64 / bare ring b64).
 * Run it with the same library twice to see the noise of the difference.
 *
 * Each library is loaded from a private copy (dlopen of one path twice gives
 * one instance), uses the thread backend, and is set up and torn down in each
 * round, so no library's worker runs while another is measured.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <xsc/runtime.h>

#define MAX_LIBS 8
#define BATCH 64
#define RING 1024

struct lib {
	const char *path;
	int (*init)(enum xsc_backend);
	void (*fini)(void);
	long (*getpid)(void);
	void (*prep)(struct xsc_call *, long, const long *, unsigned);
	int (*submit)(struct xsc_call *, unsigned);
	int (*reap)(struct xsc_call *, unsigned);
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The bare ring: one producer, one consumer thread that makes each call
 * natively, entries published by a lap tag. As in bench/runtime/runtime_bench.cc. */
struct bare_sqe {
	_Atomic uint32_t tag;
	uint32_t nr;
	uint64_t pad[7];
} __attribute__((aligned(64)));

struct bare_cqe {
	_Atomic uint32_t tag;
	uint32_t pad;
	int64_t res;
} __attribute__((aligned(16)));

static struct bare_sqe g_sq[RING];
static struct bare_cqe g_cq[RING];
static uint32_t g_lap; /* the tags of one run; earlier runs' tags never match */
static _Atomic int g_stop;

static uint32_t tag_of(uint32_t i)
{
	return g_lap * 0x10000 + i / RING + 1;
}

static void *bare_peer(void *arg)
{
	uint32_t i;

	(void)arg;
	for (i = 0;; i++) {
		struct bare_sqe *e = &g_sq[i % RING];

		while (atomic_load_explicit(&e->tag, memory_order_acquire) != tag_of(i))
			if (atomic_load_explicit(&g_stop, memory_order_relaxed))
				return NULL;
		__builtin_prefetch(&g_sq[(i + 8) % RING]);
		g_cq[i % RING].res = syscall(SYS_getpid);
		atomic_store_explicit(&g_cq[i % RING].tag, tag_of(i), memory_order_release);
	}
}

/* ns per getpid through the bare ring, `batch` calls per submit. */
static double bare_ring(unsigned batch, unsigned nbatches)
{
	pthread_t peer;
	uint32_t next = 0;
	uint64_t t0 = 0;
	unsigned b, i;

	g_lap++;
	atomic_store(&g_stop, 0);
	if (pthread_create(&peer, NULL, bare_peer, NULL) != 0) {
		perror("xsc-runtime-ab: pthread_create");
		exit(1);
	}
	for (b = 0; b < nbatches + 4; b++) {
		if (b == 4)
			t0 = now_ns();
		for (i = 0; i < batch; i++) {
			struct bare_sqe *e = &g_sq[(next + i) % RING];

			__builtin_prefetch(&g_sq[(next + i + 16) % RING], 1);
			e->nr = SYS_getpid;
			atomic_store_explicit(&e->tag, tag_of(next + i), memory_order_release);
		}
		for (i = 0; i < batch; i++)
			while (atomic_load_explicit(&g_cq[(next + i) % RING].tag, memory_order_acquire) !=
			       tag_of(next + i))
				;
		next += batch;
	}
	t0 = now_ns() - t0;
	atomic_store(&g_stop, 1);
	pthread_join(peer, NULL);
	return (double)t0 / ((double)nbatches * batch);
}

/* ns per getpid through lib, `batch` calls per submit (1: xsc_getpid). */
static double lib_run(const struct lib *l, struct xsc_call *calls, unsigned batch,
		      unsigned nbatches)
{
	uint64_t t0 = now_ns();
	unsigned b;

	for (b = 0; b < nbatches; b++) {
		if (batch == 1) {
			l->getpid();
		} else {
			l->submit(calls, batch);
			l->reap(calls, batch);
		}
	}
	return (double)(now_ns() - t0) / ((double)nbatches * batch);
}

/* This round's ratio of lib to the bare ring measured around it. */
static double round_ratio(const struct lib *l, struct xsc_call *calls, unsigned batch)
{
	unsigned n = batch == 1 ? 3000 : 40;
	double before, after, ns;

	lib_run(l, calls, batch, batch == 1 ? 20000 : 300); /* warm up */
	usleep(500); /* the worker backs off: the bare ring gets both CPUs */
	before = bare_ring(batch, n);
	lib_run(l, calls, batch, n / 4); /* the worker polls again */
	ns = lib_run(l, calls, batch, n);
	usleep(500);
	after = bare_ring(batch, n);
	return ns / ((before + after) / 2);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void print_quartiles(const char *what, double *v, unsigned n, int sign)
{
	qsort(v, n, sizeof(*v), cmp_double);
	printf(sign ? "%s %+.3f [%+.3f..%+.3f]" : "%s %.3f [%.3f-%.3f]", what, v[n / 2], v[n / 4],
	       v[3 * n / 4]);
}

static int load(struct lib *l, const char *path, unsigned idx)
{
	char copy[64], cmd[4200];
	void *h;

	/* A private copy: dlopen of a path already loaded returns that instance. */
	snprintf(copy, sizeof(copy), "/tmp/xsc-runtime-ab-%d-%u.so", (int)getpid(), idx);
	snprintf(cmd, sizeof(cmd), "cp -- '%s' '%s'", path, copy);
	if (strchr(path, '\'') || system(cmd) != 0) {
		fprintf(stderr, "xsc-runtime-ab: %s: cannot copy to %s\n", path, copy);
		return -1;
	}
	h = dlopen(copy, RTLD_NOW | RTLD_LOCAL);
	unlink(copy);
	if (!h) {
		fprintf(stderr, "xsc-runtime-ab: %s: %s\n", path, dlerror());
		return -1;
	}
	l->path = path;
	l->init = (int (*)(enum xsc_backend))dlsym(h, "xsc_runtime_init");
	l->fini = (void (*)(void))dlsym(h, "xsc_runtime_fini");
	l->getpid = (long (*)(void))dlsym(h, "xsc_getpid");
	l->prep = (void (*)(struct xsc_call *, long, const long *, unsigned))dlsym(h, "xsc_prep");
	l->submit = (int (*)(struct xsc_call *, unsigned))dlsym(h, "xsc_submit");
	l->reap = (int (*)(struct xsc_call *, unsigned))dlsym(h, "xsc_reap");
	if (!l->init || !l->fini || !l->getpid || !l->prep || !l->submit || !l->reap) {
		fprintf(stderr, "xsc-runtime-ab: %s: not a libxsc-runtime (symbols missing)\n", path);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static double single[MAX_LIBS][1000], b64[MAX_LIBS][1000], diff[1000];
	static struct xsc_call calls[BATCH];
	struct lib libs[MAX_LIBS];
	unsigned rounds = 60, nlibs = 0, r, i, k;
	int a;

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--rounds") == 0 && a + 1 < argc) {
			rounds = (unsigned)atoi(argv[++a]);
			if (rounds < 4 || rounds > 1000) {
				fprintf(stderr, "xsc-runtime-ab: --rounds must be 4..1000\n");
				return 2;
			}
		} else if (argv[a][0] == '-' || nlibs == MAX_LIBS) {
			fprintf(stderr, "usage: xsc-runtime-ab [--rounds N] LIB.so LIB.so [...] "
					"(at most %d libraries)\n", MAX_LIBS);
			return 2;
		} else if (load(&libs[nlibs], argv[a], nlibs) != 0) {
			return 2;
		} else {
			nlibs++;
		}
	}
	if (nlibs < 2) {
		fprintf(stderr, "usage: xsc-runtime-ab [--rounds N] LIB.so LIB.so [...]\n");
		return 2;
	}
	for (r = 0; r < rounds; r++) {
		for (k = 0; k < nlibs; k++) {
			const struct lib *l = &libs[(k + r) % nlibs];
			unsigned li = (k + r) % nlibs;
			int rc = l->init(XSC_BACKEND_THREAD);

			if (rc != 0) {
				fprintf(stderr, "xsc-runtime-ab: %s: xsc_runtime_init: %s\n", l->path,
					strerror(-rc));
				return 1;
			}
			for (i = 0; i < BATCH; i++)
				l->prep(&calls[i], SYS_getpid, NULL, 0);
			single[li][r] = round_ratio(l, calls, 1);
			b64[li][r] = round_ratio(l, calls, BATCH);
			l->fini();
		}
	}
	printf("%u rounds; ratios to the bare ring measured around each library in each round\n",
	       rounds);
	for (k = 1; k < nlibs; k++) {
		printf("%s minus %s:\n  ", libs[k].path, libs[0].path);
		for (r = 0; r < rounds; r++)
			diff[r] = single[k][r] - single[0][r];
		print_quartiles("single", diff, rounds, 1);
		for (r = 0; r < rounds; r++)
			diff[r] = b64[k][r] - b64[0][r];
		print_quartiles("   b64", diff, rounds, 1);
		printf("   (paired median [quartiles])\n");
	}
	for (k = 0; k < nlibs; k++) {
		printf("%s:\n  ", libs[k].path);
		print_quartiles("single", single[k], rounds, 0);
		print_quartiles("   b64", b64[k], rounds, 0);
		printf("\n");
	}
	return 0;
}
