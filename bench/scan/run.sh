#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Scanner benchmark: xsc-scan (-j1 and -jN) against `objdump -d | grep` and a Capstone
# linear sweep on the same corpora, in one run. Exit status: 0 when every trap set
# agrees, 1 when any differs, 2 when a tool is missing or fails; speed never sets it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${XSC_BUILD:-$repo/build}"

usage() {
  cat <<USAGE
usage: bench/scan/run.sh [--build DIR] [--corpus LIST] [--jobs N] [--repeat N]
                         [--max-diff N] [--workdir DIR] [--reuse-references DIR]
                         [--scanner BIN] [--sweep BIN]
  --build DIR     build tree holding xsc-scan/xsc-scan and bench/scan/xsc-capstone-sweep
                  (default: \$XSC_BUILD or $repo/build)
  --corpus LIST   comma-separated: libc, llvm, dir, or any file/directory path
                  (default: libc,llvm,dir; 'dir' runs objdump for several minutes)
  --jobs N        N of the parallel xsc-scan run (default: nproc = $(nproc))
  --repeat N      xsc-scan runs per setting, the fastest is reported (default 3)
  --max-diff N    differences printed per side (default 20)
  --workdir DIR   keep the raw outputs (JSON, objdump, sweep) in DIR
  --reuse-references DIR
                  take the sweep and objdump outputs and timings from an earlier
                  --workdir DIR instead of re-running them (to re-check a new xsc-scan)
USAGE
}

scanner="" sweep="" pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --build=*) build="${1#*=}"; shift ;;
    --scanner) scanner="$2"; shift 2 ;;
    --scanner=*) scanner="${1#*=}"; shift ;;
    --sweep) sweep="$2"; shift 2 ;;
    --sweep=*) sweep="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    --corpus|--jobs|--repeat|--max-diff|--workdir|--reuse-references) pass+=("$1" "$2"); shift 2 ;;
    --corpus=*|--jobs=*|--repeat=*|--max-diff=*|--workdir=*|--reuse-references=*) pass+=("$1"); shift ;;
    *) echo "run.sh: error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
scanner="${scanner:-$build/xsc-scan/xsc-scan}"
sweep="${sweep:-$build/bench/scan/xsc-capstone-sweep}"

missing=0
for tool in "$scanner" "$sweep"; do
  if [ ! -x "$tool" ]; then
    echo "run.sh: error: '$tool' not found; build it: cmake -S $repo -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C $build xsc-scan xsc-capstone-sweep" >&2
    missing=1
  fi
done
for tool in /usr/bin/time objdump grep readelf python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: error: '$tool' not found; run scripts/setup.sh" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 2

echo "command: $0 --build $build ${pass[*]}"
echo "host: $(nproc) CPUs, $(uname -r), $(objdump --version | head -1), capstone $(dpkg-query -W -f='${Version}' libcapstone4 2>/dev/null || echo '?')"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scanner: $("$scanner" --version 2>/dev/null | head -1), repo HEAD $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
exec python3 "$here/scan_bench.py" --scanner "$scanner" --sweep "$sweep" "${pass[@]}"
