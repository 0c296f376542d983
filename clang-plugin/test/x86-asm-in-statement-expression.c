// SPDX-License-Identifier: Apache-2.0
// Asm inside GNU statement expressions, nested in arithmetic, is found.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

int f(int x) { return x + ({ long r; __asm__("syscall" : "=a"(r) : "a"(x)); (int)r; }); }
int g(int x) { int y = x * 2 + ({ int z; __asm__("int $0x80" : "=a"(z)); z; }); return y; }

// expected-error@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@7 {{inline assembly issues system-call instruction 'int $0x80'}}
// expected-note@7 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
