# SPDX-License-Identifier: Apache-2.0
# In a relocatable object, a trap in the xsc_allow_trap section is reported as
# allowed (a note, exit 0 on its own); a trap in .text is a violation.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o both.o
# RUN: %llvm-mc -filetype=obj -triple=x86_64 --defsym=ALLOWED_ONLY=1 %s -o allowed.o
# RUN: %xsc-scan both.o > both.txt; echo "exit=$?" >> both.txt
# RUN: %FileCheck --check-prefix=BOTH %s < both.txt
# BOTH: {{^}}both.o: error: bad+0x0 (.text+0x0): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# BOTH-NEXT: {{^}}both.o: note: raw_syscall+0x3 (xsc_allow_trap+0x3): 'syscall' instruction in the allow-trap section [xsc-trap-insn]
# BOTH-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 1 allowed, 0 uncertain
# BOTH-NEXT: {{^}}exit=1
# RUN: %xsc-scan allowed.o > allowed.txt; echo "exit=$?" >> allowed.txt
# RUN: %FileCheck --check-prefix=ALLOWED %s < allowed.txt
# ALLOWED: {{^}}allowed.o: note: raw_syscall+0x3 (xsc_allow_trap+0x3): 'syscall' instruction in the allow-trap section [xsc-trap-insn]
# ALLOWED-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 0 violations, 1 allowed, 0 uncertain
# ALLOWED-NEXT: {{^}}exit=0
# RUN: %xsc-scan --format=json allowed.o > allowed.json
# RUN: %report json allowed.json | %FileCheck --check-prefix=JSON %s
# JSON: finding kind=syscall address=3 offset={{[0-9]+}} section=xsc_allow_trap symbol=raw_syscall symbol_offset=3 allowed=true uncertain=false
# JSON-NEXT: summary files=1 elf=1 not_elf=0 unsupported=0 errors=0 violations=0 allowed=1 uncertain=0

	.section xsc_allow_trap,"ax",@progbits
	.globl	raw_syscall
	.type	raw_syscall,@function
raw_syscall:
	movq	%rdi, %rax
	syscall
	ret
	.size	raw_syscall, .-raw_syscall

	.ifndef ALLOWED_ONLY
	.text
	.globl	bad
	.type	bad,@function
bad:
	syscall
	ret
	.size	bad, .-bad
	.endif
