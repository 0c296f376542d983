#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up (apt), builds xsc-scan and scans this machine's own /usr/lib and
# /usr/bin, printing the files with the most trap instructions and the summary.
# A stock Debian system is not built for XSC, so violations are expected, and
# /usr/lib may hold ELF files of other machines (reported as unsupported). The
# script fails only when an input was unreadable or malformed.
# Usage: scripts/scan-system.sh [PATH...]     (default: /usr/lib /usr/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build

bash scripts/setup.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target xsc-scan

paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/usr/lib /usr/bin)
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
echo "scanning ${paths[*]} with $(nproc) threads ..."
"$build/xsc-scan/xsc-scan" --stats --format=json -o "$report" "${paths[@]}" || status=$?

set +e
python3 - "$report" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
rows = []
for f in doc["files"]:
    v = sum(1 for x in f["findings"] if not x["allowed"] and not x["uncertain"])
    u = sum(1 for x in f["findings"] if x["uncertain"])
    if v or u:
        name = f["path"] + (f"({f['member']})" if f["member"] else "")
        rows.append((v, u, name))
rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
print(f"{'traps':>6} {'uncertain':>9}  file")
for v, u, name in rows[:25]:
    print(f"{v:>6} {u:>9}  {name}")
if len(rows) > 25:
    print(f"   ... and {len(rows) - 25} more files with findings")
s = doc["summary"]
print(f"summary: {s['files']} files: {s['elf']} ELF scanned, {s['not_elf']} not ELF, "
      f"{s['unsupported']} unsupported, {s['errors']} errors; {s['violations']} violations, "
      f"{s['allowed']} allowed, {s['uncertain']} uncertain")
sys.exit(1 if s["errors"] else 0)
PY
errors=$?
echo "xsc-scan exit status: $status (0 clean, 1 violations, 2 some input could not be scanned)"
exit "$errors"
