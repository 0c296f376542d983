// SPDX-License-Identifier: Apache-2.0
// Unit tests of the GCC plugin's source re-reading: the byte of an asm string
// is found in the source only when the literals spell the text exactly, or, for
// the first run after the asm keyword, by matching the word.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "literal_locate.h"

namespace {

struct Source {
  std::vector<std::string> lines;
};

const char *read(void *ctx, int line, size_t *len) {
  auto *s = static_cast<Source *>(ctx);
  if (line < 1 || static_cast<size_t>(line) > s->lines.size())
    return nullptr;
  *len = s->lines[line - 1].size();
  return s->lines[line - 1].c_str();
}

bool Locate(Source &src, const std::string &text, size_t offset,
            xsc_gcc::SourcePos *pos, bool first_run = false, int line = 1) {
  return xsc_gcc::locate_in_literals(read, &src, {line, 1}, text.data(),
                                     text.size(), offset, 100, first_run, pos);
}

TEST(LiteralLocate, SingleLiteral) {
  Source s{{"void f(void) { asm(\"nop; syscall\"); }"}};
  xsc_gcc::SourcePos p{};
  ASSERT_TRUE(Locate(s, "nop; syscall", 5, &p));
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.column, 26);
}

TEST(LiteralLocate, ConcatenationAcrossLinesAndEscapes) {
  Source s{{"  asm(\"mov $1, %%eax\\n\\t\"  /* c */", "      \"syscall\" ::: \"eax\");"}};
  xsc_gcc::SourcePos p{};
  std::string text = "mov $1, %%eax\n\tsyscall";
  ASSERT_TRUE(Locate(s, text, text.find("syscall"), &p));
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 8);
}

TEST(LiteralLocate, SkipsOtherLiteralsAndComments) {
  Source s{{"// \"syscall\"", "char *x = \"sys\"; asm(\"syscall\");"}};
  xsc_gcc::SourcePos p{};
  ASSERT_TRUE(Locate(s, "syscall", 0, &p));
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 23);
}

TEST(LiteralLocate, NoExactMatchFails) {
  Source s{{"asm(TRAP);"}};
  xsc_gcc::SourcePos p{};
  EXPECT_FALSE(Locate(s, "syscall", 0, &p));
}

TEST(LiteralLocate, FirstRunMatchesWordWhenRewritten) {
  // GCC rewrites "%c[v]" to "%c0"; the word "int" is still found.
  Source s{{"asm(\"nop; int %[v]\" :: [v] \"i\"(128));"}};
  xsc_gcc::SourcePos p{};
  std::string text = "nop; int %0";
  ASSERT_TRUE(Locate(s, text, 5, &p, true));
  EXPECT_EQ(p.column, 11);
  EXPECT_FALSE(Locate(s, text, 9, &p, true));  // "%0" is not in the source
}

TEST(LiteralLocate, UnterminatedLiteralFails) {
  Source s{{"asm(\"syscall"}};
  xsc_gcc::SourcePos p{};
  EXPECT_FALSE(Locate(s, "syscall", 0, &p));
}

}  // namespace
