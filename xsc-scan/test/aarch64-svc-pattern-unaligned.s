// SPDX-License-Identifier: Apache-2.0
// The bytes 01 00 00 d4 (svc #0) at an offset that is not a multiple of 4 are
// not an instruction: here they straddle 'udf #0x100' and 'mov x20, #6'. The
// svc #0 in real_trap is the positive control.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 %s -o a.o
// RUN: %lld -m aarch64elf a.o -o a.out
// RUN: %llvm-objcopy -O binary --only-section=.text a.o text.bin
// RUN: %count-bytes text.bin 010000d4 | %FileCheck --check-prefix=ANY %s
// RUN: %count-bytes --aligned=4 text.bin 010000d4 | %FileCheck --check-prefix=ALIGNED %s
// ANY: 010000d4: 2
// ALIGNED: 010000d4: 1
// RUN: %xsc-scan a.o a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
// CHECK: {{^}}a.o: error: real_trap+0x0 (.text+0xc): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}a.out: error: real_trap+0x0 (.text+0xc): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.p2align 2
	.type	_start,%function
_start:
	udf	#0x100
	mov	x20, #6
	ret
	.size	_start, .-_start

	.type	real_trap,%function
real_trap:
	svc	#0
	ret
	.size	real_trap, .-real_trap
