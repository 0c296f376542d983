# SPDX-License-Identifier: Apache-2.0
# --no-allow (audit mode): a trap in the xsc_allow_trap section counts as a
# violation (exit 1, allowed=false in JSON); without it the same file is clean.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld a.o -o a.out
# RUN: %xsc-scan a.o a.out > default.txt; echo "exit=$?" >> default.txt
# RUN: %FileCheck --check-prefix=DEFAULT %s < default.txt
# DEFAULT: {{^}}a.o: note: raw_syscall+0x0 (xsc_allow_trap+0x0): 'syscall' instruction in the allow-trap section [xsc-trap-insn]
# DEFAULT-NEXT: {{^}}a.out: note: raw_syscall+0x0 (xsc_allow_trap+0x0): 'syscall' instruction in the allow-trap section [xsc-trap-insn]
# DEFAULT-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 0 violations, 2 allowed, 0 uncertain
# DEFAULT-NEXT: {{^}}exit=0
# RUN: %xsc-scan --no-allow a.o a.out > audit.txt; echo "exit=$?" >> audit.txt
# RUN: %FileCheck --check-prefix=AUDIT %s --implicit-check-not=note: < audit.txt
# AUDIT: {{^}}a.o: error: raw_syscall+0x0 (xsc_allow_trap+0x0): 'syscall' instruction {{.*}}[xsc-trap-insn]
# AUDIT-NEXT: {{^}}a.out: error: raw_syscall+0x0 (xsc_allow_trap+0x0): 'syscall' instruction {{.*}}[xsc-trap-insn]
# AUDIT-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
# AUDIT-NEXT: {{^}}exit=1
# RUN: %xsc-scan --no-allow --format=json a.out > audit.json; test $? -eq 1
# RUN: %report json audit.json | %FileCheck --check-prefix=JSON %s
# JSON: finding kind=syscall address={{[0-9]+}} offset={{[0-9]+}} section=xsc_allow_trap symbol=raw_syscall symbol_offset=0 allowed=false uncertain=false
# JSON-NEXT: summary {{.*}} violations=1 allowed=0 uncertain=0

	.text
	.globl	_start
	.type	_start,@function
_start:
	call	raw_syscall
	ret
	.size	_start, .-_start

	.section xsc_allow_trap,"ax",@progbits
	.globl	raw_syscall
	.type	raw_syscall,@function
raw_syscall:
	syscall
	ret
	.size	raw_syscall, .-raw_syscall
