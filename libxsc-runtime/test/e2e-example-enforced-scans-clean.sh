#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# End to end: the example is compiled with -fplugin=xsc-enforce by one compiler,
# linked with the runtime (statically, so the runtime's trap is inside the
# binary, and against the shared library), scanned by xsc-scan (0 violations,
# the runtime's trap listed as allowed, and a violation with --no-allow), and
# run on the thread and uring backends.
# Usage: e2e-example-enforced-scans-clean.sh CC PLUGIN XSC_SCAN SRC OUTDIR
#        INCLUDE_DIRS(:-separated) STATIC_LIB SHARED_LIB URING_LIB|-
# Environment: E2E_RUN, a command prefix for running the example (an
# emulator); E2E_BACKENDS, the backends to run it on (default "thread uring").
set -eu
run=${E2E_RUN:-}
backends=${E2E_BACKENDS:-thread uring}
cc=$1 plugin=$2 scan=$3 src=$4 out=$5 incs=$6 static_lib=$7 shared_lib=$8 uring=$9

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in "$cc" "$plugin" "$scan" "$src" "$static_lib" "$shared_lib"; do
  [ -e "$f" ] || fail "missing '$f' (build the plugin, xsc-scan and runtime targets first)"
done
mkdir -p "$out"
iflags=$(printf '%s' "$incs" | tr ':' '\n' | sed 's/^/-I/' | tr '\n' ' ')
libs="-lpthread"
[ "$uring" = "-" ] || libs="$uring $libs"

# 1. Compile under enforcement: any trap in the example is a compile error.
"$cc" -fplugin="$plugin" -O2 -Wall $iflags -c "$src" -o "$out/example.o" \
  || fail "the example does not compile under -fplugin=xsc-enforce"

# 2. Link the runtime in statically, and separately against the shared library.
"$cc" "$out/example.o" "$static_lib" $libs -o "$out/example-static" || fail "static link"
"$cc" "$out/example.o" "$shared_lib" -Wl,-rpath,"$(dirname "$shared_lib")" $libs \
  -o "$out/example-shared" || fail "shared link"

# 3. Scan: exit 0, no violation, the runtime's raw syscall allowed.
"$scan" --format=json -o "$out/scan.json" "$out/example-static" "$out/example-shared" \
  "$shared_lib" || fail "xsc-scan exited $? on the linked example"
python3 - "$out/scan.json" <<'PY' || fail "unexpected xsc-scan report"
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["summary"]
assert s["violations"] == 0 and s["errors"] == 0 and s["uncertain"] == 0, s
allowed = [(f["path"], x.get("symbol")) for f in doc["files"] for x in f["findings"]
           if x["allowed"]]
static = [a for a in allowed if a[0].endswith("example-static")]
assert static and all(sym == "xsc_raw_syscall6" for _, sym in static), allowed
shared = [f for f in doc["files"] if f["path"].endswith("example-shared")]
assert shared and not shared[0]["findings"], shared
print("scan: %d allowed, 0 violations: %s" % (len(allowed), allowed))
PY
set +e
"$scan" --no-allow -q "$out/example-static" >/dev/null
rc=$?
set -e
[ $rc -eq 1 ] || fail "xsc-scan --no-allow exited $rc, expected 1 (the runtime's trap)"

# 4. Run on each backend.
for b in $backends; do
  for exe in example-static example-shared; do
    XSC_BACKEND=$b $run "$out/$exe" "$out" > "$out/run-$b.txt" || fail "$exe on $b exited $?"
    grep -q "^backend $b: 43 bytes, size 43, mode 600: written and read back" \
      "$out/run-$b.txt" || fail "$exe on $b printed: $(cat "$out/run-$b.txt")"
  done
done
echo "PASS: $(basename "$cc") -fplugin=xsc-enforce example: scans clean, runs on: $backends"
