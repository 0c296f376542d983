// SPDX-License-Identifier: Apache-2.0
// aarch64 verification. Instructions are 4-byte words at 4-byte alignment, so
// every aligned word is an instruction boundary and the only question is code
// versus data: `$d` mapping symbols mark data (literal pools, jump tables),
// `$x` marks code. Without mapping symbols, a sized function symbol or an
// unwind entry says "code". Capstone cross-checks every match.
#include <algorithm>
#include <cstdio>

#include "capstone_handle.h"
#include "verifier.h"

namespace xsc {
namespace {

class Aarch64Verifier final : public Verifier {
 public:
  Aarch64Verifier() : cs_(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN) {
    size_t n = 0;
    const xsc_trap *t = xsc_traps_for_arch(XSC_ARCH_AARCH64, &n);
    if (t && n > 0) svc_ = t;
  }
  bool ok() const { return cs_.ok() && svc_; }

  void begin_region(const CodeRegion &region) override { region_ = &region; }

  Verdict verify(uint64_t a, const AddressFacts &facts) override {
    const CodeRegion &r = *region_;
    Verdict v;
    v.insn_addr = a;
    v.trap_kind = svc_->kind;
    uint64_t off = a - r.addr;
    if ((a & 3) != 0 || off + 4 > r.bytes.size()) return v;  // not_trap

    bool code_by_mapping = false;
    if (!r.mapping.empty()) {
      auto it = std::upper_bound(r.mapping.begin(), r.mapping.end(), std::make_pair(a, '\x7f'));
      if (it != r.mapping.begin()) {
        if ((it - 1)->second == 'd') return v;  // data in code: not an instruction
        code_by_mapping = true;
      }
    }

    const uint8_t *p = r.bytes.data() + off;
    uint32_t word = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 |
                    static_cast<uint32_t>(p[2]) << 16 | static_cast<uint32_t>(p[3]) << 24;
    char text[32];
    std::snprintf(text, sizeof text, "svc #0x%x", (word >> 5) & 0xffff);
    v.mnemonic = text;

    if (!cs_.decode(p, 4, a) || cs_.insn().id != svc_->capstone_id) {
      v.kind = Verdict::uncertain;
      v.reason = "the trap table and the decoder disagree about this word";
      return v;
    }
    bool code_evidence = code_by_mapping || facts.in_function || facts.cfi_row.has_value();
    if (facts.not_code_by_sections && !code_evidence) {
      v.kind = Verdict::uncertain;
      v.reason = *facts.not_code_by_sections + ", and no symbol or unwind entry marks it as code";
      return v;
    }
    if (r.linked && !code_evidence && r.mapping.empty()) {
      v.kind = Verdict::uncertain;
      v.reason = "no mapping symbol, function symbol or unwind entry tells code from data here";
      return v;
    }
    v.kind = Verdict::trap;
    return v;
  }

 private:
  CapstoneHandle cs_;
  const xsc_trap *svc_ = nullptr;
  const CodeRegion *region_ = nullptr;
};

}  // namespace

std::unique_ptr<Verifier> make_aarch64_verifier() {
  auto v = std::make_unique<Aarch64Verifier>();
  if (!v->ok()) return nullptr;
  return v;
}

}  // namespace xsc
