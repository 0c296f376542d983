/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Integer expressions of assembler operands ("$0x80", "#0", "(0x40*2)", "80h").
 * Arithmetic wraps like the assembler's (done in uint64_t, so no undefined
 * behaviour); recursion depth is bounded so hostile text cannot exhaust the stack.
 */
#include <ctype.h>
#include <string.h>

#include "xsc/asm_internal.h"

#define MAX_DEPTH 64

struct parser {
	const char *s;
	size_t len;
	size_t pos;
	int depth;
	int bad;
};

static void skip_space(struct parser *p)
{
	while (p->pos < p->len && isspace((unsigned char)p->s[p->pos]))
		p->pos++;
}

static int peek(struct parser *p)
{
	skip_space(p);
	return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return 99;
}

static int parse_digits(const char *s, size_t n, unsigned base, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		int d = digit_value((unsigned char)s[i]);

		if (d >= (int)base)
			return 0;
		v = v * base + (uint64_t)d;
	}
	*out = v;
	return 1;
}

/* A number token: [0-9][0-9a-zA-Z_]* (Intel "80h" included). */
static uint64_t parse_number(struct parser *p)
{
	size_t start = p->pos, n;
	const char *t = p->s + start;
	uint64_t v;

	while (p->pos < p->len &&
	       (isalnum((unsigned char)p->s[p->pos]) || p->s[p->pos] == '_'))
		p->pos++;
	n = p->pos - start;
	if (n > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
		if (parse_digits(t + 2, n - 2, 16, &v))
			return v;
	} else if (n > 2 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) {
		if (parse_digits(t + 2, n - 2, 2, &v))
			return v;
	} else if (n > 1 && (t[n - 1] == 'h' || t[n - 1] == 'H')) {
		if (parse_digits(t, n - 1, 16, &v))
			return v;
	} else if (n > 1 && t[0] == '0') {
		if (parse_digits(t + 1, n - 1, 8, &v))
			return v;
	} else if (parse_digits(t, n, 10, &v)) {
		return v;
	}
	/* "1f"/"1b" local label references and anything else are not constants. */
	p->bad = 1;
	return 0;
}

static uint64_t parse_or(struct parser *p);

static uint64_t parse_unary(struct parser *p)
{
	int c = peek(p);
	uint64_t v;

	if (++p->depth > MAX_DEPTH) {
		p->bad = 1;
		return 0;
	}
	if (c == '-' || c == '~' || c == '!' || c == '+') {
		p->pos++;
		v = parse_unary(p);
		v = c == '-' ? (uint64_t)0 - v : c == '~' ? ~v : c == '!' ? !v : v;
	} else if (c == '(') {
		p->pos++;
		v = parse_or(p);
		if (peek(p) != ')')
			p->bad = 1;
		else
			p->pos++;
	} else if (c >= '0' && c <= '9') {
		v = parse_number(p);
	} else if (c == '\'' && p->pos + 2 < p->len && p->s[p->pos + 1] != '\\' &&
		   p->s[p->pos + 2] == '\'') {
		v = (unsigned char)p->s[p->pos + 1];
		p->pos += 3;
	} else {
		p->bad = 1;
		v = 0;
	}
	p->depth--;
	return v;
}

static int match_op(struct parser *p, const char *op)
{
	size_t n = strlen(op);

	if (peek(p) < 0 || p->len - p->pos < n || memcmp(p->s + p->pos, op, n))
		return 0;
	/* "<" alone is not an operator here; keep "<<" from matching "<<=". */
	p->pos += n;
	return 1;
}

static uint64_t parse_mul(struct parser *p)
{
	uint64_t v = parse_unary(p);

	for (;;) {
		if (match_op(p, "*")) {
			v *= parse_unary(p);
		} else if (match_op(p, "/") || match_op(p, "%")) {
			char op = p->s[p->pos - 1];
			uint64_t r = parse_unary(p);

			if (r == 0) {
				p->bad = 1;
				return 0;
			}
			v = op == '/' ? v / r : v % r;
		} else {
			return v;
		}
	}
}

static uint64_t parse_add(struct parser *p)
{
	uint64_t v = parse_mul(p);

	for (;;) {
		if (match_op(p, "+"))
			v += parse_mul(p);
		else if (match_op(p, "-"))
			v -= parse_mul(p);
		else
			return v;
	}
}

static uint64_t parse_shift(struct parser *p)
{
	uint64_t v = parse_add(p);

	for (;;) {
		if (match_op(p, "<<"))
			v <<= parse_add(p) & 63;
		else if (match_op(p, ">>"))
			v >>= parse_add(p) & 63;
		else
			return v;
	}
}

static uint64_t parse_and(struct parser *p)
{
	uint64_t v = parse_shift(p);

	while (match_op(p, "&"))
		v &= parse_shift(p);
	return v;
}

static uint64_t parse_xor(struct parser *p)
{
	uint64_t v = parse_and(p);

	while (match_op(p, "^"))
		v ^= parse_and(p);
	return v;
}

static uint64_t parse_or(struct parser *p)
{
	uint64_t v = parse_xor(p);

	if (++p->depth > MAX_DEPTH) {
		p->bad = 1;
		return 0;
	}
	while (match_op(p, "|"))
		v |= parse_xor(p);
	p->depth--;
	return v;
}

int xsc_asm_eval(const char *s, size_t len, int64_t *value)
{
	struct parser p = { s, len, 0, 0, 0 };
	uint64_t v;
	int c = peek(&p);

	if (c == '$' || c == '#')
		p.pos++;
	v = parse_or(&p);
	if (p.bad || peek(&p) != -1)
		return 0;
	*value = (int64_t)v;
	return 1;
}
