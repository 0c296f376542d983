// SPDX-License-Identifier: Apache-2.0
// x86-64 and i386 verification. A candidate is a real trap when decoding from
// the nearest known instruction boundary at or before it reaches an instruction
// that is a trap and ends with the candidate's bytes. A candidate inside a
// longer instruction (an immediate, a displacement) is dropped. Decoding resumes
// from where the previous candidate's decode stopped when both share the same
// boundary, so a region is decoded at most once from each boundary.
//
// Bytes that do not decode (data in code) break the chain of known boundaries.
// The decode then steps over one byte, as objdump does, and the verdict stands
// only if it does not depend on where the instruction stream really resumes:
// decodes started at each of the 15 bytes after the bad one must merge with
// the main decode before the candidate, or reach the same verdict.
//
// Direct branch targets met on the way are instruction boundaries too. One
// that lands inside an instruction of the main decode (anti-disassembly: a
// jump into an immediate) starts a second decode; if that one reaches a trap
// at the candidate, the trap is real.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "../expected.h"
#include "capstone_handle.h"
#include "verifier.h"
#include "x86_branch_sweep.h"

namespace xsc {
namespace {

constexpr unsigned kMaxInsnLength = 15;
// How far before a candidate the window decode starts (see window_cover).
constexpr uint64_t kWindowBack = 64;
// Main-stream instruction starts remembered after an undecodable byte; an
// alternative decode that has not merged within them is ambiguous.
constexpr size_t kMergeWindow = 256;
// Branch targets further than this before the candidate are not followed.
constexpr uint64_t kMaxTargetDistance = 1u << 16;
// The branch sweep reads the region in windows this large.
constexpr uint64_t kSweepWindow = uint64_t{8} << 20;

// The target of a direct (relative) jump, call or loop, from Capstone's
// operand text ("0x401005"); nullopt for indirect and other instructions.
std::optional<uint64_t> direct_branch_target(const cs_insn &insn) {
  switch (insn.id) {
    case X86_INS_JMP: case X86_INS_CALL: case X86_INS_JAE: case X86_INS_JA:
    case X86_INS_JBE: case X86_INS_JB: case X86_INS_JCXZ: case X86_INS_JECXZ:
    case X86_INS_JE: case X86_INS_JGE: case X86_INS_JG: case X86_INS_JLE:
    case X86_INS_JL: case X86_INS_JNE: case X86_INS_JNO: case X86_INS_JNP:
    case X86_INS_JNS: case X86_INS_JO: case X86_INS_JP: case X86_INS_JRCXZ:
    case X86_INS_JS: case X86_INS_LOOP: case X86_INS_LOOPE: case X86_INS_LOOPNE:
      break;
    default:
      return std::nullopt;
  }
  if (std::strncmp(insn.op_str, "0x", 2) != 0) return std::nullopt;
  char *end = nullptr;
  unsigned long long v = std::strtoull(insn.op_str + 2, &end, 16);
  if (end == insn.op_str + 2 || *end != '\0') return std::nullopt;
  return v;
}

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

  void begin_image() override { hidden_.clear(); }

  Verdict verify(uint64_t a, const AddressFacts &facts) override {
    const CodeRegion &r = *region_;
    // The nearest known boundary: symbols, section starts and the entry point
    // from the region's table, the function start from .eh_frame_hdr, or the
    // start of the CFI row holding `a`.
    uint64_t b = r.boundary_at_or_before(a).value_or(r.addr);
    for (auto other : {facts.fde_start, facts.cfi_row ? std::optional<uint64_t>(facts.cfi_row->first)
                                                       : std::nullopt})
      if (other && *other <= a && *other > b && r.contains(*other)) b = *other;

    // Far from the boundary, decode only a window before `a`: a code stream
    // has an instruction start in any kMaxInsnLength consecutive bytes, so
    // when every decode started in the window's first kMaxInsnLength bytes
    // puts the same instruction over `a`, so does the stream from `b`.
    if (a - b > kWindowBack + kMaxInsnLength) {
      if (auto cover = window_cover(a)) {
        Verdict v;
        classify(*cover, a, v);
        if (v.kind == Verdict::not_trap && *cover < a) hidden_.push_back(Hidden{&r, a, *cover});
        distrusted_data(facts, v);
        return v;
      }
    }

    if (!(cursor_valid_ && cursor_boundary_ == b && cursor_pos_ <= a)) {
      cursor_valid_ = true;
      cursor_boundary_ = b;
      cursor_pos_ = b;
      desync_ = false;
      since_bad_.clear();
      targets_.clear();
    }

    Verdict v;
    uint64_t start = 0;
    if (!decode_to(a, cursor_pos_, start)) {
      // The candidate's own bytes did not decode (cannot happen for the
      // table's encodings, but the decoder is not ours to assume).
      v.kind = Verdict::uncertain;
      v.insn_addr = a;
      match_kind(a, v);
      v.reason = "the decoder rejects the instruction at it";
      return v;
    }
    cursor_pos_ = start;
    classify(start, a, v);
    // A direct branch seen on the way that lands inside the covering
    // instruction starts a decode of its own; a trap it reaches is real.
    if (v.kind != Verdict::trap) {
      Verdict alt;
      if (auto t = branch_into(a, start);
          t && a - *t <= kMaxTargetDistance && decode_from(*t, a, alt) && alt.kind == Verdict::trap)
        v = alt;
    }
    if (v.kind == Verdict::not_trap && start < a) hidden_.push_back(Hidden{&r, a, start});

    if (distrusted_data(facts, v)) return v;
    if (desync_ && !converges(a, start)) {
      bool was_trap = v.kind == Verdict::trap;
      v.kind = Verdict::uncertain;
      if (!was_trap) {
        v.insn_addr = a;
        match_kind(a, v);
      }
      v.reason = "undecodable bytes at " + hex(last_bad_) +
                 " hide where instructions start before it (nearest known boundary " + hex(b) + ")";
    }
    return v;
  }

  bool falls_through(uint64_t start, uint64_t end, uint64_t a) override {
    const CodeRegion &r = *region_;
    if (start > end || end > a || !r.contains(start) || a - start > kMaxTargetDistance) return false;
    auto ends_flow = [](unsigned id) {
      switch (id) {
        case X86_INS_RET: case X86_INS_RETF: case X86_INS_JMP: case X86_INS_LJMP:
        case X86_INS_UD2: case X86_INS_HLT: case X86_INS_INT3:
          return true;
        default:
          return false;
      }
    };
    // Decodes from `from` and says whether it reaches an instruction at `a`
    // without a stop or padding on the way.
    auto flows_to_a = [&](uint64_t from) {
      for (uint64_t pos = from; pos <= a;) {
        if (pos == a) return true;
        uint64_t off = pos - r.addr;
        if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) return false;
        unsigned id = cs_.insn().id;
        if (ends_flow(id) || id == X86_INS_NOP) return false;
        pos += cs_.insn().size;
      }
      return false;
    };
    // Walk the function: note whether its last instruction lets execution
    // continue, and which direct branches land between its end and `a`.
    uint64_t pos = start;
    bool open = true;
    std::vector<uint64_t> entries;
    while (pos < end) {
      uint64_t off = pos - r.addr;
      if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) return false;
      open = !ends_flow(cs_.insn().id);
      if (auto t = direct_branch_target(cs_.insn()); t && *t >= end && *t <= a) entries.push_back(*t);
      pos += cs_.insn().size;
    }
    if (pos != end) return false;
    if (open) entries.push_back(end);
    for (uint64_t e : entries)
      if (flows_to_a(e)) return true;
    return false;
  }

  std::vector<std::pair<const CodeRegion *, Verdict>> branch_pass(
      const std::vector<CodeRegion> &regions,
      const std::function<uint64_t(const CodeRegion &, uint64_t)> &boundary_before,
      const std::function<void(const CodeRegion &, uint64_t, uint64_t)> &done_with) override {
    std::vector<std::pair<const CodeRegion *, Verdict>> out;
    if (hidden_.empty()) return out;
    // Every byte inside a covering instruction up to its candidate is a
    // target that would make the candidate's bytes start an instruction.
    std::unordered_map<uint64_t, std::vector<size_t>> reaches;
    std::unordered_set<uint64_t> targets;
    for (size_t i = 0; i < hidden_.size(); i++)
      for (uint64_t t = hidden_[i].start + 1; t <= hidden_[i].addr; t++) {
        reaches[t].push_back(i);
        targets.insert(t);
      }
    // Branch sources may lie in any executable region of the image.
    std::vector<std::pair<const CodeRegion *, BranchSite>> sites;
    std::vector<BranchSite> found;
    for (const CodeRegion &region : regions)
      for (auto [lo, hi] : region.search_spans)
        for (uint64_t w = lo; w < hi; w += kSweepWindow) {
          // Windows overlap by an instruction so no branch straddles an edge.
          uint64_t w_end = std::min(hi, w + kSweepWindow);
          uint64_t reach = std::min(hi, w_end + kMaxInsnLength);
          found.clear();
          sweep_x86_branches_to(*region.bytes.slice(w, reach - w), region.addr + w, targets, found);
          for (const BranchSite &site : found)
            if (site.source < region.addr + w_end) sites.emplace_back(&region, site);
          done_with(region, w, w_end);
        }
    std::vector<bool> done(hidden_.size(), false);
    for (const auto &[source_region, site] : sites) {
      for (size_t i : reaches[site.target]) {
        // Sections of a relocatable object all start at address 0: there a
        // branch only reaches its own section.
        bool same_space = source_region == hidden_[i].region ||
                          (source_region->linked && hidden_[i].region->linked);
        if (done[i] || !same_space) continue;
        Verdict alt;
        region_ = hidden_[i].region;
        if (!decode_from(site.target, hidden_[i].addr, alt) || alt.kind != Verdict::trap) continue;
        region_ = source_region;
        switch (branch_at(site.source, site.target, boundary_before(*source_region, site.source))) {
          case Branch::no:
            continue;  // the branch bytes are themselves inside something else
          case Branch::unknown:
            alt.kind = Verdict::uncertain;
            alt.reason = "bytes at " + hex(site.source) + " that may be a jump to " +
                         hex(site.target) + " make it an instruction, but where instructions "
                         "start around them is not known";
            break;
          case Branch::yes:
            break;
        }
        done[i] = true;
        out.emplace_back(hidden_[i].region, alt);
      }
    }
    return out;
  }

 private:
  enum class Branch { yes, no, unknown };

  // Is there a real direct branch to `target` whose instruction covers
  // `source` (prefixes may precede the opcode)? Decodes from `boundary`.
  Branch branch_at(uint64_t source, uint64_t target, uint64_t boundary) {
    const CodeRegion &r = *region_;
    if (boundary > source || !r.contains(boundary) || source - boundary > kMaxTargetDistance * 16)
      return Branch::unknown;
    uint64_t pos = boundary;
    while (pos <= source) {
      uint64_t off = pos - r.addr;
      if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) return Branch::unknown;
      uint64_t next = pos + cs_.insn().size;
      if (next > source) {
        auto t = direct_branch_target(cs_.insn());
        return t && *t == target ? Branch::yes : Branch::no;
      }
      pos = next;
    }
    return Branch::no;
  }

  // Decodes from `from` to the instruction covering `a` and classifies it;
  // false when the bytes do not decode on the way.
  bool decode_from(uint64_t from, uint64_t a, Verdict &v) {
    const CodeRegion &r = *region_;
    uint64_t pos = from;
    while (pos <= a) {
      uint64_t off = pos - r.addr;
      if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) return false;
      uint64_t next = pos + cs_.insn().size;
      if (next > a) {
        classify(pos, a, v);
        return true;
      }
      pos = next;
    }
    return false;
  }

  // Only --distrust-sections sends data sites to verify(): a trap there is
  // uncertain, since every piece of metadata calls the bytes data.
  static bool distrusted_data(const AddressFacts &facts, Verdict &v) {
    if (v.kind != Verdict::trap || !facts.not_code_by_sections || facts.in_function ||
        facts.cfi_row)
      return false;
    v.kind = Verdict::uncertain;
    v.reason = *facts.not_code_by_sections + ", and no symbol or unwind entry marks it as code";
    return true;
  }

  // The start of the instruction over `a` on which every decode started in
  // [a - kWindowBack, a - kWindowBack + kMaxInsnLength) agrees, ignoring
  // starts whose decode hits undecodable bytes; nullopt when they disagree
  // or none decodes. Each position is decoded once: streams that meet share
  // the rest of their way.
  std::optional<uint64_t> window_cover(uint64_t a) {
    const CodeRegion &r = *region_;
    uint64_t w = a - kWindowBack;
    constexpr uint64_t kUnknown = 0, kInvalid = UINT64_MAX;
    std::array<uint64_t, kWindowBack + 1> memo{};  // cover + 1, kInvalid or kUnknown
    std::array<uint8_t, kWindowBack + 1> path{};
    std::optional<uint64_t> agreed;
    for (uint64_t s = w; s < w + kMaxInsnLength; s++) {
      size_t len = 0;
      uint64_t pos = s, result = kUnknown;
      while (result == kUnknown) {
        size_t idx = static_cast<size_t>(pos - w);
        if (memo[idx] != kUnknown) {
          result = memo[idx];
          break;
        }
        path[len++] = static_cast<uint8_t>(idx);
        uint64_t off = pos - r.addr;
        if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) {
          result = kInvalid;
        } else if (pos + cs_.insn().size > a) {
          result = pos + 1;
        } else {
          pos += cs_.insn().size;
        }
      }
      for (size_t i = 0; i < len; i++) memo[path[i]] = result;
      if (result == kInvalid) continue;
      if (agreed && *agreed != result - 1) return std::nullopt;
      agreed = result - 1;
    }
    return agreed;
  }

  // Decodes the main stream from `pos` until the instruction covering `a`;
  // sets `start` to that instruction's address. Records undecodable bytes.
  bool decode_to(uint64_t a, uint64_t pos, uint64_t &start) {
    const CodeRegion &r = *region_;
    while (pos <= a) {
      uint64_t off = pos - r.addr;
      if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) {
        desync_ = true;
        last_bad_ = pos;
        since_bad_.clear();
        pos += 1;
        continue;
      }
      uint64_t next = pos + cs_.insn().size;
      if (next > a) {
        start = pos;
        return true;
      }
      if (auto t = direct_branch_target(cs_.insn()); t && r.contains(*t)) {
        // Targets far behind the decode can no longer land in a candidate's
        // instruction: drop them now and then, so long decodes stay linear.
        if (targets_.size() >= 4096)
          targets_.erase(std::remove_if(targets_.begin(), targets_.end(),
                                        [&](uint64_t x) { return x + kMaxTargetDistance < pos; }),
                         targets_.end());
        targets_.push_back(*t);
      }
      if (desync_ && since_bad_.size() < kMergeWindow) since_bad_.push_back(next);
      pos = next;
    }
    return false;
  }

  // True when every decode that starts within the 15 bytes after the last
  // undecodable byte either fails to decode, merges with the main stream, or
  // puts the instruction covering `a` at `start` too.
  bool converges(uint64_t a, uint64_t start) {
    const CodeRegion &r = *region_;
    for (uint64_t s = last_bad_ + 1; s <= last_bad_ + kMaxInsnLength && s <= a; s++) {
      uint64_t pos = s;
      bool settled = false;
      while (!settled) {
        if (std::binary_search(since_bad_.begin(), since_bad_.end(), pos) || pos == start) {
          settled = true;  // merged with the main stream
          break;
        }
        if (since_bad_.size() >= kMergeWindow && pos > since_bad_.back()) return false;
        uint64_t off = pos - r.addr;
        if (!cs_.decode(r.bytes.data() + off, r.bytes.size() - off, pos)) {
          settled = true;  // a stream starting at s is not code
          break;
        }
        uint64_t next = pos + cs_.insn().size;
        if (next > a) return pos == start;
        pos = next;
      }
    }
    return true;
  }

  // A direct branch target seen so far in (start, a]: a boundary inside the
  // instruction the main decode put over the candidate.
  std::optional<uint64_t> branch_into(uint64_t a, uint64_t start) const {
    for (uint64_t t : targets_)
      if (t > start && t <= a) return t;
    return std::nullopt;
  }

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

  // Classifies the instruction at `start`, which covers candidate `a`. It is a
  // trap when its id is a trap's and the trap's encoding is its tail
  // (prefixes may precede it) ending where the candidate's bytes end.
  void classify(uint64_t start, uint64_t a, Verdict &v) {
    const CodeRegion &r = *region_;
    uint64_t off = start - r.addr;
    cs_.decode(r.bytes.data() + off, r.bytes.size() - off, start);
    const cs_insn &insn = cs_.insn();
    uint64_t next = start + insn.size;
    for (size_t i = 0; i < ntraps_; i++) {
      const xsc_trap &t = traps_[i];
      if (insn.id != t.capstone_id || a + t.length != next) continue;
      const uint8_t *tail = insn.bytes + insn.size - t.length;
      bool match = true;
      for (unsigned k = 0; k < t.length; k++)
        if ((tail[k] & t.mask[k]) != t.bytes[k]) match = false;
      if (!match) continue;
      v.kind = Verdict::trap;
      v.trap_kind = t.kind;
      v.insn_addr = start;
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
  // The main decode: from which boundary, how far, and what it passed.
  bool cursor_valid_ = false;
  uint64_t cursor_boundary_ = 0, cursor_pos_ = 0;
  bool desync_ = false;
  uint64_t last_bad_ = 0;
  std::vector<uint64_t> since_bad_;  // instruction starts after last_bad_, ascending
  std::vector<uint64_t> targets_;    // direct branch targets seen by the main decode
  // Candidates found inside another instruction, over the whole image.
  struct Hidden {
    const CodeRegion *region;
    uint64_t addr;   // the candidate
    uint64_t start;  // the instruction the main decode put over it
  };
  std::vector<Hidden> hidden_;
};

}  // namespace

std::unique_ptr<Verifier> make_x86_verifier(xsc_arch arch) {
  auto v = std::make_unique<X86Verifier>(arch);
  if (!v->ok()) return nullptr;
  return v;
}

}  // namespace xsc
