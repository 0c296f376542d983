# SPDX-License-Identifier: Apache-2.0
# A linked executable whose section headers (and symbols) were removed with
# llvm-objcopy --strip-sections is still scanned in full by its executable
# PT_LOAD: the traps at the start and at the very end of the segment are found
# and located by address and file offset, and the FDE of _start (found through
# PT_GNU_EH_FRAME) keeps the bytes inside its immediate from being flagged.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld --eh-frame-hdr a.o -o a.out
# RUN: %llvm-nm a.out > info.txt
# RUN: %llvm-objcopy --strip-sections a.out nosections
# RUN: %llvm-readelf -hlW nosections >> info.txt
# RUN: %xsc-scan nosections >> info.txt; echo "exit=$?" >> info.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < info.txt
# CHECK: {{^}}[[#%x,FIRST:]] t first
# CHECK: {{^}}[[#%x,LAST:]] t last
# CHECK: Number of section headers: 0{{$}}
# CHECK: LOAD 0x[[#%x,OFF:]] 0x[[#%x,VADDR:]] 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}} R E
# CHECK: {{^}}nosections: error: 0x[[#%x,FIRST]] (offset 0x[[#%x,FIRST-VADDR+OFF]]): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}nosections: error: 0x[[#%x,LAST+5]] (offset 0x[[#%x,LAST+5-VADDR+OFF]]): 'int $0x80' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1
# RUN: %xsc-scan --format=json nosections > out.json; test $? -eq 1
# RUN: %report json out.json | %FileCheck --check-prefix=JSON %s
# JSON: finding kind=syscall address={{[0-9]+}} offset={{[0-9]+}} section=null symbol=null symbol_offset=null allowed=false uncertain=false
# JSON-NEXT: finding kind=int80 address={{[0-9]+}} offset={{[0-9]+}} section=null symbol=null symbol_offset=null allowed=false uncertain=false

	.text
	.type	first,@function
first:
	syscall
	.globl	_start
	.type	_start,@function
_start:
	.cfi_startproc
	movl	$0x80cd050f, %eax
	call	first
	jmp	last
	.cfi_endproc
	.size	_start, .-_start

	.type	last,@function
last:
	movl	$60, %eax
	int	$0x80
