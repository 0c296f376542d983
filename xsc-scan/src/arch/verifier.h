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
  // True when execution flows from the function [start, end) into an
  // instruction at `a`: the function does not end in a return, jump or halt
  // and decoding on from `end` reaches `a` without one or padding, or one of
  // its direct branches lands between `end` and `a` and decoding from there
  // reaches `a` the same way.
  virtual bool falls_through(uint64_t start, uint64_t end, uint64_t a) {
    (void)start;
    (void)end;
    (void)a;
    return true;
  }
  // Called once per image, before its first region.
  virtual void begin_image() {}
  // After the image's last region: re-checks the candidates that verify()
  // found inside another instruction against direct branches, from any
  // region of the image, that land inside that instruction (anti-
  // disassembly). `boundary_before(region, s)` gives the nearest known
  // instruction boundary <= s; `done_with(region, lo, hi)` is told when
  // region offsets [lo, hi) have been swept. Returns the verdicts (trap or
  // uncertain) of the candidates found to be real, with their regions.
  virtual std::vector<std::pair<const CodeRegion *, Verdict>> branch_pass(
      const std::vector<CodeRegion> &regions,
      const std::function<uint64_t(const CodeRegion &, uint64_t)> &boundary_before,
      const std::function<void(const CodeRegion &, uint64_t, uint64_t)> &done_with) {
    (void)regions;
    (void)boundary_before;
    (void)done_with;
    return {};
  }
};

// Returns a verifier for `arch`, or nullptr when Capstone cannot be opened for it.
std::unique_ptr<Verifier> make_x86_verifier(xsc_arch arch);
std::unique_ptr<Verifier> make_aarch64_verifier();
std::unique_ptr<Verifier> make_verifier(xsc_arch arch);

}  // namespace xsc
