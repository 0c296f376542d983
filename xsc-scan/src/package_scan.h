// SPDX-License-Identifier: Apache-2.0
// Packages and tarballs: Debian .deb, RPM, and tar/cpio archives (plain or
// gzip/xz/zstd/bzip2/lz4 compressed), read with libarchive as streams. Every
// regular member that is ELF or a static archive is scanned from memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "finding.h"
#include "image_scan.h"

namespace xsc {

enum class PackageKind { none, deb, rpm, tar, compressed };

// Classifies a file by its first bytes (at least 512 for tar detection).
PackageKind detect_package(const unsigned char *head, size_t n);

// Scans the package read from `fd`. Returns false, leaving `out` untouched,
// when a `compressed` file turns out not to hold a tar or cpio archive (a
// plain .gz); every other problem is reported in `out`.
bool scan_package(int fd, PackageKind kind, const std::string &path, const ScanOptions &options,
                  InputReport &out);

}  // namespace xsc
