// SPDX-License-Identifier: Apache-2.0
// Calls to syscall(), call syscall, labels, symbols and comments that contain the word are not traps.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty

long syscall(long number, ...);
long use_libc(void) { return syscall(39); }
void call_it(void) { __asm__ volatile("call syscall"); }
void jump(void) { __asm__ volatile("jmp syscall_trampoline"); }
void label(void) { __asm__ volatile("syscall_done: nop\n\t.globl my_syscall"); }
void comment(void) { __asm__ volatile("nop # syscall\n\tnop /* int $0x80 */"); }
void symbol(void) { __asm__ volatile("lea syscall_table(%rip), %rax"); }

// CHECK-NOT: xsc
