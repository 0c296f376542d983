# SPDX-License-Identifier: Apache-2.0
# An ELF32 x86-64 object (the x32 ABI) is never reported clean: it is either
# scanned (its syscall is a violation, exit 1) or reported unsupported (exit 2),
# as schema 1 allows for a class xsc-scan does not handle.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64-linux-gnux32 %s -o x32.o
# RUN: %llvm-readelf -h x32.o | %FileCheck --check-prefix=HDR %s
# HDR: Class: ELF32
# HDR: Machine: Advanced Micro Devices X86-64
# RUN: %xsc-scan x32.o > out.txt 2>&1; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s < out.txt
# CHECK: {{^}}summary: 1 files: {{(1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations|0 ELF scanned, 0 not ELF, 1 unsupported, 0 errors; 0 violations)}}
# CHECK-NEXT: {{^}}exit={{[12]$}}
# When scanned, it is found as on ELF64.
# RUN: grep -q 'x32.o: error:' out.txt || exit 0; %FileCheck --check-prefix=FOUND %s < out.txt
# FOUND: {{^}}x32.o: error: f+0x1 (.text+0x1): 'syscall' instruction outside an allowed region [xsc-trap-insn]

	.text
	.type	f,@function
f:
	nop
	syscall
	ret
	.size	f, .-f
