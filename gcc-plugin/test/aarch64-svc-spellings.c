// SPDX-License-Identifier: Apache-2.0
// svc is a trap with any immediate and in any letter case.
// RUN: not %gcc_aarch64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// REQUIRES: aarch64-gcc

void a(void) { __asm__ volatile("mov x8, #93\n\tsvc #0" ::: "x8"); }
void b(void) { __asm__ volatile("svc 0"); }
void c(void) { __asm__ volatile("SVC #0x0"); }
void d(void) { __asm__ volatile("svc #0xffff"); }

// CHECK: aarch64-svc-spellings.c:6:49: error: inline assembly issues system-call instruction 'svc #0'
// CHECK-NEXT: aarch64-svc-spellings.c:6:49: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-svc-spellings.c:7:34: error: inline assembly issues system-call instruction 'svc 0'
// CHECK-NEXT: aarch64-svc-spellings.c:7:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-svc-spellings.c:8:34: error: inline assembly issues system-call instruction 'SVC #0x0'
// CHECK-NEXT: aarch64-svc-spellings.c:8:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-svc-spellings.c:9:34: error: inline assembly issues system-call instruction 'svc #0xffff'
// CHECK-NEXT: aarch64-svc-spellings.c:9:34: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
