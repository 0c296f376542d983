// SPDX-License-Identifier: Apache-2.0
// Raw trap encodings emitted with data directives into code are rejected.
// RUN: not %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: not %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

void a(void) { asm(".byte 0x0f, 0x05"); }
void b(void) { asm(".byte 15,5"); }
void c(void) { asm(".word 0x050f"); }
void d(void) { asm(".short 0x340f"); }
void e(void) { asm(".byte 0xcd\n\t.byte 0x80"); }
void f(void) { asm(".ascii \"\\x0f\\x05\""); }
void g(void) { asm(".4byte 0x90050f90"); }

// CHECK: x86-raw-byte-encodings.c:6:27: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 0x0f, 0x05'
// CHECK-NEXT: x86-raw-byte-encodings.c:6:27: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:7:27: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.byte 15,5'
// CHECK-NEXT: x86-raw-byte-encodings.c:7:27: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:8:27: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.word 0x050f'
// CHECK-NEXT: x86-raw-byte-encodings.c:8:27: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:9:28: error: inline assembly emits the encoding of system-call instruction 'sysenter' in '.short 0x340f'
// CHECK-NEXT: x86-raw-byte-encodings.c:9:28: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:10:27: error: inline assembly emits the encoding of system-call instruction 'int $0x80' in '.byte 0xcd'
// CHECK-NEXT: x86-raw-byte-encodings.c:10:27: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:11:30: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.ascii "\x0f\x05"'
// CHECK-NEXT: x86-raw-byte-encodings.c:11:30: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-raw-byte-encodings.c:12:28: error: inline assembly emits the encoding of system-call instruction 'syscall' in '.4byte 0x90050f90'
// CHECK-NEXT: x86-raw-byte-encodings.c:12:28: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
