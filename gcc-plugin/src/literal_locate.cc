// SPDX-License-Identifier: Apache-2.0
// Source re-reading for asm strings (see literal_locate.h). Handles C escapes,
// comments between literals and encoding prefixes; a run ends at any other token.
#include "literal_locate.h"

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace xsc_gcc {
namespace {

struct Scanner {
  LineReader read;
  void *ctx;
  int line;
  int last_line;
  const char *p = nullptr;
  size_t len = 0;
  size_t i = 0;
  bool eof = false;

  bool load() {
    p = read(ctx, line, &len);
    if (!p || line > last_line) {
      eof = true;
      return false;
    }
    return true;
  }
  bool at_end_of_line() const { return i >= len; }
  void next_line() {
    line++;
    i = 0;
    load();
  }
  int col() const { return static_cast<int>(i) + 1; }
};

int hex(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Decodes the literal whose opening quote is at s.i, appending bytes and their
// positions. Returns false on an unterminated literal.
bool read_literal(Scanner &s, std::vector<char> &bytes,
                  std::vector<SourcePos> &pos) {
  s.i++;
  for (;;) {
    if (s.at_end_of_line())
      return false;
    char c = s.p[s.i];
    SourcePos here{s.line, s.col()};
    if (c == '"') {
      s.i++;
      return true;
    }
    if (c != '\\') {
      bytes.push_back(c);
      pos.push_back(here);
      s.i++;
      continue;
    }
    if (s.i + 1 >= s.len) {  // line continuation inside the literal
      s.next_line();
      if (s.eof)
        return false;
      continue;
    }
    char e = s.p[s.i + 1];
    s.i += 2;
    int v;
    if (e == 'x') {
      v = 0;
      while (s.i < s.len && hex(s.p[s.i]) >= 0)
        v = v * 16 + hex(s.p[s.i++]);
    } else if (e >= '0' && e <= '7') {
      v = e - '0';
      for (int n = 1; n < 3 && s.i < s.len && s.p[s.i] >= '0' && s.p[s.i] <= '7'; n++)
        v = v * 8 + (s.p[s.i++] - '0');
    } else {
      switch (e) {
      case 'n': v = '\n'; break;
      case 't': v = '\t'; break;
      case 'r': v = '\r'; break;
      case 'a': v = '\a'; break;
      case 'b': v = '\b'; break;
      case 'f': v = '\f'; break;
      case 'v': v = '\v'; break;
      default: v = static_cast<unsigned char>(e); break;
      }
    }
    bytes.push_back(static_cast<char>(v));
    pos.push_back(here);
  }
}

// Skips blanks, newlines and comments. Returns false at end of input.
bool skip_space(Scanner &s) {
  for (;;) {
    if (s.eof)
      return false;
    if (s.at_end_of_line()) {
      s.next_line();
      continue;
    }
    char c = s.p[s.i];
    if (isspace(static_cast<unsigned char>(c))) {
      s.i++;
    } else if (c == '/' && s.i + 1 < s.len && s.p[s.i + 1] == '/') {
      s.i = s.len;
    } else if (c == '/' && s.i + 1 < s.len && s.p[s.i + 1] == '*') {
      s.i += 2;
      for (;;) {
        if (s.eof)
          return false;
        if (s.i + 1 < s.len && s.p[s.i] == '*' && s.p[s.i + 1] == '/') {
          s.i += 2;
          break;
        }
        if (s.i >= s.len)
          s.next_line();
        else
          s.i++;
      }
    } else {
      return true;
    }
  }
}

bool literal_start(const Scanner &s) {
  size_t i = s.i;
  // Encoding prefixes: u8"", u"", U"", L"".
  if (s.p[i] == 'u' && i + 2 < s.len && s.p[i + 1] == '8')
    i += 2;
  else if ((s.p[i] == 'u' || s.p[i] == 'U' || s.p[i] == 'L') && i + 1 < s.len)
    i += 1;
  return i < s.len && s.p[i] == '"' &&
         (i == s.i || s.i == 0 || !isalnum(static_cast<unsigned char>(s.p[s.i - 1])));
}

// Finds the same occurrence of the word at text[offset] in the run: the k-th
// occurrence in the run for the k-th in the text. Used when the compiler
// rewrote the template (GCC turns "%[name]" into "%0").
bool align_word(const std::vector<char> &run, const std::vector<SourcePos> &pos,
                const char *text, size_t len, size_t offset, SourcePos *out) {
  size_t end = offset;
  while (end < len && (isalnum(static_cast<unsigned char>(text[end])) ||
                       text[end] == '_' || text[end] == '.' || text[end] == '$'))
    end++;
  if (end == offset)
    return false;
  std::string word(text + offset, end - offset);
  std::string before(text, offset), hay(run.begin(), run.end());
  size_t k = 0;
  for (size_t at = before.find(word); at != std::string::npos;
       at = before.find(word, at + word.size()))
    k++;
  size_t at = hay.find(word);
  for (; at != std::string::npos && k; k--)
    at = hay.find(word, at + word.size());
  if (at == std::string::npos)
    return false;
  *out = pos[at];
  return true;
}

}  // namespace

bool locate_in_literals(LineReader read, void *ctx, SourcePos from,
                        const char *text, size_t len, size_t offset,
                        int max_lines, bool first_run_only, SourcePos *out) {
  if (offset >= len)
    return false;
  Scanner s{read, ctx, from.line, from.line + max_lines};
  if (!s.load())
    return false;
  s.i = from.column > 0 ? static_cast<size_t>(from.column - 1) : 0;
  std::vector<char> bytes;
  std::vector<SourcePos> pos;
  while (skip_space(s)) {
    char c = s.p[s.i];
    if (c == '\'') {  // character constant: skip it whole
      s.i++;
      while (s.i < s.len && s.p[s.i] != '\'')
        s.i += s.p[s.i] == '\\' ? 2 : 1;
      s.i++;
      continue;
    }
    if (!literal_start(s)) {
      s.i++;
      continue;
    }
    bytes.clear();
    pos.clear();
    // One run: adjacent literals separated only by blanks and comments.
    for (;;) {
      while (s.p[s.i] != '"')
        s.i++;
      if (!read_literal(s, bytes, pos))
        return false;
      if (bytes.size() > len)
        break;
      if (!skip_space(s) || !literal_start(s))
        break;
    }
    if (bytes.size() == len && std::memcmp(bytes.data(), text, len) == 0) {
      *out = pos[offset];
      return true;
    }
    if (first_run_only) {
      // Collect the whole run even when it is longer than the text.
      while (!s.eof && skip_space(s) && literal_start(s)) {
        while (s.p[s.i] != '"')
          s.i++;
        if (!read_literal(s, bytes, pos))
          break;
      }
      return align_word(bytes, pos, text, len, offset, out);
    }
    if (s.eof)
      return false;
  }
  return false;
}

}  // namespace xsc_gcc
