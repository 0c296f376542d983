#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs xsc-runtime-bench and prints the ratios. Usage:
#   bench/runtime/run.sh BUILD_DIR [extra benchmark flags]
# The machine should be otherwise idle: a busy neighbour takes the worker's CPU.
set -eu
build=${1:?usage: run.sh BUILD_DIR [benchmark flags]}
shift
here=$(dirname "$0")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/bench/runtime/xsc-runtime-bench" --benchmark_format=json "$@" > "$out"
python3 "$here/ratios.py" "$out"
