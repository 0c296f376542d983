// SPDX-License-Identifier: Apache-2.0
// An unused static inline function in an included header is rejected: the
// check is about the source, not about what the optimiser keeps.
// RUN: not %gcc_x86_64 -O2 -c -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not %gcc_i386 -O2 -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:

#include "Inputs/raw_syscall.h"
int main(void) { return 0; }

// CHECK: Inputs/raw_syscall.h:7:27: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: Inputs/raw_syscall.h:7:27: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
