// SPDX-License-Identifier: Apache-2.0
// Picks the verifier for an architecture.
#include "verifier.h"

namespace xsc {

std::unique_ptr<Verifier> make_verifier(xsc_arch arch) {
  switch (arch) {
    case XSC_ARCH_X86_64:
    case XSC_ARCH_I386: return make_x86_verifier(arch);
    case XSC_ARCH_AARCH64: return make_aarch64_verifier();
    default: return nullptr;
  }
}

}  // namespace xsc
