// SPDX-License-Identifier: Apache-2.0
// File-scope asm cannot be moved by the pragma, so it is still rejected, with a note saying how to allow it.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

#pragma XSC_ALLOW_TRAP
void allowed(void) { __asm__ volatile("syscall"); }
__asm__("stub: sysenter");

// expected-error@8 {{file-scope assembly issues system-call instruction 'sysenter'}}
// expected-note@8 {{'#pragma XSC_ALLOW_TRAP' cannot move file-scope asm into the allow-trap section}}
