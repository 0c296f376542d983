// SPDX-License-Identifier: Apache-2.0
// An svc encoding that is a literal-pool constant (after a $d mapping symbol)
// is data in code, not a finding: in the object and after an lld link. The
// svc #1 in _start is the positive control.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 %s -o a.o
// RUN: %lld -m aarch64elf a.o -o a.out
// The pool holds two aligned svc words (svc #0, svc #0x21); the control is a third.
// RUN: %llvm-objcopy -O binary --only-section=.text a.o text.bin
// RUN: %count-bytes --aligned=4 text.bin 010000d4 210400d4 210000d4 | %FileCheck --check-prefix=BYTES %s
// BYTES: 010000d4: 1
// BYTES-NEXT: 210400d4: 1
// BYTES-NEXT: 210000d4: 1
// RUN: %xsc-scan a.o a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
// CHECK: {{^}}a.o: error: _start+0x8 (.text+0x8): 'svc #0x1' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}a.out: error: _start+0x8 (.text+0x8): 'svc #0x1' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.p2align 2
	.type	_start,%function
_start:
	ldr	x0, =0xd4000001
	ldr	w1, =0xd4000421
	svc	#1
	ret
	.ltorg
	.size	_start, .-_start
