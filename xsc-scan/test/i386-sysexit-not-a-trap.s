# SPDX-License-Identifier: Apache-2.0
# On i386, 'sysexit' (0F 35), 'int3' and 'int $0x81' are not traps.
# The syscall in real_trap is the positive control: exactly one finding.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=i386 %s -o a.o
# RUN: %lld -m elf_i386 a.o -o a.out
# RUN: %xsc-scan a.o a.out > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK: {{^}}a.o: error: real_trap+0x0 (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}a.out: error: real_trap+0x0 (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.type	_start,@function
_start:
	sysexit
	int3
	int	$0x81
	ret
	.size	_start, .-_start

	.type	real_trap,@function
real_trap:
	syscall
	ret
	.size	real_trap, .-real_trap
