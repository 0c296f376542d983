/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The asm-text scanner: splits expanded asm text into statements the way the
 * assembler does, tracks the current section, and matches mnemonics and the
 * bytes of data directives against the trap table. Only text that would land in
 * an executable section other than the allow-trap section can yield a finding.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xsc/allow_trap.h"
#include "xsc/asm_internal.h"

#define MAX_TEXT (16u << 20)
#define MAX_STREAM (1u << 20)
#define SECTION_STACK 32

struct section {
	int exec;
	int allowed;
};

struct data_byte {
	uint8_t value;
	uint8_t known;
	size_t origin;      /* template offset of the value that produced it */
	size_t stmt_begin;  /* flat offsets of the statement, for messages */
	size_t stmt_end;
};

struct findings {
	struct xsc_asm_finding *v;
	size_t n, cap;
	int oom;
};

struct scanner {
	const struct xsc_asm_text *in;
	const struct xsc_asm_syntax *syn;
	const struct xsc_trap *traps;
	size_t trap_count;
	const struct xsc_asm_flat *flat;
	struct section cur, prev;
	struct section stack[SECTION_STACK];
	size_t depth;
	struct data_byte *stream;
	size_t stream_len, stream_cap;
	struct findings *out;
};

static int is_word_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '$' || c == '@' ||
	       c == '{' || c == '}';
}

static int ieq(const char *a, size_t n, const char *b)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!b[i] || tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return 0;
	return b[n] == '\0';
}

/* Copies flat[b..e) with runs of blanks squeezed into one space. */
static void squeeze(const struct scanner *s, size_t b, size_t e, char *dst)
{
	const char *t = s->flat->text;
	size_t n = 0, max = XSC_ASM_CONSTRUCT_MAX - 1;
	int space = 0;

	while (b < e && isspace((unsigned char)t[b]))
		b++;
	while (e > b && isspace((unsigned char)t[e - 1]))
		e--;
	for (; b < e && n < max; b++) {
		if (isspace((unsigned char)t[b])) {
			space = 1;
			continue;
		}
		if (space && n < max)
			dst[n++] = ' ';
		space = 0;
		if (n < max)
			dst[n++] = t[b];
	}
	if (b < e && max >= 3)
		memcpy(dst + max - 3, "...", 3), n = max;
	dst[n] = '\0';
}

static void add_finding(struct scanner *s, size_t flat_pos, size_t origin,
			const struct xsc_trap *trap, int from_data, size_t b,
			size_t e)
{
	struct findings *f = s->out;
	struct xsc_asm_finding *x;

	(void)flat_pos;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 8;
		struct xsc_asm_finding *v = realloc(f->v, cap * sizeof(*v));

		if (!v) {
			f->oom = 1;
			return;
		}
		f->v = v;
		f->cap = cap;
	}
	x = &f->v[f->n++];
	memset(x, 0, sizeof(*x));
	x->offset = origin;
	x->kind = trap->kind;
	x->trap = trap;
	x->from_data = from_data;
	squeeze(s, b, e, x->construct);
}

/* Matches the data bytes collected so far against the table, then empties
 * the stream. Encodings must be in one stream: an instruction, a section
 * switch or an alignment directive between two bytes separates them. */
static void flush_stream(struct scanner *s)
{
	size_t p, i, j;

	for (p = 0; p < s->stream_len; p++) {
		for (i = 0; i < s->trap_count; i++) {
			const struct xsc_trap *t = &s->traps[i];

			if (p % t->alignment || s->stream_len - p < t->length)
				continue;
			for (j = 0; j < t->length; j++) {
				const struct data_byte *d = &s->stream[p + j];

				if (!d->known || (d->value & t->mask[j]) != t->bytes[j])
					break;
			}
			if (j == t->length) {
				const struct data_byte *d = &s->stream[p];

				add_finding(s, 0, d->origin, t, 1, d->stmt_begin,
					    d->stmt_end);
				break;
			}
		}
	}
	s->stream_len = 0;
}

static void push_byte(struct scanner *s, uint8_t v, int known, size_t origin,
		      size_t b, size_t e)
{
	struct data_byte *d;

	if (s->stream_len == s->stream_cap) {
		size_t cap = s->stream_cap ? s->stream_cap * 2 : 64;
		struct data_byte *n;

		if (cap > MAX_STREAM) {
			flush_stream(s);
			cap = s->stream_cap;
		} else {
			n = realloc(s->stream, cap * sizeof(*n));
			if (!n) {
				s->out->oom = 1;
				return;
			}
			s->stream = n;
			s->stream_cap = cap;
		}
	}
	d = &s->stream[s->stream_len++];
	d->value = v;
	d->known = (uint8_t)known;
	d->origin = origin;
	d->stmt_begin = b;
	d->stmt_end = e;
}

static size_t skip_blank(const char *t, size_t i, size_t e)
{
	while (i < e && isspace((unsigned char)t[i]))
		i++;
	return i;
}

/* Splits [b, e) at top-level commas (outside strings and parentheses) and
 * calls emit for each piece. */
static void data_values(struct scanner *s, size_t b, size_t e, unsigned size,
			size_t sb, size_t se)
{
	const char *t = s->flat->text;
	size_t i = b, start = b;
	int paren = 0, quote = 0;

	for (; i <= e; i++) {
		char c = i < e ? t[i] : ',';

		if (quote) {
			if (c == '\\' && i + 1 < e)
				i++;
			else if (c == '"')
				quote = 0;
			continue;
		}
		if (c == '"') {
			quote = 1;
		} else if (c == '(') {
			paren++;
		} else if (c == ')') {
			paren--;
		} else if (c == ',' && paren <= 0) {
			size_t vb = skip_blank(t, start, i), ve = i, k;
			int64_t v = 0;
			int known;

			while (ve > vb && isspace((unsigned char)t[ve - 1]))
				ve--;
			start = i + 1;
			if (vb == ve)
				continue;
			known = xsc_asm_eval(t + vb, ve - vb, &v);
			for (k = 0; k < size; k++)
				push_byte(s, (uint8_t)((uint64_t)v >> (8 * k)), known,
					  s->flat->origin[vb], sb, se);
		}
	}
}

static int octal_digit(char c)
{
	return c >= '0' && c <= '7';
}

/* .ascii/.asciz/.string: every quoted string becomes bytes. */
static void string_values(struct scanner *s, size_t b, size_t e, int nul,
			  size_t sb, size_t se)
{
	const char *t = s->flat->text;
	size_t i = b;

	while (i < e) {
		if (t[i] != '"') {
			i++;
			continue;
		}
		for (i++; i < e && t[i] != '"'; i++) {
			size_t at = s->flat->origin[i];
			unsigned v = (unsigned char)t[i];

			if (t[i] == '\\' && i + 1 < e) {
				char c = t[++i];

				if (c == 'x' || c == 'X') {
					v = 0;
					while (i + 1 < e && isxdigit((unsigned char)t[i + 1])) {
						char h = (char)tolower((unsigned char)t[++i]);

						v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : h - 'a' + 10);
					}
				} else if (octal_digit(c)) {
					unsigned n = 1;

					v = (unsigned)(c - '0');
					while (n < 3 && i + 1 < e && octal_digit(t[i + 1]))
						v = v * 8 + (unsigned)(t[++i] - '0'), n++;
				} else {
					v = c == 'n' ? 10 : c == 't' ? 9 : c == 'r' ? 13 :
					    c == 'b' ? 8 : c == 'f' ? 12 : (unsigned char)c;
				}
			}
			push_byte(s, (uint8_t)v, 1, at, sb, se);
		}
		if (nul)
			push_byte(s, 0, 1, s->flat->origin[i < e ? i : e - 1], sb, se);
		i++;
	}
}

static struct section classify(const char *t, size_t nb, size_t ne, int has_flags,
			       const char *flags, size_t flen)
{
	struct section sec = { 0, 0 };
	size_t n = ne - nb, i;
	static const char allow[] = XSC_ALLOW_TRAP_SECTION_NAME;

	if (n == sizeof(allow) - 1 && !memcmp(t + nb, allow, n))
		sec.allowed = 1;
	if (has_flags) {
		for (i = 0; i < flen; i++)
			if (flags[i] == 'x')
				sec.exec = 1;
		return sec;
	}
	if ((n >= 5 && !memcmp(t + nb, ".text", 5) && (n == 5 || t[nb + 5] == '.')) ||
	    (n == 5 && !memcmp(t + nb, ".init", 5)) ||
	    (n == 5 && !memcmp(t + nb, ".fini", 5)) || sec.allowed)
		sec.exec = 1;
	return sec;
}

/* ".section name[, "flags"...]" and ".pushsection" */
static struct section parse_section(struct scanner *s, size_t i, size_t e)
{
	const char *t = s->flat->text;
	size_t nb, ne, fb = 0, fe = 0;
	int has_flags = 0;

	i = skip_blank(t, i, e);
	if (i < e && t[i] == '"') {
		nb = ++i;
		while (i < e && t[i] != '"')
			i++;
		ne = i;
		if (i < e)
			i++;
	} else {
		nb = i;
		while (i < e && t[i] != ',' && !isspace((unsigned char)t[i]))
			i++;
		ne = i;
	}
	i = skip_blank(t, i, e);
	if (i < e && t[i] == ',') {
		i = skip_blank(t, i + 1, e);
		if (i < e && t[i] == '"') {
			fb = ++i;
			while (i < e && t[i] != '"')
				i++;
			fe = i;
			has_flags = 1;
		}
	}
	return classify(t, nb, ne, has_flags, t + fb, fe - fb);
}

static void set_section(struct scanner *s, struct section sec)
{
	flush_stream(s);
	s->prev = s->cur;
	s->cur = sec;
}

static int live(const struct scanner *s)
{
	return s->cur.exec && !s->cur.allowed;
}

static void directive(struct scanner *s, size_t db, size_t de, size_t e,
		      size_t sb)
{
	const char *t = s->flat->text, *name = t + db + 1;
	size_t n = de - db - 1, i;
	struct section tmp;

	if (ieq(name, n, "section") || ieq(name, n, "pushsection")) {
		if (ieq(name, n, "pushsection") && s->depth < SECTION_STACK)
			s->stack[s->depth++] = s->cur;
		set_section(s, parse_section(s, de, e));
	} else if (ieq(name, n, "popsection")) {
		if (s->depth)
			set_section(s, s->stack[--s->depth]);
	} else if (ieq(name, n, "previous")) {
		tmp = s->prev;
		set_section(s, tmp);
	} else if (ieq(name, n, "text")) {
		set_section(s, (struct section){ 1, 0 });
	} else if (ieq(name, n, "data") || ieq(name, n, "bss") ||
		   ieq(name, n, "rodata")) {
		set_section(s, (struct section){ 0, 0 });
	} else if (ieq(name, n, "align") || ieq(name, n, "balign") ||
		   ieq(name, n, "p2align") || ieq(name, n, "org") ||
		   ieq(name, n, "skip") || ieq(name, n, "space") ||
		   ieq(name, n, "zero") || ieq(name, n, "fill")) {
		flush_stream(s);
	} else {
		for (i = 0; i < s->syn->data_count; i++) {
			const struct xsc_asm_data_directive *d = &s->syn->data[i];

			if (!ieq(name, n, d->name))
				continue;
			if (!live(s))
				return;
			if (d->size)
				data_values(s, de, e, d->size, sb, e);
			else
				string_values(s, de, e, strcmp(d->name, "ascii") != 0,
					      sb, e);
			return;
		}
	}
}

static int immediate_matches(int64_t v, int64_t want)
{
	return v == want || (v < 0 && v >= -128 && (v & 0xff) == want);
}

static void instruction(struct scanner *s, size_t mb, size_t me, size_t e)
{
	const char *t = s->flat->text;
	size_t i, ob = skip_blank(t, me, e), oe = e;

	flush_stream(s);
	if (!live(s))
		return;
	while (oe > ob && isspace((unsigned char)t[oe - 1]))
		oe--;
	for (i = 0; i < s->trap_count; i++) {
		const struct xsc_trap *tr = &s->traps[i];
		int64_t v;

		if (!ieq(t + mb, me - mb, tr->mnemonic))
			continue;
		if (tr->immediate >= 0 &&
		    !(xsc_asm_eval(t + ob, oe - ob, &v) &&
		      immediate_matches(v, tr->immediate)))
			continue;
		add_finding(s, mb, s->flat->origin[mb], tr, 0, mb, e);
		return;
	}
}

static int is_prefix(const struct scanner *s, const char *w, size_t n)
{
	const char *const *p;

	for (p = s->syn->prefixes; *p; p++)
		if (ieq(w, n, *p))
			return 1;
	return 0;
}

static void statement(struct scanner *s, size_t b, size_t e)
{
	const char *t = s->flat->text;
	size_t i = skip_blank(t, b, e), w;

	for (;;) {
		/* Labels: "name:" and "1:" (but not "::"). */
		w = i;
		while (w < e && is_word_char((unsigned char)t[w]))
			w++;
		if (w > i && w < e && t[w] == ':' && (w + 1 >= e || t[w + 1] != ':')) {
			i = skip_blank(t, w + 1, e);
			continue;
		}
		if (w > i && t[i] != '.' && is_prefix(s, t + i, w - i)) {
			i = skip_blank(t, w, e);
			continue;
		}
		break;
	}
	if (w == i)
		return;
	if (t[i] == '.')
		directive(s, i, w, e, i);
	else
		instruction(s, i, w, e);
}

/* Walks the flat text: comments dropped, statements split at newlines and
 * ';' outside strings. */
static void scan_flat(struct scanner *s)
{
	const char *t = s->flat->text;
	size_t n = s->flat->len, i = 0, b = 0;
	const char *lc = s->syn->line_comment;
	size_t lcn = strlen(lc);
	int quote = 0, line_start = 1;
	char *work = malloc(n + 1);

	if (!work) {
		s->out->oom = 1;
		return;
	}
	/* A copy in which comments are blanked, so offsets stay the same. */
	memcpy(work, t, n + 1);
	while (i < n) {
		char c = work[i];

		if (quote) {
			if (c == '\\' && i + 1 < n)
				i++;
			else if (c == '"' || c == '\n')
				quote = 0;
			i++;
			continue;
		}
		if (c == '"') {
			quote = 1;
		} else if (c == '/' && i + 1 < n && work[i + 1] == '*') {
			size_t j = i + 2;

			while (j + 1 < n && !(work[j] == '*' && work[j + 1] == '/'))
				j++;
			j = j + 1 < n ? j + 2 : n;
			for (; i < j; i++)
				if (work[i] != '\n')
					work[i] = ' ';
			continue;
		} else if ((lcn && n - i >= lcn && !memcmp(work + i, lc, lcn)) ||
			   (line_start && s->syn->line_start_comment &&
			    c == s->syn->line_start_comment)) {
			while (i < n && work[i] != '\n')
				work[i++] = ' ';
			continue;
		}
		if (c == '\n')
			line_start = 1;
		else if (!isspace((unsigned char)c))
			line_start = 0;
		i++;
	}
	s->flat = &(struct xsc_asm_flat){ work, s->flat->origin, n, n };
	quote = 0;
	for (i = 0; i <= n; i++) {
		char c = i < n ? work[i] : '\n';

		if (quote) {
			if (c == '\\' && i + 1 < n)
				i++;
			else if (c == '"' || c == '\n')
				quote = 0;
			if (c != '\n')
				continue;
		}
		if (c == '"') {
			quote = 1;
		} else if (c == '\n' || c == ';') {
			statement(s, b, i);
			b = i + 1;
		}
	}
	flush_stream(s);
	free(work);
}

static int cmp_finding(const void *a, const void *b)
{
	const struct xsc_asm_finding *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

int xsc_asm_scan(const struct xsc_asm_text *in, xsc_asm_report_fn report,
		 void *ctx)
{
	struct findings out = { NULL, 0, 0, 0 };
	struct xsc_asm_flat flat = { NULL, NULL, 0, 0 };
	struct scanner s;
	unsigned alt, alts;
	size_t i, kept = 0;

	memset(&s, 0, sizeof(s));
	s.in = in;
	s.syn = xsc_asm_syntax_for(in->arch);
	if (!s.syn || in->len > MAX_TEXT || (in->len && !in->text))
		return -1;
	s.traps = xsc_traps_for_arch(in->arch, &s.trap_count);
	s.out = &out;
	alts = xsc_asm_alternative_count(in);
	for (alt = 0; alt < alts && !out.oom; alt++) {
		if (xsc_asm_expand(in, alt, &flat)) {
			out.oom = 1;
			break;
		}
		s.flat = &flat;
		s.cur = s.prev = (struct section){ 1, 0 };
		s.depth = 0;
		s.stream_len = 0;
		scan_flat(&s);
	}
	xsc_asm_flat_free(&flat);
	free(s.stream);
	if (out.oom) {
		free(out.v);
		return -1;
	}
	if (out.n)
		qsort(out.v, out.n, sizeof(out.v[0]), cmp_finding);
	for (i = 0; i < out.n; i++) {
		if (kept && !cmp_finding(&out.v[kept - 1], &out.v[i]))
			continue;
		out.v[kept++] = out.v[i];
	}
	for (i = 0; i < kept && report; i++)
		report(ctx, &out.v[i]);
	free(out.v);
	return (int)kept;
}
