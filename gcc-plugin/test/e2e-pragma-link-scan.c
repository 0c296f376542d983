// SPDX-License-Identifier: Apache-2.0
// End to end: '#pragma XSC_ALLOW_TRAP' gets through the plugin, which moves the
// allowed functions into the allow-trap section; after a real link (GNU ld and
// lld) xsc-scan reaches the same verdict: allowed (exit 0), and a violation
// (exit 1) when it audits the allow-trap section too. Without the pragma the
// plugin rejects the source.
// REQUIRES: xsc-scan
// RUN: %gcc_x86_64 -O2 %s -o %t.bfd
// RUN: %xsc_scan %t.bfd
// RUN: sh -c '%xsc_scan --no-allow %t.bfd > %t.bfd.txt; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=AUDIT < %t.bfd.txt
// RUN: %gcc_x86_64 -fuse-ld=lld -O2 %s -o %t.lld
// RUN: %xsc_scan %t.lld
// RUN: sh -c '%xsc_scan --no-allow %t.lld; test $? -eq 1'
// RUN: not %gcc_x86_64 -O2 -DNO_PRAGMA -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PLUGIN --implicit-check-not=error:

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

#ifndef NO_PRAGMA
#pragma XSC_ALLOW_TRAP
#endif

// AUDIT: error: raw_getpid+0x{{[0-9a-f]+}} (xsc_allow_trap+0x{{[0-9a-f]+}}): 'syscall'
// PLUGIN: error: inline assembly issues system-call instruction 'syscall'
