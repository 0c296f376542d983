// SPDX-License-Identifier: Apache-2.0
// Turns the command line's paths into an ordered list of inputs (walking
// directories in sorted order) and scans one input: a plain ELF file, a static
// archive of ELF members, or something that is skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "finding.h"
#include "image_scan.h"

namespace xsc {

struct Input {
  std::string path;
  bool named = false;  // given on the command line, not found by a walk
  // Set when the walk already knows the outcome: an unreadable directory, a
  // special file, a loop. Such an input is reported, not scanned.
  std::optional<InputReport> known;
};

// Expands `paths`, in order, walking directories in sorted order. Symlinks met
// during a walk are followed only when `follow_symlinks`; a directory reached
// twice (a loop) is walked once.
std::vector<Input> collect_inputs(const std::vector<std::string> &paths, bool follow_symlinks);

// Scans one input. Never throws; every problem is in the report.
InputReport scan_input(const Input &input, const ScanOptions &options);

}  // namespace xsc
