// SPDX-License-Identifier: Apache-2.0
// Finds where a byte of an asm string sits in the source. GCC keeps no location
// for the string of an asm statement, so the plugin re-reads the source from the
// asm keyword on and looks for the run of adjacent string literals whose decoded
// text equals the asm text exactly; anything less certain yields no answer.
#ifndef XSC_GCC_LITERAL_LOCATE_H
#define XSC_GCC_LITERAL_LOCATE_H

#include <cstddef>

namespace xsc_gcc {

// Returns the text of line `line` (1-based) without its newline and sets *len,
// or nullptr past the end of the file.
typedef const char *(*LineReader)(void *ctx, int line, size_t *len);

struct SourcePos {
  int line;
  int column;  // 1-based, in bytes
};

// Scans from (line, column) for at most max_lines lines. On success stores in
// *out the source position of byte `offset` of `text` and returns true.
// With first_run_only, only the first run of literals is considered (the
// template right after an asm keyword) and, when the compiler rewrote it,
// the word at `offset` is matched by occurrence instead.
bool locate_in_literals(LineReader read, void *ctx, SourcePos from,
                        const char *text, size_t len, size_t offset,
                        int max_lines, bool first_run_only, SourcePos *out);

}  // namespace xsc_gcc

#endif  // XSC_GCC_LITERAL_LOCATE_H
