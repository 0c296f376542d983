// SPDX-License-Identifier: Apache-2.0
// Every Clang header and every Clang-version #if the xsc-enforce Clang plugin
// needs, in one place. The plugin must run in the exact Clang major it was
// built for; XSC_CLANG_BUILT_MAJOR records it for the load-time check.
#ifndef XSC_CLANG_COMPAT_H
#define XSC_CLANG_COMPAT_H

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/LexDiagnostic.h"
#include "clang/Lex/Pragma.h"
#include "clang/Lex/Preprocessor.h"

#if CLANG_VERSION_MAJOR < 14 || CLANG_VERSION_MAJOR > 14
#error "xsc-enforce: this plugin is written against the Clang 14 API"
#endif

#define XSC_CLANG_BUILT_VERSION CLANG_VERSION_STRING
#define XSC_CLANG_BUILT_MAJOR CLANG_VERSION_MAJOR

namespace xsc_clang {

// The mangled name of clang::getClangFullVersion(), which every Clang exports
// and whose signature has not changed since Clang 3.
constexpr const char kFullVersionSymbol[] =
    "_ZN5clang19getClangFullVersionB5cxx11Ev";

// A plain "..." literal (Clang 15 renamed isAscii() to isOrdinary()).
inline bool is_ordinary_string(const clang::StringLiteral *lit) {
  return lit->isAscii();
}

inline clang::SectionAttr *make_section_attr(clang::ASTContext &ctx,
                                             llvm::StringRef name) {
  return clang::SectionAttr::CreateImplicit(ctx, name);
}

inline clang::NoInlineAttr *make_noinline_attr(clang::ASTContext &ctx) {
  return clang::NoInlineAttr::CreateImplicit(ctx);
}

}  // namespace xsc_clang

#endif  // XSC_CLANG_COMPAT_H
