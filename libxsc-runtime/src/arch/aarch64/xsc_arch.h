/* SPDX-License-Identifier: Apache-2.0 */
/* aarch64 specifics of the runtime: the spin-loop hint. */
#ifndef XSC_ARCH_H
#define XSC_ARCH_H

/* Tells the core we are spinning (a hint; no ordering effect). */
static inline void xsc_cpu_relax(void)
{
	__asm__ __volatile__("yield" ::: "memory");
}

#endif /* XSC_ARCH_H */
