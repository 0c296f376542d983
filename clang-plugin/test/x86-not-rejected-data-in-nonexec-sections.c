// SPDX-License-Identifier: Apache-2.0
// Trap bytes pushed into non-executable sections are data, not traps.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(void) { __asm__ volatile(".pushsection .rodata\n\t.byte 0x0f, 0x05\n\t.popsection"); }
void b(void) { __asm__ volatile(".pushsection .data, \"aw\"\n\t.word 0x050f\n\t.popsection"); }
__asm__(".section .rodata.magic, \"a\"\n\t.byte 0xcd, 0x80\n\t.text");

// expected-no-diagnostics
