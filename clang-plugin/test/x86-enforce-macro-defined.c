// SPDX-License-Identifier: Apache-2.0
// The plugin defines __XSC_ENFORCE__ to 1.
// RUN: %verify_x86_64  %s
// RUN: %verify_i386  %s
// RUN: %verify_aarch64  %s

#ifndef __XSC_ENFORCE__
#error "__XSC_ENFORCE__ is not defined under the plugin"
#endif
#if __XSC_ENFORCE__ != 1
#error "__XSC_ENFORCE__ is not 1"
#endif
int ok;

// expected-no-diagnostics
