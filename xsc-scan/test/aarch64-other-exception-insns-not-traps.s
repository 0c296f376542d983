// SPDX-License-Identifier: Apache-2.0
// Only svc is a system-call trap on aarch64: hvc, smc, brk, hlt and udf share
// svc's top bits (D4...) or look close but are not findings. The svc #0x7 in
// real_trap is the positive control.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 -mattr=+el3 %s -o a.o
// RUN: %lld -m aarch64elf a.o -o a.out
// RUN: %xsc-scan a.o a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
// CHECK: {{^}}a.o: error: real_trap+0x0 (.text+0x18): 'svc #0x7' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}a.out: error: real_trap+0x0 (.text+0x18): 'svc #0x7' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.p2align 2
	.type	_start,%function
_start:
	hvc	#0
	smc	#0
	brk	#1
	hlt	#0
	udf	#1
	ret
	.size	_start, .-_start

	.type	real_trap,%function
real_trap:
	svc	#7
	ret
	.size	real_trap, .-real_trap
