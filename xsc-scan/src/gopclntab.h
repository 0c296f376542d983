// SPDX-License-Identifier: Apache-2.0
// Function starts of Go binaries, from the .gopclntab table that the Go runtime
// itself needs (so it survives stripping, unlike .symtab). Go binaries carry no
// .eh_frame, and their .text holds data between functions, so without this
// table a stripped Go binary has almost no instruction boundaries.
#pragma once

#include <cstdint>
#include <vector>

#include "elf_image.h"

namespace xsc {

// Returns the entry addresses listed in the image's .gopclntab, or an empty
// vector when there is none or it does not parse. Every read is bounds-checked.
std::vector<uint64_t> go_function_starts(const ElfImage &img);

}  // namespace xsc
