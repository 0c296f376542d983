# SPDX-License-Identifier: Apache-2.0
# Bytes 0F 05 inside an instruction's immediate are not a 'syscall'.
# BYTES counts every occurrence in .text, the control included. The real trap
# in real_trap is the positive control: exactly one finding, both
# in the object and in the linked executable.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %llvm-objcopy -O binary --only-section=.text a.o text.bin
# RUN: %count-bytes text.bin 0f05 | %FileCheck --check-prefix=BYTES %s
# BYTES: 0f05: 6
# RUN: %xsc-scan a.o > obj.txt; echo "exit=$?" >> obj.txt
# RUN: %FileCheck --check-prefix=OBJ %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < obj.txt
# OBJ: {{^}}a.o: error: real_trap+0x0 (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# OBJ-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
# OBJ-NEXT: {{^}}exit=1
# RUN: %lld  a.o -o a.out
# RUN: %xsc-scan a.out > exe.txt; echo "exit=$?" >> exe.txt
# RUN: %FileCheck --check-prefix=EXE %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < exe.txt
# EXE: {{^}}a.out: error: real_trap+0x0 (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# EXE-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
# EXE-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.type	_start,@function
_start:
	movl	$0x050f050f, %eax
	movabsq	$0x0f05000f050f0500, %rax
	andl	$0x050f, %ecx
	pushq	$0x050f
	ret
	.size	_start, .-_start

	.type	real_trap,@function
real_trap:
	syscall
	ret
	.size	real_trap, .-real_trap
