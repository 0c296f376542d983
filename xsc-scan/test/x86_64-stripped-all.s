# SPDX-License-Identifier: Apache-2.0
# After llvm-strip --strip-all (no .symtab) a trap is still found and verified
# from its .eh_frame FDE: f's syscall follows a stray 0xb8 byte, so a decode
# from the section start would swallow it into 'mov eax, imm32'. The FDE of g
# likewise keeps the 0F 05 bytes inside g's immediate from being flagged.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld --eh-frame-hdr a.o -o a.out
# RUN: %llvm-nm a.out > syms.txt
# RUN: %llvm-strip --strip-all a.out -o stripped
# RUN: %llvm-readelf -SW stripped | %FileCheck --check-prefix=SECS %s
# SECS-NOT: .symtab
# SECS: .eh_frame
# SECS-NOT: .symtab
# RUN: %xsc-scan a.out stripped >> syms.txt; echo "exit=$?" >> syms.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < syms.txt
# CHECK: {{^}}[[#%x,F:]] t f
# CHECK: {{^}}a.out: error: f+0x0 (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}stripped: error: 0x[[#%x,F]] (.text+0x7): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.text
	.globl	_start
	.type	_start,@function
_start:
	.cfi_startproc
	call	f
	ret
	.cfi_endproc
	.size	_start, .-_start

	.byte	0xb8

	.type	f,@function
f:
	.cfi_startproc
	syscall
	ret
	.cfi_endproc
	.size	f, .-f

	.type	g,@function
g:
	.cfi_startproc
	movl	$0x050f050f, %eax
	ret
	.cfi_endproc
	.size	g, .-g
