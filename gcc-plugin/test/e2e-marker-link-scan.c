// SPDX-License-Identifier: Apache-2.0
// End to end: a function marked XSC_ALLOW_TRAP_FN passes the plugin, lands in
// the allow-trap output section after a real link, and xsc-scan allows it
// (exit 0); audited with --no-allow it is a violation (exit 1). On aarch64 too.
// REQUIRES: xsc-scan
// RUN: %gcc_x86_64 -O2 %s -o %t
// RUN: %xsc_scan %t | FileCheck %s
// RUN: sh -c '%xsc_scan --no-allow %t; test $? -eq 1'

#include <xsc/allow_trap.h>

#if defined(__x86_64__)
#define TRAP "syscall"
#else
#define TRAP "svc #0"
#endif

XSC_ALLOW_TRAP_FN long raw_trap(void)
{
	__asm__ volatile(TRAP ::: "memory");
	return 0;
}

int main(int argc, char **argv)
{
	(void)argv;
	return argc > 5 ? (int)raw_trap() : 0;
}

// CHECK: raw_trap+0x{{[0-9a-f]+}} (xsc_allow_trap+0x{{[0-9a-f]+}})
// CHECK: summary: 1 file{{s?}}: 1 ELF scanned{{.*}} 0 violations, 1 allowed
