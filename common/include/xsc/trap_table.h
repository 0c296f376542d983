/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The trap table: the one definition, per architecture, of every instruction that
 * enters the kernel. The compiler plugins, the asm-text analysis and xsc-scan all
 * read it; nothing else in the tree may spell a trap encoding.
 */
#ifndef XSC_TRAP_TABLE_H
#define XSC_TRAP_TABLE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum xsc_arch {
	XSC_ARCH_X86_64,
	XSC_ARCH_I386,
	XSC_ARCH_AARCH64,
	XSC_ARCH_COUNT
};

/* Kind names ("syscall", "sysenter", "int80", "svc") are the same in the CLI,
 * JSON, SARIF and tests. */
enum xsc_trap_kind {
	XSC_TRAP_SYSCALL,
	XSC_TRAP_SYSENTER,
	XSC_TRAP_INT80,
	XSC_TRAP_SVC,
	XSC_TRAP_KIND_COUNT
};

#define XSC_TRAP_MAX_BYTES 4

struct xsc_trap {
	enum xsc_arch arch;
	enum xsc_trap_kind kind;
	/* Assembler mnemonic, lower case: "syscall", "int", "svc". */
	const char *mnemonic;
	/* How messages quote the instruction: "syscall", "int $0x80", "svc #imm". */
	const char *display;
	/* Encoding in memory order; a byte matches when (b & mask[i]) == bytes[i]. */
	uint8_t length;
	uint8_t bytes[XSC_TRAP_MAX_BYTES];
	uint8_t mask[XSC_TRAP_MAX_BYTES];
	/* Required alignment of the first byte (1 on x86, 4 on aarch64). */
	uint8_t alignment;
	/* Capstone instruction id (X86_INS_* or ARM64_INS_*). */
	unsigned capstone_id;
	/* Immediate operand the instruction must carry, or -1 for "any" / none. */
	int64_t immediate;
};

/* Returns the table; *count receives the number of rows. Never NULL. */
const struct xsc_trap *xsc_trap_table(size_t *count);

/* Returns the rows of one architecture, contiguous in the table. */
const struct xsc_trap *xsc_traps_for_arch(enum xsc_arch arch, size_t *count);

/* "syscall", "sysenter", "int80", "svc"; NULL for an out-of-range kind. */
const char *xsc_trap_kind_name(enum xsc_trap_kind kind);

/* "x86_64", "i386", "aarch64"; NULL for an out-of-range arch. */
const char *xsc_arch_name(enum xsc_arch arch);

/* Returns 1 and sets *kind when `len` bytes at `p` begin with the encoding of a
 * trap of `arch` (alignment is the caller's business), else 0. */
int xsc_trap_match(enum xsc_arch arch, const uint8_t *p, size_t len,
		   enum xsc_trap_kind *kind);

#ifdef __cplusplus
}
#endif

#endif /* XSC_TRAP_TABLE_H */
