// SPDX-License-Identifier: Apache-2.0
// The per-arch verification interface: given a candidate address inside a code
// region, decide with Capstone whether a real trap instruction is there. One
// implementation per arch, in arch/<arch>.cpp; nothing else knows arch details.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "../code_region.h"

namespace xsc {

class Verifier {
 public:
  virtual ~Verifier() = default;
  // Called before the candidates of a region, which then come in ascending order.
  virtual void begin_region(const CodeRegion &region) = 0;
  virtual Verdict verify(uint64_t candidate, const AddressFacts &facts) = 0;
  // After the region's last candidate: re-checks the candidates that verify()
  // found inside another instruction against direct branches, from anywhere
  // in the region, that land inside that instruction (anti-disassembly).
  // `boundary_before(s)` gives the nearest known instruction boundary <= s.
  // Returns the verdicts (trap or uncertain) of candidates found to be real.
  // True when decoding from `from` reaches an instruction starting at `a`
  // without passing a return, an unconditional jump, a trap-to-debugger or
  // padding: code that falls through from `from` into `a`.
  virtual bool falls_through(uint64_t from, uint64_t a) {
    (void)from;
    (void)a;
    return true;
  }
  virtual std::vector<Verdict> branch_pass(
      const std::function<uint64_t(uint64_t)> &boundary_before) {
    (void)boundary_before;
    return {};
  }
};

// Returns a verifier for `arch`, or nullptr when Capstone cannot be opened for it.
std::unique_ptr<Verifier> make_x86_verifier(xsc_arch arch);
std::unique_ptr<Verifier> make_aarch64_verifier();
std::unique_ptr<Verifier> make_verifier(xsc_arch arch);

}  // namespace xsc
