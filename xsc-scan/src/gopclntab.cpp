// SPDX-License-Identifier: Apache-2.0
// Reads the function table of .gopclntab in its four layouts: Go 1.2-1.15
// (magic 0xfffffffb), 1.16-1.17 (0xfffffffa), 1.18-1.19 (0xfffffff0) and 1.20+
// (0xfffffff1). Entries that are not ascending end the table: a forged table
// yields fewer boundaries, never an out-of-range read.
#include "gopclntab.h"

namespace xsc {
namespace {

constexpr uint64_t kMaxFuncs = 1u << 24;

std::optional<uint64_t> load_ptr(const ByteView &v, uint64_t off, unsigned ptr_size) {
  if (ptr_size == 8) return v.load_le<uint64_t>(off);
  auto x = v.load_le<uint32_t>(off);
  if (!x) return std::nullopt;
  return *x;
}

}  // namespace

std::vector<uint64_t> go_function_starts(const ElfImage &img) {
  std::vector<uint64_t> out;
  const Section *tab = nullptr;
  for (const Section &s : img.sections)
    if (s.name == ".gopclntab" && s.in_file()) tab = &s;
  if (!tab) return out;
  auto view = img.raw.slice(tab->offset, tab->size);
  if (!view) return out;
  auto magic = view->load_le<uint32_t>(0);
  auto min_lc = view->load_le<uint8_t>(6);
  auto ptr_size = view->load_le<uint8_t>(7);
  if (!magic || !min_lc || !ptr_size || (*ptr_size != 4 && *ptr_size != 8)) return out;
  unsigned ps = *ptr_size;
  auto nfunc = load_ptr(*view, 8, ps);
  if (!nfunc || *nfunc > kMaxFuncs) return out;

  uint64_t table = 0, entry_size = 0, text_start = 0;
  bool offsets32 = false;
  switch (*magic) {
    case 0xfffffff0:
    case 0xfffffff1: {  // Go 1.18+: nfunc, nfiles, textStart, 5 offsets
      auto ts = load_ptr(*view, 8 + 2 * ps, ps);
      auto pcln = load_ptr(*view, 8 + 7 * ps, ps);
      if (!ts || !pcln) return out;
      text_start = *ts;
      table = *pcln;
      entry_size = 8;
      offsets32 = true;
      break;
    }
    case 0xfffffffa: {  // Go 1.16-1.17: nfunc, nfiles, 5 offsets
      auto pcln = load_ptr(*view, 8 + 6 * ps, ps);
      if (!pcln) return out;
      table = *pcln;
      entry_size = 2 * ps;
      break;
    }
    case 0xfffffffb:  // Go 1.2-1.15: nfunc, then the table
      table = 8 + ps;
      entry_size = 2 * ps;
      break;
    default:
      return out;
  }
  uint64_t prev = 0;
  for (uint64_t i = 0; i < *nfunc; i++) {
    auto off = checked_add(table, i * entry_size);
    if (!off) break;
    std::optional<uint64_t> entry;
    if (offsets32) {
      auto e = view->load_le<uint32_t>(*off);
      if (e) entry = checked_add(text_start, *e);
    } else {
      entry = load_ptr(*view, *off, ps);
    }
    if (!entry || *entry < prev) break;
    out.push_back(*entry);
    prev = *entry;
  }
  return out;
}

}  // namespace xsc
