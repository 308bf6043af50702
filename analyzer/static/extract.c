/* libclang front end: walks one translation unit and records the facts the race analysis needs. */
#include "facts.h"

#include "clang_api.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* M_EXT: passed by address to a function; a write if that function has no body anywhere. */
enum { M_NONE = 0, M_READ = 1, M_WRITE = 2, M_RW = 3, M_EXT = 4 };

/* A local variable's role in the current function, found by the pre-scan. */
struct local {
    CXCursor decl;
    unsigned hash;
    unsigned char addr_taken; /* its address escapes: treat as shared memory */
    unsigned char nonprivate; /* pointer: may point at shared memory */
    unsigned char published;  /* pointer: handed to a thread or stored outside */
    const char *points_to[8]; /* pointer: locals whose address it was given */
    int npoints;
    int nsrc;                 /* pointer: values assigned to it */
    CXCursor src;             /* pointer: the value, when there is exactly one */
    /* Pointer: the values the pre-scan saw it given, in walk order (sources): its initializer
     * (first, sinit) or the right side of each '=', with the block that '=' is a statement of
     * (a null cursor when it is inside an expression or statement). */
    CXCursor sv[8], sblk[8];
    unsigned char sinit;
    /* Ownership (own_at): where its value may escape, found on the first question
     * (esc_state 0 not yet, 1 found, 2 too many places or its address is taken). */
    unsigned char esc_state;
    int nesc;
    unsigned esc[8];
    /* Region root through parameters (root_of without ordering): 0 unknown, 1 none, 2 + N parameter N. */
    int proot;
    /* Its values (own_state), found on the first question (src_state 0 not yet, 1 found,
     * 2 not known): where each is given, the block it surely runs in, whether it is fresh. */
    unsigned char src_state, nsv, sfresh[8];
    unsigned soff[8], sdb[8], sde[8];
};

/* A lock of one element of a global array, m[v] with v a local or parameter, taken by a
 * statement of the current function and held (as far as the source order shows) since. */
struct symlock {
    const char *arr; /* the lock array's key */
    CXCursor var;
    unsigned off;    /* where it was taken */
    int depth;       /* the block it was taken in */
};

struct filebuf {
    CXFile file;
    const char *path;
    const char *buf;
    size_t len;
};

struct ex {
    CXTranslationUnit tu;
    struct weft__facts *f;
    struct weft__arena *A;
    /* current function */
    CXCursor fn;
    const char *fn_usr;
    struct weft__op *ops;
    size_t nops, capops;
    int loop_depth;
    CXCursor loop; /* the innermost loop statement around the current position */
    int pre_loop; /* loops around the pre-scan's position */
    int has_goto; /* the function jumps backwards maybe: no local keeps one value */
    int oom;
    struct local *locals;
    size_t nlocals, caplocals;
    unsigned *changed; /* hashes of locals that do not keep one value per call (the pre-scan) */
    size_t nchanged, capchanged;
    struct step {
        unsigned hash, off;
        int delta;
    } *steps; /* v++ / v-- statements of the function body's top level (the pre-scan) */
    size_t nsteps, capsteps;
    unsigned *amp; /* hashes of locals whose address '&v' appears (the pre-scan) */
    size_t namp, capamp;
    CXCursor pre_block; /* the compound statement the pre-scan's node is a statement of, else null */
    struct filebuf files[16];
    unsigned allocs[64]; /* functions of this TU known to return fresh memory (hashes) ... */
    unsigned char alloc_yes[64]; /* ... and the verdict */
    int nallocs, alloc_depth;
    int fn_fresh; /* the current function is an allocator */
    int in_switch; /* the innermost switch or loop around the walk is a switch */
    const char *vtag; /* the value the write being walked gives a global integer (gint_tag) ... */
    CXCursor vtag_at; /* ... whose lvalue this is */
    CXCursor bounded; /* the increment a saturating if bounds ... */
    const char *btag; /* ... and the tag it gets ("+K": at most K after it) */
    struct symlock sym[8];
    int nsym, sdepth, no_sym;
    CXCursor stmt_now; /* the expression statement being walked */
    unsigned lbeg[16], lend[16]; /* extents of the loops around the walk's position */
    int nloops;
    unsigned rwalk[8]; /* locals whose region root is being computed */
    int nrwalk;
    /* Parameter escape classes (param_class), by function: an open-addressing table. */
    struct pclass {
        CXCursor fn;
        unsigned h;
        signed char used, cls[4], q[4];
        unsigned char st[4]; /* per parameter: 0 not known, 1 being walked, 2 known */
        unsigned char combined, hit; /* a walk for all is under way; it met the function again */
    } *pcls;
    size_t npcls, cappcls;
    int pcls_depth;
    CXCursor body; /* the current function's body */
    int nparams;
    int nfiles, nextfile;
    const char *dir; /* what relative file names are relative to (-working-directory) */
};

/* An absolute, canonical path for a file name libclang reports, in the arena. */
static const char *abs_path(struct ex *x, const char *n)
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

/* ---- small libclang helpers ---------------------------------------------------- */

static const char *dup_cx(struct ex *x, CXString s)
{
    const char *c = clang_getCString(s);
    const char *d = weft__arena_strdup(x->A, c ? c : "");
    clang_disposeString(s);
    if (!d)
        x->oom = 1;
    return d ? d : "";
}

static int str_eq_cx(CXString s, const char *lit)
{
    const char *c = clang_getCString(s);
    int r = c && !strcmp(c, lit);
    clang_disposeString(s);
    return r;
}

struct kids {
    CXCursor v[24];
    CXCursor *p;
    unsigned n, cap;
};

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

static void kids_get(CXCursor c, struct kids *k)
{
    k->p = k->v;
    k->n = 0;
    k->cap = sizeof(k->v) / sizeof(k->v[0]);
    clang_visitChildren(c, kids_visit, k);
}

static void kids_free(struct kids *k)
{
    if (k->p != k->v)
        free(k->p);
}

static CXCursor first_kid(CXCursor c)
{
    struct kids k;
    kids_get(c, &k);
    CXCursor r = k.n ? k.p[0] : clang_getNullCursor();
    kids_free(&k);
    return r;
}

/* Strips parentheses and implicit/explicit casts. */
static CXCursor strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
            return c;
        struct kids kk;
        kids_get(c, &kk);
        /* A cast to a named type has the type's reference as a first child: the operand is last. */
        if (kk.n != 1 && !(k == CXCursor_CStyleCastExpr && kk.n == 2 &&
                           clang_getCursorKind(kk.p[0]) == CXCursor_TypeRef)) {
            kids_free(&kk);
            return c;
        }
        c = k == CXCursor_CStyleCastExpr ? kk.p[kk.n - 1] : kk.p[0];
        kids_free(&kk);
    }
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
    }
    b->file = file;
    CXString name = clang_getFileName(file);
    const char *n = clang_getCString(name);
    b->path = abs_path(x, n ? n : "?");
    clang_disposeString(name);
    b->buf = clang_getFileContents(x->tu, file, &b->len);
    return b;
}

/* File, line, column and byte offset of a location (macro arguments: where written). */
static struct filebuf *loc_of(struct ex *x, CXSourceLocation l, unsigned *line, unsigned *col, unsigned *off)
{
    CXFile file;
    clang_getFileLocation(l, &file, line, col, off);
    return file ? filebuf(x, file) : NULL;
}

/* The source text between two locations of the same file, or NULL. */
static int span(struct ex *x, CXSourceLocation a, CXSourceLocation b, const char **s, size_t *n)
{
    unsigned l1, c1, o1, l2, c2, o2;
    struct filebuf *f1 = loc_of(x, a, &l1, &c1, &o1), *f2 = loc_of(x, b, &l2, &c2, &o2);
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
static const char *text_of(struct ex *x, CXCursor c)
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
static int binop_is(struct ex *x, CXCursor lhs, CXCursor rhs, const char *op)
{
    const char *s;
    size_t n;
    if (span(x, clang_getRangeEnd(clang_getCursorExtent(lhs)), clang_getRangeStart(clang_getCursorExtent(rhs)), &s, &n))
        return 0;
    trim(&s, &n);
    return n == strlen(op) && !memcmp(s, op, n);
}

/* Operator of a unary expression: "++", "--", "&", "*", ... (prefix or postfix), or "". */
static void unop(struct ex *x, CXCursor u, CXCursor operand, char out[8])
{
    CXSourceRange ru = clang_getCursorExtent(u), ro = clang_getCursorExtent(operand);
    const char *s;
    size_t n;
    out[0] = '\0';
    if (!span(x, clang_getRangeStart(ru), clang_getRangeStart(ro), &s, &n)) {
        trim(&s, &n);
        if (!n && span(x, clang_getRangeEnd(ro), clang_getRangeEnd(ru), &s, &n))
            n = 0;
        trim(&s, &n);
        if (n && n < 8) {
            memcpy(out, s, n);
            out[n] = '\0';
        }
    }
}

/* If e (parentheses and casts aside) is &operand, returns operand; else a null cursor. */
static CXCursor address_of(struct ex *x, CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator)
        return clang_getNullCursor();
    CXCursor op = first_kid(e);
    char o[8];
    if (clang_Cursor_isNull(op))
        return op;
    unop(x, e, op, o);
    return strcmp(o, "&") ? clang_getNullCursor() : op;
}

/* Type spelling without qualifiers, used as the key of memory reached through pointers. */
static const char *type_key(struct ex *x, const char *prefix, CXType t, const char *suffix)
{
    t = clang_getCanonicalType(t);
    CXString sp = clang_getTypeSpelling(t);
    const char *s = clang_getCString(sp);
    s = s ? s : "?";
    for (;;) {
        if (!strncmp(s, "const ", 6))
            s += 6;
        else if (!strncmp(s, "volatile ", 9))
            s += 9;
        else
            break;
    }
    size_t n = strlen(prefix) + strlen(s) + strlen(suffix) + 1;
    char *d = weft__arena_alloc(x->A, n);
    if (d)
        snprintf(d, n, "%s%s%s", prefix, s, suffix);
    else
        x->oom = 1;
    clang_disposeString(sp);
    return d ? d : "";
}

static int is_atomic_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_Atomic;
}

static int var_is_global(CXCursor d)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return 0;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
    if (sc == CX_SC_Static || sc == CX_SC_Extern)
        return 1;
    return clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit;
}

static struct local *local_of(struct ex *x, CXCursor d, int create)
{
    unsigned h = clang_hashCursor(d);
    for (size_t i = 0; i < x->nlocals; i++)
        if (x->locals[i].hash == h && clang_equalCursors(x->locals[i].decl, d))
            return &x->locals[i];
    if (!create)
        return NULL;
    struct local *l = WEFT__PUSH(x->locals, x->nlocals, x->caplocals);
    if (!l) {
        x->oom = 1;
        return NULL;
    }
    memset(l, 0, sizeof(*l));
    l->decl = d;
    l->hash = h;
    return l;
}

static const char *usr_of(struct ex *x, CXCursor d)
{
    return dup_cx(x, clang_getCursorUSR(d));
}

static const char *name_of(struct ex *x, CXCursor d)
{
    return dup_cx(x, clang_getCursorSpelling(d));
}

static const char *cat3(struct ex *x, const char *a, const char *b, const char *c)
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

static int param_index(CXCursor parm)
{
    CXCursor fn = clang_getCursorSemanticParent(parm);
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++)
        if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), parm))
            return i;
    return -1;
}

/* ---- operations ----------------------------------------------------------------- */

static struct weft__op *emit(struct ex *x, char kind, CXCursor at)
{
    struct weft__op *o = WEFT__PUSH(x->ops, x->nops, x->capops);
    if (!o) {
        x->oom = 1;
        return NULL;
    }
    memset(o, 0, sizeof(*o));
    o->kind = kind;
    o->a = o->b = o->c = o->d = "";
    if (!clang_Cursor_isNull(at)) {
        unsigned off;
        struct filebuf *fb = loc_of(x, clang_getCursorLocation(at), &o->line, &o->col, &off);
        o->file = fb ? fb->path : "";
        if (fb && fb->buf && kind == WEFT__OP_ACCESS) {
            /* An inline suppression comment on the access's line. */
            size_t b = off <= fb->len ? off : fb->len, e = b;
            while (b && fb->buf[b - 1] != '\n')
                b--;
            while (e < fb->len && fb->buf[e] != '\n')
                e++;
            for (size_t i = b; i + 11 <= e; i++)
                if (!memcmp(fb->buf + i, "weft-check:", 11)) {
                    const char *p = fb->buf + i + 11;
                    while (p < fb->buf + e && *p == ' ')
                        p++;
                    if (p + 6 <= fb->buf + e && !memcmp(p, "ignore", 6))
                        o->flag = 1;
                }
        }
    } else {
        o->file = "";
    }
    return o;
}

static void bind(struct ex *x, const char *slot, const char *usr)
{
    struct weft__bind *b = WEFT__PUSH(x->f->binds, x->f->nbinds, x->f->capbinds);
    if (!b) {
        x->oom = 1;
        return;
    }
    b->slot = slot;
    b->usr = usr;
}

/* ---- locations -------------------------------------------------------------------- */

static void expr(struct ex *x, CXCursor c, int mode);
static int ptr_shared(struct ex *x, CXCursor e);
static int own_state(struct ex *x, CXCursor e);

static int lval(struct ex *x, CXCursor c, const char **key, int walk);
static int is_zero_literal(struct ex *x, CXCursor c);
static CXCursor local_decl(CXCursor e);
static long const_index(struct ex *x, CXCursor e);
static long index_value(struct ex *x, CXCursor ix);
static int int_lit(struct ex *x, CXCursor e, long *v);
static void gint_write(struct ex *x, CXCursor at, CXCursor lhs, const char *tag);
static int is_changed(struct ex *x, CXCursor d);
static long step_offset(struct ex *x, CXCursor d, CXCursor c);
static int hash_in(const unsigned *set, size_t n, CXCursor d);
static void root_init(struct ex *x, CXCursor d, CXCursor init);

/*
 * What a pointer expression is known to point at: a global pointer's own target
 * ("*g:..."), or for a local pointer given exactly one value, that value's target.
 * Returns 1 with *key set (and *shared), else 0.
 */
static int ptr_target(struct ex *x, CXCursor base, const char **key, int *shared, int depth)
{
    CXCursor e = strip(base);
    if (depth > 4 || clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
        /* A pointer parameter never assigned: what the caller passed ("*@pN", resolved per call). */
        struct local *pl = local_of(x, d, 0);
        int idx = param_index(d);
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        if ((pl && pl->nsrc) || idx < 0 || idx > 3 || t.kind != CXType_Pointer)
            return 0;
        char b[16];
        snprintf(b, sizeof(b), "*@p%d", idx);
        *key = cat3(x, b, "", "");
        *shared = 1;
        return 1;
    }
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return 0;
    if (var_is_global(d)) {
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        if (t.kind != CXType_Pointer)
            return 0;
        *key = cat3(x, "*g:", usr_of(x, d), "");
        *shared = 1;
        return 1;
    }
    struct local *l = local_of(x, d, 0);
    if (!l || l->nsrc != 1 || l->published)
        return 0;
    CXCursor s = l->src;
    if (clang_getCursorKind(s) == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(s);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 0;
        unop(x, s, op, o);
        if (strcmp(o, "&"))
            return 0;
        const char *k;
        int sh = lval(x, op, &k, 0);
        if (!*k || !strncmp(k, "l:", 2))
            return 0;
        *key = k;
        *shared = sh;
        return 1;
    }
    return ptr_target(x, s, key, shared, depth + 1);
}

/*
 * The location an lvalue designates: *key gets its key and the result says whether it
 * is shared between threads. Sub-expressions it evaluates (pointer bases, indices) are
 * walked as reads when walk is set.
 */
static int lval(struct ex *x, CXCursor c, const char **key, int walk)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    *key = "";
    switch (k) {
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: {
        CXCursor kid = first_kid(c);
        return clang_Cursor_isNull(kid) ? 0 : lval(x, kid, key, walk);
    }
    case CXCursor_DeclRefExpr: {
        CXCursor d = clang_getCursorReferenced(c);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_VarDecl && var_is_global(d)) {
            *key = cat3(x, "g:", usr_of(x, d), "");
            return clang_getCursorTLSKind(d) == CXTLS_None;
        }
        if (dk == CXCursor_VarDecl || dk == CXCursor_ParmDecl) {
            struct local *l = local_of(x, d, 0);
            /* A local whose address escapes is one shared object ("o:"); memory reached by
             * type may still be it (the whole-program pass lets "o:" alias by type). */
            if (l && l->addr_taken) {
                *key = cat3(x, "o:", x->fn_usr, cat3(x, "#", name_of(x, d), ""));
                return 1;
            }
            *key = cat3(x, "l:", x->fn_usr, cat3(x, "#", name_of(x, d), ""));
        }
        return 0;
    }
    case CXCursor_MemberRefExpr: {
        CXCursor base = first_kid(c);
        const char *field = name_of(x, clang_getCursorReferenced(c));
        if (clang_Cursor_isNull(base))
            return 0;
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer) {
            if (walk)
                expr(x, base, M_READ);
            const char *tk;
            int tsh;
            if (ptr_target(x, base, &tk, &tsh, 0) && strncmp(tk, "t:", 2)) {
                *key = cat3(x, tk, ".", field);
                return tsh;
            }
            *key = type_key(x, "f:", clang_getPointeeType(bt), cat3(x, ".", field, ""));
            return ptr_shared(x, base);
        }
        const char *bk;
        int sh = lval(x, base, &bk, walk);
        if (!strncmp(bk, "g:", 2) || !strncmp(bk, "l:", 2) || !strncmp(bk, "*g:", 3) || !strncmp(bk, "*@p", 3) ||
            !strncmp(bk, "o:", 2))
            *key = cat3(x, bk, ".", field);
        else
            *key = type_key(x, "f:", bt, cat3(x, ".", field, ""));
        return sh;
    }
    case CXCursor_ArraySubscriptExpr: {
        struct kids kk;
        kids_get(c, &kk);
        int sh = 0;
        if (kk.n == 2) {
            if (walk)
                expr(x, kk.p[1], M_READ);
            CXCursor base = kk.p[0], inner = strip(base);
            CXType it = clang_getCanonicalType(clang_getCursorType(inner));
            if (it.kind == CXType_ConstantArray || it.kind == CXType_IncompleteArray ||
                it.kind == CXType_VariableArray) {
                sh = lval(x, inner, key, walk);
            } else {
                if (walk)
                    expr(x, base, M_READ);
                int tsh;
                if (ptr_target(x, base, key, &tsh, 0)) {
                    sh = tsh;
                } else {
                    *key = type_key(x, "t:", clang_getCursorType(c), "");
                    sh = ptr_shared(x, base);
                }
            }
        }
        kids_free(&kk);
        return sh;
    }
    case CXCursor_UnaryOperator: {
        CXCursor op = first_kid(c);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 0;
        unop(x, c, op, o);
        if (!strcmp(o, "*")) {
            CXCursor in = strip(op);
            if (clang_getCursorKind(in) == CXCursor_UnaryOperator) {
                CXCursor in2 = first_kid(in);
                char o2[8];
                unop(x, in, in2, o2);
                if (!strcmp(o2, "&"))
                    return lval(x, in2, key, walk);
            }
            if (walk)
                expr(x, op, M_READ);
            int tsh;
            if (ptr_target(x, op, key, &tsh, 0))
                return tsh;
            *key = type_key(x, "t:", clang_getCursorType(c), "");
            return ptr_shared(x, op);
        }
        if (walk)
            expr(x, c, M_READ);
        return 0;
    }
    default:
        if (walk)
            expr(x, c, M_READ);
        return 0;
    }
}

static int allocator(struct ex *x, CXCursor def);

/* A null pointer constant: 0, NULL (whose literal is spelled "NULL"), __null. */
static int is_null_ptr(struct ex *x, CXCursor e)
{
    CXCursor s = strip(e);
    const char *t = text_of(x, s);
    return is_zero_literal(x, e) || clang_getCursorKind(s) == CXCursor_GNUNullExpr || !strcmp(t, "NULL") ||
           !strcmp(t, "((void *)0)") || !strcmp(t, "((void*)0)");
}

static int is_alloc_call(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    CXString s = clang_getCursorSpelling(d);
    const char *n = clang_getCString(s);
    int r = n && (!strcmp(n, "malloc") || !strcmp(n, "calloc") || !strcmp(n, "realloc") ||
                  !strcmp(n, "strdup") || !strcmp(n, "alloca") || !strcmp(n, "__builtin_alloca"));
    clang_disposeString(s);
    if (r)
        return 1;
    /* A function of this TU that returns fresh memory it did not hand to anyone. */
    CXCursor def = clang_getCursorDefinition(d);
    return !clang_Cursor_isNull(def) && clang_getCursorKind(def) == CXCursor_FunctionDecl && allocator(x, def);
}

/* Whether the memory a pointer-valued expression points at may be shared. */
static int ptr_shared(struct ex *x, CXCursor e)
{
    e = strip(e);
    switch (clang_getCursorKind(e)) {
    case CXCursor_DeclRefExpr: {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_VarDecl && var_is_global(d))
            return 1;
        if (dk == CXCursor_ParmDecl)
            return 1;
        if (dk == CXCursor_VarDecl) {
            CXType t = clang_getCanonicalType(clang_getCursorType(d));
            struct local *l = local_of(x, d, 0);
            if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
                return l && l->addr_taken;
            int own = own_state(x, e);
            if (own >= 0)
                return !own; /* fresh memory is the thread's own until it lets it escape */
            return !l || l->nonprivate || l->published;
        }
        return 0;
    }
    case CXCursor_CallExpr:
        return !is_alloc_call(x, e);
    case CXCursor_UnaryOperator: {
        CXCursor op = first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 1;
        unop(x, e, op, o);
        if (!strcmp(o, "&")) {
            const char *k;
            return lval(x, op, &k, 0);
        }
        return 1;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr: {
        const char *k;
        return lval(x, e, &k, 0);
    }
    case CXCursor_StringLiteral:
    case CXCursor_IntegerLiteral:
        return 0;
    default:
        return 1;
    }
}

/* The key of the lock an argument like &m, &s->m or m (a pointer) designates. */
static const char *lock_key(struct ex *x, CXCursor arg)
{
    CXCursor e = strip(arg), op = address_of(x, arg);
    if (!clang_Cursor_isNull(op)) {
        const char *k;
        CXCursor in = strip(op);
        if (clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
            /* m[3] and m[4] are different locks; m[i] is some lock we cannot name. */
            struct kids kk;
            kids_get(in, &kk);
            if (kk.n == 2) {
                lval(x, in, &k, 0);
                /* m[i] for a parameter i: "m[@pN]", the caller's constant when it passes one. */
                long iv = index_value(x, kk.p[1]);
                char t[24];
                if (iv >= 0)
                    snprintf(t, sizeof(t), "%ld", iv);
                else if (iv < -1)
                    snprintf(t, sizeof(t), "@p%ld", -iv - 2);
                else
                    snprintf(t, sizeof(t), "*");
                k = cat3(x, k, "[", cat3(x, t, "]", ""));
                kids_free(&kk);
                return k;
            }
            kids_free(&kk);
        }
        lval(x, op, &k, 0);
        /* &g[3].m: element 3's own lock, told apart from &g[4].m like &m[3] from &m[4]. */
        long ix = const_index(x, in);
        if (ix >= 0 && clang_getCursorKind(in) == CXCursor_MemberRefExpr && !strncmp(k, "g:", 2)) {
            const char *at = strrchr(k, '@'), *dot = strchr(at ? at : k, '.');
            char b[24];
            snprintf(b, sizeof(b), "[%ld]", ix);
            if (dot)
                k = cat3(x, weft__arena_strndup(x->A, k, (size_t)(dot - k)), b, dot);
        }
        return k;
    }
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
            char b[24];
            snprintf(b, sizeof(b), "@p%d", param_index(d));
            return cat3(x, b, "", "");
        }
    }
    const char *k;
    int sh;
    if (ptr_target(x, e, &k, &sh, 0))
        return k;
    lval(x, e, &k, 0);
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (*k && (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray))
        return k; /* an array passes its own address */
    if (!*k)
        k = text_of(x, e);
    return cat3(x, "*", k, "");
}

/* The slot of a function pointer stored in an lvalue: fields by struct type and name. */
static const char *lvalue_slot(struct ex *x, CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor base = first_kid(e);
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer)
            bt = clang_getPointeeType(bt);
        return type_key(x, "f:", bt, cat3(x, ".", name_of(x, clang_getCursorReferenced(e)), ""));
    }
    const char *key;
    lval(x, e, &key, 0);
    return key;
}

/* The slot (variable, field or parameter) a function-pointer expression reads. */
static const char *fn_slot(struct ex *x, CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) /* (*fp)() */
        e = strip(first_kid(e));
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
            char b[24];
            snprintf(b, sizeof(b), "#%d", param_index(d));
            return cat3(x, "p:", x->fn_usr, b);
        }
    }
    if (k == CXCursor_ArraySubscriptExpr)
        e = strip(first_kid(e));
    return lvalue_slot(x, e);
}

/* The function an expression names directly (f or &f), as a USR, or NULL. */
static const char *fn_ref(struct ex *x, CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator)
        e = strip(first_kid(e));
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return NULL;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return NULL;
    return usr_of(x, d);
}

/* Records that slot may receive whatever function value e carries. */
static void bind_value(struct ex *x, const char *slot, CXCursor e)
{
    if (!slot || !*slot)
        return;
    const char *u = fn_ref(x, e);
    if (u) {
        bind(x, slot, u);
        return;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (t.kind == CXType_Pointer && clang_getCanonicalType(clang_getPointeeType(t)).kind == CXType_FunctionProto) {
        const char *from = fn_slot(x, e);
        if (*from)
            bind(x, slot, cat3(x, "=", from, ""));
    }
}

/* Binds every function named inside an initializer to the slot (and fields of it). */
static void bind_init(struct ex *x, const char *slot, CXType t, CXCursor init)
{
    enum CXCursorKind k = clang_getCursorKind(init);
    if (k == CXCursor_InitListExpr) {
        CXType ct = clang_getCanonicalType(t);
        struct kids kk;
        kids_get(init, &kk);
        if (ct.kind == CXType_Record) {
            /* Designated or positional, fields are matched by type order loosely: bind to "any field". */
            const char *any = type_key(x, "f:", ct, ".*");
            for (unsigned i = 0; i < kk.n; i++)
                bind_init(x, any, clang_getCursorType(kk.p[i]), kk.p[i]);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                bind_init(x, slot, clang_getCursorType(kk.p[i]), kk.p[i]);
        }
        kids_free(&kk);
        return;
    }
    const char *u = fn_ref(x, init);
    if (u) {
        bind(x, slot, u);
        return;
    }
    if (clang_getCursorKind(init) == CXCursor_UnexposedExpr) {
        /* A designated initializer (.cb = f): its last child is the value. */
        struct kids kk;
        kids_get(init, &kk);
        if (kk.n >= 2)
            bind_init(x, slot, clang_getCursorType(kk.p[kk.n - 1]), kk.p[kk.n - 1]);
        kids_free(&kk);
        if (kk.n >= 2)
            return;
    }
    bind_value(x, slot, init);
}

/* ---- expressions --------------------------------------------------------------- */

/* The type-based key of what an lvalue cursor accesses: "f:struct S.field" or "t:type". */
static const char *tloc_of(struct ex *x, CXCursor c)
{
    CXCursor s = c;
    while (clang_getCursorKind(s) == CXCursor_ParenExpr || clang_getCursorKind(s) == CXCursor_UnexposedExpr) {
        CXCursor k = first_kid(s);
        if (clang_Cursor_isNull(k))
            break;
        s = k;
    }
    if (clang_getCursorKind(s) == CXCursor_MemberRefExpr) {
        CXCursor base = first_kid(s);
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer)
            bt = clang_getPointeeType(bt);
        return type_key(x, "f:", bt, cat3(x, ".", name_of(x, clang_getCursorReferenced(s)), ""));
    }
    /* An array and its elements are one location by type. */
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    return type_key(x, "t:", t, "");
}

struct fieldvisit {
    struct ex *x;
    CXCursor c;
    const char *key, *tkey;
    int mode, atomic;
};

static void access_key(struct ex *x, CXCursor c, const char *key, const char *tkey, int mode, int atomic);

static enum CXVisitorResult field_visit(CXCursor fld, CXClientData d)
{
    struct fieldvisit *v = d;
    const char *n = name_of(v->x, fld);
    const char *k = !strncmp(v->key, "t:", 2) ? cat3(v->x, "f:", v->key + 2, cat3(v->x, ".", n, ""))
                                              : cat3(v->x, v->key, ".", n);
    const char *tk = cat3(v->x, "f:", v->tkey + 2, cat3(v->x, ".", n, ""));
    CXType ft = clang_getCanonicalType(clang_getCursorType(fld));
    if (ft.kind == CXType_Record && !strncmp(v->key, "g:", 2)) {
        /* A nested struct of a named global: its fields are locations too (t.s.data). */
        struct fieldvisit w = *v;
        w.key = k;
        w.tkey = type_key(v->x, "t:", ft, "");
        clang_Type_visitFields(ft, field_visit, &w);
        return CXVisit_Continue;
    }
    access_key(v->x, v->c, k, tk, v->mode, v->atomic);
    return CXVisit_Continue;
}

/* An index expression: its value if a literal (>= 0); -(N + 2) if it is parameter N (< 4)
 * never assigned in the function (what the caller passed, resolved per call); else -1. */
static long index_value(struct ex *x, CXCursor ix)
{
    ix = strip(ix);
    if (clang_getCursorKind(ix) == CXCursor_IntegerLiteral)
        return strtol(text_of(x, ix), NULL, 0);
    if (clang_getCursorKind(ix) != CXCursor_DeclRefExpr)
        return -1;
    CXCursor d = clang_getCursorReferenced(ix);
    int n = clang_getCursorKind(d) == CXCursor_ParmDecl ? param_index(d) : -1;
    return n >= 0 && n < 4 && !is_changed(x, d) ? -(n + 2) : -1;
}

/* The index of a global array's element that e designates (g[3], g[3].f, g[i] for a
 * parameter i: see index_value), else -1. */
static long const_index(struct ex *x, CXCursor e)
{
    e = strip(e);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor b = first_kid(e);
        if (clang_Cursor_isNull(b) || clang_getCanonicalType(clang_getCursorType(strip(b))).kind == CXType_Pointer)
            return -1;
        e = strip(b);
    }
    if (clang_getCursorKind(e) != CXCursor_ArraySubscriptExpr)
        return -1;
    struct kids kk;
    kids_get(e, &kk);
    long v = -1;
    if (kk.n == 2 && clang_getCursorKind(strip(kk.p[0])) == CXCursor_DeclRefExpr)
        v = index_value(x, kk.p[1]);
    kids_free(&kk);
    return v;
}

/*
 * Whether lvalue c lies inside the one object a pointer variable points at: reached by
 * ->, * or [0] on that variable and then only . and indexes into arrays, never pointer
 * arithmetic (g[1], (g + 1)->f reach a neighbour). A bare pointer given to a library call
 * is not (memset(g, 0, n) may clear the neighbours too).
 */
static int own_target(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor base = first_kid(c);
        if (clang_Cursor_isNull(base))
            return 0;
        enum CXTypeKind bt = clang_getCanonicalType(clang_getCursorType(strip(base))).kind;
        if (k == CXCursor_MemberRefExpr) {
            if (bt == CXType_Pointer)
                return clang_getCursorKind(strip(base)) == CXCursor_DeclRefExpr;
        } else if (k == CXCursor_ArraySubscriptExpr) {
            if (bt == CXType_Pointer) {
                struct kids kk;
                kids_get(c, &kk);
                int zero = kk.n == 2 && is_zero_literal(x, kk.p[1]);
                kids_free(&kk);
                return zero && clang_getCursorKind(strip(base)) == CXCursor_DeclRefExpr;
            }
            if (bt != CXType_ConstantArray)
                return 0;
        } else if (k == CXCursor_UnaryOperator) {
            char o[8];
            unop(x, c, base, o);
            return !strcmp(o, "*") && clang_getCursorKind(strip(base)) == CXCursor_DeclRefExpr;
        } else {
            return 0;
        }
        c = base;
    }
    return 0;
}

struct modvisit {
    struct ex *x;
    CXCursor d;
    int addr_only, found;
};

/* Finds an assignment, ++/-- or & of variable v->d under a cursor (only & when addr_only). */
static enum CXChildVisitResult mod_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct modvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor target = clang_getNullCursor();
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(c);
        char o[8] = "";
        if (!clang_Cursor_isNull(op))
            unop(v->x, c, op, o);
        if (!strcmp(o, "&") || (!v->addr_only && (!strcmp(o, "++") || !strcmp(o, "--"))))
            target = op;
    } else if (!v->addr_only && (k == CXCursor_CompoundAssignOperator || k == CXCursor_BinaryOperator)) {
        struct kids kk;
        kids_get(c, &kk);
        if (kk.n == 2 && (k == CXCursor_CompoundAssignOperator || binop_is(v->x, kk.p[0], kk.p[1], "=")))
            target = kk.p[0];
        kids_free(&kk);
    }
    if (!clang_Cursor_isNull(target)) {
        /* The variable itself: a[j] = ... changes an element, not which array a is. */
        target = strip(target);
        if (clang_getCursorKind(target) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(target), v->d)) {
            v->found = 1;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Recurse;
}

static int modifies(struct ex *x, CXCursor in, CXCursor d, int addr_only)
{
    struct modvisit v = {x, d, addr_only, 0};
    if (!clang_Cursor_isNull(in))
        clang_visitChildren(in, mod_visit, &v);
    return v.found;
}

/* The local variable e names (parentheses and casts aside), else a null cursor. */
static CXCursor local_var(CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return clang_getNullCursor();
    return d;
}

/*
 * Whether each iteration of for-loop loop hands create argument arg a different element:
 * arg is &a[i], &a[i].f or a + i, i is a local the loop's increment steps by a nonzero
 * constant (i++, --i, i += 2) and nothing else changes (condition and body never assign
 * it, nothing takes its address), and a is an array, or a local pointer the loop never
 * assigns and whose address is never taken. The caller checks it is the only loop around.
 */
static int distinct_element(struct ex *x, CXCursor loop, CXCursor arg)
{
    if (clang_getCursorKind(loop) != CXCursor_ForStmt || x->has_goto)
        return 0;
    struct kids kk;
    kids_get(loop, &kk);
    if (kk.n != 4) { /* init, condition, increment and body, none left out */
        kids_free(&kk);
        return 0;
    }
    CXCursor cond = kk.p[1], inc = strip(kk.p[2]), body = kk.p[3];
    kids_free(&kk);
    /* The induction variable and its step. */
    CXCursor iv = clang_getNullCursor();
    if (clang_getCursorKind(inc) == CXCursor_UnaryOperator) {
        char o[8];
        CXCursor op = first_kid(inc);
        if (clang_Cursor_isNull(op))
            return 0;
        unop(x, inc, op, o);
        if (!strcmp(o, "++") || !strcmp(o, "--"))
            iv = local_var(op);
    } else if (clang_getCursorKind(inc) == CXCursor_CompoundAssignOperator) {
        kids_get(inc, &kk);
        if (kk.n == 2 && (binop_is(x, kk.p[0], kk.p[1], "+=") || binop_is(x, kk.p[0], kk.p[1], "-=")) &&
            clang_getCursorKind(strip(kk.p[1])) == CXCursor_IntegerLiteral && !is_zero_literal(x, kk.p[1]))
            iv = local_var(kk.p[0]);
        kids_free(&kk);
    }
    if (clang_Cursor_isNull(iv))
        return 0;
    /* The element: &a[i] (then .f ...), or a + i / i + a. */
    CXCursor e = strip(arg), base = clang_getNullCursor(), ix = clang_getNullCursor();
    CXCursor op = address_of(x, e);
    if (!clang_Cursor_isNull(op)) {
        op = strip(op);
        while (clang_getCursorKind(op) == CXCursor_MemberRefExpr &&
               clang_getCanonicalType(clang_getCursorType(strip(first_kid(op)))).kind == CXType_Record)
            op = strip(first_kid(op));
        if (clang_getCursorKind(op) == CXCursor_ArraySubscriptExpr) {
            kids_get(op, &kk);
            if (kk.n == 2)
                base = strip(kk.p[0]), ix = strip(kk.p[1]);
            kids_free(&kk);
        }
    } else if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        kids_get(e, &kk);
        if (kk.n == 2 && binop_is(x, kk.p[0], kk.p[1], "+")) {
            enum CXTypeKind t0 = clang_getCanonicalType(clang_getCursorType(strip(kk.p[0]))).kind;
            int first_ptr = t0 == CXType_Pointer || t0 == CXType_ConstantArray || t0 == CXType_IncompleteArray ||
                            t0 == CXType_VariableArray;
            base = strip(kk.p[first_ptr ? 0 : 1]);
            ix = strip(kk.p[first_ptr ? 1 : 0]);
        }
        kids_free(&kk);
    }
    if (clang_Cursor_isNull(base) || clang_getCursorKind(ix) != CXCursor_DeclRefExpr ||
        !clang_equalCursors(clang_getCursorReferenced(ix), iv) || clang_getCursorKind(base) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor a = clang_getCursorReferenced(base);
    enum CXTypeKind at = clang_getCanonicalType(clang_getCursorType(a)).kind;
    if (clang_getCursorKind(a) != CXCursor_VarDecl ||
        (at != CXType_ConstantArray && at != CXType_IncompleteArray && at != CXType_VariableArray &&
         at != CXType_Pointer))
        return 0;
    return !modifies(x, cond, iv, 0) && !modifies(x, body, iv, 0) && !modifies(x, x->fn, iv, 1) &&
           !modifies(x, cond, a, 0) && !modifies(x, body, a, 0) &&
           (at != CXType_Pointer || (!var_is_global(a) && !modifies(x, x->fn, a, 1)));
}

static const char *access_tail(struct ex *x, CXCursor c, const char *key);

static void access_key(struct ex *x, CXCursor c, const char *key, const char *tkey, int mode, int atomic)
{
    struct weft__op *o = emit(x, WEFT__OP_ACCESS, c);
    if (!o)
        return;
    o->d = access_tail(x, c, key);
    o->a = key;
    o->b = text_of(x, c);
    o->c = tkey;
    /* A global array's element by constant index: "tkey\x1eN" (g[3] is not g[4]). */
    long ix = !strncmp(key, "g:", 2) ? const_index(x, c) : -1;
    if (ix != -1) {
        char b[24];
        if (ix >= 0)
            snprintf(b, sizeof(b), "\x1e%ld", ix);
        else
            snprintf(b, sizeof(b), "\x1e@p%ld", -ix - 2);
        o->c = cat3(x, tkey, b, "");
    }
    o->mode = mode == M_READ ? 'r' : mode == M_WRITE ? 'w' : mode == M_RW ? 'u' : 'x';
    o->atomic = (char)(atomic || is_atomic_type(clang_getCursorType(c)));
    if (!strncmp(key, "*@p", 3) && own_target(x, c))
        o->flag |= 2;
}

static void access(struct ex *x, CXCursor c, const char *key, int mode, int atomic)
{
    if (mode == M_NONE)
        return;
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind == CXType_Record && !is_atomic_type(clang_getCursorType(c))) {
        /* A whole-struct copy touches every field. */
        const char *tk = type_key(x, "t:", t, "");
        struct fieldvisit v = {x, c, !strncmp(key, "t:", 2) ? tk : key, tk, mode, atomic};
        clang_Type_visitFields(t, field_visit, &v);
        return;
    }
    access_key(x, c, key, tloc_of(x, c), mode, atomic);
}

/* An lvalue used with the given mode. */
static void lvalue(struct ex *x, CXCursor c, int mode, int atomic)
{
    const char *key;
    int sh = lval(x, c, &key, 1);
    if (!sh)
        return;
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    /* Naming an array or function is address arithmetic, not an access. */
    if (mode == M_READ && (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
                           t.kind == CXType_VariableArray || t.kind == CXType_FunctionProto))
        return;
    access(x, c, key, mode, atomic);
}

/* The object a pointer argument points at, accessed with mode (memset's destination...). */
static void pointee(struct ex *x, CXCursor arg, int mode, int atomic)
{
    CXCursor e = strip(arg), op = address_of(x, arg);
    if (!clang_Cursor_isNull(op)) {
        const char *k;
        if (lval(x, op, &k, 1))
            access(x, op, k, mode, atomic);
        return;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray) {
        const char *k;
        if (lval(x, e, &k, 1))
            access(x, e, k, mode, atomic);
        return;
    }
    expr(x, arg, M_READ);
    if (t.kind == CXType_Pointer && ptr_shared(x, e)) {
        /* The pointed-at object, by type (void * and char * reach bytes). */
        CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
        const char *k;
        int sh;
        if (ptr_target(x, e, &k, &sh, 0)) {
            if (sh)
                access_key(x, e, k, type_key(x, "t:", pt, ""), mode, atomic);
            return;
        }
        k = pt.kind != CXType_Void && pt.kind != CXType_Char_S && pt.kind != CXType_Char_U ? type_key(x, "t:", pt, "")
                                                                                          : "t:char";
        access_key(x, e, k, k, mode, atomic);
    }
}

static int name_in(const char *n, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(n, *list))
            return 1;
    return 0;
}

static const char *const wr_lock[] = {"pthread_mutex_lock", "pthread_mutex_trylock", "pthread_mutex_timedlock",
                                      "pthread_spin_lock", "pthread_spin_trylock", "pthread_rwlock_wrlock",
                                      "pthread_rwlock_trywrlock", "pthread_rwlock_timedwrlock", "mtx_lock",
                                      "mtx_trylock", "mtx_timedlock", NULL};
static const char *const rd_lock[] = {"pthread_rwlock_rdlock", "pthread_rwlock_tryrdlock",
                                      "pthread_rwlock_timedrdlock", NULL};
static const char *const unlock[] = {"pthread_mutex_unlock", "pthread_spin_unlock", "pthread_rwlock_unlock",
                                     "mtx_unlock", NULL};
/* Functions writing through their first argument (and reading through the second). */
static const char *const writes_arg0[] = {"free", "realloc", "memset", "memcpy", "memmove", "strcpy", "strncpy", "strcat",
                                          "strncat", "bzero", "sprintf", "snprintf", "vsprintf", "vsnprintf",
                                          "__builtin_memset", "__builtin_memcpy", "__builtin_memmove",
                                          "explicit_bzero", "stpcpy", NULL};
static const char *const reads_arg1[] = {"memcpy", "memmove", "strcpy", "strncpy", "strcat", "strncat",
                                         "__builtin_memcpy", "__builtin_memmove", "stpcpy", NULL};
static const char *const no_access[] = {"pthread_mutex_init", "pthread_mutex_destroy", "pthread_rwlock_init",
                                        "pthread_rwlock_destroy", "pthread_spin_init", "pthread_spin_destroy",
                                        "pthread_cond_init", "pthread_cond_destroy", "pthread_cond_wait",
                                        "pthread_cond_timedwait", "pthread_cond_signal", "pthread_cond_broadcast",
                                        "mtx_init", "mtx_destroy", "cnd_wait", "cnd_signal", "cnd_broadcast",
                                        "pthread_attr_init", "pthread_attr_destroy", "pthread_barrier_wait",
                                        "pthread_barrier_init", "sem_wait", "sem_post", "sem_init", NULL};

/* POSIX and C11 thread APIs: they synchronize on the objects they are given. */
static int sync_api(const char *name)
{
    static const char *const prefix[] = {"pthread_", "sem_", "mtx_", "cnd_", "thrd_", "call_once", NULL};
    for (const char *const *p = prefix; *p; p++)
        if (!strncmp(name, *p, strlen(*p)))
            return 1;
    return 0;
}

/* ---- ownership and regions ------------------------------------------------------------ */

static void stmt(struct ex *x, CXCursor c);

/* Byte offset where a cursor starts (a macro's code: where the macro is used), to order
 * positions inside one function. */
static unsigned off_at(struct ex *x, CXCursor c)
{
    unsigned line, col, off = 0;
    loc_of(x, clang_getRangeStart(clang_getCursorExtent(c)), &line, &col, &off);
    return off;
}

static int is_var(CXCursor e, CXCursor v)
{
    e = strip(e);
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), v);
}

static int is_array_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray;
}

/* The local variable or parameter an index expression names, else a null cursor. */
static CXCursor index_var(CXCursor ix)
{
    CXCursor d = local_decl(ix);
    if (clang_Cursor_isNull(d) || clang_Cursor_getStorageClass(d) == CX_SC_Static)
        return clang_getNullCursor();
    return d;
}

/* Sources of local d in body: its initializer and the right sides of 'd = ...'. */
struct srcvisit {
    struct ex *x;
    CXCursor d;
    CXCursor src[8];
    /* The block a source is a statement of (it runs whenever a position inside does), or
     * [0, UINT_MAX) for the initializer; [0, 0) for an assignment inside an expression. */
    unsigned dom_b[8], dom_e[8];
    int n, bad;
};

static enum CXChildVisitResult src_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct srcvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        kids_get(c, &kk);
        if (kk.n == 2 && is_var(kk.p[0], v->d) && binop_is(v->x, kk.p[0], kk.p[1], "=")) {
            if (v->n < 8) {
                v->dom_b[v->n] = v->dom_e[v->n] = 0;
                if (clang_getCursorKind(parent) == CXCursor_CompoundStmt) {
                    unsigned line, col;
                    v->dom_b[v->n] = off_at(v->x, parent);
                    loc_of(v->x, clang_getRangeEnd(clang_getCursorExtent(parent)), &line, &col, &v->dom_e[v->n]);
                }
                v->src[v->n++] = kk.p[1];
            } else {
                v->bad = 1;
            }
        }
        kids_free(&kk);
    } else if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(c);
        char o[8];
        unop(v->x, c, op, o);
        if (!strcmp(o, "&") && is_var(op, v->d))
            v->bad = 1; /* assigned through a pointer, maybe */
    }
    return v->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static int hash_in(const unsigned *set, size_t n, CXCursor d);

/*
 * The sources of local d in body into v (dom: with the blocks' extents); 0 when they are
 * not known (more than 8, or its address taken). For the current function they are what
 * the pre-scan recorded, otherwise the body is walked.
 */
static int sources(struct ex *x, CXCursor body, CXCursor d, struct srcvisit *v, int dom)
{
    memset(v, 0, sizeof(*v));
    v->x = x;
    v->d = d;
    if (clang_equalCursors(body, x->body)) {
        struct local *l = local_of(x, d, 0);
        if (!l)
            return 1;
        if (l->nsrc > 8 || hash_in(x->amp, x->namp, d))
            return 0;
        for (int i = 0; i < l->nsrc; i++) {
            v->src[i] = l->sv[i];
            if (i == 0 && l->sinit) {
                v->dom_e[i] = UINT_MAX;
            } else if (dom && !clang_Cursor_isNull(l->sblk[i])) {
                unsigned line, col;
                v->dom_b[i] = off_at(x, l->sblk[i]);
                loc_of(x, clang_getRangeEnd(clang_getCursorExtent(l->sblk[i])), &line, &col, &v->dom_e[i]);
            }
        }
        v->n = l->nsrc;
        return 1;
    }
    struct kids kk;
    kids_get(d, &kk);
    if (kk.n && clang_isExpression(clang_getCursorKind(kk.p[kk.n - 1]))) {
        v->dom_b[0] = 0;
        v->dom_e[0] = UINT_MAX;
        v->src[v->n++] = kk.p[kk.n - 1];
    }
    kids_free(&kk);
    clang_visitChildren(body, src_visit, v);
    return !v->bad;
}

/*
 * What memory an expression reaches is rooted at: 1, an element of a global array indexed
 * by a variable (*arr the array's key, *var the index); 2, what parameter *pidx points at;
 * 3, nothing but itself (a local whose root is being computed); 0, anything else. Loads
 * and address arithmetic inside the memory stay in it (p->next, container_of casts). With
 * order set, every value a local pointer is given must be given after lock_off (and before
 * at, or in a loop that began after lock_off), while the index kept its value.
 */
struct rctx {
    CXCursor body;
    int order;
    unsigned lock_off, at;
};

static int root_of(struct ex *x, const struct rctx *r, CXCursor e, const char **arr, CXCursor *var, int *pidx, int depth)
{
    e = strip(e);
    if (depth > 12)
        return 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    struct kids kk;
    int res = 0;
    switch (k) {
    case CXCursor_ArraySubscriptExpr:
        kids_get(e, &kk);
        if (kk.n == 2) {
            CXCursor b = strip(kk.p[0]);
            if (is_array_type(clang_getCursorType(b))) {
                CXCursor v = index_var(kk.p[1]);
                const char *key;
                lval(x, b, &key, 0);
                if (!clang_Cursor_isNull(v) && !strncmp(key, "g:", 2)) {
                    *arr = key;
                    *var = v;
                    res = 1;
                }
            } else {
                res = root_of(x, r, b, arr, var, pidx, depth + 1);
            }
        }
        kids_free(&kk);
        return res;
    case CXCursor_MemberRefExpr:
        return root_of(x, r, first_kid(e), arr, var, pidx, depth + 1);
    case CXCursor_UnaryOperator: {
        CXCursor op = first_kid(e);
        char o[8];
        unop(x, e, op, o);
        return !strcmp(o, "*") || !strcmp(o, "&") ? root_of(x, r, op, arr, var, pidx, depth + 1) : 0;
    }
    case CXCursor_BinaryOperator:
        kids_get(e, &kk);
        if (kk.n == 2 && (binop_is(x, kk.p[0], kk.p[1], "-") || binop_is(x, kk.p[0], kk.p[1], "+"))) {
            int first = clang_getCanonicalType(clang_getCursorType(strip(kk.p[0]))).kind == CXType_Pointer;
            res = root_of(x, r, kk.p[first ? 0 : 1], arr, var, pidx, depth + 1);
        }
        kids_free(&kk);
        return res;
    case CXCursor_DeclRefExpr:
        break;
    default:
        return 0;
    }
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
        int n = param_index(d);
        int mine = clang_equalCursors(clang_getCursorSemanticParent(d), x->fn);
        if (n < 0 || n > 3 || (mine ? is_changed(x, d) : modifies(x, r->body, d, 0)))
            return 0;
        *pidx = n;
        return 2;
    }
    if (clang_getCursorKind(d) != CXCursor_VarDecl || var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static ||
        clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
        return 0;
    unsigned h = clang_hashCursor(d);
    for (int i = 0; i < x->nrwalk; i++)
        if (x->rwalk[i] == h)
            return 3;
    struct local *l = NULL;
    if (!r->order && clang_equalCursors(clang_getCursorSemanticParent(d), x->fn))
        l = local_of(x, d, 0);
    if (l && l->proot)
        return l->proot >= 2 ? (*pidx = l->proot - 2, 2) : 0;
    struct srcvisit sv;
    if (x->nrwalk == 8 || !sources(x, r->body, d, &sv, 0) || !sv.n)
        return 0;
    x->rwalk[x->nrwalk++] = h;
    res = 3;
    for (int i = 0; i < sv.n && res; i++) {
        if (r->order) {
            unsigned os = off_at(x, sv.src[i]);
            int ok = os > r->lock_off && os < r->at;
            for (int j = 0; j < x->nloops && !ok; j++)
                ok = x->lbeg[j] > r->lock_off && os >= x->lbeg[j] && os < x->lend[j];
            if (!ok) {
                res = 0;
                break;
            }
        }
        const char *a2 = NULL;
        CXCursor v2 = clang_getNullCursor();
        int p2 = -1;
        int k2 = root_of(x, r, sv.src[i], &a2, &v2, &p2, depth + 1);
        if (k2 == 3)
            continue;
        if (!k2 || (res != 3 && (k2 != res || (k2 == 1 && (strcmp(a2, *arr) || !clang_equalCursors(v2, *var))) ||
                                 (k2 == 2 && p2 != *pidx)))) {
            res = 0;
            break;
        }
        res = k2;
        if (k2 == 1) {
            *arr = a2;
            *var = v2;
        } else {
            *pidx = p2;
        }
    }
    x->nrwalk--;
    if (res == 3 && !x->nrwalk)
        res = 0;
    if (l && !x->nrwalk)
        l->proot = res == 2 ? 2 + *pidx : 1;
    return res;
}

/* ---- element locks held (symlock) ---- */

/* Blocks: a lock taken inside one is forgotten when it ends (the source order then no
 * longer shows it held). */
static void sym_drop(struct ex *x, int i)
{
    memmove(&x->sym[i], &x->sym[i + 1], (size_t)(x->nsym - i - 1) * sizeof(x->sym[0]));
    x->nsym--;
}

static void scope_pop(struct ex *x)
{
    while (x->nsym && x->sym[x->nsym - 1].depth >= x->sdepth)
        x->nsym--;
    x->sdepth--;
}

static void scope_stmt(struct ex *x, CXCursor c)
{
    x->sdepth++;
    stmt(x, c);
    scope_pop(x);
}

/* Entering a loop: locks whose index it changes no longer match; its extent is noted. */
static void loop_enter(struct ex *x, CXCursor c)
{
    for (int i = x->nsym - 1; i >= 0; i--)
        if (modifies(x, c, x->sym[i].var, 0))
            sym_drop(x, i);
    if (x->nloops < 16) {
        x->lbeg[x->nloops] = off_at(x, c);
        CXSourceRange r = clang_getCursorExtent(c);
        unsigned line, col, off = 0;
        loc_of(x, clang_getRangeEnd(r), &line, &col, &off);
        x->lend[x->nloops] = off;
    }
    x->nloops++;
}

/* Variable e names is changed: locks taken with it as the index no longer match it. */
static void sym_kill(struct ex *x, CXCursor e)
{
    CXCursor d = local_decl(e);
    for (int i = x->nsym - 1; i >= 0 && !clang_Cursor_isNull(d); i--)
        if (clang_equalCursors(x->sym[i].var, d))
            sym_drop(x, i);
}

/* A lock or unlock call on arg: &m[v], m a global array and v a variable, taken by a
 * statement of its own is recorded; unlocking any element of m (or a lock we cannot name)
 * forgets it. */
static void sym_lock(struct ex *x, CXCursor call, CXCursor arg, int is_unlock)
{
    CXCursor op = address_of(x, arg);
    if (clang_Cursor_isNull(op)) {
        if (is_unlock)
            x->nsym = 0;
        return;
    }
    CXCursor in = strip(op);
    if (clang_getCursorKind(in) != CXCursor_ArraySubscriptExpr)
        return;
    struct kids kk;
    kids_get(in, &kk);
    if (kk.n == 2) {
        const char *k;
        lval(x, strip(kk.p[0]), &k, 0);
        for (int i = x->nsym - 1; i >= 0; i--)
            if (!strcmp(x->sym[i].arr, k))
                sym_drop(x, i);
        CXCursor v = index_var(kk.p[1]);
        if (!is_unlock && !strncmp(k, "g:", 2) && !clang_Cursor_isNull(v) && !x->no_sym && !x->has_goto &&
            clang_equalCursors(call, x->stmt_now) && x->nsym < 8)
            x->sym[x->nsym++] = (struct symlock){k, v, off_at(x, call), x->sdepth};
    }
    kids_free(&kk);
}

/* ---- where a pointer's value escapes ---- */

enum { U_KEEP, U_DEREF, U_ARG, U_STORE, U_LHS, U_OTHER };

struct use {
    int kind, arg;
    CXCursor at; /* the call (U_ARG) or the stored-to lvalue (U_STORE) */
};

/* One variable followed by an escape walk. */
struct escv {
    CXCursor v;
    unsigned esc[8]; /* where it escapes (offsets, when the walk keeps them) */
    int nesc, over, assigned;
    int into; /* -1 no escape yet; >= 0 every escape stores it into what parameter into points at; -2 other */
};

/* An escape walk of body following several variables at once (a function's parameters). */
struct escw {
    struct ex *x;
    CXCursor body;
    struct escv *vs;
    int nv, nover;
    int offs; /* record where each escape is */
};

static int param_class(struct ex *x, CXCursor fn, int idx, int *q);

static void escape(struct escw *w, struct escv *e, CXCursor at, int into)
{
    if (e->nesc < 8) {
        e->esc[e->nesc++] = w->offs ? off_at(w->x, at) : 0;
    } else if (!e->over) {
        e->over = 1;
        w->nover++;
    }
    e->into = (e->into == -1 || e->into == into) && into >= 0 ? into : -2;
}

/* The variable of the walk that expression c names (casts aside), else NULL. */
static struct escv *esc_var(struct escw *w, CXCursor c)
{
    c = strip(c);
    if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
        return NULL;
    CXCursor d = clang_getCursorReferenced(c);
    for (int i = 0; i < w->nv; i++)
        if (clang_equalCursors(d, w->vs[i].v))
            return &w->vs[i];
    return NULL;
}

/* Library functions that never keep a pointer they are given. */
static int keeps_nothing(const char *n)
{
    static const char *const keep[] = {"free", "strlen", "strcmp", "strncmp", "memcmp", "printf", "fprintf",
                                       "puts", "fputs", "assert", "__assert_fail", "__goblint_check", NULL};
    /* Thread creation and thread-specific data hand it on; realloc returns it. */
    static const char *const hand_on[] = {"pthread_create", "thrd_create", "pthread_setspecific", "tss_set",
                                          "realloc", NULL};
    return !name_in(n, hand_on) && (name_in(n, keep) || name_in(n, writes_arg0) || name_in(n, reads_arg1) || sync_api(n));
}

/* The value of variable e (or an address inside what it points at) used as u says at cursor c. */
static void esc_use(struct escw *w, struct escv *e, CXCursor c, struct use u)
{
    struct ex *x = w->x;
    if (u.kind == U_KEEP || u.kind == U_DEREF || e->over)
        return;
    if (u.kind == U_LHS) {
        e->assigned = 1;
        return;
    }
    if (u.kind == U_ARG) {
        CXCursor d = clang_getCursorReferenced(u.at);
        if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
            CXString s = clang_getCursorSpelling(d);
            const char *n = clang_getCString(s);
            int ok = n && keeps_nothing(n);
            clang_disposeString(s);
            CXCursor def = clang_getCursorDefinition(d);
            int q;
            if (!ok && !clang_Cursor_isNull(def) && param_class(x, def, u.arg, &q) == 0)
                ok = 1;
            if (ok)
                return;
        }
        escape(w, e, c, -1);
        return;
    }
    if (u.kind == U_STORE) {
        const char *arr;
        CXCursor var;
        int pidx = -1;
        struct rctx r = {w->body, 0, 0, 0};
        CXCursor lhs = strip(u.at);
        int local = !clang_Cursor_isNull(local_decl(lhs));
        escape(w, e, c, !local && root_of(x, &r, lhs, &arr, &var, &pidx, 0) == 2 ? pidx : -1);
        return;
    }
    escape(w, e, c, -1);
}

static void esc_walk(struct escw *w, CXCursor c, struct use u)
{
    struct ex *x = w->x;
    if (w->nover == w->nv)
        return;
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids kk;
    struct use keep = {U_KEEP, 0, c}, other = {U_OTHER, 0, c}, deref = {U_DEREF, 0, c};
    if (k == CXCursor_DeclRefExpr) {
        struct escv *e = esc_var(w, c);
        if (e)
            esc_use(w, e, c, u);
        return;
    }
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) {
        kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], u);
        kids_free(&kk);
        return;
    }
    if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr) {
        kids_get(c, &kk);
        /* An array inside what v points at names its address: a use of v itself. */
        int inner = is_array_type(clang_getCursorType(c)) && kk.n && esc_var(w, kk.p[0]);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], i ? other : inner ? u : deref);
        kids_free(&kk);
        return;
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(c);
        char o[8];
        unop(x, c, op, o);
        if (!strcmp(o, "&")) {
            /* &v->f, &v[0].g: an address inside what v points at, used as the & is. */
            CXCursor in = strip(op);
            while (clang_getCursorKind(in) == CXCursor_MemberRefExpr || clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
                CXCursor b = strip(first_kid(in));
                if (clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer) {
                    in = b;
                    break;
                }
                in = b;
            }
            struct escv *e = esc_var(w, in);
            if (e) {
                esc_use(w, e, in, u);
                return;
            }
        }
        struct use ou = !strcmp(o, "*") ? deref : !strcmp(o, "!") ? keep
                        : !strcmp(o, "++") || !strcmp(o, "--") ? (struct use){U_LHS, 0, c} : other;
        esc_walk(w, op, ou);
        return;
    }
    if (k == CXCursor_CallExpr) {
        kids_get(c, &kk);
        if (kk.n)
            esc_walk(w, kk.p[0], other);
        kids_free(&kk);
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n; i++)
            esc_walk(w, clang_Cursor_getArgument(c, (unsigned)i), (struct use){U_ARG, i, c});
        return;
    }
    if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        kids_get(c, &kk);
        if (kk.n == 2) {
            int assign = k == CXCursor_BinaryOperator && binop_is(x, kk.p[0], kk.p[1], "=");
            int test = k == CXCursor_BinaryOperator &&
                       (binop_is(x, kk.p[0], kk.p[1], "==") || binop_is(x, kk.p[0], kk.p[1], "!=") ||
                        binop_is(x, kk.p[0], kk.p[1], "&&") || binop_is(x, kk.p[0], kk.p[1], "||"));
            esc_walk(w, kk.p[0], assign || k == CXCursor_CompoundAssignOperator ? (struct use){U_LHS, 0, c}
                                 : test ? keep : other);
            esc_walk(w, kk.p[1], assign ? (struct use){U_STORE, 0, kk.p[0]} : test ? keep : other);
        }
        kids_free(&kk);
        return;
    }
    if (k == CXCursor_VarDecl) {
        kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], other); /* a copy in another local */
        kids_free(&kk);
        return;
    }
    kids_get(c, &kk);
    int statement = clang_isStatement(k) || k == CXCursor_CompoundStmt || k == CXCursor_DeclStmt;
    for (unsigned i = 0; i < kk.n; i++)
        esc_walk(w, kk.p[i], k == CXCursor_ReturnStmt ? other : statement ? keep : other);
    kids_free(&kk);
}

static CXCursor fn_body(CXCursor fn)
{
    CXCursor body = clang_getNullCursor();
    struct kids kk;
    kids_get(fn, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_getCursorKind(kk.p[i]) == CXCursor_CompoundStmt)
            body = kk.p[i];
    kids_free(&kk);
    return body;
}

/*
 * How pointer parameter idx of fn lets what it points at be reached by others: 0 never
 * (only dereferenced, tested, given to functions that keep nothing); 1 only by storing it
 * in what parameter *q points at; 2 otherwise (or reassigned). Memoized per TU.
 */
static struct pclass *pcls_slot(struct ex *x, CXCursor fn, unsigned h)
{
    if (2 * (x->npcls + 1) > x->cappcls) {
        size_t cap = x->cappcls ? 2 * x->cappcls : 256;
        struct pclass *t = calloc(cap, sizeof(*t));
        if (!t) {
            x->oom = 1;
            return NULL;
        }
        for (size_t i = 0; i < x->cappcls; i++) {
            if (!x->pcls[i].used)
                continue;
            size_t j = x->pcls[i].h & (cap - 1);
            while (t[j].used)
                j = (j + 1) & (cap - 1);
            t[j] = x->pcls[i];
        }
        free(x->pcls);
        x->pcls = t;
        x->cappcls = cap;
    }
    size_t j = h & (x->cappcls - 1);
    while (x->pcls[j].used && (x->pcls[j].h != h || !clang_equalCursors(x->pcls[j].fn, fn)))
        j = (j + 1) & (x->cappcls - 1);
    return &x->pcls[j];
}

/* Walks fn's body once for the parameters whose state is want (up to 4), into cls and qs. */
static void param_walk(struct ex *x, CXCursor fn, CXCursor body, int nv, const signed char *want, signed char *cls,
                       signed char *qs)
{
    struct escv vs[4];
    int map[4], n = 0;
    for (int i = 0; i < nv; i++) {
        if (!want[i])
            continue;
        memset(&vs[n], 0, sizeof(vs[n]));
        vs[n].v = clang_Cursor_getArgument(fn, (unsigned)i);
        vs[n].into = -1;
        map[n++] = i;
    }
    struct escw w = {x, body, vs, n, 0, 0};
    x->pcls_depth++;
    esc_walk(&w, body, (struct use){U_KEEP, 0, body});
    x->pcls_depth--;
    for (int j = 0; j < n; j++) {
        struct escv *e = &vs[j];
        int i = map[j];
        cls[i] = (signed char)(e->over || e->assigned || e->into == -2 || e->into == i ? 2 : e->into >= 0 ? 1 : 0);
        qs[i] = (signed char)e->into;
    }
}

/*
 * How pointer parameter idx of fn lets what it points at be reached by others: 0 never
 * (only dereferenced, tested, given to functions that keep nothing); 1 only by storing it
 * in what parameter *q points at; 2 otherwise (or reassigned). Memoized per TU. The first
 * question about a function walks its body once for all its parameters (up to 4); when
 * that walk meets the function again (recursion), it is redone for idx alone, so that a
 * recursive question about another parameter gets its own walk, and only the one under
 * way is taken as escaping.
 */
static int param_class(struct ex *x, CXCursor fn, int idx, int *q)
{
    unsigned h = clang_hashCursor(fn);
    struct pclass *pc = pcls_slot(x, fn, h);
    if (idx < 0 || idx > 3)
        return 2;
    if (pc && pc->used && pc->st[idx] == 2)
        return *q = pc->q[idx], pc->cls[idx];
    if (pc && pc->used && pc->st[idx] == 1) {
        pc->hit |= pc->combined;
        return 2; /* recursion: the walk under way */
    }
    int nargs = clang_Cursor_getNumArguments(fn);
    if (idx >= nargs || x->pcls_depth > 4)
        return 2;
    CXCursor body = fn_body(fn);
    if (clang_Cursor_isNull(body) || !pc)
        return 2;
    int nv = nargs < 4 ? nargs : 4;
    signed char want[4] = {0}, cls[4], qs[4];
    memset(cls, 2, sizeof(cls));
    memset(qs, -1, sizeof(qs));
    if (!pc->used) {
        memset(pc, 0, sizeof(*pc));
        pc->used = 1;
        pc->h = h;
        pc->fn = fn;
        x->npcls++;
        for (int i = 0; i < nv; i++)
            want[i] = 1, pc->st[i] = 1;
        pc->combined = 1;
        param_walk(x, fn, body, nv, want, cls, qs);
        pc = pcls_slot(x, fn, h); /* the table may have grown */
        pc->combined = 0;
        if (!pc->hit) {
            for (int i = 0; i < nv; i++)
                pc->st[i] = 2, pc->cls[i] = cls[i], pc->q[i] = qs[i];
            return *q = qs[idx], cls[idx];
        }
        memset(pc->st, 0, sizeof(pc->st));
        pc->hit = 0;
        memset(want, 0, sizeof(want));
    }
    want[idx] = 1;
    pc->st[idx] = 1;
    param_walk(x, fn, body, nv, want, cls, qs);
    pc = pcls_slot(x, fn, h);
    pc->st[idx] = 2;
    pc->cls[idx] = cls[idx];
    pc->q[idx] = qs[idx];
    *q = qs[idx];
    return cls[idx];
}

/*
 * Whether what pointer expression e points at is owned by this thread at e's position: a
 * fresh allocation (or an address inside one), or a local whose last value given before e
 * (in source order) is one, surely given (a statement of a block e is in, or its
 * initializer), given no other value in a loop around e that began after it, and not let
 * escape since (stored, copied, returned, given to a thread or to a function that may keep
 * it), also in such a loop. 1 owned; 0 not; -1 e is no local given an allocation that
 * last (another rule decides).
 */
/* The values of local l (declared by d), found on the first question: -2 when they are not
 * known; else the index of the last one given before offset at in source order (-1 none),
 * with *s where it is given and *fresh cleared unless every value is fresh or null. */
static int src_last(struct ex *x, struct local *l, CXCursor d, unsigned at, unsigned *s, int *fresh)
{
    if (!l->src_state) {
        struct srcvisit sv;
        l->src_state = sources(x, x->body, d, &sv, 1) && sv.n ? 1 : 2;
        l->nsv = (unsigned char)sv.n;
        for (int i = 0; i < sv.n; i++) {
            CXCursor c = strip(sv.src[i]);
            l->soff[i] = off_at(x, sv.src[i]);
            l->sdb[i] = sv.dom_b[i];
            l->sde[i] = sv.dom_e[i];
            l->sfresh[i] = is_null_ptr(x, c) || (clang_getCursorKind(c) == CXCursor_CallExpr && is_alloc_call(x, c));
        }
    }
    if (l->src_state != 1)
        return -2;
    int last = -1;
    for (int i = 0; i < l->nsv; i++) {
        unsigned o = l->soff[i];
        if (o < at && (last < 0 || o > *s))
            *s = o, last = i;
        *fresh &= l->sfresh[i];
    }
    return last;
}

/* Whether value last of l (given at s) is surely the one l holds at offset at: it is given by
 * a statement of a block around at (or is the initializer), and no other value is given in
 * a loop around at that began after it (from the loop's previous turn). */
static int src_holds(struct ex *x, const struct local *l, int last, unsigned s, unsigned at)
{
    if (at < l->sdb[last] || at >= l->sde[last])
        return 0;
    for (int j = 0; j < x->nloops; j++) {
        if (x->lbeg[j] <= s)
            continue;
        for (int i = 0; i < l->nsv; i++) {
            unsigned o = l->soff[i];
            if (i != last && o >= x->lbeg[j] && o < x->lend[j])
                return 0;
        }
    }
    return 1;
}

static int own_state(struct ex *x, CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) == CXCursor_CallExpr)
        return is_alloc_call(x, e);
    CXCursor op = address_of(x, e);
    if (!clang_Cursor_isNull(op)) {
        /* &fresh()->f: inside the fresh object */
        CXCursor in = strip(op);
        while (clang_getCursorKind(in) == CXCursor_MemberRefExpr &&
               clang_getCanonicalType(clang_getCursorType(strip(first_kid(in)))).kind != CXType_Pointer)
            in = strip(first_kid(in));
        return clang_getCursorKind(in) == CXCursor_MemberRefExpr && own_state(x, first_kid(in)) == 1;
    }
    CXCursor d = local_decl(e);
    if (clang_Cursor_isNull(d) || clang_getCursorKind(d) != CXCursor_VarDecl || x->has_goto)
        return -1;
    struct local *l = local_of(x, d, 0);
    if (!l || !l->nsrc || l->addr_taken)
        return -1;
    unsigned at = off_at(x, e), s = 0;
    int fresh = 1, last = src_last(x, l, d, at, &s, &fresh);
    if (last == -2)
        return -1;
    if (last < 0 || !l->sfresh[last])
        return fresh ? 0 : -1;
    if (!l->esc_state) {
        struct escv v = {d, {0}, 0, 0, 0, -1};
        struct escw w = {x, x->body, &v, 1, 0, 1};
        esc_walk(&w, w.body, (struct use){U_KEEP, 0, w.body});
        l->esc_state = v.over ? 2 : 1;
        l->nesc = v.nesc;
        memcpy(l->esc, v.esc, sizeof(l->esc));
    }
    if (l->esc_state != 1 || !src_holds(x, l, last, s, at))
        return 0;
    for (int i = 0; i < l->nesc; i++) {
        if (l->esc[i] < at && l->esc[i] > s)
            return 0;
        for (int j = 0; j < x->nloops; j++)
            if (x->lbeg[j] > s && l->esc[i] >= x->lbeg[j] && l->esc[i] < x->lend[j])
                return 0;
    }
    return 1;
}

static int own_at(struct ex *x, CXCursor e)
{
    return own_state(x, e) == 1;
}

/*
 * The global that memory e reaches is rooted at: the key of a global (or static) variable
 * from which e is reached through fields, indexes, dereferences and pointer arithmetic
 * (A->next->datum, A.next->datum, g[i]->f), a local pointer standing for the last value it
 * was given before e (in source order, as for ownership); NULL for anything else
 * (parameters, calls, locals whose last value is not known).
 */
static const char *groot(struct ex *x, CXCursor e, int depth)
{
    e = strip(e);
    if (depth > 12)
        return NULL;
    struct kids kk;
    const char *r = NULL;
    switch (clang_getCursorKind(e)) {
    case CXCursor_MemberRefExpr:
        return groot(x, first_kid(e), depth + 1);
    case CXCursor_ArraySubscriptExpr:
        kids_get(e, &kk);
        if (kk.n == 2)
            r = groot(x, kk.p[0], depth + 1);
        kids_free(&kk);
        return r;
    case CXCursor_UnaryOperator: {
        CXCursor op = first_kid(e);
        char o[8];
        unop(x, e, op, o);
        return !strcmp(o, "*") || !strcmp(o, "&") ? groot(x, op, depth + 1) : NULL;
    }
    case CXCursor_BinaryOperator:
        kids_get(e, &kk);
        if (kk.n == 2 && (binop_is(x, kk.p[0], kk.p[1], "-") || binop_is(x, kk.p[0], kk.p[1], "+"))) {
            int first = clang_getCanonicalType(clang_getCursorType(strip(kk.p[0]))).kind == CXType_Pointer;
            r = groot(x, kk.p[first ? 0 : 1], depth + 1);
        }
        kids_free(&kk);
        return r;
    case CXCursor_DeclRefExpr:
        break;
    default:
        return NULL;
    }
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return NULL;
    if (var_is_global(d))
        return cat3(x, "g:", usr_of(x, d), "");
    if (x->has_goto || clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer ||
        !clang_equalCursors(clang_getCursorSemanticParent(d), x->fn))
        return NULL;
    struct local *l = local_of(x, d, 0);
    if (!l || !l->nsrc || l->addr_taken)
        return NULL;
    unsigned at = off_at(x, e), s = 0;
    int fresh = 1, last = src_last(x, l, d, at, &s, &fresh);
    if (last < 0 || !src_holds(x, l, last, s, at))
        return NULL;
    return groot(x, l->sv[last], depth + 1);
}

/* ---- regions kept apart ---- */

/* Whether two roots (root_of without ordering) are one region. */
static int same_root(int k1, const char *a1, CXCursor v1, int p1, int k2, const char *a2, CXCursor v2, int p2)
{
    return k1 && k1 == k2 && k1 != 3 &&
           (k1 == 2 ? p1 == p2 : !strcmp(a1, a2) && clang_equalCursors(v1, v2));
}

/*
 * A pointer r stored into memory l: fine for regions when r points at nothing or at what
 * this thread owns, or both lie in one region (one element's, or one parameter's, or r is
 * what parameter P points at, which the function stores only into parameter Q's region,
 * and l is in Q's, or the other way round). Anything else may link one element's region to
 * another's: the region guards are then not trusted in the program ("~" fact).
 */
static void region_store(struct ex *x, CXCursor l, CXCursor r)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(strip(r)));
    CXCursor ls = strip(l);
    int var = clang_getCursorKind(ls) == CXCursor_DeclRefExpr && !is_array_type(clang_getCursorType(ls));
    if ((t.kind == CXType_Pointer || t.kind == CXType_Record) && !is_null_ptr(x, r) && !own_at(x, r) &&
        (!var || var_is_global(clang_getCursorReferenced(ls)))) {
        /* Global roots: a pointer (or a struct holding some) stored into a global or into
         * memory may link one root's memory to another's unless both have one root. */
        const char *g1 = groot(x, l, 0), *g2 = groot(x, r, 0);
        if (!g1 || !g2 || strcmp(g1, g2))
            bind(x, "~g", "");
    }
    if (t.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_Record)
        return;
    if (var)
        return; /* a variable, not memory of a region */
    if (is_null_ptr(x, r) || own_at(x, r))
        return;
    struct rctx rc = {x->body, 0, 0, 0};
    const char *a1 = "", *a2 = "";
    CXCursor v1 = clang_getNullCursor(), v2 = clang_getNullCursor();
    int p1 = -1, p2 = -1, q;
    int k1 = root_of(x, &rc, l, &a1, &v1, &p1, 0), k2 = root_of(x, &rc, r, &a2, &v2, &p2, 0);
    if (same_root(k1, a1, v1, p1, k2, a2, v2, p2))
        return;
    if (k1 == 2 && k2 == 2 &&
        ((param_class(x, x->fn, p2, &q) == 1 && q == p1) || (param_class(x, x->fn, p1, &q) == 1 && q == p2)))
        return;
    bind(x, "~", "");
}

/* A call storing argument i into what argument q points at (param_class 1): the same
 * question for that store. */
static void region_call(struct ex *x, CXCursor call, CXCursor def, int nargs)
{
    for (int i = 0; i < nargs && i < 4; i++) {
        int q;
        if (param_class(x, def, i, &q) != 1 || q >= nargs)
            continue;
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i), b = clang_Cursor_getArgument(call, (unsigned)q);
        int q2;
        if (is_null_ptr(x, a) || own_at(x, a) || (own_at(x, b) && param_class(x, def, q, &q2) == 1 && q2 == i))
            continue; /* nothing, or fresh memory; or stored in fresh memory that joins a's region */
        struct rctx rc = {x->body, 0, 0, 0};
        const char *a1 = "", *a2 = "";
        CXCursor v1 = clang_getNullCursor(), v2 = clang_getNullCursor();
        int p1 = -1, p2 = -1;
        if (!same_root(root_of(x, &rc, b, &a1, &v1, &p1, 0), a1, v1, p1, root_of(x, &rc, a, &a2, &v2, &p2, 0), a2, v2,
                       p2))
            bind(x, "~", "");
    }
}

/* ---- the annotations (op->d) ---- */

/* The region guard of memory e reaches, into g: "G<lock array>~<array>" when it is the
 * element a[v] of a global array (or reached from it) and m[v] is held by the source order
 * with v unchanged since; "P<N>" when it is reached from parameter N (the caller's guard). */
static void guard_of(struct ex *x, CXCursor e, char *g, size_t gn, int through_ptr)
{
    const char *arr = NULL;
    CXCursor var = clang_getNullCursor();
    int pidx = -1;
    unsigned at = x->nsym ? off_at(x, e) : 0;
    *g = '\0';
    for (int i = 0; i < x->nsym; i++) {
        struct rctx r = {x->body, 1, x->sym[i].off, at};
        if (root_of(x, &r, e, &arr, &var, &pidx, 0) == 1 && clang_equalCursors(var, x->sym[i].var)) {
            snprintf(g, gn, "G%s~%s", x->sym[i].arr, arr);
            return;
        }
    }
    struct rctx r = {x->body, 0, 0, 0};
    if (x->nparams && through_ptr && root_of(x, &r, e, &arr, &var, &pidx, 0) == 2)
        snprintf(g, gn, "P%d", pidx);
}

static const char *access_tail(struct ex *x, CXCursor c, const char *key)
{
    char g[512], o[8] = "";
    /* Memory reached by type from a global root: "\x1d" and the root's key, last. */
    const char *root = key[0] == 't' || key[0] == 'f' ? groot(x, c, 0) : NULL;
    /* Only memory reached through a pointer can be a parameter's. */
    guard_of(x, c, g, sizeof(g), !strncmp(key, "*@p", 3) || key[0] == 'f' || key[0] == 't');
    if (!strncmp(key, "*@p", 3) && key[3] >= '0' && key[3] <= '3') {
        int q = -1, cls = param_class(x, x->fn, key[3] - '0', &q);
        if (cls == 0)
            snprintf(o, sizeof(o), "0");
        else if (cls == 1 && q >= 0 && q < 4)
            snprintf(o, sizeof(o), "1%d", q);
    }
    if (x->vtag && key[0] == 'g' && clang_equalCursors(strip(c), x->vtag_at))
        return cat3(x, g, "\x1b", cat3(x, o, "\x1c", x->vtag));
    if (root)
        return cat3(x, g, "\x1b", cat3(x, o, "\x1d", root));
    return *g || *o ? cat3(x, g, "\x1b", o) : "";
}

/* A call's tokens, one per argument (up to 4): "o" the caller owns what it passes, "q<N>"
 * it passes its own parameter N on (owned if N is), then a guard as above. */
static const char *call_tail(struct ex *x, CXCursor call, int nargs)
{
    char buf[1200];
    size_t o = 0;
    int any = 0;
    buf[0] = '\0';
    for (int i = 0; i < nargs && i < 4; i++) {
        CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
        CXCursor d = local_decl(a);
        char own[8] = "", g[512];
        if (!clang_Cursor_isNull(d) && clang_getCursorKind(d) == CXCursor_ParmDecl) {
            struct local *l = local_of(x, d, 0);
            int n = param_index(d);
            if ((!l || (!l->nsrc && !l->addr_taken)) && !is_changed(x, d) && n >= 0 && n < 4)
                snprintf(own, sizeof(own), "q%d", n);
        } else if (own_at(x, a)) {
            snprintf(own, sizeof(own), "o");
        }
        CXType at = clang_getCanonicalType(clang_getCursorType(strip(a)));
        guard_of(x, a, g, sizeof(g), at.kind == CXType_Pointer && !clang_Cursor_isNull(local_decl(a)));
        int n = snprintf(buf + o, sizeof(buf) - o, "%s%s%s", i ? "\x1b" : "", own, g);
        if (n < 0 || (size_t)n >= sizeof(buf) - o)
            return "";
        o += (size_t)n;
        any |= *own || *g;
    }
    return any ? weft__arena_strdup(x->A, buf) : "";
}

/* C library functions that keep hidden static state (POSIX: not required to be thread-safe),
 * with the name of the state they share. */
static const char *const unsafe_libc[][2] = {
    {"rand", "rand"}, {"srand", "rand"}, {"random", "random"}, {"srandom", "random"}, {"drand48", "rand48"},
    {"lrand48", "rand48"}, {"mrand48", "rand48"}, {"srand48", "rand48"}, {"strtok", "strtok"},
    {"localtime", "localtime"}, {"gmtime", "gmtime"}, {"ctime", "ctime"}, {"asctime", "asctime"},
    {"strerror", "strerror"}, {"strsignal", "strsignal"}, {"readdir", "readdir"}, {"getpwnam", "getpw"},
    {"getpwuid", "getpw"}, {"getgrnam", "getgr"}, {"getgrgid", "getgr"}, {"gethostbyname", "gethostby"},
    {"gethostbyaddr", "gethostby"}, {"inet_ntoa", "inet_ntoa"}, {"setenv", "environ"}, {"unsetenv", "environ"},
    {"putenv", "environ"}, {"getenv", "environ"}, {"setlocale", "locale"}, {"tmpnam", "tmpnam"},
    {"getlogin", "getlogin"}, {"ttyname", "ttyname"}, {"crypt", "crypt"}, {"ecvt", "ecvt"}, {"fcvt", "ecvt"},
};

/* A call to such a function reads (getenv) or writes its hidden state. */
static int unsafe_call(struct ex *x, CXCursor c, const char *name)
{
    for (size_t i = 0; i < sizeof(unsafe_libc) / sizeof(unsafe_libc[0]); i++)
        if (!strcmp(name, unsafe_libc[i][0])) {
            const char *k = cat3(x, "g:libc@", unsafe_libc[i][1], "()");
            access_key(x, c, k, k, strcmp(name, "getenv") ? M_RW : M_READ, 0);
            return 1;
        }
    return 0;
}

static void emit_lock(struct ex *x, CXCursor c, const char *name)
{
    CXCursor a0 = clang_Cursor_getArgument(c, 0);
    struct weft__op *o = emit(x, name_in(name, unlock) ? WEFT__OP_UNLOCK : WEFT__OP_LOCK, c);
    if (o) {
        o->a = lock_key(x, a0);
        o->b = text_of(x, strip(a0));
        o->mode = name_in(name, rd_lock) ? 'r' : 'w';
    }
    sym_lock(x, c, a0, name_in(name, unlock));
}

/*
 * A condition that tests a lock call's result, like if (pthread_mutex_trylock(&m) == 0):
 * the lock is held only in the branch where the call returned 0. Returns 1 with *call
 * and *in_then set.
 */
static int cond_lock(struct ex *x, CXCursor cond, CXCursor *call, const char **name, int *in_then)
{
    CXCursor e = strip(cond);
    int neg = 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 0;
        unop(x, e, op, o);
        if (strcmp(o, "!"))
            return 0;
        neg = 1;
        e = strip(op);
    } else if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        kids_get(e, &kk);
        int ok = kk.n == 2 && is_zero_literal(x, kk.p[1]);
        if (ok && binop_is(x, kk.p[0], kk.p[1], "=="))
            neg = 1;
        else if (!(ok && binop_is(x, kk.p[0], kk.p[1], "!=")))
            ok = 0;
        CXCursor l = ok ? strip(kk.p[0]) : clang_getNullCursor();
        kids_free(&kk);
        if (!ok)
            return 0;
        e = l;
    }
    if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_getNumArguments(e) < 1)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    const char *n = name_of(x, d);
    if (!name_in(n, wr_lock) && !name_in(n, rd_lock))
        return 0;
    *call = e;
    *name = n;
    *in_then = neg;
    return 1;
}

static void call(struct ex *x, CXCursor c)
{
    CXCursor d = clang_getCursorReferenced(c);
    int nargs = clang_Cursor_getNumArguments(c);
    const char *name = NULL;
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl)
        name = name_of(x, d);
    if (!name) {
        /* A call through a function pointer. */
        CXCursor callee = first_kid(c);
        for (int i = 0; i < nargs; i++)
            expr(x, clang_Cursor_getArgument(c, (unsigned)i), M_READ);
        if (!clang_Cursor_isNull(callee)) {
            expr(x, callee, M_READ);
            struct weft__op *o = emit(x, WEFT__OP_ICALL, c);
            if (o) {
                o->a = fn_slot(x, callee);
                o->b = text_of(x, callee);
            }
        }
        return;
    }
    int atomic = !strncmp(name, "__atomic_", 9) || !strncmp(name, "__sync_", 7) ||
                 !strncmp(name, "__c11_atomic_", 13) || !strncmp(name, "atomic_", 7);
    if (atomic) {
        for (int i = 0; i < nargs; i++) {
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
            CXType t = clang_getCanonicalType(clang_getCursorType(strip(a)));
            if (i == 0 && t.kind == CXType_Pointer)
                pointee(x, a, M_RW, 1);
            else
                expr(x, a, M_READ);
        }
        return;
    }
    if (nargs >= 1 && (name_in(name, wr_lock) || name_in(name, rd_lock) || name_in(name, unlock))) {
        emit_lock(x, c, name);
        return;
    }
    /* Barriers order threads: the whole-program pass needs the barrier and its count. */
    int bw = !strcmp(name, "pthread_barrier_wait"), bi = !strcmp(name, "pthread_barrier_init");
    if ((bw && nargs == 1) || (bi && nargs == 3)) {
        struct weft__op *o = emit(x, WEFT__OP_CALL, c);
        if (o) {
            CXCursor n = strip(clang_Cursor_getArgument(c, 2));
            o->b = name;
            o->c = cat3(x, lock_key(x, clang_Cursor_getArgument(c, 0)), bi ? "\x1f\x1f" : "",
                        bi && clang_getCursorKind(n) == CXCursor_IntegerLiteral ? text_of(x, n) : "");
        }
        return;
    }
    if (name_in(name, no_access))
        return;
    int is_pc = !strcmp(name, "pthread_create"), is_tc = !strcmp(name, "thrd_create");
    if ((is_pc && nargs == 4) || (is_tc && nargs == 3)) {
        CXCursor h = clang_Cursor_getArgument(c, 0);
        CXCursor fnarg = clang_Cursor_getArgument(c, is_pc ? 2 : 1);
        CXCursor arg = clang_Cursor_getArgument(c, is_pc ? 3 : 2);
        expr(x, arg, M_READ);
        struct weft__op *o = emit(x, WEFT__OP_CREATE, c);
        if (!o)
            return;
        const char *hk;
        CXCursor hs = strip(h);
        if (clang_getCursorKind(hs) == CXCursor_UnaryOperator)
            hs = first_kid(hs);
        lval(x, strip(hs), &hk, 0);
        if (clang_getCursorKind(strip(hs)) == CXCursor_ArraySubscriptExpr)
            lval(x, strip(first_kid(strip(hs))), &hk, 0);
        /* A wrapper's handle parameter stands for the caller's handle. */
        if (clang_getCursorKind(strip(h)) == CXCursor_DeclRefExpr &&
            clang_getCursorKind(clang_getCursorReferenced(strip(h))) == CXCursor_ParmDecl) {
            char b[24];
            snprintf(b, sizeof(b), "@p%d", param_index(clang_getCursorReferenced(strip(h))));
            hk = cat3(x, b, "", "");
        }
        o->a = hk;
        o->flag = x->loop_depth > 0;
        if (x->loop_depth == 1 && distinct_element(x, x->loop, arg))
            o->flag |= 2;
        /* The entry's text, then what its argument points at ("n:" for a null pointer):
         * threads given different objects are told apart. */
        const char *ak = is_null_ptr(x, arg) ? "n:" : lock_key(x, arg);
        /* "*l:p", what local p points at, is one object ("h:p") only if p holds one fresh
         * allocation: another local copying p would name the same object differently. */
        if (!strncmp(ak, "*l:", 3)) {
            CXCursor d = clang_getCursorKind(strip(arg)) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(strip(arg))
                                                                                  : clang_getNullCursor();
            struct local *l = clang_Cursor_isNull(d) ? NULL : local_of(x, d, 0);
            if (!l || l->nsrc != 1 || clang_getCursorKind(l->src) != CXCursor_CallExpr || !is_alloc_call(x, l->src))
                ak = "";
            else
                ak = cat3(x, "h:", ak + 3, "");
        }
        o->c = cat3(x, text_of(x, fnarg), "\x1f", ak);
        const char *u = fn_ref(x, fnarg);
        if (u) {
            o->mode = 'f';
            o->b = u;
        } else {
            o->mode = 's';
            o->b = fn_slot(x, fnarg);
        }
        return;
    }
    if ((!strcmp(name, "pthread_join") || !strcmp(name, "thrd_join")) && nargs >= 1) {
        CXCursor h = strip(clang_Cursor_getArgument(c, 0));
        if (clang_getCursorKind(h) == CXCursor_ArraySubscriptExpr)
            h = strip(first_kid(h));
        struct weft__op *o = emit(x, WEFT__OP_JOIN, c);
        if (o)
            lval(x, h, &o->a, 0);
        if (nargs >= 2)
            expr(x, clang_Cursor_getArgument(c, 1), M_READ);
        return;
    }
    unsafe_call(x, c, name);
    int w0 = name_in(name, writes_arg0), r1 = name_in(name, reads_arg1);
    if (nargs >= 2 && (!strcmp(name, "memcpy") || !strcmp(name, "memmove"))) {
        /* Copying what may hold pointers links the source's root to the destination's. */
        CXCursor src = strip(clang_Cursor_getArgument(c, 1));
        CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(src))));
        if (pt.kind == CXType_Record || pt.kind == CXType_Pointer || pt.kind == CXType_Void) {
            const char *g1 = groot(x, clang_Cursor_getArgument(c, 0), 0), *g2 = groot(x, src, 0);
            if (!g1 || !g2 || strcmp(g1, g2))
                bind(x, "~g", "");
        }
    }
    const char *usr = usr_of(x, d);
    char keys[512];
    size_t kl = 0;
    keys[0] = '\0';
    for (int i = 0; i < nargs; i++) {
        CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
        if (i == 0 && w0)
            pointee(x, a, M_WRITE, 0);
        else if (i == 1 && r1)
            pointee(x, a, M_READ, 0);
        else
            expr(x, a, M_READ);
        char b[24];
        snprintf(b, sizeof(b), "#%d", i);
        bind_value(x, cat3(x, "p:", usr, b), a);
        if (i < 4) {
            const char *k = lock_key(x, a);
            long jv;
            if (i == 1 && strstr(name, "longjmp") && int_lit(x, a, &jv)) {
                char b[24];
                snprintf(b, sizeof(b), "=%ld", jv ? jv : 1); /* longjmp(env, 0) makes setjmp return 1 */
                k = cat3(x, b, "", "");
            }
            int n = snprintf(keys + kl, sizeof(keys) - kl, "%s%s", i ? "\x1f" : "", k);
            if (n > 0 && (size_t)n < sizeof(keys) - kl)
                kl += (size_t)n;
        }
    }
    const char *tail = call_tail(x, c, nargs);
    CXCursor def = clang_getCursorDefinition(d);
    if (!clang_Cursor_isNull(def))
        region_call(x, c, def, nargs);
    struct weft__op *o = emit(x, WEFT__OP_CALL, c);
    if (o) {
        o->d = tail;
        o->a = usr;
        o->b = name;
        o->c = weft__arena_strdup(x->A, keys);
        if (!o->c)
            o->c = "";
    }
    /* &x handed to a function with no body (scanf("%d", &x)) may be written by it; the
     * synchronization APIs (pthread_once, barriers, semaphores, ...) update their objects
     * atomically, so handing them &once is no access. */
    for (int i = 0; i < nargs && !sync_api(name); i++) {
        CXCursor a = strip(clang_Cursor_getArgument(c, (unsigned)i));
        if ((i == 0 && w0) || (i == 1 && r1) || clang_Cursor_isNull(address_of(x, a)))
            continue;
        CXType t = clang_getCanonicalType(clang_getCursorType(a));
        if (t.kind == CXType_Pointer && !clang_isConstQualifiedType(clang_getPointeeType(t)))
            pointee(x, a, M_EXT, 0);
    }
}

static void expr(struct ex *x, CXCursor c, int mode)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_DeclRefExpr:
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr:
        lvalue(x, c, mode, 0);
        return;
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: {
        struct kids kk;
        kids_get(c, &kk);
        if (kk.n == 1 && k == CXCursor_ParenExpr)
            expr(x, kk.p[0], mode);
        else if (kk.n == 1)
            expr(x, kk.p[0], mode == M_NONE ? M_READ : mode);
        else if (kk.n > 1) {
            /* Builtin atomic expressions (stdatomic.h's atomic_*): an atomic access of the first operand. */
            CXType t = clang_getCanonicalType(clang_getCursorType(strip(kk.p[0])));
            for (unsigned i = 0; i < kk.n; i++) {
                if (i == 0 && t.kind == CXType_Pointer)
                    pointee(x, kk.p[0], M_RW, 1);
                else
                    expr(x, kk.p[i], M_READ);
            }
        }
        kids_free(&kk);
        return;
    }
    case CXCursor_CompoundAssignOperator: {
        struct kids kk;
        kids_get(c, &kk);
        if (kk.n == 2) {
            expr(x, kk.p[1], M_READ);
            long v;
            int lit = int_lit(x, kk.p[1], &v) && v >= 0;
            gint_write(x, c, kk.p[0], lit && binop_is(x, kk.p[0], kk.p[1], "+=") ? "+"
                                      : lit && binop_is(x, kk.p[0], kk.p[1], "-=") ? "-" : NULL);
            lvalue(x, kk.p[0], M_RW, 0);
            x->vtag = NULL;
            sym_kill(x, kk.p[0]);
        }
        kids_free(&kk);
        return;
    }
    case CXCursor_BinaryOperator: {
        struct kids kk;
        kids_get(c, &kk);
        if (kk.n == 2) {
            if (binop_is(x, kk.p[0], kk.p[1], "=")) {
                expr(x, kk.p[1], M_READ);
                long v;
                char eq[24];
                snprintf(eq, sizeof(eq), "=%ld", int_lit(x, kk.p[1], &v) ? v : 0);
                gint_write(x, c, kk.p[0], int_lit(x, kk.p[1], &v) ? cat3(x, eq, "", "") : NULL);
                lvalue(x, kk.p[0], M_WRITE, 0);
                x->vtag = NULL;
                bind_value(x, lvalue_slot(x, kk.p[0]), kk.p[1]);
                sym_kill(x, kk.p[0]);
                region_store(x, kk.p[0], kk.p[1]);
            } else if (binop_is(x, kk.p[0], kk.p[1], "&&") || binop_is(x, kk.p[0], kk.p[1], "||")) {
                expr(x, kk.p[0], M_READ);
                emit(x, WEFT__OP_IF, clang_getNullCursor());
                expr(x, kk.p[1], M_READ);
                emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
            } else {
                expr(x, kk.p[0], M_READ);
                expr(x, kk.p[1], M_READ);
            }
        }
        kids_free(&kk);
        return;
    }
    case CXCursor_UnaryOperator: {
        CXCursor op = first_kid(c);
        char o[8];
        if (clang_Cursor_isNull(op))
            return;
        unop(x, c, op, o);
        if (!strcmp(o, "++") || !strcmp(o, "--")) {
            gint_write(x, c, op, o[0] == '+' ? "+" : "-");
            lvalue(x, op, M_RW, 0);
            x->vtag = NULL;
            sym_kill(x, op);
        } else if (!strcmp(o, "*"))
            lvalue(x, c, mode == M_NONE ? M_READ : mode, 0);
        else if (!strcmp(o, "&")) {
            const char *k;
            sym_kill(x, op);
            lval(x, op, &k, 1); /* evaluates indices and bases, accesses nothing */
        } else
            expr(x, op, M_READ);
        return;
    }
    case CXCursor_CallExpr:
        call(x, c);
        return;
    case CXCursor_ConditionalOperator: {
        struct kids kk;
        kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            expr(x, kk.p[i], M_READ);
        kids_free(&kk);
        return;
    }
    case CXCursor_StmtExpr:
    default: {
        struct kids kk;
        kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++) {
            enum CXCursorKind ck = clang_getCursorKind(kk.p[i]);
            if (clang_isExpression(ck))
                expr(x, kk.p[i], M_READ);
            else if (clang_isStatement(ck) || ck == CXCursor_CompoundStmt)
                expr(x, kk.p[i], M_READ);
        }
        kids_free(&kk);
        return;
    }
    case CXCursor_UnaryExpr: /* sizeof, alignof: nothing evaluated */
    case CXCursor_IntegerLiteral:
    case CXCursor_StringLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_FloatingLiteral:
        return;
    }
}

/* ---- statements ------------------------------------------------------------------ */

static void stmt(struct ex *x, CXCursor c);

static void var_decl(struct ex *x, CXCursor d)
{
    if (var_is_global(d))
        return; /* a static local's initializer runs before main */
    struct kids kk;
    kids_get(d, &kk);
    for (unsigned i = 0; i < kk.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
        if (clang_isExpression(k)) {
            expr(x, kk.p[i], M_READ);
            CXType t = clang_getCursorType(d);
            bind_init(x, cat3(x, "l:", x->fn_usr, cat3(x, "#", name_of(x, d), "")), t, kk.p[i]);
        }
    }
    kids_free(&kk);
}

static void stmt_kids(struct ex *x, CXCursor c)
{
    struct kids kk;
    kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        stmt(x, kk.p[i]);
    kids_free(&kk);
}

static int is_zero_literal(struct ex *x, CXCursor c)
{
    c = strip(c);
    if (clang_getCursorKind(c) != CXCursor_IntegerLiteral)
        return 0;
    const char *t = text_of(x, c);
    return !strcmp(t, "0");
}

/* Whether a loop body can leave its loop other than through the condition (break, goto);
 * inner is set inside an inner loop or switch, whose breaks leave only that one. */
/* The operand a condition tests against zero: e for e, !e, e == 0 and e != 0; *neg is set
 * when the condition holds iff the operand is zero. */
static CXCursor cond_operand(struct ex *x, CXCursor cond, int *neg)
{
    CXCursor e = strip(cond);
    *neg = 0;
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return e;
        unop(x, e, op, o);
        if (!strcmp(o, "!")) {
            *neg = 1;
            return strip(op);
        }
    } else if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        struct kids kk;
        kids_get(e, &kk);
        if (kk.n == 2 && is_zero_literal(x, kk.p[1])) {
            int eq = binop_is(x, kk.p[0], kk.p[1], "==");
            if (eq || binop_is(x, kk.p[0], kk.p[1], "!=")) {
                *neg = eq;
                e = strip(kk.p[0]);
            }
        }
        kids_free(&kk);
    }
    return e;
}

/*
 * if (!setjmp(env)) / if (setjmp(env) == 0): "j:" and env's key, mode '0' (the then
 * branch is setjmp's first return); if (setjmp(env)): mode '1'. "" for other conditions.
 */
static const char *setjmp_key(struct ex *x, CXCursor cond, char *mode)
{
    int neg;
    CXCursor e = cond_operand(x, cond, &neg);
    *mode = neg ? '0' : '1';
    if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_getNumArguments(e) < 1)
        return "";
    const char *n = name_of(x, clang_getCursorReferenced(e));
    if (strcmp(n, "setjmp") && strcmp(n, "_setjmp") && strcmp(n, "sigsetjmp") && strcmp(n, "__sigsetjmp"))
        return "";
    return cat3(x, "j:", lock_key(x, clang_Cursor_getArgument(e, 0)), "");
}

/*
 * The key of a condition that is one local variable with one value for the whole call
 * (x, !x, x != 0, x == 0), so two ifs on it take the same branch; *mode gets '+' when
 * the condition is true iff x is nonzero, '-' otherwise. "" for any other condition.
 */
static const char *cond_key(struct ex *x, CXCursor cond, char *mode)
{
    int neg;
    CXCursor e = cond_operand(x, cond, &neg);
    *mode = neg ? '-' : '+';
    long k = 0; /* the condition holds iff v - k != 0 (mode '+') */
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        /* v - c, v + c, v != c, v == c with an integer literal c */
        struct kids kk;
        kids_get(e, &kk);
        CXCursor lit = kk.n == 2 ? strip(kk.p[1]) : clang_getNullCursor();
        if (!clang_Cursor_isNull(lit) && clang_getCursorKind(lit) == CXCursor_IntegerLiteral) {
            long c = strtol(text_of(x, lit), NULL, 0);
            int sub = binop_is(x, kk.p[0], kk.p[1], "-"), add = binop_is(x, kk.p[0], kk.p[1], "+");
            int eq = binop_is(x, kk.p[0], kk.p[1], "=="), ne = binop_is(x, kk.p[0], kk.p[1], "!=");
            if (sub || add || eq || ne) {
                k = add ? -c : c;
                neg ^= eq;
                e = strip(kk.p[0]);
            }
        }
        kids_free(&kk);
        *mode = neg ? '-' : '+';
    }
    CXCursor d = local_decl(e);
    if (clang_Cursor_isNull(d))
        return "";
    struct local *l = local_of(x, d, 0);
    if (x->has_goto || hash_in(x->changed, x->nchanged, d) || (l && l->addr_taken))
        return "";
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (t.kind == CXType_Record || t.kind == CXType_ConstantArray || is_atomic_type(clang_getCursorType(d)))
        return "";
    /* A stepped local: v - k at offset s from its first value v0 is v0 - (k - s). */
    k -= step_offset(x, d, cond);
    int integer = (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
    if (k && !integer)
        return "";
    /* Named by where it is declared and in which function: the same in every run and every
     * TU (a cursor's hash is not: two TUs' locals could share one, as their ASTs reuse memory). */
    char h[48];
    if (k)
        snprintf(h, sizeof(h), "#%u=%ld@", off_at(x, d), k);
    else
        snprintf(h, sizeof(h), "#%u@", off_at(x, d));
    return cat3(x, "v:", name_of(x, d), cat3(x, h, x->fn_usr, ""));
}

/* The global integer variable (not an array, struct or pointer) e names, else a null cursor. */
static CXCursor gint_var_decl(CXCursor d)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(d));
    if (!var_is_global(d) || !((t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum) ||
        is_atomic_type(clang_getCursorType(d)))
        return clang_getNullCursor();
    return d;
}

/* Whether the global integer d holds the value v as written (no wrap-around, no
 * conversion): non-negative for unsigned types, 0..127 for the narrow ones. */
static int gint_fits(CXCursor d, long v)
{
    enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(d)).kind;
    int narrow = k == CXType_Bool || k == CXType_Char_U || k == CXType_UChar || k == CXType_Char_S ||
                 k == CXType_SChar || k == CXType_Short || k == CXType_UShort;
    int uns = k == CXType_UInt || k == CXType_ULong || k == CXType_ULongLong || k == CXType_UInt128;
    return narrow ? v >= 0 && v <= 127 : v >= (uns ? 0 : -2147483647L) && v <= 2147483647L;
}

/* Unsigned (or narrow): an unbounded step may wrap around. */
static int gint_wraps(CXCursor d)
{
    return !gint_fits(d, -1);
}

static CXCursor gint_var(CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    return gint_var_decl(clang_getCursorReferenced(e));
}

/* An integer literal, maybe negated, into *v; 0 for anything else. */
static int int_lit(struct ex *x, CXCursor e, long *v)
{
    e = strip(e);
    int neg = 0;
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(e);
        char o[8];
        unop(x, e, op, o);
        if (strcmp(o, "-"))
            return 0;
        neg = 1;
        e = strip(op);
    }
    if (clang_getCursorKind(e) != CXCursor_IntegerLiteral)
        return 0;
    *v = strtol(text_of(x, e), NULL, 0);
    *v = neg ? -*v : *v;
    return 1;
}

/* A comparison of a global integer with a literal (g < 10, 7 == g, g, !g): *g the global's
 * cursor, *op the operator with the global on the left ("<", "<=", ">", ">=", "==", "!="). */
static int gint_cmp(struct ex *x, CXCursor cond, CXCursor *g, const char **op, long *v)
{
    static const char *const ops[] = {"<=", ">=", "==", "!=", "<", ">"}, *const flip[] = {">=", "<=", "==", "!=", ">", "<"};
    int neg;
    CXCursor e = cond_operand(x, cond, &neg);
    *g = gint_var(e);
    if (!clang_Cursor_isNull(*g)) {
        *op = neg ? "==" : "!=";
        *v = 0;
        return 1;
    }
    if (neg || clang_getCursorKind(e) != CXCursor_BinaryOperator)
        return 0;
    struct kids kk;
    kids_get(e, &kk);
    int ok = 0;
    if (kk.n == 2)
        for (int i = 0; i < 6 && !ok; i++) {
            if (!binop_is(x, kk.p[0], kk.p[1], ops[i]))
                continue;
            if (!clang_Cursor_isNull(*g = gint_var(kk.p[0])) && int_lit(x, kk.p[1], v) && gint_fits(*g, *v))
                *op = ops[i], ok = 1;
            else if (!clang_Cursor_isNull(*g = gint_var(kk.p[1])) && int_lit(x, kk.p[0], v) && gint_fits(*g, *v))
                *op = flip[i], ok = 1;
            break;
        }
    kids_free(&kk);
    return ok;
}

/* The condition key of a comparison of a global integer with a literal: "b:" op value
 * "\x1d" the global's key, so the whole program can tell a branch no value of it takes. */
static const char *gint_key(struct ex *x, CXCursor cond)
{
    CXCursor g;
    const char *op;
    long v;
    if (!gint_cmp(x, cond, &g, &op, &v))
        return "";
    char b[48];
    snprintf(b, sizeof(b), "b:%s%ld\x1d", op, v);
    return cat3(x, b, "g:", usr_of(x, g));
}

/* if (g < K) g++; (or g <= K, g += c, and g > K with g--, g -= c; the branch holding that
 * one statement): the increment keeps g at most (least) a bound, noted for the walk. */
static void saturating(struct ex *x, CXCursor cond, CXCursor then)
{
    CXCursor g, s = strip(then);
    const char *op;
    long k, c = 1;
    if (!gint_cmp(x, cond, &g, &op, &k))
        return;
    if (clang_getCursorKind(s) == CXCursor_CompoundStmt) {
        struct kids kk;
        kids_get(s, &kk);
        CXCursor one = kk.n == 1 ? kk.p[0] : clang_getNullCursor();
        kids_free(&kk);
        if (clang_Cursor_isNull(one))
            return;
        s = strip(one);
    }
    int up;
    CXCursor lhs;
    if (clang_getCursorKind(s) == CXCursor_UnaryOperator) {
        char o[8];
        lhs = first_kid(s);
        unop(x, s, lhs, o);
        if (strcmp(o, "++") && strcmp(o, "--"))
            return;
        up = o[0] == '+';
    } else if (clang_getCursorKind(s) == CXCursor_CompoundAssignOperator) {
        struct kids kk;
        kids_get(s, &kk);
        int ok = kk.n == 2 && int_lit(x, kk.p[1], &c) && c > 0;
        up = ok && binop_is(x, kk.p[0], kk.p[1], "+=");
        ok = ok && (up || binop_is(x, kk.p[0], kk.p[1], "-="));
        lhs = ok ? kk.p[0] : clang_getNullCursor();
        kids_free(&kk);
        if (!ok)
            return;
    } else {
        return;
    }
    if (!clang_equalCursors(gint_var(lhs), g))
        return;
    char b[32];
    long bound;
    if (up && (!strcmp(op, "<") || !strcmp(op, "<=")))
        snprintf(b, sizeof(b), "+%ld", bound = k + c - (op[1] ? 0 : 1));
    else if (!up && (!strcmp(op, ">") || !strcmp(op, ">=")))
        snprintf(b, sizeof(b), "-%ld", bound = k - c + (op[1] ? 0 : 1));
    else
        return;
    if (!gint_fits(g, bound))
        return;
    x->bounded = s;
    x->btag = cat3(x, b, "", "");
}

/* The tag of a write that gives the global integer lhs: "=c" a literal, "+K" / "-K" a
 * saturating step, "+" / "-" any increment / decrement; NULL when lhs is no such global. */
static void gint_write(struct ex *x, CXCursor at, CXCursor lhs, const char *tag)
{
    CXCursor d = gint_var(lhs);
    if (clang_Cursor_isNull(d))
        return;
    x->vtag_at = strip(lhs);
    if (clang_equalCursors(at, x->bounded))
        x->vtag = x->btag;
    else if (tag && tag[0] == '=')
        x->vtag = gint_fits(d, atol(tag + 1)) ? tag : NULL;
    else
        x->vtag = tag && !gint_wraps(d) ? tag : NULL;
}

/* The values of the case labels of one switch body (not of switches inside it), each
 * followed by ',' ("?," for a label that is not a literal). */
static void case_values(struct ex *x, CXCursor c, char *out, size_t n)
{
    struct kids kk;
    kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
        if (k == CXCursor_SwitchStmt || clang_isExpression(k))
            continue;
        if (k == CXCursor_CaseStmt) {
            long v;
            struct kids lk;
            kids_get(kk.p[i], &lk);
            CXCursor lab = lk.n == 2 ? lk.p[0] : clang_getNullCursor();
            kids_free(&lk);
            size_t l = strlen(out);
            char b[24] = "?";
            if (!clang_Cursor_isNull(lab) && int_lit(x, lab, &v))
                snprintf(b, sizeof(b), "%ld", v);
            snprintf(out + l, n - l, "%s,", b);
        }
        case_values(x, kk.p[i], out, n);
    }
    kids_free(&kk);
}

static int breaks_out(CXCursor c, int inner)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if ((k == CXCursor_BreakStmt && !inner) || k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        return 1;
    inner |= k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt || k == CXCursor_SwitchStmt;
    struct kids kk;
    kids_get(c, &kk);
    int r = 0;
    for (unsigned i = 0; i < kk.n && !r; i++)
        r = breaks_out(kk.p[i], inner);
    kids_free(&kk);
    return r;
}

/*
 * How the fresh pointer v may be used in an allocator: assigned allocations, dereferenced
 * (v->f, v[i], *v), tested (!v, v == NULL), returned. Any other use (passed to a call,
 * copied, stored) may publish it. Sets *bad; counts returns of anything but v or an
 * allocation in *bad too.
 */
static void fresh_uses(struct ex *x, CXCursor c, CXCursor v, enum CXCursorKind parent, int first, int *bad)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (*bad)
        return;
    if (k == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), v)) {
        int ok = (parent == CXCursor_MemberRefExpr && first) || (parent == CXCursor_ArraySubscriptExpr && first) ||
                 parent == CXCursor_UnaryOperator || parent == CXCursor_ReturnStmt ||
                 (parent == CXCursor_BinaryOperator && first);
        *bad |= !ok;
        return;
    }
    if (k == CXCursor_ReturnStmt) {
        CXCursor r = strip(first_kid(c));
        int ok = clang_Cursor_isNull(r) || is_null_ptr(x, r) ||
                 (clang_getCursorKind(r) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(r), v)) ||
                 (clang_getCursorKind(r) == CXCursor_CallExpr && is_alloc_call(x, r));
        if (!ok) {
            *bad = 1;
            return;
        }
    }
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        kids_get(c, &kk);
        /* v = something: only another allocation; v compared or assigned: fine as the left side. */
        if (kk.n == 2 && binop_is(x, kk.p[0], kk.p[1], "=") && clang_getCursorKind(strip(kk.p[0])) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(strip(kk.p[0])), v)) {
            CXCursor r = strip(kk.p[1]);
            *bad |= !(clang_getCursorKind(r) == CXCursor_CallExpr && is_alloc_call(x, r));
            fresh_uses(x, kk.p[1], v, k, 0, bad);
        } else if (kk.n == 2 && (binop_is(x, kk.p[0], kk.p[1], "==") || binop_is(x, kk.p[0], kk.p[1], "!="))) {
            for (unsigned i = 0; i < kk.n; i++)
                fresh_uses(x, kk.p[i], v, k, 1, bad);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                fresh_uses(x, kk.p[i], v, CXCursor_CallExpr, 0, bad); /* any other operator: a copy */
        }
        kids_free(&kk);
        return;
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(c);
        char o[8];
        if (!clang_Cursor_isNull(op)) {
            unop(x, c, op, o);
            CXCursor in = strip(op);
            if (!strcmp(o, "&") && clang_getCursorKind(in) == CXCursor_DeclRefExpr &&
                clang_equalCursors(clang_getCursorReferenced(in), v)) {
                *bad = 1; /* &v: written through a pointer anyone may hold */
                return;
            }
        }
    }
    int transparent = k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr;
    struct kids kk;
    kids_get(c, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        fresh_uses(x, kk.p[i], v, transparent ? parent : k, transparent ? first : i == 0, bad);
    kids_free(&kk);
}

/* The variable an allocator returns, if it returns one: the first 'return v;' found. */
static CXCursor returned_var(CXCursor c)
{
    if (clang_getCursorKind(c) == CXCursor_ReturnStmt) {
        CXCursor r = strip(first_kid(c));
        CXCursor d = clang_getCursorReferenced(r);
        if (clang_getCursorKind(r) == CXCursor_DeclRefExpr && clang_getCursorKind(d) == CXCursor_VarDecl)
            return d;
    }
    struct kids kk;
    kids_get(c, &kk);
    CXCursor v = clang_getNullCursor();
    for (unsigned i = 0; i < kk.n && clang_Cursor_isNull(v); i++)
        v = returned_var(kk.p[i]);
    kids_free(&kk);
    return v;
}

/*
 * Whether def returns fresh memory nobody else has: every return is an allocation, a null
 * pointer, or one local v whose values are all allocations and which is only dereferenced
 * or tested. Memoized per TU; calls nested deeper than 4 are taken as not fresh.
 */
static int allocator(struct ex *x, CXCursor def)
{
    unsigned h = clang_hashCursor(def);
    for (int i = 0; i < x->nallocs; i++)
        if (x->allocs[i] == h)
            return x->alloc_yes[i];
    if (x->alloc_depth > 4 || clang_getCanonicalType(clang_getCursorResultType(def)).kind != CXType_Pointer)
        return 0;
    x->alloc_depth++;
    CXCursor body = fn_body(def);
    int bad = clang_Cursor_isNull(body);
    if (!bad) {
        CXCursor v = returned_var(body);
        bad = !clang_Cursor_isNull(v) && var_is_global(v); /* a static buffer is no fresh memory */
        if (!bad && !clang_Cursor_isNull(v)) {
            /* v's declaration: an initializer, if any, must be an allocation too. */
            struct kids dk;
            kids_get(v, &dk);
            CXCursor init = dk.n && clang_isExpression(clang_getCursorKind(dk.p[dk.n - 1])) ? strip(dk.p[dk.n - 1])
                                                                                         : clang_getNullCursor();
            bad = !clang_Cursor_isNull(init) && !(clang_getCursorKind(init) == CXCursor_CallExpr && is_alloc_call(x, init));
            kids_free(&dk);
        }
        if (!bad)
            fresh_uses(x, body, v, CXCursor_CompoundStmt, 0, &bad);
    }
    x->alloc_depth--;
    if (x->nallocs < 64) {
        x->allocs[x->nallocs] = h;
        x->alloc_yes[x->nallocs++] = (unsigned char)!bad;
    }
    return !bad;
}

static void stmt(struct ex *x, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    struct kids kk;
    switch (k) {
    case CXCursor_IfStmt:
        kids_get(c, &kk);
        if (kk.n >= 2) {
            CXCursor lc;
            const char *ln;
            int in_then = 0, cl = cond_lock(x, kk.p[0], &lc, &ln, &in_then);
            if (!cl)
                expr(x, kk.p[0], M_READ);
            struct weft__op *io = emit(x, WEFT__OP_IF, clang_getNullCursor());
            if (io && !cl && !*(io->a = setjmp_key(x, kk.p[0], &io->mode)) &&
                !*(io->a = cond_key(x, kk.p[0], &io->mode)))
                io->a = gint_key(x, kk.p[0]);
            saturating(x, kk.p[0], kk.p[1]);
            if (cl && in_then)
                emit_lock(x, lc, ln);
            scope_stmt(x, kk.p[1]);
            if (kk.n >= 3 || (cl && !in_then)) {
                emit(x, WEFT__OP_ELSE, clang_getNullCursor());
                if (cl && !in_then)
                    emit_lock(x, lc, ln);
                if (kk.n >= 3)
                    scope_stmt(x, kk.p[2]);
            }
            emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
        }
        kids_free(&kk);
        return;
    case CXCursor_SwitchStmt:
        kids_get(c, &kk);
        if (kk.n >= 2) {
            expr(x, kk.p[0], M_READ);
            struct weft__op *so = emit(x, WEFT__OP_SWITCH, clang_getNullCursor());
            if (so) {
                char m;
                const char *jk = setjmp_key(x, kk.p[0], &m);
                so->a = *jk && m == '1' ? jk : "";
                char vals[256] = "";
                case_values(x, kk.p[kk.n - 1], vals, sizeof(vals));
                so->c = cat3(x, vals, "", "");
            }
            int outer = x->in_switch;
            x->in_switch = 1;
            x->no_sym++; /* a case may be entered without the locks taken before it */
            scope_stmt(x, kk.p[kk.n - 1]);
            x->no_sym--;
            x->in_switch = outer;
            emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
        }
        kids_free(&kk);
        return;
    case CXCursor_WhileStmt:
    case CXCursor_ForStmt: {
        kids_get(c, &kk);
        /* while (pthread_mutex_trylock(&m)) { ... }: the loop ends only once the lock was
         * taken, unless the body breaks out. */
        CXCursor lc;
        const char *ln;
        int in_then = 1;
        int spin = k == CXCursor_WhileStmt && kk.n == 2 && cond_lock(x, kk.p[0], &lc, &ln, &in_then) && !in_then &&
                   !breaks_out(kk.p[1], 0);
        emit(x, WEFT__OP_LOOP, clang_getNullCursor());
        x->loop_depth++;
        CXCursor outer = x->loop;
        x->loop = c;
        loop_enter(x, c);
        int sw = x->in_switch;
        x->in_switch = 0; /* a break leaves the loop */
        for (unsigned i = 0; i < kk.n; i++)
            scope_stmt(x, kk.p[i]);
        x->in_switch = sw;
        x->nloops--;
        x->loop = outer;
        x->loop_depth--;
        emit(x, WEFT__OP_ENDLOOP, clang_getNullCursor());
        if (spin)
            emit_lock(x, lc, ln);
        kids_free(&kk);
        return;
    }
    case CXCursor_DoStmt: {
        /* The body runs at least once, so it is not a branch; do { } while (0) is no loop. */
        kids_get(c, &kk);
        int loop = kk.n == 2 && !is_zero_literal(x, kk.p[1]);
        x->loop_depth += loop;
        CXCursor outer = x->loop;
        if (loop)
            x->loop = c;
        loop_enter(x, c);
        int sw = x->in_switch;
        x->in_switch = 0; /* a break leaves the do */
        for (unsigned i = 0; i < kk.n; i++)
            scope_stmt(x, kk.p[i]);
        x->in_switch = sw;
        x->nloops--;
        x->loop = outer;
        x->loop_depth -= loop;
        kids_free(&kk);
        return;
    }
    case CXCursor_ReturnStmt:
        stmt_kids(x, c);
        emit(x, WEFT__OP_RETURN, clang_getNullCursor());
        return;
    case CXCursor_DeclStmt:
        kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            if (clang_getCursorKind(kk.p[i]) == CXCursor_VarDecl)
                var_decl(x, kk.p[i]);
        kids_free(&kk);
        return;
    case CXCursor_CompoundStmt:
        x->sdepth++;
        stmt_kids(x, c);
        scope_pop(x);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        /* A case label: an entry from the switch's head (or, for switch (setjmp(env)), from
         * the longjmps with that value). */
        struct weft__op *co = emit(x, WEFT__OP_CASE, clang_getNullCursor());
        if (co) {
            long v;
            co->mode = k == CXCursor_DefaultStmt ? 'd' : 'c';
            kids_get(c, &kk);
            CXCursor lab = k == CXCursor_CaseStmt && kk.n == 2 ? kk.p[0] : clang_getNullCursor(); /* not a GNU range */
            kids_free(&kk);
            char b[24] = "?";
            if (!clang_Cursor_isNull(lab) && int_lit(x, lab, &v))
                snprintf(b, sizeof(b), "%ld", v);
            co->a = cat3(x, b, "", "");
        }
        /* The label's value is no statement: only the statement it labels is walked. */
        kids_get(c, &kk);
        if (kk.n)
            stmt(x, kk.p[kk.n - 1]);
        kids_free(&kk);
        return;
    }
    case CXCursor_BreakStmt:
        if (x->in_switch)
            emit(x, WEFT__OP_BREAK, clang_getNullCursor());
        return;
    case CXCursor_LabelStmt:
        stmt_kids(x, c);
        return;
    case CXCursor_GotoStmt:
    case CXCursor_ContinueStmt:
    case CXCursor_NullStmt:
    case CXCursor_AsmStmt:
    case CXCursor_LabelRef:
        return;
    default:
        if (clang_isExpression(k)) {
            x->stmt_now = c;
            expr(x, c, M_NONE);
        } else {
            stmt_kids(x, c);
        }
        return;
    }
}

/* ---- pre-scan: which locals escape, which pointers are private -------------------- */

enum { P_NORMAL, P_CALLARG, P_PUBLISH };

static void pre(struct ex *x, CXCursor c, int ctx);

static void pre_kids(struct ex *x, CXCursor c, int ctx)
{
    struct kids kk;
    kids_get(c, &kk);
    int block = clang_getCursorKind(c) == CXCursor_CompoundStmt;
    for (unsigned i = 0; i < kk.n; i++) {
        x->pre_block = block ? c : clang_getNullCursor();
        pre(x, kk.p[i], ctx);
    }
    kids_free(&kk);
}

static CXCursor local_decl(CXCursor e)
{
    e = strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl)
        return d;
    if (clang_getCursorKind(d) != CXCursor_VarDecl || var_is_global(d))
        return clang_getNullCursor();
    return d;
}

/* A value flows into the pointer local p: note whether it keeps p private. */
static void pre_source(struct ex *x, struct local *p, CXCursor src, CXCursor blk, int init)
{
    CXCursor e = strip(src);
    if (p->nsrc < 8) {
        p->sv[p->nsrc] = src;
        p->sblk[p->nsrc] = blk;
        if (init && !p->nsrc)
            p->sinit = 1;
    }
    if (p->nsrc++ == 0)
        p->src = e;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_CallExpr && is_alloc_call(x, e))
        return;
    if (k == CXCursor_IntegerLiteral || k == CXCursor_StringLiteral)
        return;
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = first_kid(e);
        char o[8];
        if (!clang_Cursor_isNull(op)) {
            unop(x, e, op, o);
            CXCursor d = local_decl(op);
            if (!strcmp(o, "&") && !clang_Cursor_isNull(d)) {
                if (p->npoints < 8)
                    p->points_to[p->npoints++] = (const char *)(uintptr_t)clang_hashCursor(d);
                else
                    p->nonprivate = 1;
                return;
            }
        }
    }
    CXCursor d = local_decl(e);
    if (!clang_Cursor_isNull(d)) {
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        if (t.kind == CXType_ConstantArray || t.kind == CXType_VariableArray) {
            if (p->npoints < 8)
                p->points_to[p->npoints++] = (const char *)(uintptr_t)clang_hashCursor(d);
            else
                p->nonprivate = 1;
            return;
        }
    }
    p->nonprivate = 1;
}

/* Records that a global's address is taken, so pointer accesses by type may alias it. */
static void mark_global_addr(struct ex *x, CXCursor lv)
{
    CXCursor e = strip(lv);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr || clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr) {
        CXCursor b = first_kid(e);
        if (clang_Cursor_isNull(b) || clang_getCanonicalType(clang_getCursorType(strip(b))).kind == CXType_Pointer)
            return;
        e = strip(b);
    }
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_VarDecl && var_is_global(d))
        bind(x, "&", cat3(x, "g:", usr_of(x, d), ""));
}

/* The local declared by d does not keep one value for the call: assigned, incremented or
 * its address taken after its declaration, or declared in a loop. Kept apart from the
 * locals table, whose entries change what pointer locals are taken to point at. */
static void mark_changed(struct ex *x, CXCursor d)
{
    unsigned *h = WEFT__PUSH(x->changed, x->nchanged, x->capchanged);
    if (h)
        *h = clang_hashCursor(d);
    else
        x->oom = 1;
}

/* Whether d's hash is in the set (the pre-scan's lists of locals). */
static int hash_in(const unsigned *set, size_t n, CXCursor d)
{
    unsigned h = clang_hashCursor(d);
    for (size_t i = 0; i < n; i++)
        if (set[i] == h)
            return 1;
    return 0;
}

/* Whether the local declared by d may change during a call: assigned, its address taken,
 * declared in a loop, or stepped by v++ / v-- (see pre_step). */
static int is_changed(struct ex *x, CXCursor d)
{
    if (hash_in(x->changed, x->nchanged, d))
        return 1;
    unsigned h = clang_hashCursor(d);
    for (size_t i = 0; i < x->nsteps; i++)
        if (x->steps[i].hash == h)
            return 1;
    return 0;
}

/* How far the local declared by d has been stepped from its first value where c starts:
 * the sum of its steps before c in source order (each a top-level statement of the body). */
static long step_offset(struct ex *x, CXCursor d, CXCursor c)
{
    unsigned h = clang_hashCursor(d), at = off_at(x, c);
    long s = 0;
    for (size_t i = 0; i < x->nsteps; i++)
        if (x->steps[i].hash == h && x->steps[i].off < at)
            s += x->steps[i].delta;
    return s;
}

/* The local that e names (parentheses and casts aside) no longer has one value per call. */
static void pre_changed(struct ex *x, CXCursor e)
{
    CXCursor d = local_decl(e);
    if (!clang_Cursor_isNull(d))
        mark_changed(x, d);
}

/* v++ or v-- (u, on the local v) as a statement of the function body's top level: it runs
 * once per call, in source order, so the local keeps a known offset from its first value.
 * Recorded as a step (not a change) and 1 returned; 0 for any other increment. */
static int pre_step(struct ex *x, CXCursor u, CXCursor v, CXCursor blk, int delta)
{
    CXCursor d = local_decl(v);
    if (clang_Cursor_isNull(d) || x->pre_loop || clang_Cursor_isNull(blk) || !clang_equalCursors(blk, x->body))
        return 0;
    struct step *st = WEFT__PUSH(x->steps, x->nsteps, x->capsteps);
    if (!st) {
        x->oom = 1;
        return 0;
    }
    st->hash = clang_hashCursor(d);
    st->off = off_at(x, u);
    st->delta = delta;
    return 1;
}

/* A global pthread_t assigned: "self" when main stores its own id (pthread_self()),
 * "tid" for any other store, so joining it can be known to wait for main's end. */
static void thread_id_store(struct ex *x, CXCursor lhs, CXCursor rhs)
{
    CXCursor e = strip(lhs);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || !var_is_global(d))
        return;
    CXString ts = clang_getTypeSpelling(clang_getCursorType(d));
    int tid = str_eq_cx(ts, "pthread_t");
    if (!tid)
        return;
    CXCursor r = strip(rhs);
    int self = clang_getCursorKind(r) == CXCursor_CallExpr && !strcmp(name_of(x, clang_getCursorReferenced(r)), "pthread_self") &&
               !strcmp(x->fn_usr, "c:@F@main");
    bind(x, self ? "self" : "tid", cat3(x, "g:", usr_of(x, d), ""));
}

static void pre(struct ex *x, CXCursor c, int ctx)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor blk = x->pre_block;
    x->pre_block = clang_getNullCursor();
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) {
        pre_kids(x, c, ctx);
        return;
    }
    if (k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt) {
        x->pre_loop++;
        pre_kids(x, c, ctx);
        x->pre_loop--;
        return;
    }
    if (k == CXCursor_CompoundAssignOperator)
        pre_changed(x, first_kid(c));
    if (k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        x->has_goto = 1;
    if (k == CXCursor_VarDecl && x->pre_loop)
        mark_changed(x, c);
    if (k == CXCursor_UnaryOperator || k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getNullCursor();
        int addr = 0;
        if (k == CXCursor_UnaryOperator) {
            CXCursor op = first_kid(c);
            char o[8];
            if (!clang_Cursor_isNull(op)) {
                unop(x, c, op, o);
                if ((!strcmp(o, "++") || !strcmp(o, "--")) && !pre_step(x, c, op, blk, o[0] == '+' ? 1 : -1))
                    pre_changed(x, op);
                if (!strcmp(o, "&")) {
                    addr = 1;
                    CXCursor in = strip(op);
                    pre_changed(x, in);
                    CXCursor ad = local_decl(in);
                    if (!clang_Cursor_isNull(ad)) {
                        unsigned *h = WEFT__PUSH(x->amp, x->namp, x->capamp);
                        if (h)
                            *h = clang_hashCursor(ad);
                        else
                            x->oom = 1;
                    }
                    mark_global_addr(x, in);
                    /* &s.f and &a[i] expose s and a too. */
                    while (clang_getCursorKind(in) == CXCursor_MemberRefExpr ||
                           clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
                        CXType bt = clang_getCanonicalType(clang_getCursorType(strip(first_kid(in))));
                        if (bt.kind == CXType_Pointer)
                            break;
                        in = strip(first_kid(in));
                    }
                    d = local_decl(in);
                }
            }
        } else {
            d = clang_getCursorReferenced(c);
            if (clang_getCursorKind(d) == CXCursor_VarDecl && var_is_global(d)) {
                CXType t = clang_getCanonicalType(clang_getCursorType(d));
                if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
                    mark_global_addr(x, c);
            }
            if (clang_getCursorKind(d) != CXCursor_VarDecl || var_is_global(d))
                d = clang_getNullCursor();
            else {
                CXType t = clang_getCanonicalType(clang_getCursorType(d));
                if (t.kind == CXType_ConstantArray || t.kind == CXType_VariableArray)
                    addr = 1; /* an array names its address */
                else if (t.kind == CXType_Pointer && ctx == P_PUBLISH) {
                    struct local *l = local_of(x, d, 1);
                    if (l)
                        l->published = 1;
                }
            }
        }
        if (addr && !clang_Cursor_isNull(d) && ctx != P_CALLARG) {
            struct local *l = local_of(x, d, 1);
            if (l && ctx == P_PUBLISH)
                l->addr_taken = 1;
        }
        if (k == CXCursor_UnaryOperator)
            pre_kids(x, c, addr ? P_NORMAL : P_NORMAL);
        return;
    }
    if (k == CXCursor_CallExpr) {
        CXCursor d = clang_getCursorReferenced(c);
        /* Only the argument handed to the new thread escapes through pthread_create. */
        int published = str_eq_cx(clang_getCursorSpelling(d), "pthread_create") ? 3
                        : str_eq_cx(clang_getCursorSpelling(d), "thrd_create") ? 2 : -1;
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n; i++)
            pre(x, clang_Cursor_getArgument(c, (unsigned)i), i == published ? P_PUBLISH : P_CALLARG);
        return;
    }
    if (k == CXCursor_BinaryOperator || k == CXCursor_VarDecl) {
        struct kids kk;
        kids_get(c, &kk);
        CXCursor lhs = clang_getNullCursor(), rhs = clang_getNullCursor();
        if (k == CXCursor_BinaryOperator && kk.n == 2 && binop_is(x, kk.p[0], kk.p[1], "=")) {
            lhs = kk.p[0];
            rhs = kk.p[1];
            pre_changed(x, lhs);
            thread_id_store(x, lhs, rhs);
        } else if (k == CXCursor_VarDecl && kk.n >= 1 && clang_isExpression(clang_getCursorKind(kk.p[kk.n - 1]))) {
            rhs = kk.p[kk.n - 1];
            if (var_is_global(c))
                root_init(x, c, rhs); /* a static local's initializer */
        }
        if (!clang_Cursor_isNull(rhs)) {
            CXCursor d = k == CXCursor_VarDecl ? c : local_decl(lhs);
            int local_ptr = 0;
            if (!clang_Cursor_isNull(d) && !var_is_global(d)) {
                CXType t = clang_getCanonicalType(clang_getCursorType(d));
                if (t.kind == CXType_Pointer) {
                    struct local *l = local_of(x, d, 1);
                    if (l)
                        pre_source(x, l, rhs, blk, k == CXCursor_VarDecl);
                    local_ptr = 1;
                }
            }
            /* Storing an address anywhere but a local pointer publishes it. */
            int local_lhs = k == CXCursor_VarDecl ? !var_is_global(c) : !clang_Cursor_isNull(local_decl(lhs));
            pre(x, rhs, local_ptr ? P_CALLARG : (local_lhs ? P_NORMAL : P_PUBLISH));
            if (!clang_Cursor_isNull(lhs))
                pre(x, lhs, P_NORMAL);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                pre(x, kk.p[i], P_NORMAL);
        }
        kids_free(&kk);
        return;
    }
    if (k == CXCursor_ReturnStmt) {
        /* What an allocator returns is fresh for its caller: returning it publishes nothing. */
        pre_kids(x, c, x->fn_fresh ? P_NORMAL : P_PUBLISH);
        return;
    }
    pre_kids(x, c, k == CXCursor_InitListExpr ? ctx : P_NORMAL);
}

/* Pointers given the address of a published local see shared memory; locals pointed at by published pointers escape. */
static void pre_close(struct ex *x)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < x->nlocals; i++) {
            struct local *p = &x->locals[i];
            for (int j = 0; j < p->npoints; j++) {
                unsigned h = (unsigned)(uintptr_t)p->points_to[j];
                for (size_t m = 0; m < x->nlocals; m++) {
                    struct local *t = &x->locals[m];
                    if (t->hash != h)
                        continue;
                    if (p->published && !t->addr_taken) {
                        t->addr_taken = 1;
                        changed = 1;
                    }
                    if (t->addr_taken && !p->nonprivate) {
                        p->nonprivate = 1;
                        changed = 1;
                    }
                }
            }
        }
    }
}

/* ---- functions and the TU ------------------------------------------------------------ */

static void function(struct ex *x, CXCursor fn)
{
    CXCursor body = fn_body(fn);
    if (clang_Cursor_isNull(body))
        return;
    x->fn = fn;
    x->fn_usr = usr_of(x, fn);
    x->nops = 0;
    x->nlocals = 0;
    x->nchanged = 0;
    x->nsteps = 0;
    x->namp = 0;
    x->pre_block = clang_getNullCursor();
    x->has_goto = 0;
    x->loop_depth = 0;
    x->loop = clang_getNullCursor();
    x->fn_fresh = allocator(x, fn);
    x->body = body;
    x->nparams = clang_Cursor_getNumArguments(fn) > 0;
    x->nsym = x->sdepth = x->no_sym = x->nloops = x->nrwalk = 0;
    x->stmt_now = clang_getNullCursor();
    pre(x, body, P_NORMAL);
    pre_close(x);
    stmt(x, body);
    struct weft__fn *f = WEFT__PUSH(x->f->fns, x->f->nfns, x->f->capfns);
    if (!f) {
        x->oom = 1;
        return;
    }
    f->usr = x->fn_usr;
    f->name = name_of(x, fn);
    unsigned off;
    struct filebuf *fb = loc_of(x, clang_getCursorLocation(fn), &f->line, &off, &off);
    f->file = fb ? fb->path : "";
    f->nops = x->nops;
    f->ops = weft__arena_alloc(x->A, x->nops * sizeof(*f->ops) + 1);
    if (!f->ops) {
        x->oom = 1;
        f->nops = 0;
        return;
    }
    if (x->nops)
        memcpy(f->ops, x->ops, x->nops * sizeof(*f->ops));
}

struct rootinit {
    struct ex *x;
    const char *root;
};

static enum CXChildVisitResult root_init_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct rootinit *ri = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(c);
        if (var_is_global(d))
            bind(ri->x, "^", cat3(ri->x, ri->root, "\x1d", cat3(ri->x, "g:", usr_of(ri->x, d), "")));
    }
    return CXChildVisit_Recurse;
}

/* A global's initializer naming other globals (struct s A = {3, &p}): what they hold is
 * memory of A's root ("^" facts, "A\x1dp"). */
static void root_init(struct ex *x, CXCursor d, CXCursor init)
{
    struct rootinit ri = {x, cat3(x, "g:", usr_of(x, d), "")};
    clang_visitChildren(init, root_init_visit, &ri);
    if (clang_getCursorKind(init) == CXCursor_DeclRefExpr)
        root_init_visit(init, d, &ri);
}

static void global_var(struct ex *x, CXCursor d)
{
    struct kids kk;
    kids_get(d, &kk);
    if (clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit &&
        clang_Cursor_getStorageClass(d) != CX_SC_Extern && !clang_Cursor_isNull(gint_var_decl(d))) {
        /* A global integer's first value: "iv" "key\x1d=c" ("?" when not a literal). */
        long v = 0;
        CXCursor init = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
        int lit = clang_Cursor_isNull(init) || !clang_isExpression(clang_getCursorKind(init)) ||
                  (int_lit(x, init, &v) && gint_fits(d, v));
        char b[32];
        snprintf(b, sizeof(b), lit ? "\x1d=%ld" : "\x1d?", v);
        bind(x, "iv", cat3(x, "g:", usr_of(x, d), b));
    }
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_isExpression(clang_getCursorKind(kk.p[i]))) {
            bind_init(x, cat3(x, "g:", usr_of(x, d), ""), clang_getCursorType(d), kk.p[i]);
            root_init(x, d, kk.p[i]);
        }
    kids_free(&kk);
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct ex *x = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c))
        function(x, c);
    else if (k == CXCursor_VarDecl)
        global_var(x, c);
    else if (k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl)
        return CXChildVisit_Recurse;
    return x->oom ? CXChildVisit_Break : CXChildVisit_Continue;
}

static void inclusion(CXFile file, CXSourceLocation *stack, unsigned n, CXClientData data)
{
    (void)stack;
    (void)n;
    struct ex *x = data;
    CXString s = clang_getFileName(file);
    const char *name = clang_getCString(s);
    if (name) {
        const char *p = abs_path(x, name);
        const char **slot = WEFT__PUSH(x->f->deps, x->f->ndeps, x->f->capdeps);
        if (slot)
            *slot = p;
        else
            x->oom = 1;
    }
    clang_disposeString(s);
}

static void add_error(struct weft__facts *f, const char *msg)
{
    char *d = weft__arena_strdup(&f->arena, msg);
    char **slot = d ? WEFT__PUSH(f->errors, f->nerrors, f->caperrors) : NULL;
    if (slot)
        *slot = d;
}

int weft__extract(const struct weft__extract_args *a, struct weft__facts *out)
{
    CXTranslationUnit tu = NULL;
    enum CXErrorCode ec = clang_parseTranslationUnit2(a->index, a->file, a->argv, a->argc, NULL, 0,
                                                      CXTranslationUnit_KeepGoing, &tu);
    char real[PATH_MAX];
    out->source = weft__arena_strdup(&out->arena, realpath(a->file, real) ? real : a->file);
    if (ec != CXError_Success || !tu) {
        char msg[PATH_MAX + 64];
        snprintf(msg, sizeof(msg), "%s:1:1: error: libclang could not parse this file (error %d)", a->file, (int)ec);
        add_error(out, msg);
        return 0;
    }
    unsigned nd = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn |
                                                       CXDiagnostic_DisplayOption);
            add_error(out, clang_getCString(s));
            clang_disposeString(s);
        }
        clang_disposeDiagnostic(d);
    }
    struct ex x;
    memset(&x, 0, sizeof(x));
    x.tu = tu;
    x.f = out;
    x.A = &out->arena;
    x.dir = a->dir;
    clang_getInclusions(tu, inclusion, &x);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), top_visit, &x);
    free(x.ops);
    free(x.locals);
    free(x.changed);
    free(x.steps);
    free(x.pcls);
    free(x.amp);
    clang_disposeTranslationUnit(tu);
    return x.oom ? -ENOMEM : 0;
}
