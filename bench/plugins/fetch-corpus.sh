#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fetches the real code the plugin tests and benchmark run on, into $1
# (default: ./plugins-corpus), from the two registries this project may use:
#   - sqlite/    the SQLite amalgamation (sqlite3.c, ~250k lines of C) from the
#                npm package better-sqlite3, which vendors it;
#   - nolibc/    the Linux kernel's nolibc (tools/include/nolibc), a real
#                inline-syscall header set with one file per arch, from the
#                Debian package linux-source-6.1.
# Idempotent: a part already fetched (stamp file present) is left alone.
# Exit status: 0 fetched or already there, 77 a registry could not be reached
# (tests then report UNSUPPORTED with this script's message), 1 other errors.
set -euo pipefail

dest=${1:-plugins-corpus}
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
work="$dest/.work"
# Test suites of both plugins may fetch at the same time: one at a time.
exec 9>"$dest/.lock"
flock 9
SQLITE_NPM=better-sqlite3@11.10.0

fetch_sqlite() {
  [ -f "$dest/sqlite/.stamp" ] && return 0
  rm -rf "$work" && mkdir -p "$work"
  echo "fetch-corpus: npm pack $SQLITE_NPM" >&2
  if ! (cd "$work" && npm pack --silent "$SQLITE_NPM" >/dev/null 2>"$work/npm.log"); then
    echo "fetch-corpus: cannot fetch $SQLITE_NPM from the npm registry:" >&2
    tail -3 "$work/npm.log" >&2
    exit 77
  fi
  tar -xzf "$work"/better-sqlite3-*.tgz -C "$work" package/deps
  rm -rf "$dest/sqlite" && mkdir -p "$dest/sqlite"
  if [ -f "$work/package/deps/sqlite3/sqlite3.c" ]; then
    cp "$work/package/deps/sqlite3/sqlite3.c" "$work/package/deps/sqlite3/sqlite3.h" "$dest/sqlite/"
  else
    tar -xzf "$work"/package/deps/sqlite3.tar.gz -C "$work"
    cp "$work"/sqlite3/sqlite3.c "$work"/sqlite3/sqlite3.h "$dest/sqlite/"
  fi
  echo "$SQLITE_NPM" > "$dest/sqlite/.stamp"
  rm -rf "$work"
}

fetch_nolibc() {
  [ -f "$dest/nolibc/.stamp" ] && return 0
  rm -rf "$work" && mkdir -p "$work"
  echo "fetch-corpus: apt-get download linux-source-6.1 (about 140 MB, once)" >&2
  if ! (cd "$work" && apt-get download -q linux-source-6.1 >"$work/apt.log" 2>&1); then
    echo "fetch-corpus: cannot download linux-source-6.1 with apt:" >&2
    tail -3 "$work/apt.log" >&2
    exit 77
  fi
  deb=$(ls "$work"/linux-source-6.1_*.deb)
  version=$(dpkg-deb -f "$deb" Version)
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" --wildcards './usr/src/linux-source-6.1.tar.*'
  tarball=$(ls "$work"/usr/src/linux-source-6.1.tar.*)
  tar -xf "$tarball" -C "$work" --wildcards 'linux-source-6.1/tools/include/nolibc/*'
  rm -rf "$dest/nolibc"
  mv "$work/linux-source-6.1/tools/include/nolibc" "$dest/nolibc"
  echo "linux-source-6.1 $version" > "$dest/nolibc/.stamp"
  rm -rf "$work"
}

fetch_sqlite
fetch_nolibc
echo "fetch-corpus: ready in $dest" >&2
