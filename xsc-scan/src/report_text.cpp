// SPDX-License-Identifier: Apache-2.0
// Compiler-style text: one line per finding, then one summary line.
#include "expected.h"
#include "report.h"

namespace xsc {

std::string finding_location(const Finding &f) {
  if (f.symbol) return *f.symbol + "+" + hex(f.symbol_offset.value_or(0));
  return hex(f.address);
}

std::string finding_place(const Finding &f) {
  if (f.section) return *f.section + "+" + hex(f.section_offset.value_or(0));
  return "offset " + hex(f.offset);
}

std::string finding_message(const Finding &f) {
  std::string insn = "'" + f.mnemonic + "' instruction";
  if (f.uncertain) return "possible " + insn + ": " + f.reason.value_or("no instruction boundary");
  if (f.allowed) return insn + " in the allow-trap section";
  return insn + " outside an allowed region";
}

void write_text_report(std::ostream &out, const ReportContext &ctx) {
  for (const InputReport &in : ctx.inputs) {
    for (const ImageReport &img : in.images) {
      for (const Finding &f : img.findings) {
        const char *level = "error";
        const char *rule = "xsc-trap-insn";
        if (f.uncertain) {
          level = ctx.strict ? "error" : "warning";
          rule = "xsc-trap-uncertain";
        } else if (f.allowed) {
          level = "note";
        }
        if (ctx.quiet && !f.violation() && !(ctx.strict && f.uncertain)) continue;
        out << display_name(img) << ": " << level << ": " << finding_location(f) << " ("
            << finding_place(f) << "): " << finding_message(f) << " [" << rule << "]\n";
      }
    }
  }
  const Summary &s = ctx.summary;
  out << "summary: " << s.files << " files: " << s.elf << " ELF scanned, " << s.not_elf
      << " not ELF, " << s.unsupported << " unsupported, " << s.errors << " errors; "
      << s.violations << " violations, " << s.allowed << " allowed, " << s.uncertain
      << " uncertain\n";
}

}  // namespace xsc
