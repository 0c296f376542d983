// SPDX-License-Identifier: Apache-2.0
// Reads the ELF header, program headers, section headers and symbol tables of
// one image through libelf, checking every table against the image bounds.
#include "elf_image.h"

#include <algorithm>

namespace xsc {
namespace {

std::string libelf_message() {
  const char *m = elf_errmsg(-1);
  return m ? m : "unknown libelf error";
}

std::string machine_name(unsigned m) {
  switch (m) {
    case EM_NONE: return "EM_NONE";
    case EM_SPARC: return "EM_SPARC";
    case EM_68K: return "EM_68K";
    case EM_MIPS: return "EM_MIPS";
    case EM_PARISC: return "EM_PARISC";
    case EM_SPARC32PLUS: return "EM_SPARC32PLUS";
    case EM_PPC: return "EM_PPC";
    case EM_PPC64: return "EM_PPC64";
    case EM_S390: return "EM_S390";
    case EM_ARM: return "EM_ARM";
    case EM_SH: return "EM_SH";
    case EM_SPARCV9: return "EM_SPARCV9";
    case EM_IA_64: return "EM_IA_64";
    case EM_CUDA: return "EM_CUDA";
    case EM_AMDGPU: return "EM_AMDGPU";
    case EM_RISCV: return "EM_RISCV";
    case EM_BPF: return "EM_BPF";
    case EM_LOONGARCH: return "EM_LOONGARCH";
    case EM_ALPHA: return "EM_ALPHA";
    case EM_M32R: return "EM_M32R";
    default: return "EM_" + std::to_string(m);
  }
}

// Checks that a table of `count` entries of `entsize` bytes at `offset` fits in
// an image of `size` bytes; returns a message naming the table otherwise.
std::optional<std::string> check_table(const char *what, uint64_t offset, uint64_t count,
                                       uint64_t entsize, uint64_t size) {
  auto bytes = checked_mul(count, entsize);
  if (!bytes || !range_within(offset, *bytes, size))
    return std::string(what) + " at offset " + hex(offset) + " (" + std::to_string(count) +
           " entries of " + std::to_string(entsize) + " bytes) extends past end of file (size " +
           hex(size) + ")";
  return std::nullopt;
}

void read_symbols(ElfImage &img, Elf_Scn *scn, const GElf_Shdr &shdr) {
  Elf_Data *data = elf_getdata(scn, nullptr);
  if (!data || shdr.sh_entsize == 0) return;
  size_t count = data->d_size / shdr.sh_entsize;
  // A symbol table larger than the image is forged; libelf bounds the data.
  for (size_t i = 1; i < count; i++) {
    GElf_Sym sym;
    if (!gelf_getsym(data, static_cast<int>(i), &sym)) break;
    uint8_t type = GELF_ST_TYPE(sym.st_info);
    if (type == STT_SECTION || type == STT_FILE || type == STT_TLS) continue;
    if (sym.st_shndx == SHN_UNDEF || sym.st_shndx == SHN_ABS || sym.st_shndx == SHN_COMMON)
      continue;
    const char *name = elf_strptr(img.elf, shdr.sh_link, sym.st_name);
    img.symbols.push_back(Symbol{name ? name : "", sym.st_value, sym.st_size, type,
                                 static_cast<uint8_t>(GELF_ST_BIND(sym.st_info)),
                                 sym.st_shndx});
  }
}

}  // namespace

const Section *ElfImage::section_by_index(size_t index) const {
  for (const Section &s : sections)
    if (s.index == index) return &s;
  return nullptr;
}

const Section *ElfImage::section_at(uint64_t addr) const {
  for (const Section &s : sections) {
    if (!(s.flags & SHF_ALLOC) || s.size == 0) continue;
    if (addr >= s.addr && addr - s.addr < s.size) return &s;
  }
  return nullptr;
}

Expected<ElfImage> read_elf_image(Elf *elf, std::optional<Unsupported> *unsupported) {
  ElfImage img;
  img.elf = elf;
  size_t raw_size = 0;
  const char *raw = elf_rawfile(elf, &raw_size);
  if (!raw) return make_error("cannot read ELF image: " + libelf_message());
  img.raw = ByteView(reinterpret_cast<const uint8_t *>(raw), raw_size);

  if (raw_size < EI_NIDENT) return make_error("truncated ELF identification");
  unsigned char cls = raw[EI_CLASS], data = raw[EI_DATA];
  if (cls != ELFCLASS32 && cls != ELFCLASS64)
    return make_error("invalid ELF class " + std::to_string(cls));
  if (data != ELFDATA2LSB && data != ELFDATA2MSB)
    return make_error("invalid ELF data encoding " + std::to_string(data));
  size_t ehdr_size = cls == ELFCLASS64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr);
  if (raw_size < ehdr_size)
    return make_error("truncated ELF header: file is " + std::to_string(raw_size) +
                      " bytes, header needs " + std::to_string(ehdr_size));

  GElf_Ehdr ehdr;
  if (!gelf_getehdr(elf, &ehdr)) return make_error("invalid ELF header: " + libelf_message());

  if (data != ELFDATA2LSB) {
    *unsupported = Unsupported{"big-endian ELF (" + machine_name(ehdr.e_machine) + ")"};
    return img;
  }
  switch (ehdr.e_machine) {
    // x32 (ELFCLASS32, EM_X86_64) runs in 64-bit mode, so it decodes as x86-64.
    case EM_X86_64: img.arch = XSC_ARCH_X86_64; break;
    case EM_386: img.arch = XSC_ARCH_I386; break;
    case EM_AARCH64: img.arch = XSC_ARCH_AARCH64; break;
    default:
      *unsupported = Unsupported{"unsupported ELF machine '" + machine_name(ehdr.e_machine) +
                                 "' (" + std::to_string(ehdr.e_machine) + ")"};
      return img;
  }
  switch (ehdr.e_type) {
    case ET_EXEC: img.type = ElfType::exec; break;
    case ET_DYN: img.type = ElfType::dyn; break;
    case ET_REL: img.type = ElfType::rel; break;
    default:
      *unsupported = Unsupported{"unsupported ELF type " + std::to_string(ehdr.e_type) +
                                 (ehdr.e_type == ET_CORE ? " (core file)" : "")};
      return img;
  }
  img.entry = ehdr.e_entry;
  bool linked = img.type != ElfType::rel;
  size_t phdr_size = cls == ELFCLASS64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
  size_t shdr_size = cls == ELFCLASS64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);

  // Program headers: the loader's view, and the only one trusted for linked
  // files. Counts come from the header itself and are checked against the
  // image size before libelf is asked for any entry.
  uint64_t phnum = ehdr.e_phnum;
  if (phnum == PN_XNUM) {
    size_t n = 0;
    if (elf_getphdrnum(elf, &n) != 0)
      return make_error("invalid extended program header count: " + libelf_message());
    phnum = n;
  }
  if (phnum > 0) {
    if (ehdr.e_phentsize != phdr_size)
      return make_error_at(ehdr.e_phoff, "invalid program header entry size " +
                                             std::to_string(ehdr.e_phentsize) + " (expected " +
                                             std::to_string(phdr_size) + ")");
    if (auto bad = check_table("program header table", ehdr.e_phoff, phnum, phdr_size, raw_size))
      return make_error_at(ehdr.e_phoff, *bad);
    for (size_t i = 0; i < phnum; i++) {
      GElf_Phdr ph;
      if (!gelf_getphdr(elf, static_cast<int>(i), &ph))
        return make_error("cannot read program header " + std::to_string(i) + ": " +
                          libelf_message());
      img.segments.push_back(Segment{static_cast<unsigned>(i), ph.p_type, ph.p_flags,
                                     ph.p_offset, ph.p_vaddr, ph.p_filesz, ph.p_memsz});
    }
  } else if (linked) {
    return make_error("linked ELF file has no program headers");
  }

  // Section headers: names only, for linked files. A broken table there is a
  // problem (status error) but does not stop the segment scan.
  uint64_t shnum = 0;
  auto section_problem = [&](std::string msg) -> std::optional<Error> {
    if (!linked) return make_error(std::move(msg));
    img.problems.push_back(std::move(msg));
    img.sections.clear();
    return std::nullopt;
  };
  if (ehdr.e_shoff != 0) {
    shnum = ehdr.e_shnum;
    if (shnum == 0) {
      // Extended numbering: the count lives in section 0's sh_size. Read it
      // only once the first entry is known to be in the file.
      if (!range_within(ehdr.e_shoff, shdr_size, raw_size)) {
        if (auto e = section_problem("section header table at offset " + hex(ehdr.e_shoff) +
                                     " lies past end of file (size " + hex(raw_size) + ")"))
          return *e;
      } else {
        size_t n = 0;
        if (elf_getshdrnum(elf, &n) != 0) {
          if (auto e = section_problem("invalid section header count: " + libelf_message()))
            return *e;
        }
        shnum = n;
      }
    }
    if (shnum > 0 && ehdr.e_shentsize != shdr_size) {
      if (auto e = section_problem("invalid section header entry size " +
                                   std::to_string(ehdr.e_shentsize) + " (expected " +
                                   std::to_string(shdr_size) + ")"))
        return *e;
      shnum = 0;
    } else if (auto bad = check_table("section header table", ehdr.e_shoff, shnum, shdr_size,
                                      raw_size)) {
      if (auto e = section_problem(*bad)) return *e;
      shnum = 0;
    }
  }
  size_t shstrndx = 0;
  if (shnum > 0 && elf_getshdrstrndx(elf, &shstrndx) != 0) {
    if (auto e = section_problem("invalid section name table index: " + libelf_message())) return *e;
    shnum = 0;
  }
  if (shnum > 0 && shstrndx >= shnum) {
    if (auto e = section_problem("section name table index " + std::to_string(shstrndx) +
                                 " is out of range (" + std::to_string(shnum) + " sections)"))
      return *e;
    shnum = 0;
  }
  for (size_t i = 1; i < shnum; i++) {
    Elf_Scn *scn = elf_getscn(elf, i);
    GElf_Shdr sh;
    if (!scn || !gelf_getshdr(scn, &sh)) {
      if (auto e = section_problem("cannot read section header " + std::to_string(i) + ": " +
                                   libelf_message()))
        return *e;
      break;
    }
    const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
    Section s{static_cast<unsigned>(i), name ? name : "", sh.sh_type, sh.sh_flags, sh.sh_addr,
              sh.sh_offset, sh.sh_size};
    if (s.in_file() && !range_within(s.offset, s.size, raw_size)) {
      if (auto e = section_problem("section [" + std::to_string(i) + "] '" + s.name +
                                   "' at offset " + hex(s.offset) + " (size " + hex(s.size) +
                                   ") extends past end of file (size " + hex(raw_size) + ")"))
        return *e;
      break;
    }
    img.sections.push_back(std::move(s));
  }
  for (const Section &s : img.sections) {
    if (s.type != SHT_SYMTAB && s.type != SHT_DYNSYM) continue;
    Elf_Scn *scn = elf_getscn(elf, s.index);
    GElf_Shdr sh;
    if (scn && gelf_getshdr(scn, &sh)) read_symbols(img, scn, sh);
  }
  return img;
}

}  // namespace xsc
