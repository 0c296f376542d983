// SPDX-License-Identifier: Apache-2.0
// RAII for a Capstone handle and its reusable instruction buffer.
#pragma once

#include <capstone/capstone.h>

namespace xsc {

class CapstoneHandle {
 public:
  CapstoneHandle(cs_arch arch, cs_mode mode) {
    if (cs_open(arch, mode, &handle_) != CS_ERR_OK) {
      handle_ = 0;
      return;
    }
    insn_ = cs_malloc(handle_);
  }
  ~CapstoneHandle() {
    if (insn_) cs_free(insn_, 1);
    if (handle_) cs_close(&handle_);
  }
  CapstoneHandle(const CapstoneHandle &) = delete;
  CapstoneHandle &operator=(const CapstoneHandle &) = delete;

  bool ok() const { return handle_ != 0 && insn_ != nullptr; }
  // Decodes one instruction at `code` (at most `size` bytes) located at
  // `address` into insn(); returns false when the bytes do not decode.
  bool decode(const uint8_t *code, size_t size, uint64_t address) {
    return cs_disasm_iter(handle_, &code, &size, &address, insn_);
  }
  const cs_insn &insn() const { return *insn_; }

 private:
  csh handle_ = 0;
  cs_insn *insn_ = nullptr;
};

}  // namespace xsc
