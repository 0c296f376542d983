// SPDX-License-Identifier: Apache-2.0
// End to end on aarch64: the pragma moves the svc function into the allow-trap
// section, the cross linker keeps it there, and xsc-scan agrees (exit 0; exit 1
// with --no-allow).
// REQUIRES: xsc-scan, aarch64-sysroot
// RUN: %clang_aarch64 -O2 %s -o %t
// RUN: %xsc_scan %t
// RUN: sh -c '%xsc_scan --no-allow %t; test $? -eq 1'

long raw_getpid(void)
{
	register long x8 __asm__("x8") = 172;
	register long x0 __asm__("x0");
	__asm__ volatile("svc #0" : "=r"(x0) : "r"(x8) : "memory");
	return x0;
}

int main(int argc, char **argv)
{
	(void)argv;
	return argc > 5 ? (int)raw_getpid() : 0;
}

#pragma XSC_ALLOW_TRAP
