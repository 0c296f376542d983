# SPDX-License-Identifier: Apache-2.0
# The runtime's test programs, one per behaviour; shared by the native build
# and the aarch64 cross build (which the native build registers under qemu).
set(XSC_RUNTIME_TESTS
  xsc-syscall-returns-raw-result
  syscall-symbol-has-libc-semantics
  wrappers-match-native
  eintr-matches-native
  stress-threads-match-completions
  batch-submit-reap
  blocked-call-does-not-stall-others
  futex-maps-to-xsync
  one-cpu-never-busy-spins
  fini-then-reinit
  thread-class-runs-on-caller
  fork-child-sets-up-own-runtime
  uring-serves-file-io)
set(XSC_RUNTIME_SELF_TESTS
  backend-env-override)
