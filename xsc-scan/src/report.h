// SPDX-License-Identifier: Apache-2.0
// Reporters: text, JSON and SARIF, each a pure function of the scan results.
// They print inputs in input order and findings in their stored (sorted) order,
// so output does not depend on -j.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "finding.h"

namespace xsc {

struct ReportContext {
  const std::vector<InputReport> &inputs;
  Summary summary;
  bool quiet = false;   // text: violations and summary only
  bool strict = false;  // uncertain sites count as violations
  std::string tool_version;
};

void write_text_report(std::ostream &out, const ReportContext &ctx);
void write_json_report(std::ostream &out, const ReportContext &ctx);
void write_sarif_report(std::ostream &out, const ReportContext &ctx);

// Shared wording, so every format says the same thing.
std::string finding_message(const Finding &f);
// "sym+0x1c" or "0x401a3c".
std::string finding_location(const Finding &f);
// ".text+0x1a3c" or "offset 0x1a3c".
std::string finding_place(const Finding &f);

}  // namespace xsc
