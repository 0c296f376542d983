// SPDX-License-Identifier: Apache-2.0
// The plugin defines __XSC_ENFORCE__ to 1.
// RUN: %gcc_x86_64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_i386  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// RUN: %gcc_aarch64  -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning: --allow-empty
// REQUIRES: aarch64-gcc

#ifndef __XSC_ENFORCE__
#error "__XSC_ENFORCE__ is not defined under the plugin"
#endif
#if __XSC_ENFORCE__ != 1
#error "__XSC_ENFORCE__ is not 1"
#endif
int ok;

// CHECK-NOT: xsc
