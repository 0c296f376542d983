// SPDX-License-Identifier: Apache-2.0
// Every GCC header and every GCC-version #if the xsc-enforce GCC plugin needs,
// in one place. The c-family and libcpp symbols are declared weak: GCC's lto1
// also loads the plugin and has no C front end, so they are absent there and
// the plugin must notice and stay idle.
#ifndef XSC_GCC_COMPAT_H
#define XSC_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "plugin-version.h"

#include "tree.h"
#include "stringpool.h"
#include "attribs.h"
#include "cgraph.h"
#include "cpplib.h"
#include "c-family/c-pragma.h"
#include "diagnostic-core.h"
#include "input.h"
#include "langhooks.h"
#include "tree-iterator.h"

#if GCCPLUGIN_VERSION_MAJOR < 10 || GCCPLUGIN_VERSION_MAJOR > 13
#error "xsc-enforce: this plugin supports GCC 10 to 13"
#endif

// C front end (c-family) and preprocessor symbols: present in cc1 and cc1plus,
// absent in lto1.
extern struct cpp_reader *parse_in __attribute__((weak));
extern void c_register_pragma(const char *space, const char *name,
                              pragma_handler_1arg handler)
    __attribute__((weak));
extern cpp_callbacks *cpp_get_callbacks(cpp_reader *) __attribute__((weak));
extern const cpp_token *cpp_get_token(cpp_reader *) __attribute__((weak));
extern void _cpp_backup_tokens(cpp_reader *, unsigned int) __attribute__((weak));
extern int cpp_defined(cpp_reader *, const unsigned char *, int)
    __attribute__((weak));
extern void cpp_define(cpp_reader *, const char *) __attribute__((weak));

// C++ front end only (cc1plus): nonzero while a template is being parsed.
extern int processing_template_decl __attribute__((weak));

namespace xsc_gcc {

inline bool in_template_pattern() {
  return &processing_template_decl != nullptr && processing_template_decl != 0;
}

inline bool have_c_family() {
  return &parse_in != nullptr && &c_register_pragma != nullptr &&
         &cpp_get_callbacks != nullptr && &cpp_get_token != nullptr &&
         &_cpp_backup_tokens != nullptr && &cpp_defined != nullptr &&
         &cpp_define != nullptr && parse_in != nullptr;
}

inline const char *section_name(tree decl) { return DECL_SECTION_NAME(decl); }

inline void set_section(tree decl, const char *name) {
  set_decl_section_name(decl, name);
}

inline char_span source_line(const char *file, int line) {
  return location_get_source_line(file, line);
}

}  // namespace xsc_gcc

#endif  // XSC_GCC_COMPAT_H
