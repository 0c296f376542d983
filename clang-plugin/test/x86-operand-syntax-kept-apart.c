// SPDX-License-Identifier: Apache-2.0
// %%, %= and register operands do not create or hide traps: 'syscall%=:' is a label and 'int %0' with a register is not int $0x80.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

void a(long n) { __asm__ volatile("movq %0, %%rax\n\tsyscall%=:" :: "r"(n) : "rax"); }
void b(long n) { __asm__ volatile("1%=: int %0" :: "r"(n)); }
void c(void) { __asm__ volatile("syscall" : : : "memory"); }

// expected-error@8 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@8 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
