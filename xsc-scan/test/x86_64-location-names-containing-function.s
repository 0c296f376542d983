# SPDX-License-Identifier: Apache-2.0
# The location names the function that contains the trap (a sized STT_FUNC),
# not a size-0 label that happens to precede it inside the function, nor a
# symbol of another section with the same value.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %xsc-scan a.o > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK: {{^}}a.o: error: f+0x2 (.text+0x2): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.text
	.type	f,@function
f:
	nop
inner_label:
	nop
	syscall
	ret
	.size	f, .-f

	.section .text.other,"ax",@progbits
	.type	g,@function
g:
	nop
	nop
	nop
	ret
	.size	g, .-g
