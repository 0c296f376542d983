// SPDX-License-Identifier: Apache-2.0
// The per-image pipeline. Linked images are scanned by their executable PT_LOAD
// segments, so dropped or forged section headers cannot hide code; sections and
// symbols only add boundaries and names. Relocatable objects are scanned by
// their SHF_EXECINSTR sections.
#include "image_scan.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>

#include "arch/verifier.h"
#include "candidates.h"
#include "cfi.h"
#include "eh_frame_hdr.h"
#include "elf_image.h"
#include "gopclntab.h"
#include "pragmas_contract.h"

namespace xsc {
namespace {

bool is_mapping_symbol(const char *name) {
  return name[0] == '$' && (name[1] == 'x' || name[1] == 'd') && (name[2] == '\0' || name[2] == '.');
}

bool is_code_symbol_type(uint8_t type) {
  return type == STT_FUNC || type == STT_GNU_IFUNC || type == STT_NOTYPE;
}

// A symbol usable to name a location.
struct NamedSymbol {
  uint64_t value, size;
  uint16_t shndx;
  bool func;
  const char *name;
};

class ImageScanner {
 public:
  ImageScanner(const ElfImage &img, const ScanOptions &options, ImageReport &report)
      : img_(img), options_(options), report_(report), eh_hdr_(img) {}

  void run() {
    build_regions();
    std::unique_ptr<Verifier> verifier = make_verifier(img_.arch);
    if (!verifier) {
      fail("cannot open the disassembler for " + std::string(xsc_arch_name(img_.arch)));
      return;
    }
    // .eh_frame is parsed on first need: most candidates have a symbol
    // boundary close by and lie in sections that say "code".
    eh_hdr_empty_ = eh_hdr_.empty();
    std::optional<CfiIndex> cfi;
    auto cfi_row = [&](uint64_t a) -> std::optional<std::pair<uint64_t, uint64_t>> {
      if (img_.type == ElfType::rel) return std::nullopt;
      if (!cfi) cfi.emplace(img_.elf);
      return cfi->row_at(a);
    };

    std::vector<uint64_t> candidates;
    verifier->begin_image();
    for (CodeRegion &region : regions_) {
      report_.exec_bytes += region.bytes.size();
      verifier->begin_region(region);
      // Windows bound the resident set on huge files: each window's pages are
      // searched, its candidates verified, and its file pages released.
      for (auto [lo, hi] : region.search_spans) {
        for (uint64_t w = lo; w < hi; w += kWindow) {
          uint64_t w_end = std::min(hi, w + kWindow);
          uint64_t reach = std::min(hi, w_end + XSC_TRAP_MAX_BYTES - 1);  // pairs across the edge
          candidates.clear();
          find_trap_candidates(img_.arch, *region.bytes.slice(w, reach - w), region.addr + w,
                               candidates);
          for (uint64_t c : candidates)
            if (w + c < w_end) check_candidate(region, region.addr + w + c, *verifier, cfi_row);
          release_pages(region, w, w_end);
        }
      }
    }
    auto boundary_before = [&](const CodeRegion &region, uint64_t s) {
      uint64_t b = region.boundary_at_or_before(s).value_or(region.addr);
      if (auto f = eh_hdr_.function_start_at_or_before(s); f && *f > b && region.contains(*f)) b = *f;
      return b;
    };
    auto release = [&](const CodeRegion &region, uint64_t lo, uint64_t hi) {
      release_pages(region, lo, hi);
    };
    for (const auto &[region, v] : verifier->branch_pass(regions_, boundary_before, release))
      add_finding(*region, v);
    std::sort(report_.findings.begin(), report_.findings.end(),
              [](const Finding &x, const Finding &y) {
                return std::tie(x.address, x.offset) < std::tie(y.address, y.offset);
              });
    auto same = [](const Finding &x, const Finding &y) {
      return x.address == y.address && x.offset == y.offset;
    };
    report_.findings.erase(std::unique(report_.findings.begin(), report_.findings.end(), same),
                           report_.findings.end());
  }

 private:
  static constexpr uint64_t kWindow = uint64_t{8} << 20;

  template <typename CfiRow>
  void check_candidate(const CodeRegion &region, uint64_t a, Verifier &verifier, CfiRow &cfi_row) {
    AddressFacts facts;
    facts.in_function = in_function(region, a);
    if (region.linked) {
      facts.not_code_by_sections = not_code_by_sections(a);
      facts.fde_start = eh_hdr_.function_start_at_or_before(a);
    }
    // A sized data symbol (a constant table that assembly keeps in .text)
    // says "data" as section headers do.
    if (!facts.not_code_by_sections && !facts.in_function && covered(region.objects, a))
      facts.not_code_by_sections = std::string("it lies inside a data object symbol");
    bool cfi_asked = needs_cfi(region, a, facts);
    if (cfi_asked) facts.cfi_row = cfi_row(a);
    // Data that section headers place outside code (.rodata, .dynsym, ... in
    // an executable segment) is not decoded unless a function symbol or an
    // unwind entry says it is code, or the user distrusts the headers.
    if (facts.not_code_by_sections && !facts.in_function && !facts.cfi_row &&
        !options_.distrust_sections)
      return;
    Verdict v = verifier.verify(a, facts);
    if (v.kind == Verdict::trap && outside_known_code(region, a, facts, cfi_asked, verifier, cfi_row)) {
      v.kind = Verdict::uncertain;
      v.reason = "it lies outside every function symbol and unwind entry, and no code of the "
                 "function before flows into it";
    }
    if (v.kind != Verdict::not_trap) add_finding(region, v);
  }

  // In a linked x86 image whose .eh_frame_hdr lists every function, a trap
  // that no function symbol and no FDE covers, after an FDE of its region, is
  // in a gap between functions: data (a constant table) unless the code of
  // the FDE before it flows into it, by falling through (glibc's clone closes
  // its CFI just before its syscall) or by a direct branch.
  template <typename CfiRow>
  bool outside_known_code(const CodeRegion &region, uint64_t a, AddressFacts &facts,
                          bool cfi_asked, Verifier &verifier, CfiRow &cfi_row) {
    if (!region.linked || eh_hdr_empty_ || img_.arch == XSC_ARCH_AARCH64 || facts.in_function)
      return false;
    if (!cfi_asked) facts.cfi_row = cfi_row(a);
    if (facts.cfi_row) return false;
    // Before the region's first FDE (startup code, PLT stubs) the region
    // start is the boundary, as it is in images without unwind tables.
    if (!facts.fde_start || *facts.fde_start >= a || !region.contains(*facts.fde_start))
      return false;
    // The previous FDE is [fde_start, end): no other FDE starts before `a`,
    // so "an FDE covers x" is true exactly for x < end. Binary search it.
    uint64_t lo = *facts.fde_start, hi = a;  // covered(lo), !covered(hi)
    uint64_t start = lo;
    if (!cfi_row(lo)) return true;
    while (hi - lo > 1) {
      uint64_t mid = lo + (hi - lo) / 2;
      (cfi_row(mid) ? lo : hi) = mid;
    }
    return !verifier.falls_through(start, hi, a);
  }

  // Drops the scanned window's pages from the resident set. Only for images
  // that libelf mapped read-only from a file, where a later touch re-reads
  // the same bytes; never for images held in memory (package members).
  void release_pages(const CodeRegion &region, uint64_t lo, uint64_t hi) const {
    if (!options_.file_backed) return;
    uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    uintptr_t from = reinterpret_cast<uintptr_t>(region.bytes.data() + lo);
    uintptr_t to = reinterpret_cast<uintptr_t>(region.bytes.data() + hi);
    from = (from + page - 1) & ~(page - 1);
    to &= ~(page - 1);
    if (to > from) madvise(reinterpret_cast<void *>(from), to - from, MADV_DONTNEED);
  }

  void fail(std::string message) {
    report_.status = FileStatus::error;
    if (report_.error)
      *report_.error += "; " + message;
    else
      report_.error = std::move(message);
  }

  void build_regions() {
    if (img_.type == ElfType::rel) {
      // Symbols by section index, so each section's are found in one pass.
      std::vector<const Symbol *> by_section(img_.symbols.size());
      for (size_t i = 0; i < img_.symbols.size(); i++) by_section[i] = &img_.symbols[i];
      std::stable_sort(by_section.begin(), by_section.end(),
                       [](const Symbol *x, const Symbol *y) { return x->shndx < y->shndx; });
      for (const Section &s : img_.sections) {
        if (!(s.flags & SHF_EXECINSTR) || !s.in_file() || s.size == 0) continue;
        auto bytes = img_.raw.slice(s.offset, s.size);
        if (!bytes) continue;  // read_elf_image already rejected such a section
        CodeRegion r;
        r.addr = s.addr;
        r.file_offset = s.offset;
        r.bytes = *bytes;
        r.label = s.name;
        r.boundaries.push_back(s.addr);  // an assembler starts a section on an instruction
        auto first = std::lower_bound(
            by_section.begin(), by_section.end(), s.index,
            [](const Symbol *sym, unsigned index) { return sym->shndx < index; });
        for (auto it = first; it != by_section.end() && (*it)->shndx == s.index; ++it)
          add_symbol(r, **it);
        finish_region(r);
        r.search_spans.emplace_back(0, r.bytes.size());
        region_sections_.push_back(&s);
        regions_.push_back(std::move(r));
      }
      return;
    }
    std::vector<uint64_t> go_starts = go_function_starts(img_);
    for (const Segment &seg : img_.segments) {
      if (seg.type != PT_LOAD || !(seg.flags & PF_X) || seg.filesz == 0) continue;
      uint64_t size = seg.filesz;
      if (!range_within(seg.offset, size, img_.raw.size())) {
        fail("executable segment " + std::to_string(seg.index) + " at offset " +
             hex(seg.offset) + " (size " + hex(seg.filesz) + ") extends past end of file (size " +
             hex(img_.raw.size()) + ")");
        if (seg.offset >= img_.raw.size()) continue;
        size = img_.raw.size() - seg.offset;  // scan what is there
      }
      if (!checked_add(seg.vaddr, size)) {
        fail("executable segment " + std::to_string(seg.index) + " wraps the address space");
        continue;
      }
      CodeRegion r;
      r.linked = true;
      r.addr = seg.vaddr;
      r.file_offset = seg.offset;
      r.bytes = *img_.raw.slice(seg.offset, size);
      r.label = "segment " + std::to_string(seg.index);
      for (const Section &s : img_.sections)
        if ((s.flags & SHF_EXECINSTR) && (s.flags & SHF_ALLOC) && r.contains(s.addr))
          r.boundaries.push_back(s.addr);
      if (r.contains(img_.entry)) r.boundaries.push_back(img_.entry);
      for (uint64_t start : go_starts)
        if (r.contains(start)) r.boundaries.push_back(start);
      for (const Symbol &sym : img_.symbols)
        if (r.contains(sym.value)) add_symbol(r, sym);
      finish_region(r);
      set_search_spans(r);
      region_sections_.push_back(nullptr);
      regions_.push_back(std::move(r));
    }
  }

  void add_symbol(CodeRegion &r, const Symbol &sym) {
    if (is_mapping_symbol(sym.name)) {
      r.mapping.emplace_back(sym.value, sym.name[1]);
      return;
    }
    if (sym.type == STT_OBJECT && sym.size > 0) {
      auto end = checked_add(sym.value, sym.size);
      if (end) {
        r.objects.emplace_back(sym.value, *end);
        if (r.contains(*end) && img_.arch != XSC_ARCH_AARCH64) r.boundaries.push_back(*end);
      }
      return;
    }
    if (!is_code_symbol_type(sym.type) || img_.arch == XSC_ARCH_AARCH64) {
      if (sym.type == STT_FUNC || sym.type == STT_GNU_IFUNC)
        if (sym.size > 0) r.functions.emplace_back(sym.value, sym.value + sym.size);
      return;
    }
    r.boundaries.push_back(sym.value);
    if (sym.type != STT_NOTYPE && sym.size > 0) {
      auto end = checked_add(sym.value, sym.size);
      if (end) {
        r.functions.emplace_back(sym.value, *end);
        if (r.contains(*end)) r.boundaries.push_back(*end);
      }
    }
  }

  // Where to search a linked region: its executable sections, when section
  // headers exist and nothing (a function symbol, an unwind entry) claims
  // code outside them. Candidates elsewhere would be dropped as data anyway,
  // so skipping those bytes changes no verdict. Otherwise: the whole region.
  void set_search_spans(CodeRegion &r) const {
    uint64_t size = r.bytes.size();
    if (img_.sections.empty() || options_.distrust_sections) {
      r.search_spans.emplace_back(0, size);
      return;
    }
    std::vector<std::pair<uint64_t, uint64_t>> spans;
    for (const Section &s : img_.sections) {
      if (!(s.flags & SHF_ALLOC) || !(s.flags & SHF_EXECINSTR) || s.size == 0) continue;
      auto end = checked_add(s.addr, s.size);
      if (!end || *end <= r.addr || s.addr >= r.end()) continue;
      spans.emplace_back(std::max(s.addr, r.addr) - r.addr, std::min(*end, r.end()) - r.addr);
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<uint64_t, uint64_t>> merged;
    for (auto sp : spans) {
      if (!merged.empty() && sp.first <= merged.back().second)
        merged.back().second = std::max(merged.back().second, sp.second);
      else
        merged.push_back(sp);
    }
    // Gaps between the spans must hold no function start and no function.
    uint64_t at = 0;
    auto claims_code = [&](uint64_t lo, uint64_t hi) {
      if (lo >= hi) return false;
      auto fde = eh_hdr_.function_start_at_or_before(r.addr + hi - 1);
      if (fde && *fde >= r.addr + lo) return true;
      auto it = std::lower_bound(r.functions.begin(), r.functions.end(),
                                 std::make_pair(r.addr + hi, uint64_t{0}));
      return it != r.functions.begin() && (it - 1)->second > r.addr + lo;
    };
    for (auto sp : merged) {
      if (claims_code(at, sp.first)) {
        r.search_spans = {{0, size}};
        return;
      }
      at = sp.second;
    }
    if (claims_code(at, size)) {
      r.search_spans = {{0, size}};
      return;
    }
    r.search_spans = std::move(merged);
  }

  static void finish_region(CodeRegion &r) {
    std::sort(r.boundaries.begin(), r.boundaries.end());
    r.boundaries.erase(std::unique(r.boundaries.begin(), r.boundaries.end()), r.boundaries.end());
    std::sort(r.mapping.begin(), r.mapping.end());
    for (auto *ranges : {&r.functions, &r.objects}) {
      std::sort(ranges->begin(), ranges->end());
      // Make ends monotonic (a prefix maximum) for covering lookups.
      uint64_t max_end = 0;
      for (auto &f : *ranges) {
        max_end = std::max(max_end, f.second);
        f.second = max_end;
      }
    }
  }

  // A known boundary this close makes the CFI row lookup not worth its cost.
  static constexpr uint64_t kCloseBoundary = 1024;

  // libdw's CFI lookup is the slow source: ask it only for code evidence that
  // nothing else gives, or for a boundary when nothing else is close.
  bool needs_cfi(const CodeRegion &r, uint64_t a, const AddressFacts &facts) const {
    if (!r.linked) return false;
    bool no_mapping_evidence = img_.arch == XSC_ARCH_AARCH64 && r.mapping.empty();
    if (!facts.in_function && (facts.not_code_by_sections || no_mapping_evidence)) {
      // Only an FDE could say "code" here. With the .eh_frame_hdr table at
      // hand, one can cover `a` only if the nearest function start before it
      // lies in the same section (or sections say nothing).
      if (eh_hdr_empty_ || img_.sections.empty()) return true;
      if (!facts.fde_start) return false;
      return img_.section_at(*facts.fde_start) == img_.section_at(a);
    }
    // For boundaries, .eh_frame_hdr's function starts are enough; libdw's
    // first lookup parses every FDE of the image, which costs more than
    // decoding from the function start. Without the table (static links),
    // libdw is the only unwind source.
    if (img_.arch == XSC_ARCH_AARCH64 || !eh_hdr_empty_) return false;
    auto b = r.boundary_at_or_before(a);
    return !b || a - *b > kCloseBoundary;
  }

  static bool covered(const std::vector<std::pair<uint64_t, uint64_t>> &ranges, uint64_t a) {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), std::make_pair(a, UINT64_MAX));
    return it != ranges.begin() && (it - 1)->second > a;
  }

  static bool in_function(const CodeRegion &r, uint64_t a) { return covered(r.functions, a); }

  // For linked images with section headers: why the headers say `a` is not
  // code, or nullopt when they say it is (or say nothing).
  std::optional<std::string> not_code_by_sections(uint64_t a) const {
    if (img_.sections.empty()) return std::nullopt;
    const Section *s = img_.section_at(a);
    if (!s) return std::string("no section covers it");
    if (!(s->flags & SHF_EXECINSTR))
      return "it lies in non-executable section '" + s->name + "' of an executable segment";
    return std::nullopt;
  }

  void build_names() {
    for (const Symbol &sym : img_.symbols) {
      if (sym.name[0] == '\0' || sym.name[0] == '$' || (sym.name[0] == '.' && sym.name[1] == 'L'))
        continue;
      if (sym.type != STT_FUNC && sym.type != STT_GNU_IFUNC && sym.type != STT_NOTYPE &&
          sym.type != STT_OBJECT)
        continue;
      names_.push_back(NamedSymbol{sym.value, sym.size, sym.shndx,
                                   sym.type == STT_FUNC || sym.type == STT_GNU_IFUNC, sym.name});
    }
    std::sort(names_.begin(), names_.end(), [](const NamedSymbol &x, const NamedSymbol &y) {
      return std::tie(x.value, y.func, x.size) < std::tie(y.value, x.func, y.size);
    });
  }

  // The symbol naming `a`: the innermost sized symbol covering it, else the
  // nearest unsized symbol before it. `shndx` restricts to one section (.o).
  const NamedSymbol *symbol_for(uint64_t a, std::optional<uint16_t> shndx) const {
    auto it = std::upper_bound(names_.begin(), names_.end(), a,
                               [](uint64_t v, const NamedSymbol &s) { return v < s.value; });
    const NamedSymbol *unsized = nullptr;
    for (auto i = it; i != names_.begin();) {
      --i;
      if (shndx && i->shndx != *shndx) continue;
      if (i->size > 0 && a - i->value < i->size) return &*i;
      if (i->size == 0 && !unsized) unsized = &*i;
      if (a - i->value > (1u << 20)) break;  // bound the walk back
    }
    return unsized;
  }

  void add_finding(const CodeRegion &region, const Verdict &v) {
    Finding f;
    f.kind = v.trap_kind;
    f.address = v.insn_addr;
    f.offset = region.file_offset + (v.insn_addr - region.addr);
    f.mnemonic = v.mnemonic;
    const Section *sec = nullptr;
    std::optional<uint16_t> shndx;
    size_t ri = static_cast<size_t>(&region - regions_.data());
    if (region_sections_[ri]) {
      sec = region_sections_[ri];
      shndx = static_cast<uint16_t>(sec->index);
    } else {
      sec = img_.section_at(v.insn_addr);
    }
    if (sec) {
      f.section = sec->name;
      f.section_offset = v.insn_addr - sec->addr;
    }
    if (names_.empty() && !img_.symbols.empty()) build_names();  // first finding only
    if (const NamedSymbol *s = symbol_for(v.insn_addr, shndx)) {
      f.symbol = std::string(s->name);
      f.symbol_offset = v.insn_addr - s->value;
    }
    if (v.kind == Verdict::uncertain) {
      f.uncertain = true;
      f.reason = v.reason;
    } else if (options_.honour_allow && sec && is_allow_trap_section(*sec, region)) {
      f.allowed = true;
    }
    report_.findings.push_back(std::move(f));
  }

  // The allow-trap section counts only when it is executable code and, in a
  // linked image, mapped by the segment at the offset the header claims.
  bool is_allow_trap_section(const Section &s, const CodeRegion &region) const {
    if (s.name != kAllowTrapSection || !(s.flags & SHF_EXECINSTR) || s.type != SHT_PROGBITS)
      return false;
    if (!region.linked) return true;
    return region.contains(s.addr) && s.offset - region.file_offset == s.addr - region.addr;
  }

  const ElfImage &img_;
  const ScanOptions &options_;
  ImageReport &report_;
  std::vector<CodeRegion> regions_;
  std::vector<const Section *> region_sections_;  // parallel to regions_; null when linked
  std::vector<NamedSymbol> names_;
  EhFrameHdrTable eh_hdr_;
  bool eh_hdr_empty_ = true;
};

}  // namespace

ImageReport scan_image(Elf *elf, const std::string &path, std::optional<std::string> member,
                       const ScanOptions &options) {
  ImageReport report;
  report.path = path;
  report.member = std::move(member);
  std::optional<Unsupported> unsupported;
  Expected<ElfImage> img = read_elf_image(elf, &unsupported);
  if (!img) {
    report.status = FileStatus::error;
    report.error = img.error().message;
    return report;
  }
  if (unsupported) {
    report.status = FileStatus::unsupported;
    report.error = unsupported->why;
    return report;
  }
  report.arch = img->arch;
  report.type = img->type;
  for (const std::string &p : img->problems) {
    report.status = FileStatus::error;
    report.error = report.error ? *report.error + "; " + p : p;
  }
  ImageScanner(*img, options, report).run();
  return report;
}

}  // namespace xsc
