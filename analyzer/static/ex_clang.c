/* Small libclang helpers of the extractor: children, casts, source text, operators, types, names, declarations. */
#define _GNU_SOURCE /* memmem */
#include "extract_internal.h"

#include <ctype.h>

/* An absolute, canonical path for a file name libclang reports, in the arena. */
const char *weft__ex_abs_path(struct ex *x, const char *n)
{
    char buf[PATH_MAX], real[PATH_MAX];
    if (n[0] != '/' && x->dir) {
        snprintf(buf, sizeof(buf), "%s/%s", x->dir, n);
        n = buf;
    }
    const char *d = weft__arena_strdup(x->A, realpath(n, real) ? real : n);
    if (!d)
        x->oom = 1;
    return d ? d : "?";
}

static const char *dup_cx(struct ex *x, CXString s)
{
    const char *c = clang_getCString(s);
    const char *d = weft__arena_strdup(x->A, c ? c : "");
    clang_disposeString(s);
    if (!d)
        x->oom = 1;
    return d ? d : "";
}


static enum CXChildVisitResult kids_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct kids *k = d;
    if (k->n == k->cap) {
        unsigned nc = k->cap * 2;
        CXCursor *np = malloc(nc * sizeof(*np));
        if (!np)
            return CXChildVisit_Break;
        memcpy(np, k->p, k->n * sizeof(*np));
        if (k->p != k->v)
            free(k->p);
        k->p = np;
        k->cap = nc;
    }
    k->p[k->n++] = c;
    return CXChildVisit_Continue;
}

static int pointer_or_array(CXCursor e)
{
    enum CXTypeKind t = clang_getCanonicalType(clang_getCursorType(e)).kind;
    return t == CXType_Pointer || t == CXType_ConstantArray || t == CXType_IncompleteArray ||
           t == CXType_VariableArray;
}

void weft__ex_kids_get(CXCursor c, struct kids *k)
{
    k->p = k->v;
    k->n = 0;
    k->cap = sizeof(k->v) / sizeof(k->v[0]);
    clang_visitChildren(c, kids_visit, k);
    /* 2[a] is a[2] (C11 6.5.2.1): the array or pointer first, the index second, as written
     * the usual way round. */
    if (k->n == 2 && clang_getCursorKind(c) == CXCursor_ArraySubscriptExpr && !pointer_or_array(k->p[0]) &&
        pointer_or_array(k->p[1])) {
        CXCursor t = k->p[0];
        k->p[0] = k->p[1];
        k->p[1] = t;
    }
}

void weft__ex_kids_free(struct kids *k)
{
    if (k->p != k->v)
        free(k->p);
}

CXCursor weft__ex_first_kid(CXCursor c)
{
    struct kids k;
    weft__ex_kids_get(c, &k);
    CXCursor r = k.n ? k.p[0] : clang_getNullCursor();
    weft__ex_kids_free(&k);
    return r;
}

CXCursor weft__ex_operand(CXCursor c)
{
    struct kids k;
    weft__ex_kids_get(c, &k);
    CXCursor r = !k.n ? clang_getNullCursor() : clang_getCursorKind(c) == CXCursor_CStyleCastExpr ? k.p[k.n - 1] : k.p[0];
    weft__ex_kids_free(&k);
    return r;
}

/* Whether a type's spelling names a va_list. */
static int is_va_list(CXType t)
{
    CXString s = clang_getTypeSpelling(t);
    const char *n = clang_getCString(s);
    int r = n && (strstr(n, "va_list") != NULL);
    clang_disposeString(s);
    return r;
}

/* va_arg(ap, T) (libclang shows it as an expression with ap as its one child): a value the
 * walk does not know, never ap itself. */
static int is_va_arg(CXCursor c, CXCursor kid)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr)
        return 0;
    CXType t = clang_getCursorType(c), kt = clang_getCursorType(kid);
    if (clang_equalTypes(clang_getCanonicalType(t), clang_getCanonicalType(kt)))
        return 0;
    return (is_va_list(kt) || is_va_list(clang_getCanonicalType(kt))) && !is_va_list(t) &&
           !is_va_list(clang_getCanonicalType(t));
}

CXCursor weft__ex_va_list_of(CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    /* va_arg(ap, T) with T a named type has T's reference as a child too (listed first). */
    CXCursor ap = clang_getNullCursor();
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_getCursorKind(kk.p[i]) != CXCursor_TypeRef)
            ap = clang_Cursor_isNull(ap) && is_va_arg(c, kk.p[i]) ? kk.p[i] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    return ap;
}

/* __builtin_choose_expr(C, A, B): A where the constant C is nonzero, else B, the other never
 * evaluated. (libclang shows it unexposed, its three operands its children; an atomic
 * builtin's first operand is a pointer, no integer constant; _Generic has a kind of its own.) */
int weft__ex_choose_branch(CXCursor c, const CXCursor *k, CXCursor *out)
{
    CXType t0 = clang_getCanonicalType(clang_getCursorType(k[0]));
    if (!((t0.kind >= CXType_Bool && t0.kind <= CXType_Int128) || t0.kind == CXType_Enum))
        return 0;
    CXEvalResult r = clang_Cursor_Evaluate(k[0]);
    if (!r)
        return 0;
    int ok = clang_EvalResult_getKind(r) == CXEval_Int;
    long long v = ok ? clang_EvalResult_getAsLongLong(r) : 0;
    clang_EvalResult_dispose(r);
    CXCursor sel = v ? k[1] : k[2];
    if (!ok || !clang_equalTypes(clang_getCanonicalType(clang_getCursorType(c)), clang_getCanonicalType(clang_getCursorType(sel))))
        return 0;
    *out = sel;
    return 1;
}

CXCursor weft__ex_strip_one(CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
        return clang_getNullCursor();
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor in = clang_getNullCursor();
    /* A cast to a named type has the type's reference as a first child: the operand is last. */
    if ((kk.n == 1 || (k == CXCursor_CStyleCastExpr && kk.n == 2 && clang_getCursorKind(kk.p[0]) == CXCursor_TypeRef)) &&
        !(k == CXCursor_UnexposedExpr && is_va_arg(c, kk.p[0])))
        in = k == CXCursor_CStyleCastExpr ? kk.p[kk.n - 1] : kk.p[0];
    else if (k == CXCursor_UnexposedExpr && kk.n == 3)
        weft__ex_choose_branch(c, kk.p, &in);
    weft__ex_kids_free(&kk);
    return in;
}

CXCursor weft__ex_strip(CXCursor c)
{
    for (CXCursor in; !clang_Cursor_isNull(in = weft__ex_strip_one(c));)
        c = in;
    return c;
}

int weft__ex_plain_block(CXCursor c)
{
    if (clang_getCursorKind(c) != CXCursor_CompoundStmt)
        return 0;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int plain = 1;
    for (unsigned i = 0; i < kk.n && plain; i++) {
        enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
        plain = k != CXCursor_CaseStmt && k != CXCursor_DefaultStmt && k != CXCursor_LabelStmt;
    }
    weft__ex_kids_free(&kk);
    return plain;
}

CXCursor weft__ex_strip_members(CXCursor e)
{
    e = weft__ex_strip(e);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr &&
           clang_getCanonicalType(clang_getCursorType(weft__ex_strip(weft__ex_first_kid(e)))).kind != CXType_Pointer)
        e = weft__ex_strip(weft__ex_first_kid(e));
    return e;
}

static struct filebuf *filebuf(struct ex *x, CXFile file)
{
    for (int i = 0; i < x->nfiles; i++)
        if (x->files[i].file == file)
            return &x->files[i];
    struct filebuf *b;
    if (x->nfiles < (int)(sizeof(x->files) / sizeof(x->files[0]))) {
        b = &x->files[x->nfiles++];
    } else {
        b = &x->files[x->nextfile];
        x->nextfile = (x->nextfile + 1) % x->nfiles;
        weft__ex_filebuf_drop(b); /* (another file's: its #define index goes) */
    }
    b->file = file;
    CXString name = clang_getFileName(file);
    const char *n = clang_getCString(name);
    b->path = weft__ex_abs_path(x, n ? n : "?");
    clang_disposeString(name);
    b->buf = clang_getFileContents(x->tu, file, &b->len);
    return b;
}

/* File, line, column and byte offset of a location (macro arguments: where written). */
struct filebuf *weft__ex_loc_of(struct ex *x, CXSourceLocation l, unsigned *line, unsigned *col, unsigned *off)
{
    CXFile file;
    clang_getFileLocation(l, &file, line, col, off);
    return file ? filebuf(x, file) : NULL;
}

/* The source text between two locations of the same file, or NULL. */
static int span(struct ex *x, CXSourceLocation a, CXSourceLocation b, const char **s, size_t *n)
{
    unsigned l1, c1, o1, l2, c2, o2;
    struct filebuf *f1 = weft__ex_loc_of(x, a, &l1, &c1, &o1), *f2 = weft__ex_loc_of(x, b, &l2, &c2, &o2);
    if (!f1 || f1 != f2 || !f1->buf || o2 < o1 || o2 > f1->len || o2 - o1 > 4096)
        return -1;
    *s = f1->buf + o1;
    *n = o2 - o1;
    return 0;
}

/* Trims blanks and parentheses (which belong to sub-expressions) from a span. */
static void trim(const char **s, size_t *n)
{
    while (*n && strchr(" \t\r\n()", **s))
        (*s)++, (*n)--;
    while (*n && strchr(" \t\r\n()", (*s)[*n - 1]))
        (*n)--;
}

/* The source text of a cursor, whitespace squeezed, at most 60 characters. */
const char *weft__ex_text_of(struct ex *x, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    const char *s;
    size_t n;
    if (span(x, clang_getRangeStart(r), clang_getRangeEnd(r), &s, &n) || !n || n > 200)
        return dup_cx(x, clang_getCursorSpelling(c));
    char buf[64];
    size_t o = 0;
    for (size_t i = 0; i < n && o < 60; i++) {
        char ch = s[i];
        if (ch == '\n' || ch == '\t' || ch == '\r')
            ch = ' ';
        if (ch == ' ' && o && buf[o - 1] == ' ')
            continue;
        buf[o++] = ch;
    }
    buf[o] = '\0';
    const char *d = weft__arena_strdup(x->A, buf);
    return d ? d : "";
}

/* Operator of a binary expression: the text between its operands. */
/* The operator written between lhs and rhs (*s, *n): 1, or 0 where there is none to read
 * (both from a macro's body: SET(v): h = v, the text empty; ADD(a, b): "," between its
 * arguments; out of order: one operand from the body, one from the macro's use). */
int weft__ex_same_cursor(const CXCursor *a, const CXCursor *b)
{
    return a->kind == b->kind && a->xdata == b->xdata && a->data[0] == b->data[0] && a->data[1] == b->data[1] &&
           a->data[2] == b->data[2];
}

size_t weft__ex_cursor_hash(const CXCursor *c)
{
    uint64_t h = (uint64_t)(uintptr_t)c->data[1] ^ (uint64_t)(uintptr_t)c->data[0] << 7 ^ (uint64_t)c->kind << 40;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (size_t)h;
}

static int op_text_read(struct ex *x, CXCursor lhs, CXCursor rhs, const char **s, size_t *n)
{
    CXSourceLocation a = clang_getRangeEnd(clang_getCursorExtent(lhs)), b = clang_getRangeStart(clang_getCursorExtent(rhs));
    if (span(x, a, b, s, n))
        return 0;
    trim(s, n);
    int is_op = *n > 0;
    for (size_t i = 0; i < *n; i++)
        is_op &= strchr("+-*/%&|^<>=!", (*s)[i]) != NULL;
    return is_op;
}

/* The operator written between lhs and rhs (op_text_read), remembered per pair. */
static int op_text(struct ex *x, CXCursor lhs, CXCursor rhs, const char **s, size_t *n)
{
    if (!x->opm && !(x->opm = calloc(OPMEMO, sizeof(*x->opm))))
        return op_text_read(x, lhs, rhs, s, n);
    struct opmemo *m = &x->opm[(weft__ex_cursor_hash(&lhs) ^ weft__ex_cursor_hash(&rhs) * 3) & (OPMEMO - 1)];
    if (m->a.kind && weft__ex_same_cursor(&m->a, &lhs) && weft__ex_same_cursor(&m->b, &rhs)) {
        *s = m->s, *n = m->n;
        return m->ok;
    }
    int ok = op_text_read(x, lhs, rhs, s, n);
    *m = (struct opmemo){lhs, rhs, ok, *s, *n};
    return ok;
}

int weft__ex_comma(struct ex *x, CXCursor lhs, CXCursor rhs)
{
    const char *s;
    size_t n;
    CXSourceLocation a = clang_getRangeEnd(clang_getCursorExtent(lhs)), b = clang_getRangeStart(clang_getCursorExtent(rhs));
    if (span(x, a, b, &s, &n))
        return 0;
    trim(&s, &n);
    return n == 1 && *s == ',';
}

int weft__ex_binop_is(struct ex *x, CXCursor lhs, CXCursor rhs, const char *op)
{
    const char *s;
    size_t n;
    /* No operator written: read it from the #define. */
    if (!op_text(x, lhs, rhs, &s, &n)) {
        if (weft__ex_macro_binop(x, weft__ex_strip(lhs), op))
            return 1;
        /* The #define did not say (redefined, nested, the operand far from its operator): an
         * operand used as itself, not converted to its value, is assigned (= or op=). */
        if (!strcmp(op, "=") && weft__ex_used_as_lvalue(lhs)) {
            static const char *const compound[] = {"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", NULL};
            for (const char *const *c = compound; *c; c++)
                if (weft__ex_macro_binop(x, weft__ex_strip(lhs), *c))
                    return 0;
            return 1;
        }
        return 0;
    }
    return n == strlen(op) && !memcmp(s, op, n);
}

int weft__ex_binop_exact(struct ex *x, CXCursor lhs, CXCursor rhs, const char *op)
{
    const char *s;
    size_t n;
    return op_text(x, lhs, rhs, &s, &n) && n == strlen(op) && !memcmp(s, op, n);
}

int weft__ex_binop_written(struct ex *x, CXCursor lhs, CXCursor rhs)
{
    const char *s;
    size_t n;
    return op_text(x, lhs, rhs, &s, &n);
}

/*
 * Whether operand e (as its parent has it, conversions kept) is used as an object, not
 * converted to its value: libclang 14 gives no operator kinds, and inside a macro's body no
 * text, but the implicit lvalue-to-rvalue conversion shows (an unexposed expression around
 * a read operand). The left side of = or op=, the operand of ++, -- and & are used so; the
 * operands of -, !, ==, + ... are converted first. A parenthesized lvalue counts as one
 * (the conversion goes around the parentheses); a literal or a constant is no object.
 */
int weft__ex_used_as_lvalue(CXCursor e)
{
    while (clang_getCursorKind(e) == CXCursor_ParenExpr) {
        CXCursor in = weft__ex_first_kid(e);
        if (clang_Cursor_isNull(in))
            return 0;
        e = in;
    }
    switch (clang_getCursorKind(e)) {
    case CXCursor_DeclRefExpr: {
        enum CXCursorKind d = clang_getCursorKind(clang_getCursorReferenced(e));
        return d == CXCursor_VarDecl || d == CXCursor_ParmDecl;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr: return 1;
    case CXCursor_UnaryOperator: { /* *p: its type is what its operand points at */
        CXCursor op = weft__ex_first_kid(e);
        return !clang_Cursor_isNull(op) && weft__ex_unop_deref_typed(e, op);
    }
    default: return 0;
    }
}

/* The text holds a logical not (a '!' not of "!="). */
static int logical_not(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i] == '!' && (i + 1 >= n || t[i + 1] != '='))
            return 1;
    return 0;
}

/* Operator of a unary expression: "++", "--", "&", "*", ... (prefix or postfix), "+-" for ++ or
 * -- when a macro's body does not say which, or "". */

/* The unary operator a macro spells where the text names it first (INC g with INC defined
 * as ++, BUMP(k) with BUMP(x) as ++ID(x), not p with not as !, E2 g with E2 as E1 and E1 as
 * __extension__): from its #define, a few macros deep, into out; 1 when one was read (out
 * "" for __extension__, __real__, __imag__: no operator that changes its operand), -1 when
 * a #define is not read (another file's, or one defined twice or undefined). */
static int spelled_op(struct ex *x, CXCursor u, const char *s, size_t n, char out[8])
{
    char name[64];
    for (int depth = 0; depth < 4; depth++) {
        size_t l = 0;
        while (l < n && l < sizeof(name) - 1 && (isalnum((unsigned char)s[l]) || s[l] == '_'))
            l++;
        if (!l || l >= sizeof(name) - 1)
            return 0;
        memcpy(name, s, l);
        name[l] = '\0';
        const char *body, *bend;
        if (!weft__ex_macro_once(x, u, name) || !weft__ex_macro_text(x, u, name, &body, &bend) || !body || bend <= body)
            return -1; /* (not found in the file, a header's, or defined twice: not read) */
        while (body < bend && strchr(" \t\\\r\n", *body))
            body++;
        s = body, n = (size_t)(bend - body);
        if ((n >= 13 && !memcmp(s, "__extension__", 13)) || (n >= 8 && (!memcmp(s, "__real__", 8) || !memcmp(s, "__imag__", 8)))) {
            out[0] = '\0';
            return 1;
        }
        size_t k = 0;
        for (size_t i = 0; i < n && k < 7 && strchr("+-*&!~", s[i]); i++)
            out[k++] = s[i];
        out[k] = '\0';
        /* (one operator: ++, -- or one character; !* spells two, which one is this not read) */
        if (k == 1 || (k == 2 && out[0] == out[1] && (out[0] == '+' || out[0] == '-')))
            return 1;
        if (k)
            return -1;
    }
    return -1;
}

void weft__ex_unop(struct ex *x, CXCursor u, CXCursor operand, char out[8])
{
    CXSourceRange ru = clang_getCursorExtent(u), ro = clang_getCursorExtent(operand);
    const char *s;
    size_t n;
    out[0] = '\0';
    int written = 0; /* the expression has text of its own (not all of it from a macro's body) */
    if (!span(x, clang_getRangeStart(ru), clang_getRangeStart(ro), &s, &n)) {
        trim(&s, &n);
        if (!n && span(x, clang_getRangeEnd(ro), clang_getRangeEnd(ru), &s, &n))
            n = 0;
        trim(&s, &n);
        written = n > 0;
        /* The operator's characters before anything else (++ID(g), *ID(p): a macro's name
         * after them), line splices and blanks between them left out (+\<newline>+); none
         * where a name comes first (STAR p, not p: what that macro is, is not read here). */
        size_t k = 0;
        for (size_t i = 0; i < n && n < 4096; i++) {
            if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r'))
                continue;
            if (strchr(" \t\r\n", s[i]))
                continue;
            if (!strchr("+-*&!~", s[i]) || k >= 7)
                break;
            out[k++] = s[i];
        }
        out[k] = '\0';
    }
    if (out[0])
        return;
    /* Inside a macro's body (BUMP() defined as g++): ++ and -- read from the #define. */
    if (weft__ex_macro_unop(x, u, operand, out))
        return;
    /* A name first (INC g, BUMP(k) with BUMP(x) ++ID(x), not p, E2 g with E2 E1 and E1
     * __extension__): the operator where it is spelled, in the #define */
    if (written && (memmem(s, n, "__extension__", 13) || memmem(s, n, "__real__", 8) || memmem(s, n, "__imag__", 8)))
        return; /* (no operator that changes its operand) */
    int spelled = written ? spelled_op(x, u, s, n, out) : 0;
    if (spelled > 0)
        return;
    /* No text to read (inside a macro's expansion every extent is the macro's use): only &
     * makes a pointer to its operand's type (* and ! of an int * both make an int). */
    CXType tu = clang_getCanonicalType(clang_getCursorType(u));
    CXType to = clang_getCanonicalType(clang_getCursorType(operand));
    if (tu.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(tu)), to)) {
        strcpy(out, "&");
        return;
    }
    /* Else an operand used as an object (not converted to its value) is incremented or
     * decremented, which one the #define did not say (INC_STMT(v) as do { ++ID(v); } ...):
     * "+-"; unless the body holds an operator that also takes an object as it is
     * (__extension__ x and __real__ x written out have no operator characters: no access). */
    const char *body = NULL, *bend = NULL;
    int has_body = weft__ex_macro_text(x, u, NULL, &body, &bend) && body && bend > body;
    size_t bl = has_body ? (size_t)(bend - body) : 0;
    int other_ops = has_body && (memmem(body, bl, "__extension__", 13) || memmem(body, bl, "__real__", 8) ||
                                 memmem(body, bl, "__imag__", 8));
    CXCursor raw = weft__ex_first_kid(u);
    /* (x-- of an _Atomic int is an int) */
    CXType tov = to.kind == CXType_Atomic ? clang_getCanonicalType(clang_Type_getValueType(to)) : to;
    /* (a macro named first whose #define is not read, in a header or defined twice: maybe an
     * increment, maybe __extension__; maybe a dereference, maybe !: "?+", "?*") */
    if (!clang_Cursor_isNull(raw) && weft__ex_used_as_lvalue(raw) && clang_equalTypes(tu, tov) && !other_ops)
        strcpy(out, spelled < 0 ? "?+" : "+-");
    else if (spelled < 0 && weft__ex_unop_deref_typed(u, operand))
        strcpy(out, "?*");
    else if (weft__ex_unop_deref_typed(u, operand) && (tu.kind != CXType_Int || (has_body && !logical_not(body, bl))))
        strcpy(out, "*"); /* (! of an int * makes an int too: * only where the body has no '!', or
                             where an object is wanted, ex_lvalue) */
}

int weft__ex_unop_deref_typed(CXCursor u, CXCursor operand)
{
    CXType tu = clang_getCanonicalType(clang_getCursorType(u));
    CXType to = clang_getCanonicalType(clang_getCursorType(operand));
    return to.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(to)), tu);
}

/* The variable an lvalue names or is a part of (v, v.f, v[i], no pointer in between), else a
 * null cursor. */
CXCursor weft__ex_var_of(CXCursor c)
{
    for (;;) {
        c = weft__ex_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k == CXCursor_DeclRefExpr) {
            CXCursor d = clang_getCursorReferenced(c);
            return clang_getCursorKind(d) == CXCursor_VarDecl ? d : clang_getNullCursor();
        }
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr)
            return clang_getNullCursor();
        CXCursor base = weft__ex_strip(weft__ex_first_kid(c));
        if (clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            return clang_getNullCursor();
        c = base;
    }
}

/* If e (parentheses and casts aside) is &operand, returns operand; else a null cursor. */
CXCursor weft__ex_address_of(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator)
        return clang_getNullCursor();
    CXCursor op = weft__ex_first_kid(e);
    char o[8];
    if (clang_Cursor_isNull(op))
        return op;
    weft__ex_unop(x, e, op, o);
    if (strcmp(o, "&"))
        return clang_getNullCursor();
    /* &*&v is &v */
    CXCursor in = weft__ex_strip(op);
    CXCursor star = clang_getCursorKind(in) == CXCursor_UnaryOperator ? weft__ex_first_kid(in) : clang_getNullCursor();
    if (!clang_Cursor_isNull(star)) {
        weft__ex_unop(x, in, star, o);
        CXCursor v = strcmp(o, "*") ? clang_getNullCursor() : weft__ex_address_of(x, star);
        if (!clang_Cursor_isNull(v))
            return v;
    }
    return op;
}

/* Type spelling without qualifiers, used as the key of memory reached through pointers. */
const char *weft__ex_type_key(struct ex *x, const char *prefix, CXType t, const char *suffix)
{
    t = clang_getCanonicalType(t);
    /* (an enumeration is its integer type: an enum object written through an int *) */
    if (t.kind == CXType_Enum) {
        CXType it = clang_getEnumDeclIntegerType(clang_getTypeDeclaration(t));
        if (it.kind != CXType_Invalid)
            t = clang_getCanonicalType(it);
    }
    CXString sp = clang_getTypeSpelling(t);
    const char *s = clang_getCString(sp);
    s = s ? s : "?";
    /* (signed and unsigned variants of an integer type may reach the same object: one key,
     * "t:int" for an unsigned int too, "t:char" for every character type) */
    for (;;) {
        if (!strncmp(s, "const ", 6))
            s += 6;
        else if (!strncmp(s, "volatile ", 9))
            s += 9;
        else if (!strncmp(s, "unsigned ", 9))
            s += 9;
        else if (!strncmp(s, "signed ", 7))
            s += 7;
        else
            break;
    }
    if (!strcmp(s, "unsigned") || !strcmp(s, "signed"))
        s = "int";
    size_t n = strlen(prefix) + strlen(s) + strlen(suffix) + 1;
    char *d = weft__arena_alloc(x->A, n);
    if (d)
        snprintf(d, n, "%s%s%s", prefix, s, suffix);
    else
        x->oom = 1;
    clang_disposeString(sp);
    return d ? d : "";
}

int weft__ex_is_thread_handle(CXType t)
{
    for (int i = 0; i < 8; i++) {
        if (t.kind == CXType_Elaborated)
            t = clang_Type_getNamedType(t);
        if (t.kind != CXType_Typedef)
            return 0;
        CXCursor d = clang_getTypeDeclaration(t);
        CXString s = clang_getCursorSpelling(d);
        const char *n = clang_getCString(s);
        int yes = n && (!strcmp(n, "pthread_t") || !strcmp(n, "thrd_t"));
        clang_disposeString(s);
        if (yes)
            return 1;
        t = clang_getTypedefDeclUnderlyingType(d);
    }
    return 0;
}

int weft__ex_is_atomic_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_Atomic;
}

int weft__ex_var_is_global(CXCursor d)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return 0;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
    if (sc == CX_SC_Static || sc == CX_SC_Extern)
        return 1;
    return clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit;
}

const char *weft__ex_usr_of(struct ex *x, CXCursor d)
{
    const char *u = dup_cx(x, clang_getCursorUSR(d));
    return x->nsyms ? weft__ex_sym_usr(x, u) : u; /* a second name (alias, asm label): the symbol's */
}

const char *weft__ex_name_of(struct ex *x, CXCursor d)
{
    return dup_cx(x, clang_getCursorSpelling(d));
}

const char *weft__ex_cat3(struct ex *x, const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *d = weft__arena_alloc(x->A, n);
    if (!d) {
        x->oom = 1;
        return "";
    }
    snprintf(d, n, "%s%s%s", a, b, c);
    return d;
}

int weft__ex_param_index(CXCursor parm)
{
    CXCursor fn = clang_getCursorSemanticParent(parm);
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++)
        if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), parm))
            return i;
    return -1;
}

/* A null pointer constant: 0, NULL (whose literal is spelled "NULL"), __null. */
int weft__ex_is_null_ptr(struct ex *x, CXCursor e)
{
    CXCursor s = weft__ex_strip(e);
    const char *t = weft__ex_text_of(x, s);
    return weft__ex_is_zero_literal(x, e) || clang_getCursorKind(s) == CXCursor_GNUNullExpr || !strcmp(t, "NULL") ||
           !strcmp(t, "((void *)0)") || !strcmp(t, "((void*)0)");
}

struct modvisit {
    struct ex *x;
    CXCursor d;
    int addr_only, found;
};

CXCursor weft__ex_store_target(struct ex *x, CXCursor c, int what)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor target = clang_getNullCursor();
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8] = "";
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(x, c, op, o);
        if (((what & WEFT__STORE_ADDR) && !strcmp(o, "&")) ||
            ((what & WEFT__STORE_WRITE) && (!strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-"))))
            target = op;
    } else if ((what & WEFT__STORE_WRITE) && (k == CXCursor_CompoundAssignOperator || k == CXCursor_BinaryOperator)) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(x, kk.p[0], kk.p[1], "=")))
            target = kk.p[0];
        weft__ex_kids_free(&kk);
    }
    return target;
}

/* Finds an assignment, ++/-- or & of variable v->d under a cursor (only & when addr_only). */
static enum CXChildVisitResult mod_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct modvisit *v = data;
    CXCursor target = weft__ex_store_target(v->x, c, WEFT__STORE_ADDR | (v->addr_only ? 0 : WEFT__STORE_WRITE));
    if (!clang_Cursor_isNull(target)) {
        /* The variable itself: a[j] = ... changes an element, not which array a is. */
        target = weft__ex_strip(target);
        if (clang_getCursorKind(target) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(target), v->d)) {
            v->found = 1;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Recurse;
}

CXCursor weft__ex_global_var(CXCursor e)
{
    e = weft__ex_strip(e);
    CXCursor d = clang_getCursorKind(e) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(e) : clang_getNullCursor();
    return clang_getCursorKind(d) == CXCursor_VarDecl && weft__ex_var_is_global(d) ? d : clang_getNullCursor();
}

int weft__ex_modifies(struct ex *x, CXCursor in, CXCursor d, int addr_only)
{
    struct modvisit v = {x, d, addr_only, 0};
    if (!clang_Cursor_isNull(in))
        clang_visitChildren(in, mod_visit, &v);
    return v.found;
}

/* The local variable e names (parentheses and casts aside), else a null cursor. */
CXCursor weft__ex_local_var(CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return clang_getNullCursor();
    return d;
}

/* Byte offset where a cursor starts (a macro's code: where the macro is used), to order
 * positions inside one function. */
unsigned weft__ex_off_at(struct ex *x, CXCursor c)
{
    unsigned line, col, off = 0;
    weft__ex_loc_of(x, clang_getRangeStart(clang_getCursorExtent(c)), &line, &col, &off);
    return off;
}

int weft__ex_is_var(CXCursor e, CXCursor v)
{
    e = weft__ex_strip(e);
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), v);
}

int weft__ex_is_array_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray;
}

int weft__ex_char_kind(enum CXTypeKind k)
{
    return k == CXType_Char_S || k == CXType_Char_U || k == CXType_SChar || k == CXType_UChar;
}

int weft__ex_integer_kind(enum CXTypeKind k)
{
    return k >= CXType_Bool && k <= CXType_Int128;
}

/* The local variable or parameter an index expression names, else a null cursor. */
CXCursor weft__ex_index_var(CXCursor ix)
{
    CXCursor d = weft__ex_local_decl(ix);
    if (clang_Cursor_isNull(d) || clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return clang_getNullCursor();
    return d;
}

CXCursor weft__ex_fn_body(CXCursor fn)
{
    CXCursor body = clang_getNullCursor();
    struct kids kk;
    weft__ex_kids_get(fn, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_getCursorKind(kk.p[i]) == CXCursor_CompoundStmt)
            body = kk.p[i];
    weft__ex_kids_free(&kk);
    return body;
}

int weft__ex_is_zero_literal(struct ex *x, CXCursor c)
{
    c = weft__ex_strip(c);
    if (clang_getCursorKind(c) != CXCursor_IntegerLiteral)
        return 0;
    long v;
    /* Evaluated: inside a macro's expansion (do { ... } while (0)) the text is the macro's. */
    return weft__ex_int_lit(x, c, &v) && v == 0;
}

CXCursor weft__ex_local_decl(CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl)
        return d;
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d))
        return clang_getNullCursor();
    return d;
}

struct nr_scan {
    struct ex *x;
    int found;
};

/* An attribute of the declaration written _Noreturn (or noreturn, <stdnoreturn.h>'s). */
static enum CXChildVisitResult noreturn_attr(CXCursor a, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct nr_scan *v = data;
    enum CXCursorKind k = clang_getCursorKind(a);
    if (k < CXCursor_FirstAttr || k > CXCursor_LastAttr)
        return CXChildVisit_Continue;
    const char *t = weft__ex_text_of(v->x, a);
    v->found = t && strstr(t, "noreturn") != NULL;
    v->found |= t && strstr(t, "_Noreturn") != NULL;
    return v->found ? CXChildVisit_Break : CXChildVisit_Continue;
}

int weft__ex_fn_noreturn(struct ex *x, CXCursor d)
{
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    const char *n = weft__ex_name_of(x, d);
    if (n && weft__model_noreturn(n))
        return 1;
    /* declared so: __attribute__((noreturn)) is in its type, _Noreturn an attribute of it */
    CXString ts = clang_getTypeSpelling(clang_getCursorType(d));
    const char *t = clang_getCString(ts);
    int nr = t && strstr(t, "noreturn") != NULL;
    clang_disposeString(ts);
    struct nr_scan v = {x, nr};
    if (!nr)
        clang_visitChildren(d, noreturn_attr, &v);
    return v.found;
}


struct body_calls {
    struct ex *x;
    int (*fn)(struct ex *x, CXCursor call, const char *name, void *arg);
    void *arg;
};

static enum CXChildVisitResult body_call_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct body_calls *v = data;
    /* Calls are in function bodies: the TU's other declarations (headers) are not walked. */
    if (clang_getCursorKind(parent) == CXCursor_TranslationUnit)
        return clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c) ? CXChildVisit_Recurse
                                                                                             : CXChildVisit_Continue;
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXCursor d = clang_getCursorReferenced(c);
    const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(v->x, d) : NULL;
    return v->fn(v->x, c, n, v->arg) ? CXChildVisit_Break : CXChildVisit_Recurse;
}

void weft__ex_each_body_call(struct ex *x, int (*fn)(struct ex *x, CXCursor call, const char *name, void *arg),
                             void *arg)
{
    struct body_calls v = {x, fn, arg};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), body_call_visit, &v);
}
