// SPDX-License-Identifier: Apache-2.0
// A real 'svc #0x80' on aarch64 is an 'svc' violation, here with a non-zero immediate:
// located by symbol and section offset in a .o, by virtual address after a link.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %llvm-mc -filetype=obj -triple=aarch64 %s -o trap.o
// RUN: %xsc-scan trap.o > obj.txt; echo "exit=$?" >> obj.txt
// RUN: %FileCheck --check-prefix=OBJ %s < obj.txt
// OBJ: {{^}}trap.o: error: do_trap+0x8 (.text+0x8): 'svc #0x80' instruction outside an allowed region [xsc-trap-insn]
// OBJ-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
// OBJ-NEXT: {{^}}exit=1

// RUN: %xsc-scan --format=json trap.o > obj.json; test $? -eq 1
// RUN: %report json obj.json | %FileCheck --check-prefix=OBJJSON %s
// OBJJSON: file path=trap.o member=null arch=aarch64 type=rel status=ok error=null
// OBJJSON-NEXT: finding kind=svc address=8 offset={{[0-9]+}} section=.text symbol=do_trap symbol_offset=8 allowed=false uncertain=false
// OBJJSON-NEXT: summary files=1 elf=1 not_elf=0 unsupported=0 errors=0 violations=1 allowed=0 uncertain=0

// RUN: %lld -m aarch64elf trap.o -o trap.exe
// RUN: %llvm-nm trap.exe > exe.txt
// RUN: %xsc-scan --format=json trap.exe > exe.json; echo "exit=$?" >> exe.txt
// RUN: %report json exe.json >> exe.txt
// RUN: %FileCheck --check-prefix=EXE %s < exe.txt
// EXE: [[#%x,FN:]] T do_trap
// EXE: exit=1
// EXE: file path=trap.exe member=null arch=aarch64 type=exec status=ok error=null
// EXE-NEXT: finding kind=svc address=[[#%u,FN+8]] offset={{[0-9]+}} section=.text symbol=do_trap symbol_offset=8 allowed=false uncertain=false
// EXE-NEXT: summary files=1 elf=1 not_elf=0 unsupported=0 errors=0 violations=1 allowed=0 uncertain=0

	.text
	.globl	_start
	.globl	do_trap
	.p2align 2
	.type	do_trap,%function
do_trap:
	mov	x8, #93
	mov	x0, #0
	svc	#0x80
	ret
	.size	do_trap, .-do_trap

	.type	_start,%function
_start:
	b	do_trap
	.size	_start, .-_start
