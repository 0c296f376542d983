// SPDX-License-Identifier: Apache-2.0
// Benchmarks a cheap call (getpid) and a 1-byte read of /dev/zero, natively and
// through each runtime backend: single round trips, batches of 8 and 64, and
// the submitting thread's own CPU time per call in a batch of 64. The same run
// measures the physical floor, a bare cache-line ping-pong between two threads.
//
// Why rounds: on the 2-vCPU VMs this runs on, the cost of a system call on each
// vCPU drifts by up to +-40% over a few hundred milliseconds, each vCPU on its
// own (the host moves them between cores and hyperthreads), and the ping-pong
// floor jumps between ~40 ns (sibling hyperthreads) and ~250 ns. Figures taken
// seconds apart cannot be divided by each other. So each `ratios/*` benchmark
// runs many short rounds (a few ms each); a round measures native calls on
// both CPUs, the floor, and the runtime, and forms its ratios at once. The
// reported figure is the median over rounds (and the quartiles).
//
// `native` in a ratio is the mean of the call's native cost on CPU 0 and on
// CPU 1 in that round (a probe thread pinned to each, run while the runtime's
// worker sleeps): the worker runs on one of them, the caller on the other,
// and which is which is the scheduler's choice.
//
// Submitter CPU: the time the submitting thread spends inside xsc_submit() and
// inside an xsc_reap() of results that have had time to arrive (15 us later),
// read with the monotonic clock around each (its own cost subtracted). The
// thread runs alone on its CPU for those few microseconds, so this is its
// CPU time; the wait in between is not counted, as the caller's core would do
// other work there (the point of exception-less calls).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <xsc/runtime.h>

#ifdef XSC_BENCH_URING
#include <liburing.h>
#endif

namespace {

int g_zero_fd = -1;

uint64_t mono_ns()
{
	timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

void spin_ns(uint64_t ns)
{
	uint64_t until = mono_ns() + ns;
	while (mono_ns() < until) {
	}
}

enum class Call { Getpid, Read1 };

long native_call(Call call, char *byte)
{
	return call == Call::Getpid ? getpid() : read(g_zero_fd, byte, 1);
}

long ring_call(Call call, char *byte)
{
	return call == Call::Getpid ? xsc_getpid() : xsc_read(g_zero_fd, byte, 1);
}

// A batch of n identical prepared calls, each reading into its own byte.
struct Batch {
	std::vector<xsc_call> calls;
	std::vector<char> bytes;

	Batch(unsigned n, Call call) : calls(n), bytes(n)
	{
		for (unsigned i = 0; i < n; i++) {
			if (call == Call::Getpid) {
				xsc_prep(&calls[i], SYS_getpid, nullptr, 0);
			} else {
				long a[3] = { g_zero_fd, long(&bytes[i]), 1 };
				xsc_prep(&calls[i], SYS_read, a, 3);
			}
		}
	}

	bool ok() const
	{
		for (const xsc_call &c : calls)
			if (c.result < 0)
				return false;
		return true;
	}
};

// ns per native call on one CPU, from a probe thread pinned there. Returns 0
// when the CPU cannot be used (not in our affinity mask).
double native_on_cpu(Call call, int cpu, unsigned n)
{
	double ns = 0;
	std::thread probe([&] {
		cpu_set_t set;
		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		if (pthread_setaffinity_np(pthread_self(), sizeof(set), &set) != 0)
			return;
		char byte;
		for (unsigned i = 0; i < n / 4; i++)
			benchmark::DoNotOptimize(native_call(call, &byte));
		uint64_t t0 = mono_ns();
		for (unsigned i = 0; i < n; i++)
			benchmark::DoNotOptimize(native_call(call, &byte));
		ns = double(mono_ns() - t0) / n;
	});
	probe.join();
	return ns;
}

// ns per native call: the mean over CPU 0 and CPU 1 (the worker runs on one,
// the caller on the other), or the one that could be used.
double native_both(Call call, unsigned n)
{
	double n0 = native_on_cpu(call, 0, n), n1 = native_on_cpu(call, 1, n);
	return n0 > 0 && n1 > 0 ? (n0 + n1) / 2 : std::max(n0, n1);
}

// The floor: ns per round trip of a cache line between this thread and a
// peer. ping and pong sit on separate lines, as a ring's SQE and CQE do.
double pingpong(unsigned n)
{
	struct alignas(64) Line { std::atomic<uint64_t> v{ 0 }; };
	static Line ping, pong;
	std::atomic<bool> stop{ false };
	const uint64_t start = ping.v.load();
	uint64_t seq = start;
	pong.v.store(start);
	std::thread peer([&] {
		uint64_t seen = start;
		while (!stop.load(std::memory_order_relaxed)) {
			uint64_t v = ping.v.load(std::memory_order_acquire);
			if (v != seen) {
				seen = v;
				pong.v.store(v, std::memory_order_release);
			}
		}
	});
	auto trip = [&] {
		ping.v.store(++seq, std::memory_order_release);
		while (pong.v.load(std::memory_order_acquire) != seq) {
		}
	};
	for (unsigned i = 0; i < n / 4; i++)
		trip();
	uint64_t t0 = mono_ns();
	for (unsigned i = 0; i < n; i++)
		trip();
	double ns = double(mono_ns() - t0) / n;
	stop = true;
	peer.join();
	return ns;
}

// The batching floor: ns per call for batches of `batch` calls through a bare
// single-producer single-consumer ring (64-byte entries published by a lap
// tag, 16-byte completions) served by a peer thread that makes the call
// natively. No locks, no waiting policy, no routing: the least a batch of
// cross-thread calls can cost here.
double bare_ring(Call call, unsigned batch, unsigned nbatches)
{
	constexpr unsigned N = 1024;
	struct alignas(64) Sqe { std::atomic<uint32_t> tag{ 0 }; uint32_t pad; uint64_t arg[7]; };
	struct alignas(16) Cqe { std::atomic<uint32_t> tag{ 0 }; uint32_t pad; int64_t res; };
	static Sqe sq[N];
	static Cqe cq[N];
	static uint32_t lap = 0; // tags of earlier runs must not match
	std::atomic<bool> stop{ false };
	const uint32_t base = ++lap * 0x10000;
	uint32_t total = batch * nbatches + batch * 4;
	std::thread peer([&] {
		char byte;
		for (uint32_t i = 0; i < total; i++) {
			Sqe &e = sq[i % N];
			while (e.tag.load(std::memory_order_acquire) != base + i / N + 1)
				if (stop.load(std::memory_order_relaxed))
					return;
			__builtin_prefetch(&sq[(i + 8) % N]);
			Cqe &c = cq[i % N];
			c.res = native_call(call, &byte);
			c.tag.store(base + i / N + 1, std::memory_order_release);
		}
	});
	uint32_t next = 0;
	auto run = [&](unsigned nb) {
		for (unsigned b = 0; b < nb; b++) {
			for (unsigned i = 0; i < batch; i++) {
				Sqe &e = sq[(next + i) % N];
				__builtin_prefetch(&sq[(next + i + 16) % N], 1);
				e.arg[0] = uint64_t(g_zero_fd);
				e.tag.store(base + (next + i) / N + 1, std::memory_order_release);
			}
			for (unsigned i = 0; i < batch; i++)
				while (cq[(next + i) % N].tag.load(std::memory_order_acquire) !=
				       base + (next + i) / N + 1) {
				}
			next += batch;
		}
	};
	run(4);
	uint64_t t0 = mono_ns();
	run(nbatches);
	double ns = double(mono_ns() - t0) / (batch * nbatches);
	stop = true;
	peer.join();
	return ns;
}

// Pins every thread of the process (the runtime's workers too) to `set`.
void pin_all(const cpu_set_t &set)
{
	DIR *d = opendir("/proc/self/task");
	if (!d)
		return;
	while (dirent *e = readdir(d))
		if (e->d_name[0] != '.')
			sched_setaffinity(atoi(e->d_name), sizeof(set), &set);
	closedir(d);
}

#ifdef XSC_BENCH_URING
// An SQPOLL thread polls for sq_thread_idle (1 ms, rounded up to whole
// jiffies: 4 ms at HZ=250) after its last request, on one of our two CPUs.
// Waiting this long lets it go to sleep before anything else is measured.
constexpr unsigned kSqpollQuietUs = 10000;

// io_uring's own floor, for the uring backend's read1 row: 1-byte reads of
// /dev/zero through a bare SQPOLL ring of our own, set up as the uring backend
// sets up its ring (SQPOLL, 1 ms idle), one at a time, the completion polled
// for. No runtime around it: what a round trip through io_uring's SQ thread
// costs here. Returns ns per call, or 0 when io_uring cannot be set up.
double bare_uring(unsigned n)
{
	static io_uring ring;
	static int ready = 0; // 1 set up, -1 unavailable
	if (ready == 0) {
		io_uring_params p{};
		p.flags = IORING_SETUP_SQPOLL;
		p.sq_thread_idle = 1;
		ready = io_uring_queue_init_params(64, &ring, &p) == 0 ? 1 : -1;
	}
	if (ready < 0)
		return 0;
	char byte;
	bool ok = true;
	auto trip = [&] {
		io_uring_sqe *sqe = io_uring_get_sqe(&ring);
		io_uring_prep_read(sqe, g_zero_fd, &byte, 1, 0);
		io_uring_submit(&ring); // enters the kernel only to wake a sleeping SQ thread
		io_uring_cqe *cqe;
		while (io_uring_peek_cqe(&ring, &cqe) != 0) {
		}
		ok = ok && cqe->res == 1;
		io_uring_cqe_seen(&ring, cqe);
	};
	for (unsigned i = 0; i < n / 4; i++)
		trip();
	uint64_t t0 = mono_ns();
	for (unsigned i = 0; i < n; i++)
		trip();
	double ns = double(mono_ns() - t0) / n;
	usleep(kSqpollQuietUs); // let its SQ thread go to sleep
	return ok ? ns : 0;
}
#endif

// The q-quantile of v (nearest rank).
double quantile(std::vector<double> v, double q)
{
	if (v.empty())
		return 0;
	std::sort(v.begin(), v.end());
	return v[size_t(q * double(v.size() - 1) + 0.5)];
}

// Reports the median of v as counter `name`, and its quartiles as name_q1
// and name_q3.
void put_counter(benchmark::State &state, const char *name, const std::vector<double> &v,
		 bool quartiles)
{
	state.counters[name] = quantile(v, 0.5);
	if (quartiles) {
		state.counters[std::string(name) + "_q1"] = quantile(v, 0.25);
		state.counters[std::string(name) + "_q3"] = quantile(v, 0.75);
	}
}

bool use_backend(benchmark::State &state, xsc_backend b)
{
	xsc_runtime_fini();
	int rc = xsc_runtime_init(b);
	if (rc) {
		state.SkipWithError(("xsc_runtime_init: " + std::string(strerror(-rc))).c_str());
		return false;
	}
	return true;
}

// One benchmark per backend and call: `rounds` interleaved rounds, reported
// as counters (medians over rounds; _q1/_q3 quartiles for the ratios).
void BM_Ratios(benchmark::State &state, xsc_backend b, Call call)
{
	if (!use_backend(state, b))
		return;
	const unsigned rounds = unsigned(state.range(0));
	Batch b8(8, call), b64(64, call);
	char byte;
	std::vector<double> nat, flo, bare, r_bare, r_bare1, single, r_single, r_b8, r_b64, r_cpu, ns_b8, ns_b64, ns_cpu;
	uint64_t clock_cost = ~0ull; // one clock read, subtracted from each interval
	for (int i = 0; i < 100; i++) {
		uint64_t c0 = mono_ns();
		clock_cost = std::min(clock_cost, mono_ns() - c0);
	}
	bool failed = false;

	for (auto _ : state) {
		// Settle: calls until the worker has a CPU of its own (right after
		// start-up the scheduler may queue it behind the caller).
		for (uint64_t until = mono_ns() + 50000000; mono_ns() < until;)
			ring_call(call, &byte);
		for (unsigned r = 0; r < rounds && !failed; r++) {
			// The worker backs off after ~100 us without calls; then the
			// probes and the floors have the other CPU to themselves.
			usleep(300);
			double native = native_both(call, 2000);
			double floor = pingpong(2000);
			double bare64 = bare_ring(call, 64, 32);
			double bare1 = bare_ring(call, 1, 2000);
			// Wake the worker and let it reach its polling loop.
			for (uint64_t until = mono_ns() + 1000000; mono_ns() < until;)
				ring_call(call, &byte);
			uint64_t t0 = mono_ns();
			for (unsigned i = 0; i < 2000; i++)
				if (ring_call(call, &byte) < 0)
					failed = true;
			double s = double(mono_ns() - t0) / 2000;
			t0 = mono_ns();
			for (unsigned i = 0; i < 250; i++) {
				xsc_submit(b8.calls.data(), 8);
				xsc_reap(b8.calls.data(), 8);
			}
			double x8 = double(mono_ns() - t0) / 2000;
			t0 = mono_ns();
			for (unsigned i = 0; i < 32; i++) {
				xsc_submit(b64.calls.data(), 64);
				xsc_reap(b64.calls.data(), 64);
			}
			double x64 = double(mono_ns() - t0) / 2048;
			uint64_t cpu = 0;
			for (unsigned i = 0; i < 16; i++) {
				uint64_t a = mono_ns();
				xsc_submit(b64.calls.data(), 64);
				uint64_t z = mono_ns();
				spin_ns(15000);
				uint64_t c = mono_ns();
				xsc_reap(b64.calls.data(), 64);
				uint64_t d = mono_ns();
				cpu += (z - a) + (d - c) - 2 * std::min<uint64_t>(clock_cost, z - a);
			}
			double cpu_call = double(cpu) / (16 * 64);
			failed = failed || !b8.ok() || !b64.ok();
			nat.push_back(native);
			flo.push_back(floor);
			bare.push_back(bare64);
			r_bare.push_back(bare64 / native);
			r_bare1.push_back(bare1 / (floor + native));
			single.push_back(s);
			ns_b8.push_back(x8);
			ns_b64.push_back(x64);
			ns_cpu.push_back(cpu_call);
			r_single.push_back(s / (floor + native));
			r_b8.push_back(x8 / native);
			r_b64.push_back(x64 / native);
			r_cpu.push_back(cpu_call / native);
		}
	}
	if (failed) {
		state.SkipWithError("a call through the runtime failed");
		return;
	}
	auto put = [&](const char *name, const std::vector<double> &v, bool quartiles) {
		put_counter(state, name, v, quartiles);
	};
	put("native_ns", nat, false);
	put("floor_ns", flo, false);
	put("bare_b64_ns_per_call", bare, false);
	put("bare_b64_ratio", r_bare, true);
	put("bare_single_ratio", r_bare1, true);
	put("single_ns", single, false);
	put("b8_ns_per_call", ns_b8, false);
	put("b64_ns_per_call", ns_b64, false);
	put("cpu64_ns_per_call", ns_cpu, false);
	put("single_ratio", r_single, true);
	put("b8_ratio", r_b8, true);
	put("b64_ratio", r_b64, true);
	put("cpu64_ratio", r_cpu, true);
	state.counters["rounds"] = double(r_single.size());
}

// A call queued behind a call that blocks the lead worker (a read on an empty
// pipe): how long until it runs. Each round the reader blocks, the writer
// sleeps 1 ms natively and then writes through the runtime; its latency is
// the caller's polling window (~100 us) plus handing the lead to a spare.
void BM_BehindBlocked(benchmark::State &state, xsc_backend b)
{
	if (!use_backend(state, b))
		return;
	int fds[2];
	if (pipe(fds) != 0) {
		state.SkipWithError("pipe");
		return;
	}
	const int rounds = 40;
	std::vector<double> lat;
	for (auto _ : state) {
		std::thread reader([&] {
			char c;
			for (int i = 0; i < rounds; i++)
				xsc_read(fds[0], &c, 1);
		});
		for (int i = 0; i < rounds; i++) {
			usleep(1000);
			uint64_t t0 = mono_ns();
			xsc_write(fds[1], "x", 1);
			lat.push_back(double(mono_ns() - t0) / 1000);
		}
		reader.join();
	}
	close(fds[0]);
	close(fds[1]);
	// The first rounds start the spare; the rest hand the lead over.
	lat.erase(lat.begin(), lat.begin() + 5);
	state.counters["median_us"] = quantile(lat, 0.5);
	state.counters["p90_us"] = quantile(lat, 0.9);
}

#ifdef XSC_BENCH_URING
// io_uring's own round trip, the floor of the uring backend's read1 row, in
// rounds like BM_Ratios: native read1 on each CPU, the ping-pong floor, then
// bare_uring(); each round's ratio is bare_uring / (floor + native). Run
// apart from the runtime: its SQ thread would poll beside the runtime's.
void BM_UringFloor(benchmark::State &state)
{
	xsc_runtime_fini(); // no runtime worker or SQ thread during these rounds
	std::vector<double> ratio;
	for (auto _ : state) {
		for (int r = 0; r < state.range(0); r++) {
			usleep(kSqpollQuietUs);
			double native = native_both(Call::Read1, 2000);
			double floor = pingpong(2000);
			double u = bare_uring(2000);
			if (u == 0) {
				state.SkipWithError("io_uring with SQPOLL cannot be set up here");
				return;
			}
			ratio.push_back(u / (floor + native));
		}
	}
	put_counter(state, "single_ratio", ratio, true);
}
#endif

// Caller and worker on one CPU (every thread pinned to CPU 0) while the
// process has two, so the runtime polls: what a lone getpid costs when the
// scheduler puts the two together. A caller that finds itself on the lead's
// CPU yields instead of polling, and the lead yields after its post.
void BM_Colocated(benchmark::State &state, xsc_backend b)
{
	if (!use_backend(state, b))
		return;
	cpu_set_t all, zero;
	if (sched_getaffinity(0, sizeof(all), &all) != 0 || CPU_COUNT(&all) < 2 ||
	    !CPU_ISSET(0, &all)) {
		state.SkipWithError("needs CPU 0 and one more");
		return;
	}
	CPU_ZERO(&zero);
	CPU_SET(0, &zero);
	char byte;
	std::vector<double> ns, native;
	for (auto _ : state) {
		for (int r = 0; r < 20; r++) {
			pin_all(zero);
			for (int i = 0; i < 200; i++)
				ring_call(Call::Getpid, &byte);
			uint64_t t0 = mono_ns();
			for (int i = 0; i < 2000; i++)
				ring_call(Call::Getpid, &byte);
			ns.push_back(double(mono_ns() - t0) / 2000);
			pin_all(all);
			usleep(300);
			native.push_back(native_on_cpu(Call::Getpid, 0, 2000));
		}
	}
	state.counters["ns_per_call"] = quantile(ns, 0.5);
	state.counters["native_ns"] = quantile(native, 0.5);
}

// Plain figures, one measurement each (no ratios: see the note at the top).
void BM_PingPong(benchmark::State &state)
{
	for (auto _ : state)
		benchmark::DoNotOptimize(pingpong(1000));
	state.SetItemsProcessed(int64_t(state.iterations()) * 1000);
}

void BM_Native(benchmark::State &state, Call call)
{
	char byte;
	for (auto _ : state)
		benchmark::DoNotOptimize(native_call(call, &byte));
}

void register_all()
{
	struct B { const char *name; xsc_backend b; };
	const B backends[] = { { "thread", XSC_BACKEND_THREAD }, { "uring", XSC_BACKEND_URING } };
	struct C { const char *name; Call c; };
	const C calls[] = { { "getpid", Call::Getpid }, { "read1", Call::Read1 } };

	benchmark::RegisterBenchmark("floor/pingpong_x1000", BM_PingPong)->UseRealTime();
	benchmark::RegisterBenchmark("behind_blocked/thread", BM_BehindBlocked, XSC_BACKEND_THREAD)
		->Iterations(1)
		->UseRealTime()
		->Unit(benchmark::kMillisecond);
#ifdef XSC_BENCH_URING
	benchmark::RegisterBenchmark("floor/io_uring_read1", BM_UringFloor)
		->Arg(100)
		->Iterations(1)
		->UseRealTime()
		->Unit(benchmark::kMillisecond);
#endif
	benchmark::RegisterBenchmark("colocated/thread", BM_Colocated, XSC_BACKEND_THREAD)
		->Iterations(1)
		->UseRealTime()
		->Unit(benchmark::kMillisecond);
	for (const C &c : calls)
		benchmark::RegisterBenchmark((std::string("native/") + c.name).c_str(), BM_Native, c.c)
			->UseRealTime();
	for (const B &b : backends)
		for (const C &c : calls)
			benchmark::RegisterBenchmark(
				(std::string("ratios/") + b.name + "/" + c.name).c_str(), BM_Ratios,
				b.b, c.c)
				->Arg(100)
				->Iterations(1)
				->UseRealTime()
				->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
	g_zero_fd = open("/dev/zero", O_RDONLY);
	if (g_zero_fd < 0) {
		perror("/dev/zero");
		return 1;
	}
	register_all();
	benchmark::Initialize(&argc, argv);
	benchmark::RunSpecifiedBenchmarks();
	benchmark::Shutdown();
	xsc_runtime_fini();
	return 0;
}
