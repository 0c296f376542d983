// SPDX-License-Identifier: Apache-2.0
// Candidate search driven by the trap table. Two encodings shapes exist: exact
// byte pairs at any alignment (x86) and masked 32-bit words at 4-byte alignment
// (aarch64). On x86-64 hosts pairs use AVX2 when the CPU has it, else SSE2:
// two unaligned loads and one compare per table row per 32 (16) bytes.
#include "candidates.h"

#include "cpu_features.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace xsc {
namespace {

struct Pair {
  uint8_t first, second;
};

#if defined(__x86_64__)
// Returns the offset the scalar tail must continue from.
__attribute__((target("avx2"))) size_t find_pairs_avx2(const Pair *pairs, size_t npairs,
                                                       const uint8_t *p, size_t n,
                                                       std::vector<uint64_t> &out) {
  __m256i first[4], second[4];
  for (size_t k = 0; k < npairs; k++) {
    first[k] = _mm256_set1_epi8(static_cast<char>(pairs[k].first));
    second[k] = _mm256_set1_epi8(static_cast<char>(pairs[k].second));
  }
  size_t i = 0;
  // Needs p[i .. i+32] readable: 33 bytes.
  for (; i + 33 <= n; i += 32) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i));
    __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i + 1));
    __m256i m = _mm256_setzero_si256();
    for (size_t k = 0; k < npairs; k++)
      m = _mm256_or_si256(m, _mm256_and_si256(_mm256_cmpeq_epi8(a, first[k]),
                                              _mm256_cmpeq_epi8(b, second[k])));
    unsigned mask = static_cast<unsigned>(_mm256_movemask_epi8(m));
    while (mask) {
      out.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
      mask &= mask - 1;
    }
  }
  return i;
}

#endif

void find_pairs(SearchImpl impl, const Pair *pairs, size_t npairs, ByteView bytes,
                std::vector<uint64_t> &out) {
  const uint8_t *p = bytes.data();
  size_t n = bytes.size();
  size_t i = 0;
#if defined(__x86_64__)
  if (npairs > 4 || impl == SearchImpl::scalar) {
    // scalar loop below
  } else if (impl == SearchImpl::best && cpu_has_avx2()) {
    i = find_pairs_avx2(pairs, npairs, p, n, out);
  } else {
    __m128i first[4], second[4];
    for (size_t k = 0; k < npairs; k++) {
      first[k] = _mm_set1_epi8(static_cast<char>(pairs[k].first));
      second[k] = _mm_set1_epi8(static_cast<char>(pairs[k].second));
    }
    // Needs p[i .. i+16] readable: 17 bytes.
    for (; i + 17 <= n; i += 16) {
      __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 1));
      __m128i m = _mm_setzero_si128();
      for (size_t k = 0; k < npairs; k++)
        m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(a, first[k]),
                                          _mm_cmpeq_epi8(b, second[k])));
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(m));
      while (mask) {
        out.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
        mask &= mask - 1;
      }
    }
  }
#endif
  for (; i + 1 < n; i++)
    for (size_t k = 0; k < npairs; k++)
      if (p[i] == pairs[k].first && p[i + 1] == pairs[k].second) {
        out.push_back(i);
        break;
      }
}

void find_words(const xsc_trap *traps, size_t ntraps, ByteView bytes, uint64_t base_addr,
                std::vector<uint64_t> &out) {
  const uint8_t *p = bytes.data();
  size_t n = bytes.size();
  size_t start = static_cast<size_t>((4 - (base_addr & 3)) & 3);
  size_t first = out.size();
  for (size_t k = 0; k < ntraps; k++) {
    uint32_t want = 0, mask = 0;
    for (int b = 0; b < 4; b++) {
      want |= static_cast<uint32_t>(traps[k].bytes[b]) << (8 * b);
      mask |= static_cast<uint32_t>(traps[k].mask[b]) << (8 * b);
    }
    for (size_t i = start; i + 4 <= n; i += 4) {
      uint32_t w = static_cast<uint32_t>(p[i]) | static_cast<uint32_t>(p[i + 1]) << 8 |
                   static_cast<uint32_t>(p[i + 2]) << 16 | static_cast<uint32_t>(p[i + 3]) << 24;
      if ((w & mask) == want) out.push_back(i);
    }
  }
  if (ntraps > 1) {
    auto from = out.begin() + static_cast<std::ptrdiff_t>(first);
    std::sort(from, out.end());
    out.erase(std::unique(from, out.end()), out.end());
  }
}

}  // namespace

void find_trap_candidates(xsc_arch arch, ByteView bytes, uint64_t base_addr,
                          std::vector<uint64_t> &out) {
  find_trap_candidates_with(SearchImpl::best, arch, bytes, base_addr, out);
}

void find_trap_candidates_with(SearchImpl impl, xsc_arch arch, ByteView bytes, uint64_t base_addr,
                               std::vector<uint64_t> &out) {
  size_t count = 0;
  const xsc_trap *traps = xsc_traps_for_arch(arch, &count);
  if (!traps || count == 0) return;
  if (traps[0].length == 4 && traps[0].alignment == 4) {
    find_words(traps, count, bytes, base_addr, out);
    return;
  }
  Pair pairs[8];
  size_t npairs = 0;
  for (size_t k = 0; k < count && npairs < 8; k++)
    if (traps[k].length == 2) pairs[npairs++] = Pair{traps[k].bytes[0], traps[k].bytes[1]};
  find_pairs(impl, pairs, npairs, bytes, out);
}

}  // namespace xsc
