// SPDX-License-Identifier: Apache-2.0
// Intel-syntax int 0x80 and int 80h are traps.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { asm(".intel_syntax noprefix\n\tint 0x80\n\t.att_syntax prefix"); }
void b(void) { asm(".intel_syntax noprefix\n\tINT 80h\n\t.att_syntax prefix"); }

// CHECK: x86-intel-syntax-int80.c:6:47: error: inline assembly issues system-call instruction 'int 0x80'
// CHECK-NEXT: x86-intel-syntax-int80.c:6:47: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-intel-syntax-int80.c:7:47: error: inline assembly issues system-call instruction 'INT 80h'
// CHECK-NEXT: x86-intel-syntax-int80.c:7:47: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
