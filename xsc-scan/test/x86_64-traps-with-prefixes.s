# SPDX-License-Identifier: Apache-2.0
# Legacy and REX prefixes do not stop a trap from trapping (the CPU ignores
# them): 66/2E/48/F3/40/3E 66 before 0F 05, and 66/48 before CD 80, F3 before
# 0F 34 are all real traps, reported at the first byte of the instruction
# (its prefix), not missed because the trap bytes start later.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %llvm-objdump -d a.o | %FileCheck --check-prefix=DIS %s
# DIS-COUNT-6: syscall
# DIS-COUNT-2: int $128
# DIS: sysenter
# RUN: %xsc-scan a.o > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK: {{^}}a.o: error: f+0x0 (.text+0x0): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x3 (.text+0x3): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x6 (.text+0x6): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x9 (.text+0x9): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0xc (.text+0xc): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0xf (.text+0xf): 'syscall' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x13 (.text+0x13): 'int $0x80' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x16 (.text+0x16): 'int $0x80' instruction
# CHECK-NEXT: {{^}}a.o: error: f+0x19 (.text+0x19): 'sysenter' instruction
# CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 9 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.text
	.type	f,@function
f:
	.byte	0x66, 0x0f, 0x05
	.byte	0x2e, 0x0f, 0x05
	.byte	0x48, 0x0f, 0x05
	.byte	0xf3, 0x0f, 0x05
	.byte	0x40, 0x0f, 0x05
	.byte	0x3e, 0x66, 0x0f, 0x05
	.byte	0x66, 0xcd, 0x80
	.byte	0x48, 0xcd, 0x80
	.byte	0xf3, 0x0f, 0x34
	ret
	.size	f, .-f
