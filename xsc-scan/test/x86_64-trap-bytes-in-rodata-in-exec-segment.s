# SPDX-License-Identifier: Apache-2.0
# Trap encodings in .rodata are data even when the linker puts .rodata in the
# same R+X PT_LOAD as .text (ld.bfd -z noseparate-code, lld --no-rosegment),
# with symbols and after --strip-all: the section headers still say .rodata is
# not executable and no function or FDE covers it. The syscall in _start is the
# positive control.
# REQUIRES: ld-bfd
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %ld-bfd -z noseparate-code a.o -o bfd
# RUN: %lld --no-rosegment a.o -o lld
# RUN: %llvm-strip --strip-all bfd -o bfd.stripped
# RUN: %llvm-readelf -lW bfd | %FileCheck --check-prefix=SEG %s
# RUN: %llvm-readelf -lW lld | %FileCheck --check-prefix=SEG %s
# SEG: Section to Segment mapping:
# SEG: {{^ *[0-9]+ .*(\.text \.rodata|\.rodata \.text)}}
# RUN: %count-bytes bfd 0f05 0f34 cd80 | %FileCheck --check-prefix=BYTES %s
# BYTES: 0f05: 3
# BYTES-NEXT: 0f34: 1
# BYTES-NEXT: cd80: 2
# RUN: %xsc-scan bfd lld bfd.stripped > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK: {{^}}bfd: error: _start+0x7 (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}lld: error: _start+0x7 (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}bfd.stripped: error: 0x{{[0-9a-f]+}} (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 3 files: 3 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 3 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

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
