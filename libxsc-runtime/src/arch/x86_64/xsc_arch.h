/* SPDX-License-Identifier: Apache-2.0 */
/* x86-64 specifics of the runtime: the spin-loop hint. */
#ifndef XSC_ARCH_H
#define XSC_ARCH_H

/* Tells the core we are spinning: saves power and yields to the sibling thread. */
static inline void xsc_cpu_relax(void)
{
	__builtin_ia32_pause();
}

#endif /* XSC_ARCH_H */
