#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Dogfood: installs the build into a scratch prefix and scans everything it
# ships with the freshly built xsc-scan. Passes when nothing but allowed traps
# is found (exit 0); the runtime's raw syscall code must show up as allowed.
# Usage: scripts/dogfood.sh BUILD-DIR
set -euo pipefail
build=$(cd "${1:?usage: dogfood.sh BUILD-DIR}" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
echo "dogfood: scanning the installed tree ($(find "$prefix" -type f | wc -l) files)"
status=0
"$build/xsc-scan/xsc-scan" "$prefix" | sed "s|$prefix/||" || status=$?
if [ "$status" -ne 0 ]; then
  echo "dogfood: FAIL: xsc-scan exit status $status on the project's own outputs"
  exit 1
fi
if compgen -G "$prefix/lib*/libxsc-runtime*" >/dev/null; then
  allowed=$("$build/xsc-scan/xsc-scan" --format=json "$prefix" |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["allowed"])')
  if [ "$allowed" -eq 0 ]; then
    echo "dogfood: FAIL: libxsc-runtime is installed but no allowed trap was found in it"
    exit 1
  fi
  echo "dogfood: runtime traps reported as allowed: $allowed"
fi
echo "dogfood: PASS"
