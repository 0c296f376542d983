// SPDX-License-Identifier: Apache-2.0
// Scans one ELF image: builds its code regions and boundary tables, searches
// candidates, verifies them and classifies each finding as violation, allowed
// or uncertain.
#pragma once

#include <libelf.h>

#include <optional>
#include <string>

#include "finding.h"

namespace xsc {

struct ScanOptions {
  bool honour_allow = true;        // false with --no-allow
  bool distrust_sections = false;  // --distrust-sections: decode all executable bytes
  // Set per image by the caller: the image is libelf's read-only map of a
  // file (not a copy in memory), so scanned pages may be released.
  bool file_backed = false;
};

ImageReport scan_image(Elf *elf, const std::string &path, std::optional<std::string> member,
                       const ScanOptions &options);

}  // namespace xsc
