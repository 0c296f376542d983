/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The words of the xsc-trap-in-asm rule: one table that both compiler plugins
 * print from, so Clang and GCC say exactly the same thing. Each entry is a
 * printf format; the argument list of each id is fixed and documented here.
 */
#ifndef XSC_ASM_MESSAGES_H
#define XSC_ASM_MESSAGES_H

#include <stddef.h>

#include "xsc/asm_scan.h"

#ifdef __cplusplus
extern "C" {
#endif

#define XSC_ENFORCE_RULE_ID "xsc-trap-in-asm"
/* Defined by each plugin in every translation unit it enforces. */
#define XSC_ENFORCE_MACRO "__XSC_ENFORCE__"
/* Defining this macro (-DXSC_ENFORCE_WARN) turns the errors into warnings. */
#define XSC_ENFORCE_WARN_MACRO "XSC_ENFORCE_WARN"

enum xsc_msg_id {
	XSC_MSG_TRAP_INSN,        /* (construct) */
	XSC_MSG_TRAP_DATA,        /* (trap display, construct) */
	XSC_MSG_FILE_SCOPE_INSN,  /* (construct) */
	XSC_MSG_FILE_SCOPE_DATA,  /* (trap display, construct) */
	XSC_MSG_NOTE_FIX,         /* () */
	XSC_MSG_NOTE_FILE_SCOPE_FIX, /* () */
	XSC_MSG_NOTE_PRAGMA_FILE_SCOPE, /* () */
	XSC_MSG_BAD_PRAGMA,       /* (pragma name) */
	XSC_MSG_PRAGMA_NOT_FILE_SCOPE, /* () */
	XSC_MSG_VERSION_MISMATCH, /* (compiler, built version, loaded version) */
	XSC_MSG_COUNT
};

/* Returns the printf format of `id`; never NULL for a valid id. */
const char *xsc_msg_format(enum xsc_msg_id id);

/* Formats the main message for finding `f` into buf (always NUL-terminated).
 * file_scope selects the wording for file-scope asm. */
void xsc_msg_for_finding(const struct xsc_asm_finding *f, int file_scope,
			 char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* XSC_ASM_MESSAGES_H */
