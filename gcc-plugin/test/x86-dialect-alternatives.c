// SPDX-License-Identifier: Apache-2.0
// Every dialect alternative {att|intel} of an extended-asm template is checked.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { asm volatile("{int $0x80|int 0x80}" ::: "memory"); }
void b(void) { asm volatile("{nop|syscall}" ::: "memory"); }

// CHECK: x86-dialect-alternatives.c:6:31: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK-NEXT: x86-dialect-alternatives.c:6:31: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-dialect-alternatives.c:6:41: error: inline assembly issues system-call instruction 'int 0x80'
// CHECK-NEXT: x86-dialect-alternatives.c:6:41: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-dialect-alternatives.c:7:35: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-dialect-alternatives.c:7:35: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
