// SPDX-License-Identifier: Apache-2.0
// In a relocatable object, mapping symbols belong to their own section: the
// $d at .text.a+0x4 says nothing about .text.b+0x8, so the svc there is a
// violation, while the svc word in .text.a's data is not a finding.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 %s -o a.o
// RUN: %llvm-objdump -t a.o | %FileCheck --check-prefix=MAP %s
// MAP-DAG: 0000000000000004 l .text.a 0000000000000000 $d
// MAP-DAG: 0000000000000000 l .text.b 0000000000000000 $x
// RUN: %xsc-scan a.o > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
// CHECK: {{^}}a.o: error: b+0x8 (.text.b+0x8): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

	.section .text.a,"ax",%progbits
	.p2align 2
	.type	a,%function
a:
	nop
	.word	0x12345678
	.word	0xd4000001
	.word	0
	.size	a, .-a

	.section .text.b,"ax",%progbits
	.p2align 2
	.type	b,%function
b:
	nop
	nop
	svc	#0
	ret
	.size	b, .-b
