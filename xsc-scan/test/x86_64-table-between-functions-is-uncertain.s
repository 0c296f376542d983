# SPDX-License-Identifier: Apache-2.0
# In a stripped linked image with .eh_frame_hdr, trap bytes in a gap between
# FDEs after a 'ret' (a constant table that assembly keeps in .text, as
# OpenSSL's ecp_nistz256 and libgcrypt's AES tables are) are uncertain, not a
# violation; a syscall that follows the end of an FDE with no ret or jump in
# between (glibc's clone closes its CFI just before its syscall) stays a
# violation; and a sized OBJECT symbol in .text marks its bytes as data.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld --eh-frame-hdr a.o -o a.out
# RUN: %llvm-strip --strip-all a.out -o stripped
# RUN: %xsc-scan stripped > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: < out.txt
# CHECK-DAG: {{^}}stripped: warning: 0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): possible 'syscall' instruction: it lies outside every function symbol and unwind entry, and no code of the function before flows into it [xsc-trap-uncertain]
# CHECK-DAG: {{^}}stripped: error: 0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 1 uncertain
# CHECK-NEXT: {{^}}exit=1
# The unstripped image names the table: an OBJECT symbol, so nothing is reported there.
# RUN: %xsc-scan a.out > full.txt; echo "exit=$?" >> full.txt
# RUN: %FileCheck --check-prefix=FULL %s --implicit-check-not=warning: < full.txt
# FULL: {{^}}a.out: error: clone_like+0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# FULL-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain

	.text
	.globl	_start
	.type	_start,@function
_start:
	.cfi_startproc
	xorl	%eax, %eax
	ret
	.cfi_endproc
	.size	_start, .-_start

	.type	table,@object
table:
	.byte	0x11, 0x22, 0x0f, 0x05, 0x33, 0x44
	.size	table, .-table

	.type	clone_like,@function
clone_like:
	.cfi_startproc
	movl	$56, %eax
	.cfi_endproc
	syscall
	ret
	.size	clone_like, .-clone_like
