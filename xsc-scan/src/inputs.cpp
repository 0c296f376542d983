// SPDX-License-Identifier: Apache-2.0
// Input walking and per-file dispatch. Files are opened O_NONBLOCK and checked
// with fstat before any read, so FIFOs and devices never block the scan.
#include "inputs.h"

#include <ar.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "archive_scan.h"
#include "checked.h"
#include "elf_image.h"
#include "package_scan.h"

namespace xsc {
namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd &) = delete;
  Fd &operator=(const Fd &) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

InputReport problem(const std::string &path, std::string message) {
  InputReport r;
  r.path = path;
  ImageReport img;
  img.path = path;
  img.status = FileStatus::error;
  img.error = std::move(message);
  r.images.push_back(std::move(img));
  return r;
}

// Records that a regular file could not be scanned.
InputReport failed(InputReport &out, std::string message) {
  ImageReport img;
  img.path = out.path;
  img.status = FileStatus::error;
  img.error = std::move(message);
  out.images.push_back(std::move(img));
  return std::move(out);
}

InputReport warning(const std::string &path, std::string message) {
  InputReport r;
  r.path = path;
  r.warnings.push_back(std::move(message));
  return r;
}

class Walker {
 public:
  explicit Walker(bool follow) : follow_(follow) {}

  void walk_named(const std::string &path) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      add_known(problem(path, "cannot open '" + path + "': " + std::strerror(errno)));
    } else if (S_ISDIR(st.st_mode)) {
      walk_dir(path, st);
    } else if (S_ISREG(st.st_mode)) {
      inputs_.push_back(Input{path, true, std::nullopt});
    } else {
      add_known(warning(path, "not a regular file, skipped"));
    }
  }

  std::vector<Input> take() { return std::move(inputs_); }

 private:
  void add_known(InputReport r) {
    std::string path = r.path;
    inputs_.push_back(Input{std::move(path), false, std::move(r)});
  }

  void walk_dir(const std::string &path, const struct stat &st) {
    if (!visited_.insert({st.st_dev, st.st_ino}).second) {
      if (follow_) add_known(warning(path, "directory already visited (symlink loop?), skipped"));
      return;
    }
    DIR *dir = opendir(path.c_str());
    if (!dir) {
      add_known(problem(path, "cannot open directory '" + path + "': " + std::strerror(errno)));
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent *d = readdir(dir)) {
      if (std::strcmp(d->d_name, ".") != 0 && std::strcmp(d->d_name, "..") != 0)
        names.emplace_back(d->d_name);
      errno = 0;
    }
    int read_errno = errno;
    closedir(dir);
    if (read_errno != 0)
      add_known(problem(path, "cannot read directory '" + path + "': " + std::strerror(read_errno)));
    std::sort(names.begin(), names.end());
    std::string prefix = path;
    if (prefix.back() != '/') prefix += '/';
    for (const std::string &name : names) {
      std::string child = prefix + name;
      struct stat cst;
      if (lstat(child.c_str(), &cst) != 0) {
        add_known(problem(child, "cannot stat '" + child + "': " + std::strerror(errno)));
        continue;
      }
      if (S_ISLNK(cst.st_mode)) {
        if (!follow_) continue;                        // not followed unless asked (-L)
        if (stat(child.c_str(), &cst) != 0) continue;  // dangling link: nothing to scan
      }
      if (S_ISDIR(cst.st_mode))
        walk_dir(child, cst);
      else if (S_ISREG(cst.st_mode))
        inputs_.push_back(Input{child, false, std::nullopt});
      else
        add_known(warning(child, "not a regular file, skipped"));
    }
  }

  bool follow_;
  std::vector<Input> inputs_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

enum class Magic { elf, archive, thin_archive, other };

Magic magic_of(const unsigned char *m, ssize_t n) {
  if (n >= 4 && std::memcmp(m, ELFMAG, SELFMAG) == 0) return Magic::elf;
  if (n >= 8 && std::memcmp(m, "!<arch>\n", 8) == 0) return Magic::archive;
  if (n >= 8 && std::memcmp(m, "!<thin>\n", 8) == 0) return Magic::thin_archive;
  return Magic::other;
}

std::string libelf_message() {
  const char *m = elf_errmsg(-1);
  return m ? m : "unknown libelf error";
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string> &paths, bool follow_symlinks) {
  Walker walker(follow_symlinks);
  for (const std::string &p : paths) walker.walk_named(p);
  return walker.take();
}

InputReport scan_input(const Input &input, const ScanOptions &options) {
  if (input.known) return *input.known;
  InputReport out;
  out.path = input.path;
  Fd fd(open(input.path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0)
    return problem(input.path, "cannot open '" + input.path + "': " + std::strerror(errno));
  struct stat st;
  if (fstat(fd.get(), &st) != 0)
    return problem(input.path, "cannot stat '" + input.path + "': " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) return warning(input.path, "not a regular file, skipped");
  out.regular = true;

  unsigned char m[512] = {};
  ssize_t n = pread(fd.get(), m, sizeof m, 0);
  if (n < 0) return failed(out, "cannot read '" + input.path + "': " + std::strerror(errno));
  Magic magic = magic_of(m, n);
  PackageKind package = detect_package(m, static_cast<size_t>(n));
  if (package != PackageKind::none && scan_package(fd.get(), package, input.path, options, out))
    return out;
  if (magic == Magic::other) {
    // Named on the command line, a file that is not ELF is a mistake worth an
    // error; found by a walk, it is skipped and counted.
    if (input.named)
      return failed(out, n == 0 ? std::string("empty file, not an ELF file, archive or package")
                                : std::string("not an ELF file, static archive or package"));
    out.not_elf = true;
    return out;
  }
  if (magic == Magic::thin_archive) {
    ImageReport img;
    img.path = input.path;
    img.status = FileStatus::unsupported;
    img.error = "thin archive: members live in other files; scan those instead";
    out.images.push_back(std::move(img));
    return out;
  }

  ElfPtr elf(elf_begin(fd.get(), ELF_C_READ_MMAP, nullptr));
  if (!elf) return failed(out, "cannot read ELF file: " + libelf_message());
  if (magic == Magic::archive) {
    if (elf_kind(elf.get()) != ELF_K_AR)
      return failed(out, "malformed archive: " + libelf_message());
    scan_archive(fd.get(), elf.get(), static_cast<uint64_t>(st.st_size), input.path, "", options,
                 out);
    return out;
  }
  if (elf_kind(elf.get()) != ELF_K_ELF) {
    if (static_cast<uint64_t>(st.st_size) < EI_NIDENT)
      return failed(out, "truncated ELF identification: file is " + std::to_string(st.st_size) +
                             " bytes");
    return failed(out, "invalid ELF identification (class " + std::to_string(m[EI_CLASS]) +
                           ", data " + std::to_string(m[EI_DATA]) + ", version " +
                           std::to_string(m[EI_VERSION]) + ")");
  }
  ScanOptions mapped = options;
  mapped.file_backed = true;  // libelf's read-only map of the file
  out.images.push_back(scan_image(elf.get(), input.path, std::nullopt, mapped));
  return out;
}

}  // namespace xsc
