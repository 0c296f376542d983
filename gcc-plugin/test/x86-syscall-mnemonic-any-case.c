// SPDX-License-Identifier: Apache-2.0
// The syscall mnemonic is rejected in any letter case, in basic and extended asm.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { __asm__ volatile("syscall"); }
void b(void) { __asm__ volatile("SYSCALL"); }
void c(void) { asm volatile("SysCall" ::: "memory"); }

// CHECK: x86-syscall-mnemonic-any-case.c:6:34: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-syscall-mnemonic-any-case.c:6:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-syscall-mnemonic-any-case.c:7:34: error: inline assembly issues system-call instruction 'SYSCALL'
// CHECK-NEXT: x86-syscall-mnemonic-any-case.c:7:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-syscall-mnemonic-any-case.c:8:30: error: inline assembly issues system-call instruction 'SysCall'
// CHECK-NEXT: x86-syscall-mnemonic-any-case.c:8:30: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
