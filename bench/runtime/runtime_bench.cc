// SPDX-License-Identifier: Apache-2.0
// Benchmarks a cheap call (getpid) and a 1-byte read of /dev/zero, natively and
// through each runtime backend: single round trips and batches of 8 and 64.
// The same run measures the physical floor, a bare cache-line ping-pong
// between two threads. Each ring benchmark also reports the submitting
// thread's own CPU time per call (cpu_ns_per_call): the time spent in
// xsc_submit() and in reaping results that are already there, which is what
// the caller's core gives up. ratios.py turns the JSON into ratios.
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <xsc/runtime.h>

namespace {

int g_zero_fd = -1;
xsc_backend g_backend_up = XSC_BACKEND_AUTO; // AUTO: not set up

bool use_backend(benchmark::State &state, xsc_backend b)
{
	if (g_backend_up == b)
		return true;
	xsc_runtime_fini();
	g_backend_up = XSC_BACKEND_AUTO;
	int rc = xsc_runtime_init(b);
	if (rc) {
		state.SkipWithError(("xsc_runtime_init: " + std::string(strerror(-rc))).c_str());
		return false;
	}
	g_backend_up = b;
	return true;
}

uint64_t thread_cpu_ns()
{
	timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

uint64_t mono_ns()
{
	timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

enum class Call { Getpid, Read1 };

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
};

// The floor: one round trip of a cache line between two threads, the least
// any cross-thread ring can cost. ping and pong sit on separate lines, as
// the SR and CR tails do.
void BM_PingPong(benchmark::State &state)
{
	struct alignas(64) Line { std::atomic<uint64_t> v{ 0 }; };
	static Line ping, pong;
	std::atomic<bool> stop{ false };
	ping.v = pong.v = 0;
	std::thread peer([&] {
		uint64_t seen = 0;
		while (!stop.load(std::memory_order_relaxed)) {
			uint64_t v = ping.v.load(std::memory_order_acquire);
			if (v != seen) {
				seen = v;
				pong.v.store(v, std::memory_order_release);
			}
		}
	});
	uint64_t seq = 0;
	for (auto _ : state) {
		ping.v.store(++seq, std::memory_order_release);
		while (pong.v.load(std::memory_order_acquire) != seq) {
		}
	}
	stop = true;
	peer.join();
}

void BM_Native(benchmark::State &state, Call call)
{
	char byte;
	for (auto _ : state) {
		if (call == Call::Getpid)
			benchmark::DoNotOptimize(getpid());
		else
			benchmark::DoNotOptimize(read(g_zero_fd, &byte, 1));
	}
}

void BM_Single(benchmark::State &state, xsc_backend b, Call call)
{
	if (!use_backend(state, b))
		return;
	char byte;
	for (auto _ : state) {
		long r = call == Call::Getpid ? xsc_getpid() : xsc_read(g_zero_fd, &byte, 1);
		if (r < 0) {
			state.SkipWithError("call failed");
			break;
		}
	}
	state.counters["calls"] = benchmark::Counter(double(state.iterations()));
}

void BM_Batch(benchmark::State &state, xsc_backend b, Call call)
{
	if (!use_backend(state, b))
		return;
	const unsigned n = unsigned(state.range(0));
	Batch batch(n, call);
	xsc_call *calls = batch.calls.data();
	for (auto _ : state) {
		xsc_submit(calls, n);
		xsc_reap(calls, n);
	}
	if (calls[0].result < 0)
		state.SkipWithError("call failed");
	state.counters["batch"] = n; // ratios.py: ns per call = real_time / batch
	struct xsc_runtime_stats st;
	if (xsc_runtime_stats(&st) == 0)
		state.counters["workers"] = st.workers;
}

// Submitter CPU per batched call: CPU time in xsc_submit plus in xsc_reap of
// results that have had time to arrive; the wait in between is not counted
// (the caller would do useful work there).
void BM_BatchSubmitterCpu(benchmark::State &state, xsc_backend b, Call call)
{
	if (!use_backend(state, b))
		return;
	const unsigned n = unsigned(state.range(0));
	Batch batch(n, call);
	xsc_call *calls = batch.calls.data();
	uint64_t cpu = 0, total = 0, late = 0, iters = 0;
	// Long enough for the workers to finish the batch on an idle machine, short
	// enough that they are still polling (~100 us);
	// a reap that still had to wait is counted in late_reap_fraction.
	const uint64_t grace_ns = 10000 + 500ull * n;
	for (auto _ : state) {
		uint64_t c0 = thread_cpu_ns();
		xsc_submit(calls, n);
		uint64_t c1 = thread_cpu_ns();
		uint64_t until = mono_ns() + grace_ns;
		while (mono_ns() < until) {
		}
		uint64_t c2 = thread_cpu_ns(), w2 = mono_ns();
		xsc_reap(calls, n);
		uint64_t c3 = thread_cpu_ns();
		if (mono_ns() - w2 > 20000 + 200ull * n)
			late++;
		cpu += (c1 - c0) + (c3 - c2);
		total += n;
		iters++;
	}
	state.counters["late_reap_fraction"] = iters ? double(late) / double(iters) : 0;
	state.counters["cpu_ns_per_call"] = total ? double(cpu) / double(total) : 0;
	state.counters["batch"] = n;
}

void register_all()
{
	struct B { const char *name; xsc_backend b; };
	const B backends[] = { { "thread", XSC_BACKEND_THREAD }, { "uring", XSC_BACKEND_URING } };
	struct C { const char *name; Call c; };
	const C calls[] = { { "getpid", Call::Getpid }, { "read1", Call::Read1 } };

	benchmark::RegisterBenchmark("floor/pingpong", BM_PingPong)->UseRealTime();
	for (const C &c : calls)
		benchmark::RegisterBenchmark((std::string("native/") + c.name).c_str(), BM_Native, c.c)
			->UseRealTime();
	for (const B &b : backends) {
		for (const C &c : calls) {
			std::string base = std::string(b.name) + "/" + c.name;
			benchmark::RegisterBenchmark((base + "/single").c_str(), BM_Single, b.b, c.c)
				->UseRealTime();
			benchmark::RegisterBenchmark((base + "/batch").c_str(), BM_Batch, b.b, c.c)
				->Arg(8)->Arg(64)->UseRealTime();
			benchmark::RegisterBenchmark((base + "/submitter_cpu").c_str(),
						     BM_BatchSubmitterCpu, b.b, c.c)
				->Arg(8)->Arg(64)->UseRealTime();
		}
	}
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
