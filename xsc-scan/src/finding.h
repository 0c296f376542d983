// SPDX-License-Identifier: Apache-2.0
// The finding model every reporter reads. Results are built once by the scanner
// and never changed afterwards; reporters only read them, in input order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "xsc/trap_table.h"

namespace xsc {

struct Finding {
  xsc_trap_kind kind;
  uint64_t address;        // virtual address; section offset in a relocatable object
  uint64_t offset;         // file offset of the first byte (within the member for archives)
  std::string mnemonic;    // as quoted in messages: "syscall", "int $0x80", "svc #0x0"
  std::optional<std::string> section;
  std::optional<std::string> symbol;
  std::optional<uint64_t> symbol_offset;
  std::optional<uint64_t> section_offset;  // address - section start
  bool allowed = false;
  bool uncertain = false;
  std::optional<std::string> reason;  // why it is uncertain

  bool violation() const { return !allowed && !uncertain; }
};

enum class FileStatus { ok, error, unsupported };

enum class ElfType { exec, dyn, rel };

// One ELF image: a plain file or one archive member.
struct ImageReport {
  std::string path;
  std::optional<std::string> member;
  std::optional<xsc_arch> arch;
  std::optional<ElfType> type;
  FileStatus status = FileStatus::ok;
  std::optional<std::string> error;
  uint64_t exec_bytes = 0;  // executable bytes scanned
  std::vector<Finding> findings;
};

// Everything one input path produced, in the order the reporters print it.
struct InputReport {
  std::string path;
  bool regular = false;           // a regular file was opened (counted in "files")
  bool not_elf = false;           // skipped: not ELF (counted in the summary)
  std::vector<ImageReport> images;  // empty when skipped, or one error entry
  std::vector<std::string> warnings;  // stderr lines about this input
};

struct Summary {
  uint64_t files = 0, elf = 0, not_elf = 0, unsupported = 0, errors = 0;
  uint64_t violations = 0, allowed = 0, uncertain = 0;
  uint64_t exec_bytes = 0;
};

Summary summarize(const std::vector<InputReport> &inputs);

const char *elf_type_name(ElfType t);
const char *status_name(FileStatus s);

// "path" or "path(member)".
std::string display_name(const ImageReport &image);

}  // namespace xsc
