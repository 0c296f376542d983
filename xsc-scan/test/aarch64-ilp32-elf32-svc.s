// SPDX-License-Identifier: Apache-2.0
// An ELF32 aarch64 object (the ILP32 ABI) is never reported clean: it is either
// scanned (its svc is a violation, exit 1) or reported unsupported (exit 2), as
// schema 1 allows for a class xsc-scan does not handle.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64-linux-gnu_ilp32 %s -o ilp32.o
// RUN: %llvm-readelf -h ilp32.o | %FileCheck --check-prefix=HDR %s
// HDR: Class: ELF32
// HDR: Machine: AArch64
// RUN: %xsc-scan ilp32.o > out.txt 2>&1; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s < out.txt
// CHECK: {{^}}summary: 1 files: {{(1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations|0 ELF scanned, 0 not ELF, 1 unsupported, 0 errors; 0 violations)}}
// CHECK-NEXT: {{^}}exit={{[12]$}}
// When scanned, it is found as on ELF64.
// RUN: grep -q 'ilp32.o: error:' out.txt || exit 0; %FileCheck --check-prefix=FOUND %s < out.txt
// FOUND: {{^}}ilp32.o: error: f+0x4 (.text+0x4): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]

	.text
	.p2align 2
	.type	f,%function
f:
	nop
	svc	#0
	ret
	.size	f, .-f
