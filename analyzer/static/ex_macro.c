/* Operators written inside a macro's body (#define BUMP() g++), read from its definition: libclang gives only the macro's use as their text. */
#define _GNU_SOURCE /* memmem */
#include "extract_internal.h"

#include <ctype.h>

/*
 * An expression expanded from a macro's body has every extent at the macro's use (BUMP()),
 * so the text between operands is empty and the operator unknown; libclang 14 gives no
 * operator kind and no spelling location inside a body. The operator is then read from the
 * #define's text: the macro named where the expression's extent starts, its body found in the
 * files of the TU, and in it the operand's name (or a parameter's, for an operand the use
 * passed) with the operator next to it.
 */

#define MAX_MACROS 32

static int is_ident(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* Past an lvalue's text from its first identifier: identifiers, .f, ->f, [...], ')'. */
static const char *past_lvalue(const char *p, const char *end)
{
    while (p < end && is_ident(*p))
        p++;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == ')'))
            p++;
        if (p < end && *p == '[') {
            int depth = 0;
            for (; p < end; p++) {
                depth += *p == '[';
                depth -= *p == ']';
                if (!depth) {
                    p++;
                    break;
                }
            }
        } else if (p + 1 < end && ((*p == '.' && is_ident(p[1])) || (*p == '-' && p[1] == '>'))) {
            p += *p == '.' ? 1 : 2;
            while (p < end && (*p == ' ' || *p == '\t'))
                p++;
            while (p < end && is_ident(*p))
                p++;
        } else {
            return p;
        }
    }
}

static uint64_t name_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* Whether the comments in a body [b, e) say nothing this reader could take for the body's:
 * no operator character and no word that names a parameter ([pb, pe), "a, b"), as the word
 * "out" in an asm's operand list; a comment holding "a != 0" would be read as an operator
 * next to a. */
static int quiet_comments(const char *b, const char *e, const char *pb, const char *pe)
{
    for (const char *c = b; (c = memchr(c, '/', (size_t)(e - c))) != NULL && c + 1 < e; c++) {
        if (c[1] != '*' && c[1] != '/')
            continue;
        const char *end = c[1] == '*' ? memmem(c + 2, (size_t)(e - (c + 2)), "*/", 2) : e;
        if (!end)
            return 0;
        for (const char *w = c + 2; w < end; w++) {
            if (strchr("+-*/%&|^<>=!~?:", *w))
                return 0;
            if (!is_ident(*w) || (w > c + 2 && is_ident(w[-1])))
                continue;
            size_t n = 0;
            while (w + n < end && is_ident(w[n]))
                n++;
            for (const char *q = pb; q + n <= pe; q++)
                if (!memcmp(q, w, n) && (q == pb || !is_ident(q[-1])) && (q + n == pe || !is_ident(q[n])))
                    return 0;
        }
        c = c[1] == '*' ? end + 1 : e - 1;
    }
    return 1;
}

/* q: where a "#define" line's name starts; its end, or NULL when it has none followed by a
 * character (find_define's conditions). */
static const char *define_name_end(const char *q, const char *end)
{
    const char *e = q;
    while (e < end && is_ident(*e))
        e++;
    return e > q && e < end ? e : NULL;
}

/* Indexes the first #define of every name in fb outside the lines the preprocessor skipped,
 * and which names have a second such #define or an #undef (a redefinition: the text does not
 * say which one a use takes). -1 out of memory. */
static int index_defines(struct ex *x, struct filebuf *fb)
{
    const char *buf = fb->buf, *end = buf + fb->len;
    size_t n = 0;
    /* The preprocessor's skipped lines (#if 0, the branch of an #ifdef not taken): their
     * #defines are not in force. */
    CXSourceRangeList *sk = fb->file ? clang_getSkippedRanges(x->tu, fb->file) : NULL;
    unsigned nsk = sk ? sk->count : 0, *skip = nsk ? calloc(2 * (size_t)nsk, sizeof(*skip)) : NULL;
    for (unsigned i = 0; skip && i < nsk; i++) {
        unsigned l, c;
        clang_getFileLocation(clang_getRangeStart(sk->ranges[i]), NULL, &l, &c, &skip[2 * i]);
        clang_getFileLocation(clang_getRangeEnd(sk->ranges[i]), NULL, &l, &c, &skip[2 * i + 1]);
    }
    if (sk)
        clang_disposeSourceRangeList(sk);
    if (nsk && !skip)
        return -1;
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            size_t cap = 16;
            while (cap < 2 * n)
                cap *= 2;
            if (!(fb->defs = calloc(cap, sizeof(*fb->defs)))) {
                free(skip);
                return -1;
            }
            fb->ndefs = cap;
        }
        int blank = 1; /* only blanks and comments so far on this line: a '#' starts a directive */
        for (const char *p = buf; p < end; p++) {
            if (*p == '/' && p + 1 < end && (p[1] == '*' || p[1] == '/')) {
                const char *c = p[1] == '*' ? memmem(p + 2, (size_t)(end - (p + 2)), "*/", 2) : memchr(p, '\n', (size_t)(end - p));
                p = !c ? end - 1 : p[1] == '*' ? (c + 2 < end ? c + 1 : end - 1) : c - 1;
                continue; /* (a comment is a blank: #define after one, or inside one, is not a directive) */
            }
            if (*p == '"' || *p == '\'') {
                char q0 = *p;
                for (p++; p < end && *p != q0 && *p != '\n'; p++)
                    p += *p == '\\' && p + 1 < end;
                blank = 0;
                continue;
            }
            if (*p == '\n') {
                blank |= p == buf || p[-1] != '\\';
                continue;
            }
            if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
                continue;
            if (*p != '#' || !blank) {
                blank = 0;
                continue;
            }
            blank = 0;
            int skipped = 0;
            for (unsigned i = 0; i < nsk && !skipped; i++)
                skipped = (size_t)(p - buf) >= skip[2 * i] && (size_t)(p - buf) < skip[2 * i + 1];
            if (skipped)
                continue;
            const char *q = p + 1;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            int undef = end - q >= 6 && !strncmp(q, "undef", 5) && (q[5] == ' ' || q[5] == '\t');
            if (!undef && (end - q < 7 || strncmp(q, "define", 6) || (q[6] != ' ' && q[6] != '\t')))
                continue;
            q += undef ? 5 : 6;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            const char *e = undef ? q : define_name_end(q, end);
            while (undef && e < end && is_ident(*e))
                e++;
            if (!e || e == q)
                continue;
            if (!pass) {
                n++;
                continue;
            }
            size_t nl = (size_t)(e - q), k = name_hash(q, nl) & (fb->ndefs - 1);
            while (fb->defs[k].name && !(fb->defs[k].nlen == nl && !memcmp(fb->defs[k].name, q, nl)))
                k = (k + 1) & (fb->ndefs - 1);
            if (!fb->defs[k].name)
                fb->defs[k] = (struct defslot){q, undef ? NULL : e, nl, undef}; /* (the first one: find_define's) */
            else
                fb->defs[k].twice = 1;
        }
    }
    free(skip);
    return 0;
}

void weft__ex_filebuf_drop(struct filebuf *b)
{
    free(b->defs);
    b->defs = NULL;
    b->ndefs = 0;
}

/* The #define of name in fb, through its index (a file scanned once): 1 found, 0 none, -1
 * defined twice or #undef'd there. */
static int find_define_in(struct ex *x, struct filebuf *fb, const char *name, const char **body, const char **bend,
                          const char **params, const char **pend)
{
    if (!fb->ndefs && index_defines(x, fb))
        return 0; /* (out of memory: not read) */
    size_t nl = strlen(name), k = name_hash(name, nl) & (fb->ndefs - 1);
    while (fb->defs[k].name && !(fb->defs[k].nlen == nl && !memcmp(fb->defs[k].name, name, nl)))
        k = (k + 1) & (fb->ndefs - 1);
    if (!fb->defs[k].name)
        return 0;
    if (fb->defs[k].twice)
        return -1;
    const char *q = fb->defs[k].after, *end = fb->buf + fb->len;
    *params = *pend = q;
    if (*q == '(') {
        const char *c = memchr(q, ')', (size_t)(end - q));
        if (!c)
            return 0;
        *params = q + 1;
        *pend = c;
        q = c + 1;
    }
    const char *e = q;
    while (e < end && !(*e == '\n' && e[-1] != '\\'))
        e++;
    *body = q;
    *bend = e;
    return quiet_comments(q, e, *params, *pend) ? 1 : -1;
}

/* The operator next to a word of body (the operand's name): after it (postfix, or a binary
 * operator) or, where prefix is set, before it. Its characters into out, else "". */
static void op_near(const char *body, const char *end, const char *word, size_t wl, int prefix, char out[8])
{
    out[0] = '\0';
    for (const char *p = body; p + wl <= end; p++) {
        if (strncmp(p, word, wl) || (p > body && is_ident(p[-1])) || (p + wl < end && is_ident(p[wl])))
            continue;
        const char *a = past_lvalue(p, end);
        while (a < end && (*a == ' ' || *a == '\t'))
            a++;
        size_t n = 0;
        while (a + n < end && n < 3 && strchr("+-*/%&|^<>=!", a[n]))
            n++;
        if (prefix && !(n >= 2 && (a[0] == '+' || a[0] == '-') && a[1] == a[0])) {
            const char *b = p;
            while (b > body && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '('))
                b--;
            if (b - body >= 2 && (b[-1] == '+' || b[-1] == '-') && b[-2] == b[-1]) {
                out[0] = out[1] = b[-1];
                out[2] = '\0';
                return;
            }
        }
        if (n) {
            memcpy(out, a, n);
            out[n] = '\0';
            return;
        }
    }
}

/* The #define of name in the use's file, else in the other files read so far; remembered
 * (found or not) for the TU: a large file is scanned once per macro name. */
static int lookup(struct ex *x, struct filebuf *fb, const char *name, const char **body, const char **bend,
                  const char **params, const char **pend)
{
    for (size_t i = 0; i < x->nmacros; i++)
        if (!strcmp(x->macros[i].name, name)) {
            struct macro_def *m = &x->macros[i];
            *body = m->body, *bend = m->bend, *params = m->params, *pend = m->pend;
            return m->found;
        }
    /* One #define among the files read: defined in two (a header's and the file's own, under
     * #ifndef maybe), or twice in one, which one a use takes is not read. */
    int found = find_define_in(x, fb, name, body, bend, params, pend);
    for (int i = 0; i < x->nfiles && found >= 0; i++)
        if (x->files[i].buf && &x->files[i] != fb) {
            const char *b2, *e2, *p2, *q2;
            int also = find_define_in(x, &x->files[i], name, &b2, &e2, &p2, &q2);
            if (also && found)
                found = -1;
            else if (also)
                found = also, *body = b2, *bend = e2, *params = p2, *pend = q2;
        }
    found = found > 0;
    struct macro_def *m = x->nmacros < 4096 ? WEFT__PUSH(x->macros, x->nmacros, x->capmacros) : NULL;
    if (m) {
        snprintf(m->name, sizeof(m->name), "%s", name);
        m->found = found;
        m->body = found ? *body : NULL, m->bend = found ? *bend : NULL;
        m->params = found ? *params : NULL, m->pend = found ? *pend : NULL;
    }
    return found;
}

/* The #define body of the macro whose use starts expression e's extent. */
static int macro_body(struct ex *x, CXCursor e, const char **body, const char **bend, const char **params,
                      const char **pend)
{
    CXSourceRange r = clang_getCursorExtent(e);
    unsigned line, col, off;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(r), &line, &col, &off);
    if (!fb || !fb->buf || off >= fb->len)
        return 0;
    /* The macro named where the extent starts (BUMP()), else the use around it when the
     * expression starts with an argument (ASSIGN(b, 2): the b). */
    const char *start = fb->buf + off, *lim = start > fb->buf + 400 ? start - 400 : fb->buf;
    int depth = 0;
    for (const char *p = start; p >= lim; p--) {
        if (p < start) {
            if (*p == ')')
                depth++;
            else if (*p == '(' && depth)
                depth--;
            else if ((*p == ';' || *p == '{' || *p == '}') && !depth)
                return 0;
            if (*p != '(' || depth)
                continue;
            const char *q = p;
            while (q > fb->buf && (q[-1] == ' ' || q[-1] == '\t'))
                q--;
            p = q;
            while (p > fb->buf && is_ident(p[-1]))
                p--;
            if (p == q)
                continue;
        } else if (!is_ident(*p)) {
            continue;
        }
        char name[64];
        size_t n = 0;
        while (p + n < fb->buf + fb->len && is_ident(p[n]) && n < sizeof(name) - 1)
            n++;
        if (!n || isdigit((unsigned char)p[0]))
            continue;
        memcpy(name, p, n);
        name[n] = '\0';
        if (lookup(x, fb, name, body, bend, params, pend))
            return 1;
    }
    return 0;
}

/* The name an operand goes by in text: a variable's, a field's, an array's (a[i]). */
static const char *operand_name(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    while (clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr)
        e = weft__ex_strip(weft__ex_first_kid(e));
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr)
        return NULL;
    return weft__ex_name_of(x, clang_getCursorReferenced(e));
}

/* The operator next to the operand (its name, else any of the macro's parameters). */
static int macro_op(struct ex *x, CXCursor e, CXCursor operand, int prefix, char out[8])
{
    const char *body, *bend, *params, *pend;
    out[0] = '\0';
    if (!macro_body(x, e, &body, &bend, &params, &pend))
        return 0;
    const char *name = operand_name(x, operand);
    if (name && *name)
        op_near(body, bend, name, strlen(name), prefix, out);
    for (const char *p = params; !out[0] && p < pend;) {
        while (p < pend && !is_ident(*p))
            p++;
        const char *w = p;
        while (p < pend && is_ident(*p))
            p++;
        if (p > w)
            op_near(body, bend, w, (size_t)(p - w), prefix, out);
    }
    return out[0] != '\0';
}

int weft__ex_macro_unop(struct ex *x, CXCursor u, CXCursor operand, char out[8])
{
    char o[8];
    if (!macro_op(x, u, operand, 1, o) || (strcmp(o, "++") && strcmp(o, "--") && strncmp(o, "++", 2) &&
                                           strncmp(o, "--", 2)))
        return 0;
    memcpy(out, o, 2);
    out[2] = '\0';
    return 1;
}

int weft__ex_macro_binop(struct ex *x, CXCursor lhs, const char *op)
{
    char o[8];
    if (!x->macm && !(x->macm = calloc(OPMEMO, sizeof(*x->macm))))
        return macro_op(x, lhs, lhs, 0, o) && !strcmp(o, op);
    /* (remembered per operand: an operator is asked about one candidate at a time) */
    struct macmemo *m = &x->macm[weft__ex_cursor_hash(&lhs) & (OPMEMO - 1)];
    if (!m->a.kind || !weft__ex_same_cursor(&m->a, &lhs)) {
        m->a = lhs;
        m->ok = macro_op(x, lhs, lhs, 0, m->op);
    }
    return m->ok && !strcmp(m->op, op);
}

int weft__ex_macro_once(struct ex *x, CXCursor e, const char *name)
{
    unsigned line, col, off;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(clang_getCursorExtent(e)), &line, &col, &off);
    if (!fb || !fb->buf)
        return 0;
    size_t nl = strlen(name), defs = 0;
    const char *end = fb->buf + fb->len;
    for (const char *p = fb->buf; p && p < end; p++) {
        p = memchr(p, '#', (size_t)(end - p));
        if (!p)
            break;
        const char *q = p + 1;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        int def = end - q > 6 && !memcmp(q, "define", 6), undef = end - q > 5 && !memcmp(q, "undef", 5);
        if (!def && !undef)
            continue;
        q += def ? 6 : 5;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if ((size_t)(end - q) >= nl && !memcmp(q, name, nl) && (q + nl == end || !is_ident(q[nl])))
            defs += undef ? 2 : 1;
    }
    return defs == 1;
}

int weft__ex_macro_text(struct ex *x, CXCursor e, const char *name, const char **body, const char **bend)
{
    const char *params, *pend;
    if (name) {
        unsigned line, col, off;
        struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(clang_getCursorExtent(e)), &line, &col, &off);
        return fb && fb->buf && lookup(x, fb, name, body, bend, &params, &pend);
    }
    return macro_body(x, e, body, bend, &params, &pend);
}
