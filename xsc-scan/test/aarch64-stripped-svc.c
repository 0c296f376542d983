// SPDX-License-Identifier: Apache-2.0
// aarch64 executables after llvm-strip --strip-all (no symbols, no $x/$d
// mapping symbols): built by the cross gcc, whose .eh_frame FDE still marks
// raw_exit as code, the svc is a violation located by address and section;
// built by clang (no .eh_frame here), nothing tells code from data, so the svc
// is reported as a violation or as uncertain, but never dropped.
// REQUIRES: aarch64-cc
// RUN: rm -rf %t && mkdir %t && cd %t
// RUN: %aarch64-gcc -O2 -ffreestanding -nostdlib -static %s -o gcc.full
// RUN: %llvm-strip --strip-all gcc.full -o gcc.stripped
// RUN: %llvm-readelf -SW gcc.stripped | %FileCheck --check-prefix=GCCSECS %s
// GCCSECS-NOT: .symtab
// GCCSECS: .eh_frame
// RUN: %xsc-scan gcc.full gcc.stripped > gcc.txt; echo "exit=$?" >> gcc.txt
// RUN: %FileCheck --check-prefix=GCC %s < gcc.txt
// GCC: {{^}}gcc.full: error: raw_exit+0x{{[0-9a-f]+}} (.text+0x[[#%x,SECOFF:]]): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// GCC-NEXT: {{^}}gcc.stripped: error: 0x{{[0-9a-f]+}} (.text+0x[[#%x,SECOFF]]): 'svc #0x0' instruction outside an allowed region [xsc-trap-insn]
// GCC-NEXT: {{^}}summary: 2 files: 2 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; 2 violations, 0 allowed, 0 uncertain
// GCC-NEXT: {{^}}exit=1
// RUN: %clang --target=aarch64-linux-gnu -O2 -ffreestanding -nostdlib -static -fuse-ld=lld %s -o clang.full
// RUN: %llvm-strip --strip-all clang.full -o clang.stripped
// RUN: %xsc-scan clang.stripped > clang.txt; echo "exit=$?" >> clang.txt
// RUN: %FileCheck --check-prefix=CLANG %s < clang.txt
// CLANG: {{^}}clang.stripped: {{error|warning}}: 0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): {{.*}}'svc #0x0' instruction
// CLANG-NEXT: {{^}}summary: 1 files: 1 ELF scanned, 0 not ELF, 0 unsupported, 0 errors; {{1 violations, 0 allowed, 0 uncertain|0 violations, 0 allowed, 1 uncertain}}

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
