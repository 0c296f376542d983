// SPDX-License-Identifier: Apache-2.0
// x86-64 and i386 verification. A candidate is a real trap when decoding from
// the nearest known instruction boundary at or before it reaches an instruction
// that is a trap and ends with the candidate's bytes. A candidate inside a
// longer instruction (an immediate, a displacement) is dropped. Decoding resumes
// from where the previous candidate's decode stopped when both share the same
// boundary, so a region is decoded at most once from each boundary.
#include <algorithm>

#include "../expected.h"
#include "capstone_handle.h"
#include "verifier.h"

namespace xsc {
namespace {

class X86Verifier final : public Verifier {
 public:
  explicit X86Verifier(xsc_arch arch)
      : arch_(arch), cs_(CS_ARCH_X86, arch == XSC_ARCH_I386 ? CS_MODE_32 : CS_MODE_64) {
    traps_ = xsc_traps_for_arch(arch, &ntraps_);
  }
  bool ok() const { return cs_.ok(); }

  void begin_region(const CodeRegion &region) override {
    region_ = &region;
    cursor_valid_ = false;
  }

  Verdict verify(uint64_t a, const AddressFacts &facts) override {
    const CodeRegion &r = *region_;
    // The nearest known boundary: symbols, section starts and the entry point
    // from the region's table, or the start of the CFI row holding `a`.
    uint64_t b = r.addr;
    auto it = std::upper_bound(r.boundaries.begin(), r.boundaries.end(), a);
    if (it != r.boundaries.begin()) b = *(it - 1);
    if (facts.cfi_row && facts.cfi_row->first <= a && facts.cfi_row->first > b &&
        r.contains(facts.cfi_row->first))
      b = facts.cfi_row->first;

    uint64_t pos = b;
    bool desync = false;
    if (cursor_valid_ && cursor_boundary_ == b && cursor_pos_ <= a) {
      pos = cursor_pos_;
      desync = cursor_desync_;
    }

    Verdict v;
    const uint8_t *base = r.bytes.data();
    for (;;) {
      if (pos > a) {
        // The candidate's own bytes did not decode (cannot happen for the
        // table's encodings, but the decoder is not ours to assume).
        v.kind = Verdict::uncertain;
        v.insn_addr = a;
        match_kind(a, v);
        v.reason = "the decoder rejects the instruction at it";
        return v;
      }
      uint64_t off = pos - r.addr;
      if (!cs_.decode(base + off, r.bytes.size() - off, pos)) {
        // Undecodable byte: step over it, as objdump does, and remember that
        // the boundary knowledge is now in doubt.
        desync = true;
        pos += 1;
        continue;
      }
      const cs_insn &insn = cs_.insn();
      uint64_t next = pos + insn.size;
      if (next <= a) {
        pos = next;
        continue;
      }
      // `insn` covers the candidate.
      cursor_valid_ = true;
      cursor_boundary_ = b;
      cursor_pos_ = pos;
      cursor_desync_ = desync;
      classify(insn, a, next, v);
      break;
    }

    if (v.kind == Verdict::trap) {
      if (facts.not_code_by_sections && !facts.in_function && !facts.cfi_row) {
        v.kind = Verdict::uncertain;
        v.reason = *facts.not_code_by_sections + ", and no symbol or unwind entry marks it as code";
      } else if (desync) {
        v.kind = Verdict::uncertain;
        v.reason = "bytes between the nearest instruction boundary (" + hex(b) +
                   ") and it do not decode";
      }
    } else if (desync && !(facts.not_code_by_sections && !facts.in_function && !facts.cfi_row)) {
      // The decode that says "inside another instruction" passed undecodable
      // bytes, so it may have lost the instruction stream.
      v.kind = Verdict::uncertain;
      v.insn_addr = a;
      match_kind(a, v);
      v.reason = "bytes between the nearest instruction boundary (" + hex(b) +
                 ") and it do not decode, so the decode may have lost the instruction stream";
    }
    return v;
  }

 private:
  // Fills v.trap_kind and v.mnemonic from the bytes at `a`.
  void match_kind(uint64_t a, Verdict &v) const {
    const CodeRegion &r = *region_;
    uint64_t off = a - r.addr;
    xsc_trap_kind kind;
    if (xsc_trap_match(arch_, r.bytes.data() + off, r.bytes.size() - off, &kind)) {
      v.trap_kind = kind;
      for (size_t i = 0; i < ntraps_; i++)
        if (traps_[i].kind == kind) v.mnemonic = traps_[i].display;
    }
  }

  void classify(const cs_insn &insn, uint64_t a, uint64_t next, Verdict &v) const {
    for (size_t i = 0; i < ntraps_; i++) {
      const xsc_trap &t = traps_[i];
      if (insn.id != t.capstone_id || a + t.length != next) continue;
      // The encoding must be the instruction's tail (prefixes may precede it).
      const uint8_t *tail = insn.bytes + insn.size - t.length;
      bool match = true;
      for (unsigned k = 0; k < t.length; k++)
        if ((tail[k] & t.mask[k]) != t.bytes[k]) match = false;
      if (!match) continue;
      v.kind = Verdict::trap;
      v.trap_kind = t.kind;
      v.insn_addr = insn.address;
      v.mnemonic = t.display;
      return;
    }
    v.kind = Verdict::not_trap;
  }

  xsc_arch arch_;
  CapstoneHandle cs_;
  const xsc_trap *traps_ = nullptr;
  size_t ntraps_ = 0;
  const CodeRegion *region_ = nullptr;
  bool cursor_valid_ = false;
  uint64_t cursor_boundary_ = 0, cursor_pos_ = 0;
  bool cursor_desync_ = false;
};

}  // namespace

std::unique_ptr<Verifier> make_x86_verifier(xsc_arch arch) {
  auto v = std::make_unique<X86Verifier>(arch);
  if (!v->ok()) return nullptr;
  return v;
}

}  // namespace xsc
