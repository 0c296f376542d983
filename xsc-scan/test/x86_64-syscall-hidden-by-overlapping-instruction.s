# SPDX-License-Identifier: Apache-2.0
# Anti-disassembly: the 0F 05 inside 'mov $0x90c3050f, %eax' is a real syscall,
# because a direct jump targets its first byte. The program really executes it
# (it exits 42 through exit(2) with no visible syscall instruction), so a
# decode from the function start alone, which sees only the mov, must not be
# the last word: a direct branch target is a known instruction boundary, and
# the site must be reported (as a violation, or at least as uncertain), never
# dropped as a look-alike.
# REQUIRES: host-x86_64
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld a.o -o a.out
# RUN: ./a.out; echo "run=$?" > run.txt
# RUN: %FileCheck --check-prefix=RUN42 %s < run.txt
# RUN42: run=42
# RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s < out.txt
# CHECK: {{^}}a.out: {{error|warning}}: _start+0xd (.text+0xd): {{.*}}'syscall' instruction
# CHECK: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; {{1 violations, 0 allowed, 0 uncertain|0 violations, 0 allowed, 1 uncertain}}

	.text
	.globl	_start
	.type	_start,@function
_start:
	movl	$60, %eax
	movl	$42, %edi
	jmp	1f+1
1:	movl	$0x90c3050f, %eax
	.size	_start, .-_start
