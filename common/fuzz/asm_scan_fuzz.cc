// SPDX-License-Identifier: Apache-2.0
// libFuzzer target of the asm-text analysis: any bytes, as basic asm and as a
// template with operands, on every arch, must neither crash nor hang.
#include <cstddef>
#include <cstdint>

#include "xsc/asm_scan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  static const xsc_asm_operand ops[] = {
      {"a", 1, 0x0f}, {"b", 1, 5}, {nullptr, 0, 0}, {"n", 1, 0x80}};
  xsc_asm_text in{};
  in.text = reinterpret_cast<const char *>(data + 1);
  in.len = size - 1;
  in.arch = static_cast<xsc_arch>(data[0] % XSC_ARCH_COUNT);
  in.is_template = (data[0] >> 2) & 1;
  in.dialect = (data[0] >> 3) & 1 ? XSC_ASM_DIALECT_INTEL : XSC_ASM_DIALECT_ATT;
  in.operands = ops;
  in.operand_count = 4;
  xsc_asm_scan(&in, [](void *, const xsc_asm_finding *f) {
    if (!f->trap || f->construct[XSC_ASM_CONSTRUCT_MAX - 1] != '\0')
      __builtin_trap();
  }, nullptr);
  return 0;
}
