// SPDX-License-Identifier: Apache-2.0
// Calls to syscall(), call syscall, labels, symbols and comments that contain the word are not traps.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s

long syscall(long number, ...);
long use_libc(void) { return syscall(39); }
void call_it(void) { __asm__ volatile("call syscall"); }
void jump(void) { __asm__ volatile("jmp syscall_trampoline"); }
void label(void) { __asm__ volatile("syscall_done: nop\n\t.globl my_syscall"); }
void comment(void) { __asm__ volatile("nop # syscall\n\tnop /* int $0x80 */"); }
void symbol(void) { __asm__ volatile("lea syscall_table(%rip), %rax"); }

// expected-no-diagnostics
