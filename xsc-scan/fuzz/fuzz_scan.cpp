// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the whole per-file path: magic detection, archives,
// the ELF reader, regions, boundary sources (symbols, .eh_frame_hdr, libdw
// CFI, .gopclntab), candidate search, verification and all three reporters.
// The input is served from a memfd, exactly as a file on disk would be.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "inputs.h"
#include "report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static bool ready = elf_version(EV_CURRENT) != EV_NONE;
  if (!ready) return 0;
  int fd = memfd_create("xsc-fuzz", MFD_CLOEXEC);
  if (fd < 0) return 0;
  size_t done = 0;
  while (done < size) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  for (bool honour : {true, false}) {
    xsc::ScanOptions options;
    options.honour_allow = honour;
    options.distrust_sections = !honour;
    std::vector<xsc::InputReport> reports;
    reports.push_back(xsc::scan_input(xsc::Input{path, true, std::nullopt}, options));
    xsc::ReportContext ctx{reports, xsc::summarize(reports), false, false, "fuzz"};
    std::ostringstream sink;
    xsc::write_text_report(sink, ctx);
    xsc::write_json_report(sink, ctx);
    xsc::write_sarif_report(sink, ctx);
  }
  close(fd);
  return 0;
}
