// SPDX-License-Identifier: Apache-2.0
// C++ templates (even uninstantiated), member functions, lambdas and unused inline functions are checked.
// RUN: not %gxx_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

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

// CHECK: x86-cxx-template-lambda-member.cpp:6:21: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-cxx-template-lambda-member.cpp:6:21: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-cxx-template-lambda-member.cpp:10:35: error: inline assembly issues system-call instruction 'sysenter'
// CHECK-NEXT: x86-cxx-template-lambda-member.cpp:10:35: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-cxx-template-lambda-member.cpp:13:33: error: inline assembly issues system-call instruction 'int $0x80'
// CHECK-NEXT: x86-cxx-template-lambda-member.cpp:13:33: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
// CHECK: x86-cxx-template-lambda-member.cpp:15:44: error: inline assembly issues system-call instruction 'syscall'
// CHECK-NEXT: x86-cxx-template-lambda-member.cpp:15:44: note: call xsc_syscall() from <xsc/runtime.h>, or mark audited code with XSC_ALLOW_TRAP_FN
