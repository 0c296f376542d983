// SPDX-License-Identifier: Apache-2.0
// The xsc-enforce GCC plugin: rejects inline assembly that issues a system-call
// trap. Function bodies are analysed as each is parsed (used or not), file-scope
// asm at the end of the unit; every verdict waits for the end of the unit,
// because '#pragma XSC_ALLOW_TRAP' anywhere at file scope changes it.
#include "gcc_compat.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "literal_locate.h"
#include "xsc/allow_trap.h"
#include "xsc/asm_messages.h"
#include "xsc/asm_scan.h"

__attribute__((visibility("default"))) int plugin_is_GPL_compatible;

namespace xsc_gcc {
namespace {

struct Site {
  location_t loc;
  tree fndecl;  // NULL_TREE for file-scope asm
  std::string message;
};

struct State {
  bool aarch64 = false;
  bool pragma_seen = false;
  std::vector<Site> sites;
  std::set<tree> seen_asm;
  std::set<tree> shared;  // SAVE_EXPR/TARGET_EXPR nodes walked in this body
  bool prune_pure = true;  // false while walking a C++ template pattern
  asm_node *last_asm = nullptr;  // last file-scope asm already analysed
  location_t checkpoint = UNKNOWN_LOCATION;
  void (*next_def_pragma)(cpp_reader *, location_t) = nullptr;
  void (*next_parse_file)() = nullptr;
};

State *state;

xsc_arch current_arch() {
  if (state->aarch64)
    return XSC_ARCH_AARCH64;
  return TYPE_PRECISION(ptr_type_node) == 32 ? XSC_ARCH_I386 : XSC_ARCH_X86_64;
}

const char *read_line(void *ctx, int line, size_t *len) {
  char_span span = source_line(static_cast<const char *>(ctx), line);
  if (!span.get_buffer())
    return nullptr;
  *len = span.length();
  return span.get_buffer();
}

// Returns a location for (file, line, column), or UNKNOWN_LOCATION when no
// line map of the unit covers it. The result is verified by expanding it.
location_t make_location_at(const char *file, int line, int column) {
  const line_map_ordinary *best = nullptr;
  unsigned n = LINEMAPS_ORDINARY_USED(line_table);
  for (unsigned i = 0; i < n; i++) {
    const line_map_ordinary *m = LINEMAPS_ORDINARY_MAP_AT(line_table, i);
    if (m->to_file && std::strcmp(m->to_file, file) == 0 &&
        ORDINARY_MAP_STARTING_LINE_NUMBER(m) <= static_cast<linenum_type>(line))
      best = m;
  }
  if (!best)
    return UNKNOWN_LOCATION;
  location_t loc = linemap_position_for_line_and_column(line_table, best, line, column);
  expanded_location check = expand_location(loc);
  if (!check.file || std::strcmp(check.file, file) != 0 || check.line != line ||
      check.column != column)
    return UNKNOWN_LOCATION;
  return loc;
}

// Returns the location of byte `offset` of the asm text, searching the source
// from (file, line, column), or UNKNOWN_LOCATION.
location_t locate_from(const char *file, int line, int column, const char *text,
                       size_t len, size_t offset, bool first_run_only = false) {
  SourcePos pos;
  if (!file || !locate_in_literals(read_line, const_cast<char *>(file),
                                   {line, column}, text, len, offset, 400,
                                   first_run_only, &pos))
    return UNKNOWN_LOCATION;
  return make_location_at(file, pos.line, pos.column);
}

location_t locate_from(location_t from, const char *text, size_t len, size_t offset,
                       bool first_run_only = false) {
  if (from == UNKNOWN_LOCATION || from == BUILTINS_LOCATION)
    return UNKNOWN_LOCATION;
  expanded_location xl = expand_location(
      linemap_resolve_location(line_table, from, LRK_SPELLING_LOCATION, nullptr));
  return locate_from(xl.file, xl.line, xl.column, text, len, offset, first_run_only);
}

location_t locate(location_t asm_loc, const char *text, size_t len,
                  size_t offset) {
  location_t loc = locate_from(asm_loc, text, len, offset, true);
  if (loc == UNKNOWN_LOCATION && linemap_location_from_macro_expansion_p(line_table, asm_loc))
    loc = locate_from(linemap_resolve_location(line_table, asm_loc,
                                               LRK_MACRO_EXPANSION_POINT, nullptr),
                      text, len, offset);
  return loc == UNKNOWN_LOCATION ? asm_loc : loc;
}

// File-scope asm has no location at all: search from the last place the
// parser was known to be before it, then from the top of the current file.
location_t locate_toplevel(const char *text, size_t len, size_t offset) {
  location_t loc = locate_from(state->checkpoint, text, len, offset);
  if (loc != UNKNOWN_LOCATION)
    return loc;
  expanded_location xl = expand_location(input_location);
  loc = locate_from(xl.file, 1, 1, text, len, offset);
  if (loc == UNKNOWN_LOCATION && main_input_filename)
    loc = locate_from(main_input_filename, 1, 1, text, len, offset);
  return loc == UNKNOWN_LOCATION ? input_location : loc;
}

struct ScanCtx {
  location_t asm_loc;
  tree fndecl;
  const char *text;
  size_t len;
};

void on_finding(void *p, const xsc_asm_finding *f) {
  ScanCtx *c = static_cast<ScanCtx *>(p);
  char msg[512];
  xsc_msg_for_finding(f, c->fndecl == NULL_TREE, msg, sizeof(msg));
  location_t loc = c->fndecl ? locate(c->asm_loc, c->text, c->len, f->offset)
                             : locate_toplevel(c->text, c->len, f->offset);
  state->sites.push_back({loc, c->fndecl, msg});
}

void collect_operands(tree list, std::vector<xsc_asm_operand> &ops,
                      std::vector<std::string> &names) {
  for (tree link = list; link; link = TREE_CHAIN(link)) {
    xsc_asm_operand op{nullptr, 0, 0};
    tree purpose = TREE_PURPOSE(link);
    tree name = purpose && TREE_CODE(purpose) == TREE_LIST ? TREE_PURPOSE(purpose)
                                                           : purpose;
    names.push_back("");
    if (name && TREE_CODE(name) == STRING_CST)
      names.back().assign(TREE_STRING_POINTER(name));
    else if (name && TREE_CODE(name) == IDENTIFIER_NODE)
      names.back().assign(IDENTIFIER_POINTER(name));
    tree value = TREE_VALUE(link);
    if (value) {
      STRIP_NOPS(value);
      if (TREE_CODE(value) == INTEGER_CST && tree_fits_shwi_p(value)) {
        op.has_value = 1;
        op.value = tree_to_shwi(value);
      }
    }
    ops.push_back(op);
  }
}

void scan_text(location_t loc, tree fndecl, const char *text, size_t len,
               bool is_template, tree outputs, tree inputs, tree labels) {
  std::vector<xsc_asm_operand> ops;
  std::vector<std::string> names;
  collect_operands(outputs, ops, names);
  collect_operands(inputs, ops, names);
  collect_operands(labels, ops, names);
  for (size_t i = 0; i < ops.size(); i++)
    ops[i].name = names[i].empty() ? nullptr : names[i].c_str();
  xsc_asm_text in{};
  in.text = text;
  in.len = len;
  in.arch = current_arch();
  in.is_template = is_template;
  in.dialect = XSC_ASM_DIALECT_ATT;
  in.operands = ops.data();
  in.operand_count = ops.size();
  ScanCtx ctx{loc, fndecl, text, len};
  xsc_asm_scan(&in, on_finding, &ctx);
}

size_t string_len(tree str) {
  // TREE_STRING_LENGTH counts the terminating NUL of a C string.
  size_t n = static_cast<size_t>(TREE_STRING_LENGTH(str));
  return n && TREE_STRING_POINTER(str)[n - 1] == '\0' ? n - 1 : n;
}

// walk_tree callback. The walk runs without walk_tree's duplicate set,
// whose hashing cost more than the rest of the plugin; the only nodes a front
// end shares inside a body are SAVE_EXPR and TARGET_EXPR, which are walked
// once each through state->shared.
tree find_asm(tree *tp, int *walk_subtrees, void *data) {
  tree t = *tp;
  if (TREE_CODE(t) != ASM_EXPR) {
    // Types, constants and declarations hold no statements of this body.
    // Neither does an expression without side effects: the front ends give
    // every asm statement TREE_SIDE_EFFECTS, and building a node propagates
    // the flag from its operands (statement expressions included). Template
    // patterns are built without computing the flag, so they are walked whole.
    if (TYPE_P(t) || CONSTANT_CLASS_P(t) || DECL_P(t) ||
        (state->prune_pure && EXPR_P(t) && !TREE_SIDE_EFFECTS(t)))
      *walk_subtrees = 0;
    else if ((TREE_CODE(t) == SAVE_EXPR || TREE_CODE(t) == TARGET_EXPR) &&
             !state->shared.insert(t).second)
      *walk_subtrees = 0;
    return NULL_TREE;
  }
  *walk_subtrees = 0;
  if (!state->seen_asm.insert(t).second)
    return NULL_TREE;
  tree str = ASM_STRING(t);
  if (!str || TREE_CODE(str) != STRING_CST)
    return NULL_TREE;
  location_t loc = EXPR_LOCATION(t);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION(static_cast<tree>(data));
  bool basic = ASM_INPUT_P(t);
  scan_text(loc, static_cast<tree>(data), TREE_STRING_POINTER(str),
            string_len(str), !basic, basic ? NULL_TREE : ASM_OUTPUTS(t),
            basic ? NULL_TREE : ASM_INPUTS(t), basic ? NULL_TREE : ASM_LABELS(t));
  return NULL_TREE;
}

bool in_allow_section(tree fndecl) {
  const char *s = section_name(fndecl);
  return s && std::strcmp(s, XSC_ALLOW_TRAP_SECTION_NAME) == 0;
}

void scan_new_toplevel_asm() {
  asm_node *n = state->last_asm ? state->last_asm->next : symtab->first_asm_symbol();
  for (; n; n = n->next) {
    state->last_asm = n;
    tree str = n->asm_str;
    if (!str || TREE_CODE(str) != STRING_CST)
      continue;
    scan_text(input_location, NULL_TREE, TREE_STRING_POINTER(str), string_len(str), false,
              NULL_TREE, NULL_TREE, NULL_TREE);
  }
}

void checkpoint() {
  scan_new_toplevel_asm();
  state->checkpoint = input_location;
}

void on_finish_parse_function(void *gcc_data, void *) {
  tree fndecl = static_cast<tree>(gcc_data);
  scan_new_toplevel_asm();
  if (fndecl && TREE_CODE(fndecl) == FUNCTION_DECL && DECL_SAVED_TREE(fndecl) &&
      !in_allow_section(fndecl)) {
    state->prune_pure = !in_template_pattern();
    walk_tree(&DECL_SAVED_TREE(fndecl), find_asm, fndecl, nullptr);
    state->shared.clear();
  }
  state->checkpoint = input_location;
}

void on_finish_decl(void *, void *) { checkpoint(); }

bool warn_mode() {
  static const char name[] = XSC_ENFORCE_WARN_MACRO;
  return cpp_defined(parse_in, reinterpret_cast<const unsigned char *>(name),
                     static_cast<int>(sizeof(name) - 1));
}

void diagnose(location_t loc, bool warn, const std::string &msg,
              enum xsc_msg_id note) {
  bool shown;
  if (warn)
    shown = warning_at(loc, 0, "%s", msg.c_str());
  else
    shown = (error_at(loc, "%s", msg.c_str()), true);
  if (shown)
    inform(loc, "%s", xsc_msg_format(note));
}

void finish_unit() {
  scan_new_toplevel_asm();
  bool warn = warn_mode();
  // Report in source order, whatever order the front end finished things in.
  std::stable_sort(state->sites.begin(), state->sites.end(),
                   [](const Site &a, const Site &b) {
                     return linemap_compare_locations(line_table, a.loc, b.loc) > 0;
                   });
  // The same site of one function reached twice reports once.
  state->sites.erase(std::unique(state->sites.begin(), state->sites.end(),
                                 [](const Site &a, const Site &b) {
                                   return a.loc == b.loc && a.fndecl == b.fndecl &&
                                          a.message == b.message;
                                 }),
                     state->sites.end());
  std::set<tree> moved;
  for (const Site &s : state->sites) {
    if (s.fndecl == NULL_TREE) {
      diagnose(s.loc, warn, s.message,
               state->pragma_seen ? XSC_MSG_NOTE_PRAGMA_FILE_SCOPE
                                  : XSC_MSG_NOTE_FILE_SCOPE_FIX);
    } else if (state->pragma_seen) {
      moved.insert(s.fndecl);
    } else {
      diagnose(s.loc, warn, s.message, XSC_MSG_NOTE_FIX);
    }
  }
  // Under the pragma the allowed functions move into the allow-trap section,
  // so that the linked binary tells xsc-scan the same story.
  for (tree fndecl : moved) {
    set_section(fndecl, XSC_ALLOW_TRAP_SECTION_NAME);
    DECL_UNINLINABLE(fndecl) = 1;
    DECL_ATTRIBUTES(fndecl) = tree_cons(get_identifier("noinline"), NULL_TREE,
                                        DECL_ATTRIBUTES(fndecl));
  }
  state->sites.clear();
}

// Wraps the front end's parse_file hook: once it returns the whole unit is
// parsed (templates instantiated) and nothing is compiled yet, so verdicts can
// still move functions into the allow-trap section. Unlike PLUGIN_FINISH_UNIT,
// this also runs under -fsyntax-only.
void parse_file() {
  state->next_parse_file();
  finish_unit();
}

void handle_allow_pragma(cpp_reader *) {
  if (current_function_decl) {
    warning(0, "%s", xsc_msg_format(XSC_MSG_PRAGMA_NOT_FILE_SCOPE));
    return;
  }
  state->pragma_seen = true;
}

// Unknown pragmas: a name that starts with XSC_ is a misspelt opt-out, which
// grants nothing and says so; then GCC's own handling runs.
void def_pragma(cpp_reader *pfile, location_t loc) {
  const cpp_token *tok = cpp_get_token(pfile);
  unsigned backup = 1;
  if (tok->type == CPP_PADDING) {
    tok = cpp_get_token(pfile);
    backup = 2;
  }
  if (tok->type == CPP_NAME) {
    const char *name = reinterpret_cast<const char *>(NODE_NAME(tok->val.node.node));
    if (strncasecmp(name, "xsc_", 4) == 0) {
      char msg[256];
      snprintf(msg, sizeof(msg), xsc_msg_format(XSC_MSG_BAD_PRAGMA), name);
      warning_at(loc, 0, "%s", msg);
    }
  }
  _cpp_backup_tokens(pfile, backup);
  if (state->next_def_pragma)
    state->next_def_pragma(pfile, loc);
}

void on_pragmas(void *, void *) {
  c_register_pragma(nullptr, XSC_ALLOW_TRAP_PRAGMA, handle_allow_pragma);
}

void on_start_unit(void *, void *) {
  cpp_callbacks *cb = cpp_get_callbacks(parse_in);
  if (cb->def_pragma != def_pragma) {
    state->next_def_pragma = cb->def_pragma;
    cb->def_pragma = def_pragma;
  }
  cpp_define(parse_in, XSC_ENFORCE_MACRO "=1");
}

std::string target_of(const char *config) {
  const char *t = config ? std::strstr(config, "--target=") : nullptr;
  if (!t)
    return "";
  t += 9;
  return std::string(t, std::strcspn(t, " "));
}

}  // namespace
}  // namespace xsc_gcc

__attribute__((visibility("default"))) int plugin_init(struct plugin_name_args *info,
                                                   struct plugin_gcc_version *version) {
  using namespace xsc_gcc;
  if (std::strcmp(version->basever, gcc_version.basever) != 0) {
    char msg[256];
    snprintf(msg, sizeof(msg), xsc_msg_format(XSC_MSG_VERSION_MISMATCH), "gcc",
             gcc_version.basever, "gcc", version->basever);
    error("%s", msg);
    return 1;
  }
  std::string built = target_of(gcc_version.configuration_arguments);
  std::string host = target_of(version->configuration_arguments);
  if (built != host) {
    char msg[256];
    snprintf(msg, sizeof(msg), xsc_msg_format(XSC_MSG_VERSION_MISMATCH), "gcc",
             (std::string(gcc_version.basever) + " --target=" + built).c_str(),
             "gcc", (std::string(version->basever) + " --target=" + host).c_str());
    error("%s", msg);
    return 1;
  }
  static struct plugin_info plugin_info = {
      "0.1.0", "rejects inline assembly that issues system-call instructions "
               "(rule xsc-trap-in-asm); -DXSC_ENFORCE_WARN makes it warn"};
  register_callback(info->base_name, PLUGIN_INFO, nullptr, &plugin_info);
  // lto1 has no C front end: nothing to check there (the scanner covers
  // the linked result).
  if (!have_c_family())
    return 0;
  state = new State;
  state->aarch64 = host.compare(0, 7, "aarch64") == 0;
  register_callback(info->base_name, PLUGIN_START_UNIT, on_start_unit, nullptr);
  register_callback(info->base_name, PLUGIN_PRAGMAS, on_pragmas, nullptr);
  register_callback(info->base_name, PLUGIN_FINISH_DECL, on_finish_decl, nullptr);
  register_callback(info->base_name, PLUGIN_FINISH_PARSE_FUNCTION,
                    on_finish_parse_function, nullptr);
  state->next_parse_file = lang_hooks.parse_file;
  lang_hooks.parse_file = parse_file;
  return 0;
}
