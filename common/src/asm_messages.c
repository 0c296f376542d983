/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The message table of the xsc-trap-in-asm rule. Messages are lower case, end
 * without a period and quote the construct; the fix is always a separate note.
 */
#include <stdio.h>

#include "xsc/asm_messages.h"

static const char *const formats[XSC_MSG_COUNT] = {
	[XSC_MSG_TRAP_INSN] =
		"inline assembly issues system-call instruction '%s'",
	[XSC_MSG_TRAP_DATA] =
		"inline assembly emits the encoding of system-call instruction '%s' in '%s'",
	[XSC_MSG_FILE_SCOPE_INSN] =
		"file-scope assembly issues system-call instruction '%s'",
	[XSC_MSG_FILE_SCOPE_DATA] =
		"file-scope assembly emits the encoding of system-call instruction '%s' in '%s'",
	[XSC_MSG_NOTE_FIX] =
		"call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN",
	[XSC_MSG_NOTE_FILE_SCOPE_FIX] =
		"call xsc_syscall() from <xsc/runtime.h>, or put audited asm between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>",
	[XSC_MSG_NOTE_PRAGMA_FILE_SCOPE] =
		"'#pragma XSC_ALLOW_TRAP' cannot move file-scope asm into the allow-trap section; put it between XSC_ALLOW_TRAP_ASM_BEGIN and XSC_ALLOW_TRAP_ASM_END from <xsc/allow_trap.h>",
	[XSC_MSG_BAD_PRAGMA] =
		"unknown pragma '%s' grants nothing; the opt-out is spelt '#pragma XSC_ALLOW_TRAP'",
	[XSC_MSG_PRAGMA_NOT_FILE_SCOPE] =
		"'#pragma XSC_ALLOW_TRAP' is only honoured at file scope",
	[XSC_MSG_VERSION_MISMATCH] =
		"xsc-enforce was built for %s %s but is loaded into %s %s",
};

const char *xsc_msg_format(enum xsc_msg_id id)
{
	if ((unsigned)id >= XSC_MSG_COUNT)
		return "";
	return formats[id];
}

/* The formats come from the table above, whose argument lists are fixed. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

void xsc_msg_for_finding(const struct xsc_asm_finding *f, int file_scope,
			 char *buf, size_t size)
{
	if (f->from_data)
		snprintf(buf, size,
			 xsc_msg_format(file_scope ? XSC_MSG_FILE_SCOPE_DATA : XSC_MSG_TRAP_DATA),
			 f->trap->display, f->construct);
	else
		snprintf(buf, size,
			 xsc_msg_format(file_scope ? XSC_MSG_FILE_SCOPE_INSN : XSC_MSG_TRAP_INSN),
			 f->construct);
}
