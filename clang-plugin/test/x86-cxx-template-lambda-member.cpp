// SPDX-License-Identifier: Apache-2.0
// C++ templates (even uninstantiated), member functions, lambdas and unused inline functions are checked.
// RUN: %verify_x86_64  %s

template <typename T> T trap_template(T n) {
  __asm__ volatile("syscall" : "+a"(n));
  return n;
}
struct Device {
  void poke() { __asm__ volatile("sysenter"); }
};
inline auto make_lambda() {
  return [] { __asm__ volatile("int $0x80"); };
}
namespace ns { inline void unused() { asm("syscall"); } }

// expected-error@6 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@6 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@10 {{inline assembly issues system-call instruction 'sysenter'}}
// expected-note@10 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@13 {{inline assembly issues system-call instruction 'int $0x80'}}
// expected-note@13 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
// expected-error@15 {{inline assembly issues system-call instruction 'syscall'}}
// expected-note@15 {{call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN}}
