// SPDX-License-Identifier: Apache-2.0
// A .word with an svc encoding in .text (a jump-table-like constant, marked by
// a $d mapping symbol) is data in code, not a finding: in the object and after
// an lld link, which keeps the mapping symbols. The svc #0x2 after the
// returning $x region is the positive control.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 %s -o a.o
// RUN: %lld -m aarch64elf a.o -o a.out
// RUN: %llvm-objdump -t a.out | %FileCheck --check-prefix=MAP %s
// MAP: {{^[0-9a-f]+}} l {{.*}}.text {{.*}} $d.{{[0-9]+}}
// RUN: %xsc-scan a.o a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
// CHECK: {{^}}a.o: error: _start+0x14 (.text+0x14): 'svc #0x2' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}a.out: error: _start+0x14 (.text+0x14): 'svc #0x2' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.p2align 2
	.type	_start,%function
_start:
	adr	x1, .Ltable
	b	1f
.Ltable:
	.word	0xd4000001
	.word	0xd4001001
	.word	0xd41fffe1
1:	svc	#2
	ret
	.size	_start, .-_start
