// SPDX-License-Identifier: Apache-2.0
// A code region (an executable PT_LOAD segment of a linked image, or an
// SHF_EXECINSTR section of a relocatable object) and what is known about the
// instruction boundaries inside it. The arch verifiers read only this.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checked.h"
#include "xsc/trap_table.h"

namespace xsc {

struct Section;

// Where a known instruction boundary came from, strongest last.
enum class BoundarySource { region_start, section_start, entry, symbol, cfi };

struct Boundary {
  uint64_t addr;
  BoundarySource source;
};

struct CodeRegion {
  uint64_t addr = 0;         // address of bytes[0]
  uint64_t file_offset = 0;  // file offset of bytes[0]
  ByteView bytes;
  bool linked = false;
  std::string label;               // "segment 2" or the section name, for messages
  std::vector<uint64_t> boundaries;  // sorted, unique: symbol starts/ends, section starts, entry
  // aarch64 mapping symbols, sorted by address: 'x' for code, 'd' for data.
  std::vector<std::pair<uint64_t, char>> mapping;
  // [begin, end) offsets into bytes that the candidate search covers.
  std::vector<std::pair<uint64_t, uint64_t>> search_spans;
  // Sized function symbols [start, end), sorted by start.
  std::vector<std::pair<uint64_t, uint64_t>> functions;
  // Sized data symbols (STT_OBJECT) [start, end), sorted by start: tables
  // that assembly code keeps in .text.
  std::vector<std::pair<uint64_t, uint64_t>> objects;

  uint64_t end() const { return addr + bytes.size(); }
  // The nearest entry of `boundaries` at or before `a`, if any.
  std::optional<uint64_t> boundary_at_or_before(uint64_t a) const {
    auto it = std::upper_bound(boundaries.begin(), boundaries.end(), a);
    if (it == boundaries.begin()) return std::nullopt;
    return *(it - 1);
  }
  bool contains(uint64_t a) const { return a >= addr && a - addr < bytes.size(); }
};

// What the scanner knows about an address beyond the region's own tables.
struct AddressFacts {
  // The CFI row [start, end) holding the address, from .eh_frame, if any.
  std::optional<std::pair<uint64_t, uint64_t>> cfi_row;
  // The nearest function start at or before the address from .eh_frame_hdr.
  std::optional<uint64_t> fde_start;
  // Set when section headers say the address is not code (a non-executable
  // section, or no section at all, inside an executable segment).
  std::optional<std::string> not_code_by_sections;
  bool in_function = false;  // a sized function symbol covers it
};

// The verdict on one candidate.
struct Verdict {
  enum Kind { not_trap, trap, uncertain } kind = not_trap;
  xsc_trap_kind trap_kind = XSC_TRAP_SYSCALL;
  uint64_t insn_addr = 0;  // first byte of the instruction (prefixes included)
  std::string mnemonic;    // "syscall", "int $0x80", "svc #0x0"
  std::string reason;      // for uncertain
};

}  // namespace xsc
