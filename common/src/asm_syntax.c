/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Per-arch assembler syntax for the asm-text analysis: comment characters,
 * instruction prefixes and the sizes of the data directives. All arch
 * knowledge of the analysis other than the trap encodings lives here.
 */
#include "xsc/asm_internal.h"

static const char *const x86_prefixes[] = {
	"lock", "rep", "repe", "repz", "repne", "repnz", "data16", "data32",
	"addr16", "addr32", "rex", "rex64", "rex.w", "notrack", "bnd", "xacquire",
	"xrelease", "cs", "ds", "es", "fs", "gs", "ss", "{vex}", "{vex3}",
	"{evex}", "{disp8}", "{disp32}", "{load}", "{store}", NULL,
};

static const char *const no_prefixes[] = { NULL };

static const struct xsc_asm_data_directive x86_data[] = {
	{ "byte", 1 },  { "2byte", 2 }, { "short", 2 }, { "hword", 2 },
	{ "value", 2 }, { "word", 2 },  { "4byte", 4 }, { "long", 4 },
	{ "int", 4 },   { "8byte", 8 }, { "quad", 8 },  { "ascii", 0 },
	{ "asciz", 0 }, { "string", 0 },
};

static const struct xsc_asm_data_directive aarch64_data[] = {
	{ "byte", 1 },  { "2byte", 2 }, { "short", 2 }, { "hword", 2 },
	{ "value", 2 }, { "word", 4 },  { "4byte", 4 }, { "long", 4 },
	{ "int", 4 },   { "inst", 4 },  { "8byte", 8 }, { "quad", 8 },
	{ "xword", 8 }, { "dword", 8 }, { "ascii", 0 }, { "asciz", 0 },
	{ "string", 0 },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct xsc_asm_syntax syntaxes[XSC_ARCH_COUNT] = {
	[XSC_ARCH_X86_64] = { XSC_ARCH_X86_64, "#", 0, 1, x86_prefixes, x86_data,
			      COUNT(x86_data) },
	[XSC_ARCH_I386] = { XSC_ARCH_I386, "#", 0, 1, x86_prefixes, x86_data,
			    COUNT(x86_data) },
	[XSC_ARCH_AARCH64] = { XSC_ARCH_AARCH64, "//", '#', 0, no_prefixes,
			       aarch64_data, COUNT(aarch64_data) },
};

const struct xsc_asm_syntax *xsc_asm_syntax_for(enum xsc_arch arch)
{
	if ((unsigned)arch >= XSC_ARCH_COUNT)
		return NULL;
	return &syntaxes[arch];
}
