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
  lead-takeover-keeps-every-completion
  futex-maps-to-xsync
  one-cpu-never-busy-spins
  fini-then-reinit
  thread-class-runs-on-caller
  fork-child-sets-up-own-runtime
  uring-serves-file-io
  colocated-caller-and-worker)
# Run once more with XSC_MEMBARRIER=0: the workers' handshakes then use full
# fences on both sides instead of membarrier (the path taken where membarrier
# is missing).
set(XSC_RUNTIME_FENCE_TESTS
  stress-threads-match-completions
  blocked-call-does-not-stall-others
  lead-takeover-keeps-every-completion
  eintr-matches-native)
set(XSC_RUNTIME_SELF_TESTS
  backend-env-override)
