/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The rows of the trap table. Rows of one architecture are contiguous and in
 * enum order, so per-arch lookups are a slice of this array.
 */
#include "xsc/trap_table.h"

#include <capstone/capstone.h>

static const struct xsc_trap xsc_traps[] = {
	{ XSC_ARCH_X86_64, XSC_TRAP_SYSCALL, "syscall", "syscall", 2,
	  { 0x0f, 0x05 }, { 0xff, 0xff }, 1, X86_INS_SYSCALL, -1 },
	{ XSC_ARCH_X86_64, XSC_TRAP_SYSENTER, "sysenter", "sysenter", 2,
	  { 0x0f, 0x34 }, { 0xff, 0xff }, 1, X86_INS_SYSENTER, -1 },
	{ XSC_ARCH_X86_64, XSC_TRAP_INT80, "int", "int $0x80", 2,
	  { 0xcd, 0x80 }, { 0xff, 0xff }, 1, X86_INS_INT, 0x80 },
	{ XSC_ARCH_I386, XSC_TRAP_SYSCALL, "syscall", "syscall", 2,
	  { 0x0f, 0x05 }, { 0xff, 0xff }, 1, X86_INS_SYSCALL, -1 },
	{ XSC_ARCH_I386, XSC_TRAP_SYSENTER, "sysenter", "sysenter", 2,
	  { 0x0f, 0x34 }, { 0xff, 0xff }, 1, X86_INS_SYSENTER, -1 },
	{ XSC_ARCH_I386, XSC_TRAP_INT80, "int", "int $0x80", 2,
	  { 0xcd, 0x80 }, { 0xff, 0xff }, 1, X86_INS_INT, 0x80 },
	/* svc #imm16: (word & 0xFFE0001F) == 0xD4000001, little-endian. */
	{ XSC_ARCH_AARCH64, XSC_TRAP_SVC, "svc", "svc #imm", 4,
	  { 0x01, 0x00, 0x00, 0xd4 }, { 0x1f, 0x00, 0xe0, 0xff }, 4, ARM64_INS_SVC, -1 },
};

static const char *const xsc_kind_names[XSC_TRAP_KIND_COUNT] = {
	[XSC_TRAP_SYSCALL] = "syscall",
	[XSC_TRAP_SYSENTER] = "sysenter",
	[XSC_TRAP_INT80] = "int80",
	[XSC_TRAP_SVC] = "svc",
};

static const char *const xsc_arch_names[XSC_ARCH_COUNT] = {
	[XSC_ARCH_X86_64] = "x86_64",
	[XSC_ARCH_I386] = "i386",
	[XSC_ARCH_AARCH64] = "aarch64",
};

const struct xsc_trap *xsc_trap_table(size_t *count)
{
	*count = sizeof(xsc_traps) / sizeof(xsc_traps[0]);
	return xsc_traps;
}

const struct xsc_trap *xsc_traps_for_arch(enum xsc_arch arch, size_t *count)
{
	size_t n = sizeof(xsc_traps) / sizeof(xsc_traps[0]);
	size_t first = n, i;

	*count = 0;
	for (i = 0; i < n; i++) {
		if (xsc_traps[i].arch != arch)
			continue;
		if (first == n)
			first = i;
		(*count)++;
	}
	return first == n ? NULL : &xsc_traps[first];
}

const char *xsc_trap_kind_name(enum xsc_trap_kind kind)
{
	if ((unsigned)kind >= XSC_TRAP_KIND_COUNT)
		return NULL;
	return xsc_kind_names[kind];
}

const char *xsc_arch_name(enum xsc_arch arch)
{
	if ((unsigned)arch >= XSC_ARCH_COUNT)
		return NULL;
	return xsc_arch_names[arch];
}

int xsc_trap_match(enum xsc_arch arch, const uint8_t *p, size_t len,
		   enum xsc_trap_kind *kind)
{
	size_t count, i, j;
	const struct xsc_trap *t = xsc_traps_for_arch(arch, &count);

	for (i = 0; i < count; i++) {
		if (len < t[i].length)
			continue;
		for (j = 0; j < t[i].length; j++)
			if ((p[j] & t[i].mask[j]) != t[i].bytes[j])
				break;
		if (j == t[i].length) {
			*kind = t[i].kind;
			return 1;
		}
	}
	return 0;
}
