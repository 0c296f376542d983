# SPDX-License-Identifier: Apache-2.0
# Many candidates in one function: 18 real traps interleaved with look-alikes
# in immediates and displacements. Each candidate is judged on its own (the
# decoder resumes from the previous candidate without losing sync): the
# findings equal what llvm-objdump's disassembly of this pure-code function
# shows, in the object, the linked executable, and after --strip-all.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld --eh-frame-hdr a.o -o a.out
# RUN: %llvm-strip --strip-all a.out -o stripped
# RUN: for f in a.o a.out stripped; do \
# RUN:   %llvm-objdump -d $f > $f.dis; \
# RUN:   %xsc-scan --format=json $f > $f.json; test $? -eq 1 || exit 1; \
# RUN:   echo "$f: $(%python %S/Inputs/objdump_oracle.py $f.dis $f.json)"; \
# RUN: done > result.txt
# RUN: %FileCheck %s < result.txt
# CHECK: a.o: MATCH 18
# CHECK-NEXT: a.out: MATCH 18
# CHECK-NEXT: stripped: MATCH 18

	.text
	.globl	_start
	.type	_start,@function
_start:
	.cfi_startproc
	syscall
	movl $0x050f050f, %eax
	int $0x80
	int $0x80
	int $0x80
	syscall
	movl 0x50f(%rax), %ecx
	int $0x80
	movl 0x50f(%rax), %ecx
	movl $0x050f050f, %eax
	addl $0x050f, %r9d
	syscall
	syscall
	syscall
	leaq 0x80cd(%rip), %rdi
	movl $0x80cd, %edx
	int $0x80
	movabsq $0x0f050f340f0580cd, %r8
	int $0x80
	syscall
	cmpb $0xcd, %al
	addl $0x050f, %r9d
	cmpb $0xcd, %al
	cmpb $0xcd, %al
	movw $0x340f, %si
	movw $0x340f, %si
	sysenter
	movabsq $0x0f050f340f0580cd, %r8
	leaq 0x80cd(%rip), %rdi
	movl 0x50f(%rax), %ecx
	sysenter
	sysenter
	sysenter
	movl 0x50f(%rax), %ecx
	movabsq $0x0f050f340f0580cd, %r8
	sysenter
	cmpb $0xcd, %al
	syscall
	cmpb $0xcd, %al
	movl 0x50f(%rax), %ecx
	ret
	.cfi_endproc
	.size	_start, .-_start
