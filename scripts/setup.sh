#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every build and test dependency of the XSC suite on Debian 12 with apt.
# Idempotent: packages already present are left alone, and a second run is a no-op.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git python3 file
  # LLVM/Clang 14: plugin headers, lit, FileCheck, yaml2obj, llvm-mc, lld, sanitizer/fuzzer runtimes
  clang-14 libclang-14-dev llvm-14-dev llvm-14-tools lld-14 libclang-rt-14-dev
  # GCC plugin headers
  gcc-12-plugin-dev
  # scanner libraries
  libcapstone-dev libelf-dev libdw-dev libarchive-dev nlohmann-json3-dev libcli11-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev binutils time
  # runtime
  liburing-dev
  # package inputs for the scanner tests (tar --zstd, dpkg-deb)
  zstd dpkg
  # cross toolchain and user-mode emulation for aarch64
  gcc-aarch64-linux-gnu g++-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
  # compiler plugins: aarch64 cross GCC plugin headers
  gcc-12-plugin-dev-aarch64-linux-gnu
  # compiler plugins: i386 (-m32) C library headers and libgcc for real-code tests
  libc6-dev-i386 lib32gcc-12-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
