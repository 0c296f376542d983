// SPDX-License-Identifier: Apache-2.0
// The xsc-enforce Clang plugin: rejects inline assembly that issues a system-call
// trap. Runs before code generation (AddBeforeMainAction), so functions that
// '#pragma XSC_ALLOW_TRAP' allows can still be moved into the allow-trap section;
// the verdicts themselves wait for the end of the unit, because the pragma
// anywhere at file scope changes them.
#include "clang_compat.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "xsc/allow_trap.h"
#include "xsc/asm_messages.h"
#include "xsc/asm_scan.h"

using namespace clang;

namespace xsc_clang {
namespace {

struct Site {
  SourceLocation loc;
  FunctionDecl *fn;  // nullptr for file-scope asm
  std::string message;
};

struct UnitState {
  bool pragma_seen = false;     // the handler ran at file scope: the truth
  // Where the handler ran. The parser may handle a pragma while it still is
  // inside the function it just finished, so file scope is checked against
  // the function bodies afterwards.
  std::vector<SourceLocation> pragma_locs;
  bool pragma_expected = false; // a textual pre-scan of the main file found it
  bool prescanned = false;
};

bool in_allow_section(const FunctionDecl *fn) {
  for (const FunctionDecl *d = fn; d; d = d->getPreviousDecl())
    if (const auto *a = d->getAttr<SectionAttr>())
      if (a->getName() == XSC_ALLOW_TRAP_SECTION_NAME)
        return true;
  return false;
}

// '#pragma XSC_ALLOW_TRAP' and _Pragma("XSC_ALLOW_TRAP").
class AllowPragma : public PragmaHandler {
public:
  explicit AllowPragma(UnitState &s) : PragmaHandler(XSC_ALLOW_TRAP_PRAGMA), state_(s) {}
  void HandlePragma(Preprocessor &, PragmaIntroducer, Token &tok) override {
    state_.pragma_seen = true;
    state_.pragma_locs.push_back(tok.getLocation());
  }

private:
  UnitState &state_;
};

// Every pragma nobody else claims: a name starting with XSC_ is a misspelt
// opt-out, which grants nothing and says so. Clang's own -Wunknown-pragmas
// warning is then issued as it would have been.
class UnknownPragma : public PragmaHandler {
public:
  UnknownPragma() : PragmaHandler(StringRef()) {}
  void HandlePragma(Preprocessor &pp, PragmaIntroducer, Token &tok) override {
    IdentifierInfo *ii = tok.getIdentifierInfo();
    if (ii && ii->getName().size() >= 4 &&
        ii->getName().take_front(4).equals_insensitive("xsc_")) {
      DiagnosticsEngine &d = pp.getDiagnostics();
      char msg[256];
      snprintf(msg, sizeof(msg), xsc_msg_format(XSC_MSG_BAD_PRAGMA),
               ii->getName().str().c_str());
      d.Report(tok.getLocation(),
               d.getCustomDiagID(DiagnosticsEngine::Warning, "%0"))
          << msg;
      return;
    }
    pp.Diag(tok, diag::warn_pragma_ignored);
  }
};

// True when the main file spells the pragma: '#pragma XSC_ALLOW_TRAP' or
// '_Pragma("XSC_ALLOW_TRAP")'. Lets functions be moved before the handler
// has run; the handler still has the last word.
bool prescan_main_file(const SourceManager &sm) {
  StringRef text = sm.getBufferData(sm.getMainFileID());
  StringRef word = XSC_ALLOW_TRAP_PRAGMA;
  for (size_t at = text.find(word); at != StringRef::npos;
       at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    if (end < text.size() && (isalnum(text[end]) || text[end] == '_'))
      continue;
    size_t bol = text.rfind('\n', at);
    StringRef before = text.slice(bol == StringRef::npos ? 0 : bol + 1, at).trim();
    if (before.endswith("_Pragma(\"") || before.endswith("_Pragma (\""))
      return true;
    if (before.consume_front("#") && before.ltrim() == "pragma")
      return true;
  }
  return false;
}

// Finds every asm statement and file-scope asm of a declaration. A lean walk
// rather than a RecursiveASTVisitor: only declarations that can hold code and
// only statements are visited (never types), which keeps the plugin's cost
// near zero; an explicit work list keeps deep expressions off the C stack.
class Enforcer {
public:
  Enforcer(CompilerInstance &ci, xsc_arch arch, UnitState &state)
      : ci_(ci), arch_(arch), state_(state) {}

  void walk_decl(Decl *d, FunctionDecl *outer = nullptr) {
    if (!d)
      return;
    if (auto *fs = dyn_cast<FileScopeAsmDecl>(d)) {
      VisitFileScopeAsmDecl(fs);
    } else if (auto *ft = dyn_cast<FunctionTemplateDecl>(d)) {
      walk_decl(ft->getTemplatedDecl(), outer);
    } else if (auto *ct = dyn_cast<ClassTemplateDecl>(d)) {
      walk_decl(ct->getTemplatedDecl(), outer);
    } else if (auto *fn = dyn_cast<FunctionDecl>(d)) {
      if (fn->doesThisDeclarationHaveABody()) {
        check_pragmas_in(fn->getBody());
        walk_body(fn->getBody(), fn);
      }
    } else if (auto *var = dyn_cast<VarDecl>(d)) {
      if (var->hasInit())
        walk_body(var->getInit(), outer);
    } else if (auto *spec = dyn_cast<ClassTemplateSpecializationDecl>(d)) {
      // Implicit instantiations repeat their pattern, which is walked.
      if (spec->getSpecializationKind() == TSK_ExplicitSpecialization)
        walk_context(spec, outer);
    } else if (isa<NamespaceDecl, LinkageSpecDecl, RecordDecl, ExportDecl>(d)) {
      walk_context(cast<DeclContext>(d), outer);
    }
  }

  // A pragma inside a function body grants nothing and says so.
  void check_pragmas_in(Stmt *body) {
    if (state_.pragma_locs.empty() || !body)
      return;
    const SourceManager &sm = ci_.getSourceManager();
    SourceRange r = body->getSourceRange();
    auto inside = [&](SourceLocation l) {
      return sm.isBeforeInTranslationUnit(r.getBegin(), l) &&
             sm.isBeforeInTranslationUnit(l, r.getEnd());
    };
    auto &locs = state_.pragma_locs;
    for (SourceLocation l : locs) {
      if (!inside(l))
        continue;
      DiagnosticsEngine &d = ci_.getDiagnostics();
      d.Report(l, d.getCustomDiagID(DiagnosticsEngine::Warning, "%0"))
          << xsc_msg_format(XSC_MSG_PRAGMA_NOT_FILE_SCOPE);
    }
    locs.erase(std::remove_if(locs.begin(), locs.end(), inside), locs.end());
    state_.pragma_seen = !locs.empty();
  }

  void walk_context(DeclContext *dc, FunctionDecl *outer) {
    for (Decl *child : dc->decls())
      walk_decl(child, outer);
  }

  void walk_body(Stmt *body, FunctionDecl *fn) {
    std::vector<Stmt *> work{body};
    while (!work.empty()) {
      Stmt *s = work.back();
      work.pop_back();
      if (!s)
        continue;
      if (auto *a = dyn_cast<GCCAsmStmt>(s)) {
        VisitGCCAsmStmt(a, fn);
      } else if (auto *m = dyn_cast<MSAsmStmt>(s)) {
        VisitMSAsmStmt(m, fn);
      } else if (auto *l = dyn_cast<LambdaExpr>(s)) {
        // The body belongs to the call operator: that is what moves.
        walk_body(l->getBody(), l->getCallOperator());
        for (Expr *init : l->capture_inits())
          work.push_back(init);
        continue;
      } else if (auto *ds = dyn_cast<DeclStmt>(s)) {
        for (Decl *d : ds->decls())
          walk_decl(d, fn);
        continue;
      }
      for (Stmt *child : s->children())
        work.push_back(child);
    }
  }

  void VisitGCCAsmStmt(GCCAsmStmt *s, FunctionDecl *fn) {
    if (!seen_.insert(s).second)
      return;
    if (fn && in_allow_section(fn))
      return;
    ASTContext &ctx = ci_.getASTContext();
    std::vector<xsc_asm_operand> ops;
    std::vector<std::string> names;
    for (unsigned i = 0; i < s->getNumOutputs(); i++) {
      names.push_back(s->getOutputName(i).str());
      ops.push_back({nullptr, 0, 0});
    }
    for (unsigned i = 0; i < s->getNumInputs(); i++) {
      xsc_asm_operand op{nullptr, 0, 0};
      const Expr *e = s->getInputExpr(i);
      Expr::EvalResult r;
      if (e && !e->isValueDependent() && !e->isTypeDependent() &&
          e->EvaluateAsInt(r, ctx) && r.Val.isInt()) {
        op.has_value = 1;
        op.value = r.Val.getInt().getExtValue();
      }
      names.push_back(s->getInputName(i).str());
      ops.push_back(op);
    }
    for (unsigned i = 0; i < s->getNumLabels(); i++) {
      names.push_back(s->getLabelName(i).str());
      ops.push_back({nullptr, 0, 0});
    }
    for (size_t i = 0; i < ops.size(); i++)
      ops[i].name = names[i].empty() ? nullptr : names[i].c_str();
    scan(s->getAsmString(), !s->isSimple(), ops, fn, s->getAsmLoc());
  }

  void VisitMSAsmStmt(MSAsmStmt *s, FunctionDecl *fn) {
    if (!seen_.insert(s).second)
      return;
    if (fn && in_allow_section(fn))
      return;
    // The stored string is LLVM inline-asm text, where "$$" is a literal '$'.
    std::string text;
    StringRef raw = s->getAsmString();
    for (size_t i = 0; i < raw.size(); i++) {
      text += raw[i];
      if (raw[i] == '$' && i + 1 < raw.size() && raw[i + 1] == '$')
        i++;
    }
    xsc_asm_text in{};
    in.text = text.data();
    in.len = text.size();
    in.arch = arch_;
    in.dialect = XSC_ASM_DIALECT_INTEL;
    struct Ctx {
      Enforcer *self;
      MSAsmStmt *stmt;
      FunctionDecl *fn;
      unsigned next_tok;
    } c{this, s, fn, 0};
    xsc_asm_scan(&in, [](void *p, const xsc_asm_finding *f) {
      auto *c = static_cast<Ctx *>(p);
      // Point at the token that spells the mnemonic (or directive).
      StringRef word = StringRef(f->construct).split(' ').first;
      SourceLocation loc = c->stmt->getAsmLoc();
      Token *toks = c->stmt->getAsmToks();
      for (unsigned i = c->next_tok; i < c->stmt->getNumAsmToks(); i++) {
        IdentifierInfo *ii = toks[i].getIdentifierInfo();
        if (ii && ii->getName().equals_insensitive(word)) {
          loc = toks[i].getLocation();
          c->next_tok = i + 1;
          break;
        }
      }
      c->self->record(loc, c->fn, f);
    }, &c);
  }

  void VisitFileScopeAsmDecl(FileScopeAsmDecl *d) {
    if (!seen_decls_.insert(d).second)
      return;
    std::vector<xsc_asm_operand> none;
    scan(d->getAsmString(), false, none, nullptr, d->getAsmLoc());
  }

  // Called after each top-level declaration: functions that the pragma
  // allows are moved now, before code generation emits them.
  void move_allowed() {
    if (!(state_.pragma_seen || state_.pragma_expected))
      return;
    for (const Site &s : sites_)
      if (s.fn)
        move(s.fn);
  }

  void finish() {
    DiagnosticsEngine &d = ci_.getDiagnostics();
    bool warn = ci_.getPreprocessor().isMacroDefined(XSC_ENFORCE_WARN_MACRO);
    unsigned main_id = d.getCustomDiagID(
        warn ? DiagnosticsEngine::Warning : DiagnosticsEngine::Error, "%0");
    unsigned note_id = d.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    // Report in source order, whatever order the parser finished things in.
    const SourceManager &sm = ci_.getSourceManager();
    std::stable_sort(sites_.begin(), sites_.end(), [&](const Site &a, const Site &b) {
      return sm.isBeforeInTranslationUnit(a.loc, b.loc);
    });
    // The same site reached twice (a template pattern and a specialization
    // sharing a string) reports once.
    sites_.erase(std::unique(sites_.begin(), sites_.end(),
                             [](const Site &a, const Site &b) {
                               return a.loc == b.loc && a.fn == b.fn && a.message == b.message;
                             }),
                 sites_.end());
    for (const Site &s : sites_) {
      xsc_msg_id note;
      if (!s.fn)
        note = state_.pragma_seen ? XSC_MSG_NOTE_PRAGMA_FILE_SCOPE
                                  : XSC_MSG_NOTE_FILE_SCOPE_FIX;
      else if (state_.pragma_seen)
        continue;
      else
        note = XSC_MSG_NOTE_FIX;
      d.Report(s.loc, main_id) << s.message;
      d.Report(s.loc, note_id) << xsc_msg_format(note);
    }
    move_allowed();
    sites_.clear();
  }

  void record(SourceLocation loc, FunctionDecl *fn, const xsc_asm_finding *f) {
    char msg[512];
    xsc_msg_for_finding(f, fn == nullptr, msg, sizeof(msg));
    sites_.push_back({loc, fn, msg});
  }

private:
  void move(FunctionDecl *fn) {
    if (!moved_.insert(fn).second)
      return;
    ASTContext &ctx = ci_.getASTContext();
    if (!fn->hasAttr<SectionAttr>())
      fn->addAttr(make_section_attr(ctx, XSC_ALLOW_TRAP_SECTION_NAME));
    if (!fn->hasAttr<NoInlineAttr>())
      fn->addAttr(make_noinline_attr(ctx));
  }

  void scan(StringLiteral *lit, bool is_template,
            const std::vector<xsc_asm_operand> &ops, FunctionDecl *fn,
            SourceLocation fallback) {
    if (!lit || !is_ordinary_string(lit))
      return;
    StringRef text = lit->getString();
    xsc_asm_text in{};
    in.text = text.data();
    in.len = text.size();
    in.arch = arch_;
    in.is_template = is_template;
    in.dialect = XSC_ASM_DIALECT_ATT;
    in.operands = ops.data();
    in.operand_count = ops.size();
    struct Ctx {
      Enforcer *self;
      StringLiteral *lit;
      FunctionDecl *fn;
      SourceLocation fallback;
    } c{this, lit, fn, fallback};
    xsc_asm_scan(&in, [](void *p, const xsc_asm_finding *f) {
      auto *c = static_cast<Ctx *>(p);
      CompilerInstance &ci = c->self->ci_;
      SourceLocation loc = c->lit->getLocationOfByte(
          static_cast<unsigned>(f->offset), ci.getSourceManager(),
          ci.getLangOpts(), ci.getTarget());
      c->self->record(loc.isValid() ? loc : c->fallback, c->fn, f);
    }, &c);
  }

  CompilerInstance &ci_;
  xsc_arch arch_;
  UnitState &state_;
  std::set<const Stmt *> seen_;
  std::set<const Decl *> seen_decls_;
  std::set<FunctionDecl *> moved_;
  std::vector<Site> sites_;
};

class Consumer : public ASTConsumer {
public:
  Consumer(CompilerInstance &ci, xsc_arch arch)
      : ci_(ci), enforcer_(ci, arch, state_) {
    Preprocessor &pp = ci.getPreprocessor();
    pp.AddPragmaHandler(new AllowPragma(state_));
    pp.AddPragmaHandler(new UnknownPragma());
  }

  bool HandleTopLevelDecl(DeclGroupRef group) override {
    if (!state_.prescanned) {
      state_.prescanned = true;
      state_.pragma_expected = prescan_main_file(ci_.getSourceManager());
    }
    for (Decl *d : group)
      enforcer_.walk_decl(d);
    enforcer_.move_allowed();
    return true;
  }

  void HandleTranslationUnit(ASTContext &) override { enforcer_.finish(); }

private:
  CompilerInstance &ci_;
  UnitState state_;
  Enforcer enforcer_;
};

class Action : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &ci,
                                                 StringRef) override {
    const llvm::Triple &t = ci.getTarget().getTriple();
    xsc_arch arch;
    switch (t.getArch()) {
    case llvm::Triple::x86_64:
      arch = XSC_ARCH_X86_64;
      break;
    case llvm::Triple::x86:
      arch = XSC_ARCH_I386;
      break;
    case llvm::Triple::aarch64:
      arch = XSC_ARCH_AARCH64;
      break;
    default:
      // No trap table rows for this target: nothing to enforce.
      return std::make_unique<ASTConsumer>();
    }
    Preprocessor &pp = ci.getPreprocessor();
    pp.setPredefines(pp.getPredefines() + "#define " XSC_ENFORCE_MACRO " 1\n");
    return std::make_unique<Consumer>(ci, arch);
  }

  bool ParseArgs(const CompilerInstance &, const std::vector<std::string> &) override {
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

}  // namespace

void register_plugin() {
  static FrontendPluginRegistry::Add<Action> reg(
      "xsc-enforce", "reject inline assembly that issues system-call instructions");
}

}  // namespace xsc_clang
