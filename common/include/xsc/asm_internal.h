/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Internal interfaces of the asm-text analysis (libxsc_asm): the expanded
 * ("flat") text with its map back to template offsets, the integer-expression
 * evaluator and the per-arch assembler syntax table. Not for the plugins.
 */
#ifndef XSC_ASM_INTERNAL_H
#define XSC_ASM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "xsc/asm_scan.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Text as the assembler would receive it, plus, for each byte, the offset in
 * the original template it came from. */
struct xsc_asm_flat {
	char *text;
	size_t *origin;
	size_t len;
	size_t cap;
};

void xsc_asm_flat_free(struct xsc_asm_flat *f);

/* Returns how many dialect alternatives the template has (1 when none; at most
 * 8). Requires: in->is_template. */
unsigned xsc_asm_alternative_count(const struct xsc_asm_text *in);

/* Expands alternative `alt` of `in` (operand references substituted, "%%"
 * undone) into *out. Basic asm is copied verbatim. Returns 0 or -1 on
 * allocation failure. */
int xsc_asm_expand(const struct xsc_asm_text *in, unsigned alt,
		   struct xsc_asm_flat *out);

/* Evaluates the integer expression in s[0..len): numbers in C, GNU as and
 * Intel ("80h") notation, character constants, unary - ~ !, binary * / % + -
 * << >> & ^ |, parentheses; a leading '$' or '#' is skipped. Returns 1 and sets
 * *value when the whole text is a known constant, else 0 (symbols, operands
 * of unknown value, syntax the evaluator does not know). */
int xsc_asm_eval(const char *s, size_t len, int64_t *value);

/* Assembler syntax of one architecture, as GNU as and the LLVM integrated
 * assembler accept it. */
struct xsc_asm_data_directive {
	const char *name; /* without the dot, lower case */
	unsigned size;    /* bytes per value; 0 = string directive */
};

struct xsc_asm_syntax {
	enum xsc_arch arch;
	/* Starts a comment anywhere on a line ("#" on x86, "//" on aarch64). */
	const char *line_comment;
	/* Starts a comment only as the first non-blank character of a line. */
	char line_start_comment;
	/* 1 when "{a|b}" in a template selects a dialect alternative. */
	int has_dialects;
	/* Instruction prefixes skipped before the mnemonic, NULL-terminated. */
	const char *const *prefixes;
	const struct xsc_asm_data_directive *data;
	size_t data_count;
};

/* Returns the syntax of `arch`; never NULL for a valid arch. */
const struct xsc_asm_syntax *xsc_asm_syntax_for(enum xsc_arch arch);

#ifdef __cplusplus
}
#endif

#endif /* XSC_ASM_INTERNAL_H */
