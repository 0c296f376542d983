// SPDX-License-Identifier: Apache-2.0
// Run-time CPU feature checks for the SIMD paths (the scanner is built for
// baseline x86-64 and picks AVX2 code only when the CPU has it).
#pragma once

namespace xsc {

inline bool cpu_has_avx2() {
#if defined(__x86_64__)
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
#else
  return false;
#endif
}

}  // namespace xsc
