// SPDX-License-Identifier: Apache-2.0
// The JSON report, schema version 1 (docs/xsc-scan-json.md).
#include <nlohmann/json.hpp>

#include "report.h"

namespace xsc {

namespace {
using Json = nlohmann::ordered_json;

template <typename T>
Json or_null(const std::optional<T> &v) {
  return v ? Json(*v) : Json(nullptr);
}
}  // namespace

void write_json_report(std::ostream &out, const ReportContext &ctx) {
  Json files = Json::array();
  for (const InputReport &in : ctx.inputs) {
    for (const ImageReport &img : in.images) {
      Json findings = Json::array();
      for (const Finding &f : img.findings) {
        findings.push_back(Json{
            {"kind", xsc_trap_kind_name(f.kind)},
            {"address", f.address},
            {"offset", f.offset},
            {"section", or_null(f.section)},
            {"symbol", or_null(f.symbol)},
            {"symbol_offset", or_null(f.symbol_offset)},
            {"allowed", f.allowed},
            {"uncertain", f.uncertain},
            {"reason", or_null(f.reason)},
        });
      }
      files.push_back(Json{
          {"path", img.path},
          {"member", or_null(img.member)},
          {"arch", img.arch ? Json(xsc_arch_name(*img.arch)) : Json(nullptr)},
          {"type", img.type ? Json(elf_type_name(*img.type)) : Json(nullptr)},
          {"status", status_name(img.status)},
          {"error", or_null(img.error)},
          {"findings", std::move(findings)},
      });
    }
  }
  const Summary &s = ctx.summary;
  Json doc{
      {"schema_version", 1},
      {"tool", Json{{"name", "xsc-scan"}, {"version", ctx.tool_version}}},
      {"files", std::move(files)},
      {"summary", Json{{"files", s.files},
                       {"elf", s.elf},
                       {"not_elf", s.not_elf},
                       {"unsupported", s.unsupported},
                       {"errors", s.errors},
                       {"violations", s.violations},
                       {"allowed", s.allowed},
                       {"uncertain", s.uncertain}}},
  };
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace xsc
