# SPDX-License-Identifier: Apache-2.0
# Relocatable objects are scanned by SHF_EXECINSTR sections; names only name
# things: a syscall in an executable section named '.rodata.fake' is found, as
# is one in '.init'; trap bytes in a non-executable section named '.text.fake'
# are not.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %llvm-readelf -SW a.o | %FileCheck --check-prefix=SECS %s
# SECS-DAG: .rodata.fake PROGBITS {{.*}} AX
# SECS-DAG: .init PROGBITS {{.*}} AX
# SECS-DAG: .text.fake PROGBITS {{[0-9a-f]+ [0-9a-f]+ [0-9a-f]+ [0-9a-f]+}} A
# RUN: %xsc-scan a.o > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
# CHECK-DAG: {{^}}a.o: error: hidden_code+0x1 (.rodata.fake+0x1): 'syscall' instruction outside an allowed region [xsc-trap-insn]
# CHECK-DAG: {{^}}a.o: error: init_code+0x0 (.init+0x0): 'int $0x80' instruction outside an allowed region [xsc-trap-insn]
# CHECK: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
# CHECK-NEXT: {{^}}exit=1

	.section .rodata.fake,"ax",@progbits
	.type	hidden_code,@function
hidden_code:
	nop
	syscall
	ret
	.size	hidden_code, .-hidden_code

	.section .init,"ax",@progbits
	.type	init_code,@function
init_code:
	int	$0x80
	ret
	.size	init_code, .-init_code

	.section .text.fake,"a",@progbits
	.type	fake_code,@object
fake_code:
	.byte	0x0f, 0x05, 0xcd, 0x80, 0x0f, 0x34
	.size	fake_code, .-fake_code
