// SPDX-License-Identifier: Apache-2.0
// End to end, the other verdict: in warn mode (-DXSC_ENFORCE_WARN) a trap
// outside the allow-trap section only warns in the plugin, and xsc-scan on the
// linked program reports it as a violation (exit 1).
// REQUIRES: xsc-scan
// RUN: %gcc_x86_64 -DXSC_ENFORCE_WARN -O2 %s -o %t 2>&1 | FileCheck %s --check-prefix=PLUGIN --implicit-check-not=error:
// RUN: sh -c '%xsc_scan %t > %t.txt; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=SCAN < %t.txt

long raw_getpid(void)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(39L) : "rcx", "r11", "memory");
	return r;
}

int main(int argc, char **argv)
{
	(void)argv;
	return argc > 5 ? (int)raw_getpid() : 0;
}

// PLUGIN: warning: inline assembly issues system-call instruction 'syscall'
// SCAN: error: raw_getpid+0x{{[0-9a-f]+}} (.text+0x{{[0-9a-f]+}}): 'syscall' instruction outside an allowed region [xsc-trap-insn]
