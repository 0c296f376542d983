// SPDX-License-Identifier: Apache-2.0
// xsc-scan's command line: parse options, expand inputs, scan them on -j
// threads into slots indexed by input order, then report. Exit status is 0
// clean, 1 violations, 2 some input could not be scanned (2 wins over 1).
#include <capstone/capstone.h>
#include <elfutils/libdwfl.h>
#include <libelf.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "inputs.h"
#include "report.h"

#ifndef XSC_VERSION
#define XSC_VERSION "0.0.0"
#endif

namespace {

std::string version_text() {
  int major = 0, minor = 0;
  cs_version(&major, &minor);
  const char *elfutils = dwfl_version(nullptr);
  return std::string("xsc-scan ") + XSC_VERSION + "\n  capstone " + std::to_string(major) +
         "." + std::to_string(minor) + "\n  elfutils " + (elfutils ? elfutils : "?") +
         "\n  nlohmann-json " + std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
         std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
         std::to_string(NLOHMANN_JSON_VERSION_PATCH) + "\n  CLI11 " + CLI11_VERSION + "\n";
}

// One stderr line per problem, in input order.
void print_diagnostics(const std::vector<xsc::InputReport> &reports) {
  for (const xsc::InputReport &in : reports) {
    for (const std::string &w : in.warnings)
      std::cerr << "xsc-scan: warning: '" << in.path << "': " << w << "\n";
    for (const xsc::ImageReport &img : in.images) {
      if (img.status == xsc::FileStatus::ok) continue;
      std::string msg = img.error.value_or(xsc::status_name(img.status));
      // Messages about opening a path already quote it ("cannot open 'x': ...").
      if (msg.find("'" + img.path + "'") != std::string::npos)
        std::cerr << "xsc-scan: error: " << msg << "\n";
      else
        std::cerr << "xsc-scan: error: '" << xsc::display_name(img) << "': " << msg << "\n";
    }
  }
}

}  // namespace

int main(int argc, char **argv) {
  CLI::App app{"xsc-scan: find system-call trap instructions in ELF files"};
  std::vector<std::string> paths;
  std::string format = "text", output;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool no_allow = false, strict = false, follow = false, quiet = false, distrust = false;
  bool stats = false;
  app.add_option("paths", paths, "files and directories to scan")->required();
  app.add_option("--format", format, "report format")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  app.add_option("-o,--output", output, "write the report to FILE");
  app.add_option("-j,--jobs", jobs, "files scanned in parallel (default: all CPUs)")
      ->check(CLI::Range(1u, 1024u));
  app.add_flag("--no-allow", no_allow, "audit mode: allowed traps count as violations");
  app.add_flag("--distrust-sections", distrust,
               "treat every byte of executable segments as possible code, whatever the section "
               "headers say (data sites become uncertain)");
  app.add_flag("--strict", strict, "uncertain sites count as violations");
  app.add_flag("-L,--follow-symlinks", follow, "follow symlinks while walking directories");
  app.add_flag("-q,--quiet", quiet, "text: print only violations and the summary");
  app.add_flag("--stats", stats, "print executable bytes scanned, time and throughput to stderr");
  app.set_version_flag("--version", version_text());
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion &e) {
    std::cout << version_text();
    return 0;
  } catch (const CLI::ParseError &e) {
    std::cerr << "xsc-scan: error: " << e.what() << "\n";
    return 2;
  }

  if (elf_version(EV_CURRENT) == EV_NONE) {
    std::cerr << "xsc-scan: error: libelf is out of date\n";
    return 2;
  }

  auto started = std::chrono::steady_clock::now();
  std::vector<xsc::Input> inputs = xsc::collect_inputs(paths, follow);
  std::vector<xsc::InputReport> reports(inputs.size());
  xsc::ScanOptions options;
  options.honour_allow = !no_allow;
  options.distrust_sections = distrust;

  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < inputs.size();)
      reports[i] = xsc::scan_input(inputs[i], options);
  };
  unsigned nthreads = std::min<size_t>(jobs, std::max<size_t>(1, inputs.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < nthreads; t++) threads.emplace_back(worker);
  worker();
  for (std::thread &t : threads) t.join();

  print_diagnostics(reports);
  xsc::ReportContext ctx{reports, xsc::summarize(reports), quiet, strict, XSC_VERSION};
  if (stats) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    double mb = static_cast<double>(ctx.summary.exec_bytes) / 1e6;
    std::fprintf(stderr, "xsc-scan: stats: %.1f MB of executable bytes in %.3f s (%.0f MB/s) on %u threads\n",
                 mb, secs, secs > 0 ? mb / secs : 0.0, nthreads);
  }

  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::out | std::ios::trunc);
    if (!file) {
      std::cerr << "xsc-scan: error: cannot open '" << output << "' for writing: "
                << std::strerror(errno) << "\n";
      return 2;
    }
  }
  std::ostream &out = output.empty() ? std::cout : file;
  if (format == "json")
    xsc::write_json_report(out, ctx);
  else if (format == "sarif")
    xsc::write_sarif_report(out, ctx);
  else
    xsc::write_text_report(out, ctx);
  out.flush();
  if (!out) {
    std::cerr << "xsc-scan: error: cannot write the report\n";
    return 2;
  }

  const xsc::Summary &s = ctx.summary;
  if (s.errors > 0 || s.unsupported > 0) return 2;
  if (s.violations > 0 || (strict && s.uncertain > 0)) return 1;
  return 0;
}
