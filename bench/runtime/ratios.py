#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Turns xsc-runtime-bench JSON (--benchmark_format=json) into the ratios the
# runtime is judged by, against the targets of issue #4. Each figure is the
# median over interleaved rounds (runtime_bench.cc says why), with the
# quartiles in brackets:
#   single round trip / (ping-pong floor + native call)   target <= 1.2
#   batch of 64, per call / native call                    target <= 1.1
#   submitter CPU per call in a batch of 64 / native call  target <  0.25
import json
import sys

TARGETS = {"single_ratio": ("<=", 1.2), "b64_ratio": ("<=", 1.1), "cpu64_ratio": ("<", 0.25)}

doc = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
rows = {}
for b in doc["benchmarks"]:
    name = b["name"].replace("/real_time", "").replace("/iterations:1", "")
    if not name.startswith("ratios/"):
        continue
    parts = name.split("/")
    key = (parts[1], parts[2])
    if b.get("error_occurred"):
        rows[key] = {"error": b.get("error_message", "error")}
    else:
        rows[key] = b

blocked = [b for b in doc["benchmarks"] if b["name"].startswith("behind_blocked/")]
colocated = [b for b in doc["benchmarks"] if b["name"].startswith("colocated/")]
uring_floor = next((b for b in doc["benchmarks"] if b["name"].startswith("floor/io_uring_read1")
                    and not b.get("error_occurred")), None)

ctx = doc["context"]
print("machine: %s, %s CPUs, load average %s" % (ctx.get("host_name", "?"), ctx.get("num_cpus", "?"),
                                                  ctx.get("load_avg", "?")))


def ratio(b, name):
    value = b[name]
    text = "%.2f [%.2f-%.2f]" % (value, b[name + "_q1"], b[name + "_q3"])
    if name in TARGETS:
        op, target = TARGETS[name]
        ok = value <= target if op == "<=" else value < target
        text += " ok" if ok else " MISS"
    return text


failed = False
for call in ("getpid", "read1"):
    print("\n%s" % call)
    print("  %-7s %7s %6s %7s  %-24s %-20s %-24s %-20s %-24s %6s" % (
        "backend", "native", "floor", "single", "single/(floor+native)", "b8/native",
        "b64/native", "bare-ring b64/native", "cpu64/native", "rounds"))
    print("  %-7s %7s %6s %7s  %-24s" % ("", "", "", "", "bare-ring single"))
    for be in ("thread", "uring"):
        b = rows.get((be, call))
        if b is None:
            print("  %-7s (not run)" % be)
            continue
        if "error" in b:
            print("  %-7s error: %s" % (be, b["error"]))
            failed = True
            continue
        print("  %-7s %7.0f %6.0f %7.0f  %-24s %-20s %-24s %-20s %-24s %6d" % (
            be, b["native_ns"], b["floor_ns"], b["single_ns"], ratio(b, "single_ratio"),
            ratio(b, "b8_ratio"), ratio(b, "b64_ratio"), ratio(b, "bare_b64_ratio"),
            ratio(b, "cpu64_ratio"), b["rounds"]))
        extra = ""
        if be == "uring" and call == "read1" and uring_floor is not None:
            extra = "bare io_uring single: %.2f [%.2f-%.2f]" % (
                uring_floor["single_ratio"], uring_floor["single_ratio_q1"],
                uring_floor["single_ratio_q3"])
        print("  %-7s %7s %6s %7s  %-24s %s" % ("", "", "", "", ratio(b, "bare_single_ratio"), extra))
for b in blocked:
    if not b.get("error_occurred"):
        print("\na call queued behind a blocked call (%s): median %.0f us, p90 %.0f us" % (
            b["name"].split("/")[1], b["median_us"], b["p90_us"]))
for b in colocated:
    if not b.get("error_occurred"):
        print("a lone getpid with caller and worker on one CPU (%s): %.0f ns (native %.0f ns)" % (
            b["name"].split("/")[1], b["ns_per_call"], b["native_ns"]))
print("\nbare-ring: calls (one at a time, or 64 per batch) through a lock-free SPSC ring with "
      "no runtime around it: the floor of each;")
print("bare io_uring: 1-byte reads one at a time through an SQPOLL ring with no runtime around it "
      "(io_uring's own round trip),\n  / (floor+native), in rounds of its own;")
print("native: mean of the call on CPU 0 and CPU 1 in the same round; ns figures are "
      "medians over rounds;\nratios: median [quartiles] of per-round ratios; targets: "
      "single <= 1.2, b64 <= 1.1, cpu64 < 0.25")
sys.exit(1 if failed else 0)
