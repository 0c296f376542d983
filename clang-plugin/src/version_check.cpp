// SPDX-License-Identifier: Apache-2.0
// Load-time guard of the Clang plugin: before anything registers with the host
// compiler, ask the host its version and refuse to run in another Clang major,
// whose AST layout differs and would crash. Exits the compiler with status 1
// and a message naming both versions (failing closed: no silent unenforced
// build).
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "clang_compat.h"
#include "xsc/asm_messages.h"

namespace xsc_clang {
void register_plugin();

namespace {

// "Debian clang version 14.0.6" -> "14.0.6"; "" when no version is found.
std::string version_number(const std::string &full) {
  size_t at = full.find("version ");
  if (at == std::string::npos)
    return "";
  at += 8;
  size_t end = full.find_first_not_of("0123456789.", at);
  return full.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

__attribute__((constructor(101))) void check_host_version() {
  using FullVersion = std::string (*)();
  auto fn = reinterpret_cast<FullVersion>(dlsym(RTLD_DEFAULT, kFullVersionSymbol));
  std::string host = fn ? version_number(fn()) : std::string();
  std::string built = XSC_CLANG_BUILT_VERSION;
  if (host.empty() || std::atoi(host.c_str()) != XSC_CLANG_BUILT_MAJOR) {
    char msg[256];
    std::snprintf(msg, sizeof(msg), xsc_msg_format(XSC_MSG_VERSION_MISMATCH),
                  "clang", built.c_str(), "clang",
                  host.empty() ? "an unknown version" : host.c_str());
    std::fprintf(stderr, "error: %s\n", msg);
    std::_Exit(1);
  }
  register_plugin();
}

}  // namespace
}  // namespace xsc_clang
