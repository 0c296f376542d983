// SPDX-License-Identifier: Apache-2.0
// Static archives ("!<arch>"): every ELF member is scanned; a member whose
// header claims more bytes than the archive holds ends the walk with an error.
#include "archive_scan.h"

#include <ar.h>

#include "checked.h"
#include "elf_image.h"
#include "expected.h"

namespace xsc {
namespace {

// The size a member's header claims, read from the raw header (libelf reports
// a size clamped to what the archive holds). `base` is the member's offset.
std::optional<uint64_t> claimed_member_size(Elf *ar, uint64_t base) {
  size_t size = 0;
  const char *raw = elf_rawfile(ar, &size);
  if (!raw || base < sizeof(struct ar_hdr) || base > size) return std::nullopt;
  const struct ar_hdr *h = reinterpret_cast<const struct ar_hdr *>(raw + base - sizeof(struct ar_hdr));
  uint64_t v = 0;
  bool digits = false;
  for (char c : h->ar_size) {
    if (c == ' ') break;
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
    digits = true;
  }
  if (!digits) return std::nullopt;
  return v;
}

}  // namespace

void scan_archive(int fd, Elf *ar, uint64_t archive_size, const std::string &path,
                  const std::string &prefix, const ScanOptions &options, InputReport &out) {
  ScanOptions member_options = options;
  member_options.file_backed = fd >= 0;  // members of a mapped file, not of a copy
  auto member_name = [&](const std::string &name) {
    return prefix.empty() ? name : prefix + "(" + name + ")";
  };
  Elf_Cmd cmd = ELF_C_READ_MMAP;
  // A member count bound keeps a corrupt archive from looping.
  for (size_t n = 0; n < (1u << 24); n++) {
    ElfPtr member(elf_begin(fd, cmd, ar));
    if (!member) {
      int err = elf_errno();
      // An archive of just its magic has no members; that is not an error.
      if (err != 0 && !(n == 0 && archive_size == SARMAG)) {
        ImageReport img;
        img.path = path;
        if (!prefix.empty()) img.member = prefix;
        img.status = FileStatus::error;
        const char *msg = elf_errmsg(err);
        img.error = "malformed archive after " + std::to_string(n) + " members: " +
                    (msg ? msg : "unknown libelf error");
        out.images.push_back(std::move(img));
      }
      break;
    }
    // The header belongs to the archive's cursor: read it before elf_next.
    Elf_Arhdr *hdr = elf_getarhdr(member.get());
    std::string name = hdr && hdr->ar_name ? hdr->ar_name : "";
    uint64_t base = static_cast<uint64_t>(elf_getbase(member.get()));
    uint64_t claimed = claimed_member_size(ar, base).value_or(hdr ? hdr->ar_size : 0);
    cmd = elf_next(member.get());
    // libelf clamps a member that claims more bytes than the archive holds;
    // that is a damaged archive, not a short member.
    if (!range_within(base, claimed, archive_size)) {
      ImageReport img;
      img.path = path;
      img.member = member_name(name);
      img.status = FileStatus::error;
      img.error = "archive member claims " + std::to_string(claimed) + " bytes at offset " +
                  hex(base) + ", past end of archive (size " + hex(archive_size) + ")";
      out.images.push_back(std::move(img));
      break;
    }
    // "/", "//" and "/SYM64/" are the symbol and name tables, not members.
    if (!name.empty() && name[0] == '/') {
      if (cmd == ELF_C_NULL) break;
      continue;
    }
    if (elf_kind(member.get()) == ELF_K_ELF) {
      out.images.push_back(scan_image(member.get(), path, member_name(name), member_options));
    }
    if (cmd == ELF_C_NULL) break;
  }
}


}  // namespace xsc
