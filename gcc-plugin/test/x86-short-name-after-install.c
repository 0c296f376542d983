// SPDX-License-Identifier: Apache-2.0
// After `cmake --install <build> --component xsc-enforce`, gcc finds the plugin
// by short name in $(gcc -print-file-name=plugin).
// REQUIRES: gcc-plugin-installed
// RUN: not %gcc_plain -fplugin=xsc-enforce -fdiagnostics-plain-output -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:

void f(void) { __asm__ volatile("syscall"); }

// CHECK: short-name-after-install.c:7:34: error: inline assembly issues system-call instruction 'syscall'
