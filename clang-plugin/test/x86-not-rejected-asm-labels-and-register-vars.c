// SPDX-License-Identifier: Apache-2.0
// Asm labels that rename symbols (glibc __REDIRECT) and register asm variables are not traps.
// RUN: %verify_x86_64  %s

int renamed(void) __asm__("syscall");
extern int other __asm__("sysenter");
long regvar(long x) {
  register long rax __asm__("rax") = x;
  __asm__ volatile("" : "+r"(rax));
  return rax + renamed() + other;
}

// expected-no-diagnostics
