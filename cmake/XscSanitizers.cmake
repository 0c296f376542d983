# SPDX-License-Identifier: Apache-2.0
# XSC_SANITIZE=address,undefined instruments every target (used by CI's
# sanitizer build of the scanner). Instrumentation only: behaviour is unchanged.
set(XSC_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for all targets")
if(XSC_SANITIZE)
  message(STATUS "xsc: building with -fsanitize=${XSC_SANITIZE}")
  add_compile_options(-fsanitize=${XSC_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${XSC_SANITIZE})
endif()
