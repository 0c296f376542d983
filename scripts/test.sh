#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up (apt), configures, builds and runs every test suite with ctest:
# lit suites for the scanner, plugins and end-to-end marker contract, unit
# tests, runtime tests, the fuzz-corpus replay and the dogfood scan.
# Usage: scripts/test.sh [build-dir]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=$(nproc)

bash scripts/setup.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs"
