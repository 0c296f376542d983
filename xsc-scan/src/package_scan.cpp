// SPDX-License-Identifier: Apache-2.0
// Package scanning on libarchive. A .deb is an ar archive whose data.tar.*
// member is opened as a nested stream; RPM payloads come through libarchive's
// rpm filter as cpio. Members are buffered one at a time, and only when their
// first bytes say ELF or static archive; a member larger than kMaxMember is
// reported rather than read, which bounds memory.
#include "package_scan.h"

#include <archive.h>
#include <archive_entry.h>
#include <gelf.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <vector>

#include "archive_scan.h"
#include "elf_image.h"
#include "expected.h"

namespace xsc {
namespace {

constexpr uint64_t kMaxMember = uint64_t{2} << 30;  // 2 GiB

struct ArchiveDeleter {
  void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

ArchivePtr new_reader(bool ar_format) {
  ArchivePtr a(archive_read_new());
  if (!a) return a;
  archive_read_support_filter_all(a.get());
  if (ar_format) {
    archive_read_support_format_ar(a.get());
  } else {
    archive_read_support_format_tar(a.get());
    archive_read_support_format_cpio(a.get());
  }
  return a;
}

std::string archive_message(archive *a) {
  const char *m = archive_error_string(a);
  return m ? m : "unknown libarchive error";
}

void add_error(InputReport &out, const std::string &path, std::optional<std::string> member,
               std::string message) {
  ImageReport img;
  img.path = path;
  img.member = std::move(member);
  img.status = FileStatus::error;
  img.error = std::move(message);
  out.images.push_back(std::move(img));
}

// Reads exactly n bytes of the current entry into p; returns the count read.
size_t read_fully(archive *a, char *p, size_t n) {
  size_t done = 0;
  while (done < n) {
    la_ssize_t r = archive_read_data(a, p + done, n - done);
    if (r <= 0) break;
    done += static_cast<size_t>(r);
  }
  return done;
}

// Scans the members of an opened tar/cpio stream. Returns false when the
// very first header cannot be read (not an archive at all).
bool scan_members(archive *a, const std::string &path, const std::string &prefix,
                  const ScanOptions &options, InputReport &out) {
  archive_entry *entry = nullptr;
  for (size_t n = 0;; n++) {
    int r = archive_read_next_header(a, &entry);
    if (r == ARCHIVE_EOF) return true;
    if (r < ARCHIVE_WARN) {
      if (n == 0) return false;
      add_error(out, path, prefix.empty() ? std::nullopt : std::optional<std::string>(prefix),
                "malformed package after " + std::to_string(n) + " members: " + archive_message(a));
      return true;
    }
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char *raw_name = archive_entry_pathname(entry);
    std::string name = prefix.empty() ? "" : prefix + ":";
    name += raw_name ? raw_name : "?";
    char head[8] = {};
    size_t got = read_fully(a, head, sizeof head);
    bool is_elf = got >= 4 && std::memcmp(head, ELFMAG, SELFMAG) == 0;
    bool is_ar = got >= 8 && std::memcmp(head, "!<arch>\n", 8) == 0;
    if (!is_elf && !is_ar) continue;  // archive_read_next_header skips the rest
    if (!archive_entry_size_is_set(entry)) {
      add_error(out, path, name, "package member has no recorded size");
      continue;
    }
    uint64_t size = static_cast<uint64_t>(archive_entry_size(entry));
    if (size > kMaxMember) {
      add_error(out, path, name,
                "package member of " + std::to_string(size) + " bytes is too large to scan");
      continue;
    }
    std::vector<char> buf(static_cast<size_t>(size));
    std::memcpy(buf.data(), head, std::min<size_t>(got, buf.size()));
    size_t rest = got < size ? read_fully(a, buf.data() + got, size - got) : 0;
    if (got + rest < size) {
      add_error(out, path, name, "package member is truncated: " + archive_message(a));
      return true;
    }
    ElfPtr elf(elf_memory(buf.data(), buf.size()));
    if (!elf) {
      add_error(out, path, name, "cannot read member: " + std::string(elf_errmsg(-1)));
      continue;
    }
    if (is_ar && elf_kind(elf.get()) == ELF_K_AR)
      scan_archive(-1, elf.get(), size, path, name, options, out);
    else if (is_elf && elf_kind(elf.get()) == ELF_K_ELF)
      out.images.push_back(scan_image(elf.get(), path, name, options));
    else
      add_error(out, path, name, "malformed ELF file or archive inside the package");
  }
}

// The nested stream of a .deb's data.tar.*: reads from the outer ar entry.
struct Nested {
  archive *outer;
  char buf[64 * 1024];
};

la_ssize_t nested_read(archive *, void *ctx, const void **block) {
  Nested *n = static_cast<Nested *>(ctx);
  *block = n->buf;
  return archive_read_data(n->outer, n->buf, sizeof n->buf);
}

void scan_deb(archive *outer, const std::string &path, const ScanOptions &options,
              InputReport &out) {
  archive_entry *entry = nullptr;
  bool found = false;
  for (;;) {
    int r = archive_read_next_header(outer, &entry);
    if (r == ARCHIVE_EOF) break;
    if (r < ARCHIVE_WARN) {
      add_error(out, path, std::nullopt, "malformed Debian package: " + archive_message(outer));
      return;
    }
    const char *name = archive_entry_pathname(entry);
    if (!name || std::strncmp(name, "data.tar", 8) != 0) continue;
    found = true;
    ArchivePtr inner = new_reader(false);
    auto nested = std::make_unique<Nested>();
    nested->outer = outer;
    if (archive_read_open(inner.get(), nested.get(), nullptr, nested_read, nullptr) != ARCHIVE_OK ||
        !scan_members(inner.get(), path, "", options, out))
      add_error(out, path, std::string(name), "cannot read the package's data archive: " +
                                                  archive_message(inner.get()));
  }
  if (!found) add_error(out, path, std::nullopt, "Debian package without a data.tar member");
}

}  // namespace

PackageKind detect_package(const unsigned char *h, size_t n) {
  if (n >= 24 && std::memcmp(h, "!<arch>\n", 8) == 0 && std::memcmp(h + 8, "debian-binary", 13) == 0)
    return PackageKind::deb;
  if (n >= 4 && h[0] == 0xed && h[1] == 0xab && h[2] == 0xee && h[3] == 0xdb) return PackageKind::rpm;
  if (n >= 262 && std::memcmp(h + 257, "ustar", 5) == 0) return PackageKind::tar;
  static const unsigned char gz[] = {0x1f, 0x8b}, xz[] = {0xfd, '7', 'z', 'X', 'Z', 0x00},
                             zst[] = {0x28, 0xb5, 0x2f, 0xfd}, bz[] = {'B', 'Z', 'h'},
                             lz4[] = {0x04, 0x22, 0x4d, 0x18};
  if ((n >= 2 && std::memcmp(h, gz, 2) == 0) || (n >= 6 && std::memcmp(h, xz, 6) == 0) ||
      (n >= 4 && std::memcmp(h, zst, 4) == 0) || (n >= 3 && std::memcmp(h, bz, 3) == 0) ||
      (n >= 4 && std::memcmp(h, lz4, 4) == 0))
    return PackageKind::compressed;
  return PackageKind::none;
}

bool scan_package(int fd, PackageKind kind, const std::string &path, const ScanOptions &options,
                  InputReport &out) {
  if (lseek(fd, 0, SEEK_SET) != 0) {
    add_error(out, path, std::nullopt, "cannot rewind the package");
    return true;
  }
  ArchivePtr a = new_reader(kind == PackageKind::deb);
  if (!a || archive_read_open_fd(a.get(), fd, 64 * 1024) != ARCHIVE_OK) {
    if (kind == PackageKind::compressed) return false;
    add_error(out, path, std::nullopt, "cannot open package: " + archive_message(a.get()));
    return true;
  }
  if (kind == PackageKind::deb) {
    scan_deb(a.get(), path, options, out);
    return true;
  }
  if (!scan_members(a.get(), path, "", options, out)) {
    if (kind == PackageKind::compressed) return false;
    add_error(out, path, std::nullopt, "malformed package: " + archive_message(a.get()));
  }
  return true;
}

}  // namespace xsc
