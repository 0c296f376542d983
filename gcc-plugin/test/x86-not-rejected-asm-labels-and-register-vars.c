// SPDX-License-Identifier: Apache-2.0
// Asm labels that rename symbols (glibc __REDIRECT) and register asm variables are not traps.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

int renamed(void) __asm__("syscall");
extern int other __asm__("sysenter");
long regvar(long x) {
  register long rax __asm__("rax") = x;
  __asm__ volatile("" : "+r"(rax));
  return rax + renamed() + other;
}

// CHECK-NOT: xsc
