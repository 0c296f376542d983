/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Asm-text analysis: finds every place where the text of an inline-assembly
 * statement would make the assembler emit a trap instruction of the trap table,
 * either as a mnemonic or as raw bytes in a data directive. Both compiler plugins
 * call it; it never allocates on behalf of the caller and never prints.
 */
#ifndef XSC_ASM_SCAN_H
#define XSC_ASM_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "xsc/trap_table.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One operand of an extended-asm statement, numbered as the compilers number
 * them: outputs first, then inputs, then goto labels. */
struct xsc_asm_operand {
	/* Symbolic name used by %[name], or NULL. */
	const char *name;
	/* 1 when the operand is an integer constant whose value is known. */
	int has_value;
	int64_t value;
};

enum xsc_asm_dialect {
	XSC_ASM_DIALECT_ATT,
	XSC_ASM_DIALECT_INTEL,
};

struct xsc_asm_text {
	const char *text;
	size_t len;
	enum xsc_arch arch;
	/* 1 for an extended-asm template: '%' sequences and, on x86, dialect
	 * alternatives "{att|intel}" are expanded. 0 for basic and file-scope asm,
	 * which the compilers pass to the assembler verbatim. */
	int is_template;
	/* Syntax of text outside alternatives (x86 only). Immediates are accepted
	 * in both spellings, so this only picks the alternative that is scanned
	 * first; every alternative is scanned. */
	enum xsc_asm_dialect dialect;
	const struct xsc_asm_operand *operands;
	size_t operand_count;
};

#define XSC_ASM_CONSTRUCT_MAX 80

struct xsc_asm_finding {
	/* Offset in xsc_asm_text.text of the mnemonic, or of the data value whose
	 * byte starts the encoding. */
	size_t offset;
	enum xsc_trap_kind kind;
	/* The table row that matched. */
	const struct xsc_trap *trap;
	/* 1 when the trap is spelt as raw bytes in a data directive. */
	int from_data;
	/* The statement as the assembler sees it, whitespace squeezed, truncated
	 * with "..." to fit: "int $0x80", ".byte 0x0f,0x05". */
	char construct[XSC_ASM_CONSTRUCT_MAX];
};

/* Called once per finding, in text order. */
typedef void (*xsc_asm_report_fn)(void *ctx, const struct xsc_asm_finding *f);

/* Scans `in` and reports every trap the assembler would emit into an
 * executable section other than the allow-trap section. Returns the number of
 * findings, or -1 when the text is too large to analyse (over 16 MiB) or
 * memory runs out. `report` may be NULL. */
int xsc_asm_scan(const struct xsc_asm_text *in, xsc_asm_report_fn report,
		 void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* XSC_ASM_SCAN_H */
