// SPDX-License-Identifier: Apache-2.0
// The direct-branch sweep. Encodings (Intel SDM vol. 2): EB rel8 (jmp),
// 70-7F rel8 (jcc), E0-E3 rel8 (loopne/loope/loop/jcxz), E8 rel32 (call),
// E9 rel32 (jmp), 0F 80-8F rel32 (jcc). The target is the address after the
// instruction plus the sign-extended displacement. rel32 sources can be
// anywhere, so the whole range is swept for them, with a one-bit-per-slot
// filter in front of the exact set; rel8 sources lie within 129 bytes before
// or 126 after their target and are looked for there only.
#include "x86_branch_sweep.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "../cpu_features.h"

namespace xsc {
namespace {

constexpr unsigned kFilterBits = 20;

bool is_rel8_opcode(uint8_t b) { return b == 0xeb || (b >= 0x70 && b <= 0x7f) || (b >= 0xe0 && b <= 0xe3); }

int32_t load_rel32(const uint8_t *q) {
  return static_cast<int32_t>(static_cast<uint32_t>(q[0]) | static_cast<uint32_t>(q[1]) << 8 |
                              static_cast<uint32_t>(q[2]) << 16 | static_cast<uint32_t>(q[3]) << 24);
}

#if defined(__x86_64__)
// Calls f(i) for every i where p[i] is E8, E9, or 0F followed by 8x; returns
// where the scalar tail must continue.
template <typename F>
__attribute__((target("avx2"))) size_t find_rel32_opcodes_avx2(const uint8_t *p, size_t n, F &&f) {
  const __m256i e8 = _mm256_set1_epi8(static_cast<char>(0xe8));
  const __m256i e9 = _mm256_set1_epi8(static_cast<char>(0xe9));
  const __m256i of = _mm256_set1_epi8(0x0f);
  const __m256i hi = _mm256_set1_epi8(static_cast<char>(0xf0));
  const __m256i x80 = _mm256_set1_epi8(static_cast<char>(0x80));
  size_t i = 0;
  for (; i + 33 <= n; i += 32) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i));
    __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i + 1));
    __m256i m = _mm256_or_si256(_mm256_cmpeq_epi8(a, e8), _mm256_cmpeq_epi8(a, e9));
    m = _mm256_or_si256(m, _mm256_and_si256(_mm256_cmpeq_epi8(a, of),
                                            _mm256_cmpeq_epi8(_mm256_and_si256(b, hi), x80)));
    unsigned mask = static_cast<unsigned>(_mm256_movemask_epi8(m));
    while (mask) {
      f(i + static_cast<unsigned>(__builtin_ctz(mask)));
      mask &= mask - 1;
    }
  }
  return i;
}
#endif

}  // namespace

void sweep_x86_branches_to(ByteView bytes, uint64_t base, const std::unordered_set<uint64_t> &targets,
                           std::vector<BranchSite> &out) {
  if (targets.empty()) return;
  const uint8_t *p = bytes.data();
  size_t n = bytes.size();
  std::vector<uint64_t> filter((size_t{1} << kFilterBits) / 64);
  auto slot = [](uint64_t t) { return static_cast<size_t>(t & ((uint64_t{1} << kFilterBits) - 1)); };
  for (uint64_t t : targets) filter[slot(t) / 64] |= uint64_t{1} << (slot(t) % 64);
  auto check = [&](size_t at, size_t len, int64_t rel) {
    uint64_t target = base + at + len + static_cast<uint64_t>(rel);
    size_t s = slot(target);
    if ((filter[s / 64] >> (s % 64) & 1) && targets.count(target))
      out.push_back(BranchSite{base + at, target});
  };

  // rel32: E8, E9, 0F 80-8F, anywhere.
  auto at_opcode = [&](size_t i) {
    uint8_t b = p[i];
    if ((b == 0xe8 || b == 0xe9) && i + 5 <= n)
      check(i, 5, load_rel32(p + i + 1));
    else if (b == 0x0f && i + 6 <= n && (p[i + 1] & 0xf0) == 0x80)
      check(i, 6, load_rel32(p + i + 2));
  };
  size_t i = 0;
#if defined(__x86_64__)
  if (cpu_has_avx2()) i = find_rel32_opcodes_avx2(p, n, at_opcode);
#endif
  for (; i < n; i++) at_opcode(i);

  // rel8: only near each target.
  for (uint64_t t : targets) {
    if (t < base || t - base > n) continue;
    size_t at = static_cast<size_t>(t - base);
    size_t from = at > 129 ? at - 129 : 0;
    size_t to = std::min(n >= 2 ? n - 2 : 0, at + 126);
    for (size_t i = from; i <= to && i + 2 <= n; i++)
      if (is_rel8_opcode(p[i]) && i + 2 + static_cast<int8_t>(p[i + 1]) == at)
        out.push_back(BranchSite{base + i, t});
  }
  std::sort(out.begin(), out.end(), [](const BranchSite &x, const BranchSite &y) {
    return x.source != y.source ? x.source < y.source : x.target < y.target;
  });
}

}  // namespace xsc
