// SPDX-License-Identifier: Apache-2.0
// Clang's MS-style __asm blocks are checked; the error points at the mnemonic.
// RUN: %verify_x86_64 -fasm-blocks %s
// RUN: %verify_i386 -fasm-blocks %s

void a(void) {
  __asm {
    mov eax, 60
    syscall // expected-error {{inline assembly issues system-call instruction 'syscall'}} expected-note {{call xsc_syscall()}}
  }
}
void b(void) { __asm int 0x80 } // expected-error {{inline assembly issues system-call instruction 'int $128'}} expected-note {{call xsc_syscall()}}
void c(void) { __asm { int 3 } __asm { nop } }
