# SPDX-License-Identifier: Apache-2.0
# Trap encodings in non-executable sections (.rodata, .data, a custom "a"
# section) are data, not findings: in the object (not SHF_EXECINSTR) and after
# links with lld and ld.bfd (not in an executable PT_LOAD). The syscall in
# _start is the positive control.
# REQUIRES: ld-bfd
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld a.o -o a.lld
# RUN: %ld-bfd a.o -o a.bfd
# RUN: %count-bytes a.lld 0f05 0f34 cd80 | %FileCheck --check-prefix=BYTES %s
# BYTES: 0f05: 4
# BYTES-NEXT: 0f34: 3
# BYTES-NEXT: cd80: 3
# Both linkers put .rodata and .xsc_blob in a read-only PT_LOAD and .data in a
# read-write one (x86-64 defaults to -z separate-code / --rosegment).
# RUN: %xsc-scan a.o a.lld a.bfd > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK: {{^}}a.o: error: _start+0x0 (.text+0x0): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}a.lld: error: _start+0x0 (.text+0x0): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}a.bfd: error: _start+0x0 (.text+0x0): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 3 files: 3 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 3 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.type	_start,@function
_start:
	syscall
	ret
	.size	_start, .-_start

	.section .rodata,"a",@progbits
	.globl	ro_table
ro_table:
	.byte	0x0f, 0x05, 0x0f, 0x34, 0xcd, 0x80

	.data
	.globl	rw_table
rw_table:
	.byte	0x0f, 0x05, 0x0f, 0x34, 0xcd, 0x80

	.section .xsc_blob,"a",@progbits
	.globl	blob
blob:
	.byte	0x0f, 0x05, 0x0f, 0x34, 0xcd, 0x80
