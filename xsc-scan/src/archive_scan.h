// SPDX-License-Identifier: Apache-2.0
// Scanning the members of a static archive opened with libelf.
#pragma once

#include <libelf.h>

#include <cstdint>
#include <string>

#include "finding.h"
#include "image_scan.h"

namespace xsc {

// Scans every ELF member of `ar`, an archive of `archive_size` bytes read
// from `fd` (-1 when it was opened from memory with elf_memory). Members are
// named "name", or "prefix(name)" when the archive itself is a member of
// something (a package). Results and errors go to `out`.
void scan_archive(int fd, Elf *ar, uint64_t archive_size, const std::string &path,
                  const std::string &prefix, const ScanOptions &options, InputReport &out);

}  // namespace xsc
