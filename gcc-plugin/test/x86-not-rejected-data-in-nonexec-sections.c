// SPDX-License-Identifier: Apache-2.0
// Trap bytes pushed into non-executable sections are data, not traps.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

void a(void) { __asm__ volatile(".pushsection .rodata\n\t.byte 0x0f, 0x05\n\t.popsection"); }
void b(void) { __asm__ volatile(".pushsection .data, \"aw\"\n\t.word 0x050f\n\t.popsection"); }
__asm__(".section .rodata.magic, \"a\"\n\t.byte 0xcd, 0x80\n\t.text");

// CHECK-NOT: xsc
