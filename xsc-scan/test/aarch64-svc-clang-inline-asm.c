// SPDX-License-Identifier: Apache-2.0
// An svc from C inline asm, compiled with clang --target=aarch64 and linked with
// lld into a static executable, is found in the function that holds it.
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %clang --target=aarch64-linux-gnu -O2 -ffreestanding -nostdlib -static -fuse-ld=lld %s -o a.out
// RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s < out.txt
// CHECK: {{^}}a.out: error: raw_exit+0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// CHECK-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 1 violations, 0 allowed, 0 uncertain
// CHECK-NEXT: {{^}}exit=1

__attribute__((noinline)) void raw_exit(long code)
{
	register long x0 __asm__("x0") = code;
	register long x8 __asm__("x8") = 93;
	__asm__ volatile("svc #0" : : "r"(x0), "r"(x8) : "memory");
	__builtin_unreachable();
}

void _start(void)
{
	raw_exit(0);
}
