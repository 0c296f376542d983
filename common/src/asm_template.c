/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Extended-asm templates to assembler text: picks one x86 dialect alternative
 * ("{att|intel}") and substitutes operand references ("%0", "%c[n]", "%%",
 * "%="), the way GCC and Clang print them. Every output byte remembers the
 * template offset it came from, so findings point into the source string.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xsc/asm_internal.h"

#define MAX_ALTERNATIVES 8

void xsc_asm_flat_free(struct xsc_asm_flat *f)
{
	free(f->text);
	free(f->origin);
	f->text = NULL;
	f->origin = NULL;
	f->len = f->cap = 0;
}

static int flat_put(struct xsc_asm_flat *f, const char *s, size_t n,
		    size_t origin)
{
	size_t i;

	if (f->len + n + 1 > f->cap) {
		size_t cap = f->cap ? f->cap : 64;
		char *t;
		size_t *o;

		while (cap < f->len + n + 1)
			cap *= 2;
		t = realloc(f->text, cap);
		if (!t)
			return -1;
		f->text = t;
		o = realloc(f->origin, cap * sizeof(*o));
		if (!o)
			return -1;
		f->origin = o;
		f->cap = cap;
	}
	for (i = 0; i < n; i++) {
		f->text[f->len] = s[i];
		f->origin[f->len] = origin;
		f->len++;
	}
	f->text[f->len] = '\0';
	return 0;
}

unsigned xsc_asm_alternative_count(const struct xsc_asm_text *in)
{
	const struct xsc_asm_syntax *syn = xsc_asm_syntax_for(in->arch);
	unsigned max = 1, cur = 0;
	int inside = 0;
	size_t i;

	if (!in->is_template || !syn || !syn->has_dialects)
		return 1;
	for (i = 0; i < in->len; i++) {
		char c = in->text[i];

		if (c == '%' && i + 1 < in->len) {
			i++;
			continue;
		}
		if (c == '{' && !inside) {
			inside = 1;
			cur = 1;
		} else if (c == '|' && inside) {
			cur++;
		} else if (c == '}' && inside) {
			inside = 0;
			if (cur > max)
				max = cur;
		}
	}
	return max > MAX_ALTERNATIVES ? MAX_ALTERNATIVES : max;
}

static const struct xsc_asm_operand *find_named(const struct xsc_asm_text *in,
						const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < in->operand_count; i++) {
		const char *o = in->operands[i].name;

		if (o && strlen(o) == n && !memcmp(o, name, n))
			return &in->operands[i];
	}
	return NULL;
}

/* Substitutes the operand reference at text[*i] == '%'; advances *i past it. */
static int put_operand(const struct xsc_asm_text *in, int intel, size_t *i,
		       struct xsc_asm_flat *out)
{
	const char *t = in->text;
	size_t at = *i, j = at + 1;
	const struct xsc_asm_operand *op = NULL;
	char modifier = 0, buf[32];
	int found = 0;

	if (j >= in->len)
		return flat_put(out, "%", 1, at), *i = j, 0;
	if (t[j] == '%' || t[j] == '{' || t[j] == '|' || t[j] == '}') {
		*i = j + 1;
		return flat_put(out, &t[j], 1, at);
	}
	if (t[j] == '=') {
		*i = j + 1;
		return flat_put(out, "0", 1, at);
	}
	if (isalpha((unsigned char)t[j]) && j + 1 < in->len &&
	    (isdigit((unsigned char)t[j + 1]) || t[j + 1] == '['))
		modifier = t[j++];
	if (t[j] == '[') {
		size_t k = j + 1;

		while (k < in->len && t[k] != ']')
			k++;
		if (k < in->len) {
			op = find_named(in, t + j + 1, k - j - 1);
			found = 1;
			j = k + 1;
		}
	} else if (isdigit((unsigned char)t[j])) {
		size_t n = 0;

		while (j < in->len && isdigit((unsigned char)t[j]) && n < 100000)
			n = n * 10 + (size_t)(t[j++] - '0');
		while (j < in->len && isdigit((unsigned char)t[j]))
			j++;
		if (n < in->operand_count)
			op = &in->operands[n];
		found = 1;
	}
	if (!found) {
		/* Not an operand reference: the compiler would reject it; keep it. */
		*i = at + 1;
		return flat_put(out, "%", 1, at);
	}
	*i = j;
	if (op && op->has_value && modifier != 'l') {
		int64_t v = modifier == 'n' ? (int64_t)(0 - (uint64_t)op->value)
					    : op->value;
		int dollar = !intel && !modifier && xsc_asm_syntax_for(in->arch)->has_dialects;

		snprintf(buf, sizeof(buf), "%s%" PRId64, dollar ? "$" : "", v);
		return flat_put(out, buf, strlen(buf), at);
	}
	return flat_put(out, "xsc_operand", 11, at);
}

int xsc_asm_expand(const struct xsc_asm_text *in, unsigned alt,
		   struct xsc_asm_flat *out)
{
	const struct xsc_asm_syntax *syn = xsc_asm_syntax_for(in->arch);
	int dialects = in->is_template && syn && syn->has_dialects;
	int intel = dialects ? (alt == 1) : in->dialect == XSC_ASM_DIALECT_INTEL;
	unsigned cur = 0;
	int inside = 0;
	size_t i = 0;

	out->len = 0;
	if (!in->is_template) {
		if (flat_put(out, in->text, in->len, 0))
			return -1;
		for (i = 0; i < in->len; i++)
			out->origin[i] = i;
		return 0;
	}
	if (dialects && alt == 0 && in->dialect == XSC_ASM_DIALECT_INTEL)
		intel = 1;
	while (i < in->len) {
		char c = in->text[i];
		int keep = !inside || cur == alt;

		if (dialects && c == '{' && !inside) {
			inside = 1;
			cur = 0;
			i++;
			continue;
		}
		if (dialects && c == '|' && inside) {
			cur++;
			i++;
			continue;
		}
		if (dialects && c == '}' && inside) {
			inside = 0;
			i++;
			continue;
		}
		if (c == '%') {
			if (keep) {
				if (put_operand(in, intel, &i, out))
					return -1;
			} else {
				i += i + 1 < in->len ? 2 : 1;
			}
			continue;
		}
		if (keep && flat_put(out, &c, 1, i))
			return -1;
		i++;
	}
	if (!out->text && flat_put(out, "", 0, 0))
		return -1;
	return 0;
}
