# SPDX-License-Identifier: Apache-2.0
# Every direct branch form that can land inside another instruction exposes the
# trap hidden there: loop, jrcxz, jcc rel32, jmp rel32 and jcc rel8 into the
# middle of 'mov $0x90c3050f, %eax' in five other functions. Each 0F 05 is
# reported (violation or uncertain), at functions a..e +0x1.
# RUN: rm -rf %t && mkdir %t && cd %t
# RUN: %llvm-mc -filetype=obj -triple=x86_64 %s -o a.o
# RUN: %lld -e z a.o -o a.out
# RUN: %llvm-objdump -d a.out | %FileCheck --check-prefix=DIS %s
# DIS: loop {{.*}} <a+0x1>
# DIS-NEXT: jrcxz {{.*}} <b+0x1>
# DIS-NEXT: je {{.*}} <c+0x1>
# DIS-NEXT: jmp {{.*}} <d+0x1>
# DIS-NEXT: jne {{.*}} <e+0x1>
# RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
# RUN: %FileCheck %s < out.txt
# CHECK: {{^}}a.out: {{error|warning}}: a+0x1 (.text+0x1): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}a.out: {{error|warning}}: b+0x1 (.text+0x7): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}a.out: {{error|warning}}: c+0x1 (.text+0xd): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}a.out: {{error|warning}}: d+0x1 (.text+0x13): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}a.out: {{error|warning}}: e+0x1 (.text+0x19): {{.*}}'syscall' instruction
# CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; {{.*}}
# CHECK-NEXT: {{^}}exit={{[01]$}}

	.text
	.type a,@function
a:	movl $0x90c3050f, %eax
	ret
	.size a,.-a
	.type b,@function
b:	movl $0x90c3050f, %eax
	ret
	.size b,.-b
	.type c,@function
c:	movl $0x90c3050f, %eax
	ret
	.size c,.-c
	.type d,@function
d:	movl $0x90c3050f, %eax
	ret
	.size d,.-d
	.type e,@function
e:	movl $0x90c3050f, %eax
	ret
	.size e,.-e
	.type z,@function
z:	loop a+1
	jrcxz b+1
	je.d32 c+1
	jmp.d32 d+1
	jne e+1
	ret
	.size z,.-z
