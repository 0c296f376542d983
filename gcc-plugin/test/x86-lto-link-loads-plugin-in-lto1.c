// SPDX-License-Identifier: Apache-2.0
// With -flto, GCC's lto1 loads the plugin too; it has no C front end, so the
// plugin must stay idle there instead of failing on c-family symbols.
// RUN: %gcc_x86_64 -O2 -flto -fuse-linker-plugin %s -o %t
// RUN: %t

int main(void) { __asm__ volatile("nop"); return 0; }
