// SPDX-License-Identifier: Apache-2.0
// An 'int $0x80' from C inline asm, compiled with clang --target=i386 and linked
// with lld into a static executable and into a PIC shared object, is found in
// the function that holds it.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %clang --target=i386-linux-gnu -O2 -ffreestanding -nostdlib -static -fuse-ld=lld %s -o a.out
// RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s < out.txt
// CHECK: {{^}}a.out: error: raw_exit+0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'int $0x80' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1
// RUN: %clang --target=i386-linux-gnu -O2 -fPIC -shared -nostdlib -fuse-ld=lld %s -o libx.so
// RUN: %xsc-scan libx.so > so.txt; echo "exit=$?" >> so.txt
// RUN: %FileCheck --check-prefix=SO %s < so.txt
// SO: {{^}}libx.so: error: raw_exit+0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'int $0x80' instruction outside an allowed region [xsc-trap-insn]
// SO-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
// SO-NEXT: {{^}}exit=1

__attribute__((noinline)) void raw_exit(int code)
{
	__asm__ volatile("int $0x80" : : "a"(1), "b"(code) : "memory");
	__builtin_unreachable();
}

void _start(void)
{
	raw_exit(0);
}
