# SPDX-License-Identifier: Apache-2.0
# Anti-disassembly across functions and backwards: _start calls g+1, the middle
# of g's 'mov $0x90c3050f, %edx', and k jumps back into the middle of its own
# earlier mov. Both 0F 05 pairs are real syscalls that the program executes
# (getpid, then exit(42)); each must be reported (as a violation, or at least
# as uncertain), not dropped because a decode from g's or k's start sees a mov.
# REQUIRES: host-x86_64
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld a.o -o a.out
# RUN: ./a.out; echo "run=$?" > run.txt
# RUN: %FileCheck --check-prefix=RUN42 %s < run.txt
# RUN42: run=42
# RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s < out.txt
# CHECK: {{^}}a.out: {{error|warning}}: g+0x1 (.text+0x{{[0-9a-f]+}}): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}a.out: {{error|warning}}: k+0x2 (.text+0x{{[0-9a-f]+}}): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; {{.*}}
# CHECK-NEXT: {{^}}exit={{[01]$}}
# RUN: %FileCheck --check-prefix=COUNT %s < out.txt
# COUNT: {{^}}summary: {{.*}}; {{(2 violations, 0 allowed, 0 uncertain|1 violations, 0 allowed, 1 uncertain|0 violations, 0 allowed, 2 uncertain)$}}

	.text
	.globl	_start
	.type	_start,@function
_start:
	movl	$39, %eax
	call	g+1
	movl	$60, %eax
	movl	$42, %edi
	jmp	.Lk_entry
	.size	_start, .-_start

	.type	g,@function
g:
	movl	$0x90c3050f, %edx
	ret
	.size	g, .-g

	.type	k,@function
k:
	nop
1:	movl	$0x90c3050f, %edx
	ret
.Lk_entry:
	jmp	1b+1
	.size	k, .-k
