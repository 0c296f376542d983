# SPDX-License-Identifier: Apache-2.0
# --distrust-sections (auditing hostile binaries) also decodes executable
# segment bytes that section headers call data, and reports any trap found
# there as 'uncertain' (docs/xsc-scan.md), not as a violation; by default those
# bytes are data and not reported. Here .rodata shares the R+X segment
# (ld.bfd -z noseparate-code) and decodes as syscall, sysenter, int $0x80, nop,
# int $0x80, syscall. The syscall in _start is a violation either way.
# REQUIRES: ld-bfd
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %ld-bfd -z noseparate-code a.o -o a.out
# RUN: %xsc-scan a.out > default.txt; echo "exit=$?" >> default.txt
# RUN: %FileCheck --check-prefix=DEFAULT %s --implicit-check-not=error: --implicit-check-not=warning: < default.txt
# DEFAULT: {{^}}a.out: error: _start+0x7 (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# DEFAULT-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
# DEFAULT-NEXT: {{^}}exit=1
# RUN: %xsc-scan --distrust-sections a.out > distrust.txt; echo "exit=$?" >> distrust.txt
# RUN: %FileCheck --check-prefix=DISTRUST %s < distrust.txt
# DISTRUST: {{^}}a.out: error: _start+0x7 (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# DISTRUST-NEXT: {{^}}a.out: warning: table+0x0 (.rodata+0x0): {{.*}}'syscall' instruction{{.*}} [xsc-trap-uncertain]
# DISTRUST-NEXT: {{^}}a.out: warning: table+0x2 (.rodata+0x2): {{.*}}'sysenter' instruction{{.*}} [xsc-trap-uncertain]
# DISTRUST-NEXT: {{^}}a.out: warning: table+0x4 (.rodata+0x4): {{.*}}'int $0x80' instruction{{.*}} [xsc-trap-uncertain]
# DISTRUST-NEXT: {{^}}a.out: warning: 0x{{[0-9a-f]+}} (.rodata+0x7): {{.*}}'int $0x80' instruction{{.*}} [xsc-trap-uncertain]
# DISTRUST-NEXT: {{^}}a.out: warning: 0x{{[0-9a-f]+}} (.rodata+0x9): {{.*}}'syscall' instruction{{.*}} [xsc-trap-uncertain]
# DISTRUST-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 5 uncertain
# DISTRUST-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.type	_start,@function
_start:
	leaq	table(%rip), %rax
	syscall
	ret
	.size	_start, .-_start

	.section .rodata,"a",@progbits
	.type	table,@object
table:
	.byte	0x0f, 0x05, 0x0f, 0x34, 0xcd, 0x80, 0x90
	.size	table, .-table
	.byte	0xcd, 0x80, 0x0f, 0x05
