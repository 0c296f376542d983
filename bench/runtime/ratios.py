#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Turns xsc-runtime-bench JSON (--benchmark_format=json) into the ratios the
# runtime is judged by, against the targets of issue #4:
#   single round trip / (ping-pong floor + native call)   target <= 1.2
#   batch of 64, per call / native call                    target <= 1.1
#   submitter CPU per call in a batch of 64 / native call  target <  0.25
import json
import sys

doc = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
t = {}
cpu = {}
late = {}
for b in doc["benchmarks"]:
    if b.get("error_occurred"):
        continue
    name = b["name"].replace("/real_time", "")
    if b.get("aggregate_name") not in (None, "", "median"):
        continue
    name = name.replace("_median", "")
    scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
    t[name] = b["real_time"] * scale
    if "cpu_ns_per_call" in b:
        cpu[name] = b["cpu_ns_per_call"]
        late[name] = b.get("late_reap_fraction", 0.0)

floor = t.get("floor/pingpong")
print("machine: %s, load average %s" % (doc["context"].get("host_name", "?"),
                                         doc["context"].get("load_avg", "?")))
print("floor (cache-line ping-pong round trip): %s ns" %
      ("%.0f" % floor if floor else "n/a"))
for call in ("getpid", "read1"):
    native = t.get("native/" + call)
    print("\nnative %s: %.0f ns" % (call, native))
    print("  %-8s %10s %8s %10s %8s %10s %8s %12s %8s %6s" % (
        "backend", "single ns", "ratio", "b8 ns/call", "ratio", "b64 ns/call", "ratio",
        "cpu64 ns/call", "ratio", "late"))
    for be in ("thread", "uring"):
        key = "%s/%s" % (be, call)
        if key + "/single" not in t:
            print("  %-8s (not run)" % be)
            continue
        single = t[key + "/single"]
        b8 = t[key + "/batch/8"] / 8
        b64 = t[key + "/batch/64"] / 64
        c64 = cpu.get(key + "/submitter_cpu/64", float("nan"))
        l64 = late.get(key + "/submitter_cpu/64", float("nan"))
        print("  %-8s %10.0f %8.2f %10.0f %8.2f %10.0f %8.2f %12.0f %8.2f %6.2f" % (
            be, single, single / (floor + native), b8, b8 / native, b64, b64 / native,
            c64, c64 / native, l64))
print("\nratios: single / (floor + native) [target <= 1.2]; batch / native "
      "[target b64 <= 1.1]; cpu64 / native [target < 0.25]; late: fraction of "
      "batches not complete when reaped (their wait inflates cpu64)")
