// SPDX-License-Identifier: Apache-2.0
// SARIF 2.1.0. One run; rules xsc-trap-insn, xsc-trap-uncertain and
// xsc-input-error (the last only in tool execution notifications). Allowed
// traps are results with an inSource suppression, so viewers hide them by
// default but auditors can still see them.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "expected.h"
#include "report.h"

namespace xsc {

namespace {
using Json = nlohmann::ordered_json;

// A relative-reference URI for a path: RFC 3986 unreserved characters and '/'
// pass through, everything else is percent-encoded.
std::string path_uri(const std::string &path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// FNV-1a, 64-bit: a stable fingerprint that does not move when unrelated code
// shifts addresses (symbol+offset is preferred to the address).
std::string fingerprint(const ImageReport &img, const Finding &f) {
  std::string key = img.path + '\0' + img.member.value_or("") + '\0' +
                    xsc_trap_kind_name(f.kind) + '\0';
  if (f.symbol)
    key += *f.symbol + '+' + hex(f.symbol_offset.value_or(0));
  else
    key += hex(f.address);
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Json rule(const char *id, const char *name, const char *short_text, const char *help,
          const char *level) {
  return Json{{"id", id},
              {"name", name},
              {"shortDescription", Json{{"text", short_text}}},
              {"help", Json{{"text", help}}},
              {"defaultConfiguration", Json{{"level", level}}}};
}

}  // namespace

void write_sarif_report(std::ostream &out, const ReportContext &ctx) {
  Json rules = Json::array({
      rule("xsc-trap-insn", "TrapInstruction",
           "A system-call trap instruction outside the allow-trap section",
           "XSC programs make system calls through libxsc-runtime's rings, never by trapping. "
           "Call xsc_syscall() from <xsc/runtime.h>, or move audited code into the allow-trap "
           "section with XSC_ALLOW_TRAP_FN from <xsc/allow_trap.h>.",
           "error"),
      rule("xsc-trap-uncertain", "PossibleTrapInstruction",
           "Trap bytes whose instruction boundary could not be established",
           "xsc-scan found the bytes of a trap instruction but could not prove whether they are "
           "an instruction or data. Inspect the site; --strict makes these fail the scan.",
           "warning"),
      rule("xsc-input-error", "InputError", "An input could not be scanned",
           "The file is unreadable, malformed or of an unsupported ELF machine.", "error"),
  });

  Json results = Json::array();
  Json notifications = Json::array();
  for (const InputReport &in : ctx.inputs) {
    for (const std::string &w : in.warnings)
      notifications.push_back(Json{
          {"level", "warning"},
          {"message", Json{{"text", "'" + in.path + "': " + w}}},
      });
    for (const ImageReport &img : in.images) {
      if (img.status != FileStatus::ok)
        notifications.push_back(Json{
            {"level", "error"},
            {"descriptor", Json{{"id", "xsc-input-error"}, {"index", 2}}},
            {"message", Json{{"text", "'" + display_name(img) + "': " +
                                          img.error.value_or(status_name(img.status))}}},
            {"locations", Json::array({Json{{"physicalLocation",
                                              Json{{"artifactLocation",
                                                    Json{{"uri", path_uri(img.path)}}}}}}})},
        });
      for (const Finding &f : img.findings) {
        bool uncertain = f.uncertain;
        const char *level = uncertain ? (ctx.strict ? "error" : "warning")
                                      : (f.allowed ? "note" : "error");
        Json physical{
            {"artifactLocation", Json{{"uri", path_uri(img.path)}}},
            {"region", Json{{"byteOffset", f.offset}, {"byteLength", f.kind == XSC_TRAP_SVC ? 4 : 2}}},
            {"address", Json{{"absoluteAddress", f.address}}},
        };
        Json location{{"physicalLocation", std::move(physical)}};
        if (f.symbol)
          location["logicalLocations"] =
              Json::array({Json{{"name", *f.symbol}, {"kind", "function"}}});
        Json props{{"kind", xsc_trap_kind_name(f.kind)},
                   {"arch", img.arch ? xsc_arch_name(*img.arch) : "unknown"},
                   {"address", f.address},
                   {"location", finding_location(f) + " (" + finding_place(f) + ")"}};
        if (img.member) props["member"] = *img.member;
        if (f.section) props["section"] = *f.section;
        Json result{
            {"ruleId", uncertain ? "xsc-trap-uncertain" : "xsc-trap-insn"},
            {"ruleIndex", uncertain ? 1 : 0},
            {"level", level},
            {"message", Json{{"text", display_name(img) + ": " + finding_location(f) + ": " +
                                          finding_message(f)}}},
            {"locations", Json::array({std::move(location)})},
            {"partialFingerprints", Json{{"xscTrapSite/v1", fingerprint(img, f)}}},
            {"properties", std::move(props)},
        };
        if (f.allowed)
          result["suppressions"] = Json::array(
              {Json{{"kind", "inSource"},
                    {"justification", "in the allow-trap section (XSC_ALLOW_TRAP marker)"}}});
        results.push_back(std::move(result));
      }
    }
  }
  const Summary &s = ctx.summary;
  Json doc{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       Json::array({Json{
           {"tool", Json{{"driver", Json{{"name", "xsc-scan"},
                                         {"semanticVersion", ctx.tool_version},
                                         {"version", ctx.tool_version},
                                         {"rules", std::move(rules)}}}}},
           {"invocations", Json::array({Json{
                               {"executionSuccessful", s.errors == 0 && s.unsupported == 0},
                               {"toolExecutionNotifications", std::move(notifications)},
                           }})},
           {"results", std::move(results)},
       }})},
  };
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace xsc
