// SPDX-License-Identifier: Apache-2.0
// Small helpers of the finding model shared by every reporter.
#include "finding.h"

#include <cstdio>

#include "expected.h"

namespace xsc {

Error make_error(std::string message) { return Error{std::move(message), std::nullopt}; }

Error make_error_at(uint64_t offset, std::string message) {
  return Error{std::move(message), offset};
}

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

const char *elf_type_name(ElfType t) {
  switch (t) {
    case ElfType::exec: return "exec";
    case ElfType::dyn: return "dyn";
    case ElfType::rel: return "rel";
  }
  return "?";
}

const char *status_name(FileStatus s) {
  switch (s) {
    case FileStatus::ok: return "ok";
    case FileStatus::error: return "error";
    case FileStatus::unsupported: return "unsupported";
  }
  return "?";
}

std::string display_name(const ImageReport &image) {
  if (image.member) return image.path + "(" + *image.member + ")";
  return image.path;
}

Summary summarize(const std::vector<InputReport> &inputs) {
  Summary s;
  for (const InputReport &in : inputs) {
    if (in.regular) s.files++;
    if (in.not_elf) s.not_elf++;
    for (const ImageReport &img : in.images) {
      if (img.status == FileStatus::unsupported) s.unsupported++;
      if (img.status == FileStatus::error) s.errors++;
      if (img.arch) s.elf++;
      s.exec_bytes += img.exec_bytes;
      for (const Finding &f : img.findings) {
        if (f.uncertain)
          s.uncertain++;
        else if (f.allowed)
          s.allowed++;
        else
          s.violations++;
      }
    }
  }
  return s;
}

}  // namespace xsc
