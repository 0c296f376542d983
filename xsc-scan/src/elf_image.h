// SPDX-License-Identifier: Apache-2.0
// A validated view of one ELF image (a file or an archive member), read with
// elfutils libelf. Every table offset and size is checked against the image
// size before use; what fails the checks is reported, never read.
#pragma once

#include <gelf.h>
#include <libelf.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checked.h"
#include "expected.h"
#include "finding.h"
#include "xsc/trap_table.h"

namespace xsc {

struct ElfDeleter {
  void operator()(Elf *e) const { elf_end(e); }
};
using ElfPtr = std::unique_ptr<Elf, ElfDeleter>;

struct Segment {
  unsigned index;
  uint32_t type, flags;
  uint64_t offset, vaddr, filesz, memsz;
};

struct Section {
  unsigned index;
  std::string name;
  uint32_t type;
  uint64_t flags, addr, offset, size;
  bool in_file() const { return type != SHT_NOBITS; }
};

struct Symbol {
  const char *name;  // NUL-terminated, inside the image's string table (never null)
  uint64_t value, size;
  uint8_t type, bind;
  uint16_t shndx;
};

struct ElfImage {
  Elf *elf = nullptr;  // not owned
  ByteView raw;        // the whole image
  // Meaningful only for supported images; initialised so that an image
  // returned as unsupported never carries an indeterminate enum.
  xsc_arch arch = XSC_ARCH_X86_64;
  ElfType type = ElfType::exec;
  uint64_t entry = 0;
  std::vector<Segment> segments;
  std::vector<Section> sections;  // empty when there are no usable section headers
  std::vector<Symbol> symbols;    // .symtab and .dynsym, possibly empty
  // Problems that leave the image scannable only in part (a broken section
  // table in a linked file, a segment past EOF). Each makes the status "error".
  std::vector<std::string> problems;

  const Section *section_by_index(size_t index) const;
  // The allocated section holding a virtual address (linked images), if any.
  const Section *section_at(uint64_t addr) const;
};

// Outcome of opening an image that is not an error: supported, or not.
struct Unsupported {
  std::string why;
};

// Reads and validates `elf`. Returns the image, or an Error for a malformed
// file. *unsupported is set instead when the ELF is valid but of a machine,
// class, byte order or type xsc-scan does not scan.
Expected<ElfImage> read_elf_image(Elf *elf, std::optional<Unsupported> *unsupported);

}  // namespace xsc
