// SPDX-License-Identifier: Apache-2.0
// File-scope asm cannot be moved by the pragma, so it is still rejected, with a note saying how to allow it.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

#pragma XSC_ALLOW_TRAP
void allowed(void) { __asm__ volatile("syscall"); }
__asm__("stub: sysenter");

// CHECK: x86-pragma-does-not-cover-file-scope-asm.c:8:16: error: file-scope assembly issues system-call instruction 'sysenter'
// CHECK-NEXT: x86-pragma-does-not-cover-file-scope-asm.c:8:16: note: '#pragma XSC_ALLOW_TRAP' cannot move file-scope asm into the allow-trap section
