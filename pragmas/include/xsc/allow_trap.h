/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The marker contract: how audited code that must trap says so, in a way every
 * layer (compiler plugins, linkers, xsc-scan) sees. Code placed in the section
 * named XSC_ALLOW_TRAP_SECTION_NAME is allowed to hold trap instructions. The
 * name is a C identifier and not ".text.*", so GNU ld and lld keep it as its own
 * output section and define __start_/__stop_ symbols for it.
 *
 * Usable from C, C++ and assembler-with-cpp (.S) files.
 */
#ifndef XSC_ALLOW_TRAP_H
#define XSC_ALLOW_TRAP_H

/* Bumped whenever the section name, flags or macro meanings change. */
#define XSC_ALLOW_TRAP_CONTRACT_VERSION 1

/* The section name, bare (for .S files and token pasting) and as a string. */
#define XSC_ALLOW_TRAP_SECTION xsc_allow_trap
#define XSC_ALLOW_TRAP_SECTION_NAME "xsc_allow_trap"

/* The linker-defined bounds of the output section. */
#define XSC_ALLOW_TRAP_START __start_xsc_allow_trap
#define XSC_ALLOW_TRAP_STOP __stop_xsc_allow_trap

/* The pragma that opts a whole translation unit out (test-only code):
 *     #pragma XSC_ALLOW_TRAP
 * It is honoured by the plugins, which also move each function whose trap they
 * allowed into the allow-trap section. */
#define XSC_ALLOW_TRAP_PRAGMA "XSC_ALLOW_TRAP"

#ifdef __ASSEMBLER__

/* In a .S file:
 *         XSC_ALLOW_TRAP_TEXT
 *     my_raw_syscall:
 *         syscall
 *         ret
 *         .previous           (or .popsection after XSC_ALLOW_TRAP_PUSH)
 */
#define XSC_ALLOW_TRAP_TEXT .section xsc_allow_trap, "ax", %progbits
#define XSC_ALLOW_TRAP_PUSH .pushsection xsc_allow_trap, "ax", %progbits
#define XSC_ALLOW_TRAP_POP .popsection

#else /* C and C++ */

/* Puts a function in the allow-trap section. noinline keeps its body there:
 * an inlined copy would land in the caller's .text. */
#define XSC_ALLOW_TRAP_FN __attribute__((section(XSC_ALLOW_TRAP_SECTION_NAME), noinline))

/* Brackets asm text so the instructions between them land in the allow-trap
 * section. Use them inside one asm statement (basic or extended: the text has
 * no '%', so operand templates leave it alone), or around file-scope asm:
 *     __asm__(XSC_ALLOW_TRAP_ASM_BEGIN "raw: syscall; ret\n" XSC_ALLOW_TRAP_ASM_END);
 * The section type is left to its default, progbits.
 */
#define XSC_ALLOW_TRAP_ASM_BEGIN "\t.pushsection " XSC_ALLOW_TRAP_SECTION_NAME ",\"ax\"\n"
#define XSC_ALLOW_TRAP_ASM_END "\n\t.popsection\n"

#endif /* __ASSEMBLER__ */

#endif /* XSC_ALLOW_TRAP_H */
