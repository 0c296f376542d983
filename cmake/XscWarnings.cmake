# SPDX-License-Identifier: Apache-2.0
# Warning flags shared by every target of the project: xsc_warnings(<target>).
function(xsc_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wformat=2 -Wno-unused-parameter)
endfunction()
