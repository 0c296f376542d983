// SPDX-License-Identifier: Apache-2.0
// Raw svc encodings (.inst, .word, .4byte, .byte, immediate operands) are rejected.
// RUN: not %gcc_aarch64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// REQUIRES: aarch64-gcc

void a(void) { __asm__ volatile(".inst 0xd4000001"); }
void b(void) { __asm__ volatile(".word 0xd4000021"); }
void c(void) { __asm__ volatile(".4byte 0xd4000001"); }
void d(void) { __asm__ volatile(".byte 0x01, 0x00, 0x00, 0xd4"); }
void e(void) { __asm__ volatile(".inst %c0" :: "i"(0xd4000001)); }

// CHECK: aarch64-raw-encodings.c:6:40: error: inline assembly emits the encoding of system-call instruction 'svc #imm' in '.inst 0xd4000001'
// CHECK-NEXT: aarch64-raw-encodings.c:6:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-raw-encodings.c:7:40: error: inline assembly emits the encoding of system-call instruction 'svc #imm' in '.word 0xd4000021'
// CHECK-NEXT: aarch64-raw-encodings.c:7:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-raw-encodings.c:8:41: error: inline assembly emits the encoding of system-call instruction 'svc #imm' in '.4byte 0xd4000001'
// CHECK-NEXT: aarch64-raw-encodings.c:8:41: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-raw-encodings.c:9:40: error: inline assembly emits the encoding of system-call instruction 'svc #imm' in '.byte 0x01, 0x00, 0x00, 0xd4'
// CHECK-NEXT: aarch64-raw-encodings.c:9:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: aarch64-raw-encodings.c:10:40: error: inline assembly emits the encoding of system-call instruction 'svc #imm' in '.inst 3556769793'
// CHECK-NEXT: aarch64-raw-encodings.c:10:40: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
