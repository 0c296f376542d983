// SPDX-License-Identifier: Apache-2.0
// An svc from C inline asm, compiled by the aarch64 cross gcc at -O2 and linked
// by its ld.bfd into a static executable, is found in its function. The switch
// becomes a lookup table in .rodata holding three aligned svc encodings, and
// aarch64 ld.bfd (no -z separate-code) puts .rodata in the same R+X PT_LOAD as
// .text: those words are data (a $d mapping symbol and a non-executable
// section say so), not findings.
// REQUIRES: aarch64-cc
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %aarch64-gcc -O2 -ffreestanding -nostdlib -static -fno-pie -no-pie %s -o a.out
// RUN: %llvm-readelf -lW a.out | %FileCheck --check-prefix=SEG %s
// SEG: LOAD {{.*}} R E
// SEG: {{^ *00 .* \.text \.rodata }}
// RUN: %count-bytes --aligned=4 a.out 010000d4 210000d4 e1ff1fd4 | %FileCheck --check-prefix=WORDS %s
// WORDS: 010000d4: 2
// WORDS-NEXT: 210000d4: 1
// WORDS-NEXT: e1ff1fd4: 1
// RUN: %xsc-scan a.out > out.txt; echo "exit=$?" >> out.txt
// RUN: %FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --implicit-check-not=note: < out.txt
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

__attribute__((noinline)) unsigned long pick(unsigned long i)
{
	switch (i) {
	case 0: return 0xd4000001ul;
	case 1: return 17;
	case 2: return 0xd4000021ul;
	case 3: return 99;
	case 4: return 123456;
	case 5: return 0xd41fffe1ul;
	default: return 5;
	}
}

void _start(void)
{
	volatile unsigned long i = 2;

	raw_exit(pick(i) == 0xd4000021ul ? 0 : 1);
}
