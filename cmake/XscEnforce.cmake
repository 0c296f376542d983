# SPDX-License-Identifier: Apache-2.0
# xsc_enforce(<target> [WARN]): compiles every C and C++ source of <target>
# under the xsc-enforce compiler plugin (rule xsc-trap-in-asm), so a build fails
# at any inline asm that issues a system-call trap. One line per target:
#     include(XscEnforce)
#     xsc_enforce(my_library)
# Inside this project the plugins are the targets xsc-enforce-clang and
# xsc-enforce-gcc (or xsc-enforce-gcc-aarch64 for an aarch64 GCC), which the
# target then depends on. Outside it, the installed plugins are used: GCC finds
# xsc-enforce.so by short name in $(gcc -print-file-name=plugin); for Clang set
# XSC_ENFORCE_CLANG_PLUGIN to the installed .so. WARN defines XSC_ENFORCE_WARN,
# which turns the errors into warnings.
set(XSC_ENFORCE_CLANG_PLUGIN "" CACHE FILEPATH
    "xsc-enforce.so for Clang, when not built in this project")

function(xsc_enforce target)
  cmake_parse_arguments(ARG "WARN" "" "" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "xsc_enforce: unexpected arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()

  # GCC: the host build, or the aarch64 build for an aarch64 cross compiler.
  set(gcc_target xsc-enforce-gcc)
  if(CMAKE_C_COMPILER MATCHES "aarch64" OR CMAKE_CXX_COMPILER MATCHES "aarch64")
    set(gcc_target xsc-enforce-gcc-aarch64)
  endif()
  if(TARGET ${gcc_target})
    set(gcc_plugin "$<TARGET_FILE:${gcc_target}>")
    add_dependencies(${target} ${gcc_target})
  else()
    set(gcc_plugin "xsc-enforce")
  endif()

  if(TARGET xsc-enforce-clang)
    set(clang_plugin "$<TARGET_FILE:xsc-enforce-clang>")
    add_dependencies(${target} xsc-enforce-clang)
  elseif(XSC_ENFORCE_CLANG_PLUGIN)
    set(clang_plugin "${XSC_ENFORCE_CLANG_PLUGIN}")
  else()
    set(clang_plugin "")
  endif()

  target_compile_options(${target} PRIVATE
    "$<$<COMPILE_LANG_AND_ID:C,GNU>:-fplugin=${gcc_plugin}>"
    "$<$<COMPILE_LANG_AND_ID:CXX,GNU>:-fplugin=${gcc_plugin}>")
  if(clang_plugin)
    target_compile_options(${target} PRIVATE
      "$<$<COMPILE_LANG_AND_ID:C,Clang>:-fplugin=${clang_plugin}>"
      "$<$<COMPILE_LANG_AND_ID:CXX,Clang>:-fplugin=${clang_plugin}>")
  elseif(CMAKE_C_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "xsc_enforce(${target}): no Clang plugin; build xsc-enforce-clang "
                        "in this project or set XSC_ENFORCE_CLANG_PLUGIN")
  endif()
  if(ARG_WARN)
    target_compile_definitions(${target} PRIVATE XSC_ENFORCE_WARN)
  endif()
endfunction()
