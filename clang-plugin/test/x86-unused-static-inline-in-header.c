// SPDX-License-Identifier: Apache-2.0
// An unused static inline function in an included header is rejected: the
// check is about the source, not about what the optimiser keeps.
// RUN: %verify_x86_64 %s
// RUN: %verify_i386 %s

#include "Inputs/raw_syscall.h"
int main(void) { return 0; }

// expected-error@Inputs/raw_syscall.h:7 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@Inputs/raw_syscall.h:7 {{call xsc_syscall()}}
