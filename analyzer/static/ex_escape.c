/* Escape and ownership: where a pointer's value may escape, parameter escape classes, what this thread owns. */
#include "extract_internal.h"

static int own_state(struct ex *x, CXCursor e);

/* Whether the memory a pointer-valued expression points at may be shared. */
int weft__ex_ptr_shared(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    switch (clang_getCursorKind(e)) {
    case CXCursor_DeclRefExpr: {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_VarDecl && weft__ex_var_is_global(d))
            return 1;
        if (dk == CXCursor_ParmDecl)
            return 1;
        if (dk == CXCursor_VarDecl) {
            CXType t = clang_getCanonicalType(clang_getCursorType(d));
            struct local *l = weft__ex_local_of(x, d, 0);
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
        return !weft__ex_is_alloc_call(x, e);
    case CXCursor_UnaryOperator: {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 1;
        weft__ex_unop(x, e, op, o);
        if (!strcmp(o, "&")) {
            const char *k;
            return weft__ex_lval(x, op, &k, 0);
        }
        return 1;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr:
        /* A pointer read out of a field or an element, even of a private struct or array (one
         * a call returned, r = make(); r.p), may have been given any address: the walk keeps no
         * pointer values in aggregates. */
        return 1;
    case CXCursor_StringLiteral:
    case CXCursor_IntegerLiteral:
        return 0;
    default:
        return 1;
    }
}

static enum CXChildVisitResult src_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct srcvisit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && weft__ex_is_var(kk.p[0], v->d) && weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=")) {
            if (v->n < 8) {
                v->dom_b[v->n] = v->dom_e[v->n] = 0;
                if (weft__ex_plain_block(parent)) {
                    unsigned line, col;
                    v->dom_b[v->n] = weft__ex_off_at(v->x, parent);
                    weft__ex_loc_of(v->x, clang_getRangeEnd(clang_getCursorExtent(parent)), &line, &col,
                                    &v->dom_e[v->n]);
                }
                v->src[v->n++] = kk.p[1];
            } else {
                v->bad = 1;
            }
        }
        weft__ex_kids_free(&kk);
    } else if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        weft__ex_unop(v->x, c, op, o);
        if (!strcmp(o, "&") && weft__ex_is_var(op, v->d))
            v->bad = 1; /* assigned through a pointer, maybe */
    }
    return v->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/*
 * The sources of local d in body into v (dom: with the blocks' extents); 0 when they are
 * not known (more than 8, or its address taken). For the current function they are what
 * the pre-scan recorded, otherwise the body is walked.
 */
int weft__ex_sources(struct ex *x, CXCursor body, CXCursor d, struct srcvisit *v, int dom)
{
    memset(v, 0, sizeof(*v));
    v->x = x;
    v->d = d;
    if (clang_equalCursors(body, x->body)) {
        struct local *l = weft__ex_local_of(x, d, 0);
        if (!l)
            return 1;
        if (l->nsrc > 8 || weft__ex_hash_in(x->amp, x->namp, d))
            return 0;
        for (int i = 0; i < l->nsrc; i++) {
            v->src[i] = l->sv[i];
            if (i == 0 && l->sinit) {
                v->dom_e[i] = UINT_MAX;
            } else if (dom && !clang_Cursor_isNull(l->sblk[i])) {
                unsigned line, col;
                v->dom_b[i] = weft__ex_off_at(x, l->sblk[i]);
                weft__ex_loc_of(x, clang_getRangeEnd(clang_getCursorExtent(l->sblk[i])), &line, &col, &v->dom_e[i]);
            }
        }
        v->n = l->nsrc;
        return 1;
    }
    struct kids kk;
    weft__ex_kids_get(d, &kk);
    if (kk.n && clang_isExpression(clang_getCursorKind(kk.p[kk.n - 1]))) {
        v->dom_b[0] = 0;
        v->dom_e[0] = UINT_MAX;
        v->src[v->n++] = kk.p[kk.n - 1];
    }
    weft__ex_kids_free(&kk);
    clang_visitChildren(body, src_visit, v);
    return !v->bad;
}

enum { U_KEEP, U_DEREF, U_ARG, U_STORE, U_LHS, U_OTHER, U_UNORDERED };

struct use {
    int kind, arg;
    CXCursor at; /* the weft__ex_call (U_ARG) or the stored-to weft__ex_lvalue (U_STORE) */
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

static void escape(struct escw *w, struct escv *e, CXCursor at, int into)
{
    if (e->nesc < 8) {
        e->esc[e->nesc++] = w->offs ? weft__ex_off_at(w->x, at) : 0;
    } else if (!e->over) {
        e->over = 1;
        w->nover++;
    }
    e->into = (e->into == -1 || e->into == into) && into >= 0 ? into : -2;
}

/* The variable of the walk that expression c names (casts aside), else NULL. */
static struct escv *esc_var(struct escw *w, CXCursor c)
{
    c = weft__ex_strip(c);
    if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
        return NULL;
    CXCursor d = clang_getCursorReferenced(c);
    for (int i = 0; i < w->nv; i++)
        if (clang_equalCursors(d, w->vs[i].v))
            return &w->vs[i];
    return NULL;
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
    if (u.kind == U_UNORDERED || weft__ex_relaxed_pointers(x)) {
        /* Published by a relaxed atomic: never the writer's own, even before. */
        if (!e->over)
            w->nover++;
        e->over = 1;
        return;
    }
    if (u.kind == U_ARG) {
        CXCursor d = clang_getCursorReferenced(u.at);
        if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
            CXString s = clang_getCursorSpelling(d);
            const char *n = clang_getCString(s);
            int ok = n && weft__model_keeps_nothing(n);
            /* sprintf(buf, "%p", q) writes q itself into buf, where another thread may read
             * it back (sscanf "%p", strtoul): the values formatted escape. */
            if (ok && n && weft__model_formats_into_buffer(n) && u.arg >= weft__model_formats_into_buffer(n))
                ok = !weft__ex_formats_address(clang_Cursor_getArgument(u.at, (unsigned)u.arg));
            clang_disposeString(s);
            CXCursor def = clang_getCursorDefinition(d);
            int q;
            if (!ok && !clang_Cursor_isNull(def) && weft__ex_param_class(x, def, u.arg, &q) == 0)
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
        CXCursor lhs = weft__ex_strip(u.at);
        int local = !clang_Cursor_isNull(weft__ex_local_decl(lhs));
        int into = !local && weft__ex_root_of(x, &r, lhs, &arr, &var, &pidx, 0) == 2 ? pidx : -1;
        /* Into what it points at itself only as p->f, p->a[k].g (list->next = list): not
         * through a pointer read on the way (l->next->prev = l stores it elsewhere). */
        CXCursor b = lhs;
        int hops = 0;
        for (int depth = 0; depth < 16; depth++) {
            enum CXCursorKind bk = clang_getCursorKind(b);
            CXCursor k0 = weft__ex_strip(weft__ex_first_kid(b));
            CXType kt = clang_getCanonicalType(clang_getCursorType(k0));
            if (kt.kind == CXType_Atomic) /* (a pointer declared _Atomic) */
                kt = clang_getCanonicalType(clang_Type_getValueType(kt));
            if (bk == CXCursor_MemberRefExpr || bk == CXCursor_ArraySubscriptExpr)
                hops += kt.kind == CXType_Pointer;
            else if (bk == CXCursor_UnaryOperator && kt.kind == CXType_Pointer)
                hops++; /* (*p, as a deref) */
            else
                break;
            b = k0;
        }
        if (into >= 0 && into == weft__ex_param_index(e->v) && !(esc_var(w, b) == e && hops <= 1))
            into = -2; /* (q = l->next; q->prev = l: through a pointer read from it too) */
        escape(w, e, c, into);
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
        /* atomic_store(&box, p), atomic_compare_exchange_strong(&top, &old, node): a C11
         * atomic's operands after the object's address are stored in shared memory. */
        int stores = k == CXCursor_UnexposedExpr && weft__ex_is_atomic_builtin(x, c);
        /* ... with release order, read with acquire: the object is handed over; else what
         * was written in it before is not ordered before the readers' reads (not owned). */
        struct use st = {stores && !weft__ex_atomic_hands_over(x, c) ? U_UNORDERED : U_OTHER, 0, c};
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], stores && i ? st : u);
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr) {
        weft__ex_kids_get(c, &kk);
        /* An array inside what v points at names its address: a use of v itself. */
        int inner = weft__ex_is_array_type(clang_getCursorType(c)) && kk.n && esc_var(w, kk.p[0]);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], i ? other : inner ? u : deref);
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        weft__ex_unop(x, c, op, o);
        if (!strcmp(o, "&")) {
            /* &v->f, &v[0].g: an address inside what v points at, used as the & is. */
            CXCursor in = weft__ex_strip(op);
            for (;;) {
                enum CXCursorKind ik = clang_getCursorKind(in);
                char io[8] = "";
                if (ik == CXCursor_UnaryOperator) { /* &*v, &(*v).f: v itself */
                    CXCursor iop = weft__ex_first_kid(in);
                    if (!clang_Cursor_isNull(iop))
                        weft__ex_unop(x, in, iop, io);
                }
                if (ik != CXCursor_MemberRefExpr && ik != CXCursor_ArraySubscriptExpr && strcmp(io, "*"))
                    break;
                CXCursor b = weft__ex_strip(weft__ex_first_kid(in));
                if (clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer) {
                    in = b;
                    break;
                }
                in = b;
            }
            struct escv *e = esc_var(w, in);
            /* memcpy(&gp, &p, sizeof p): p's own value is copied out. */
            if (e && u.kind == U_ARG && u.arg == 1 && clang_equalCursors(in, weft__ex_strip(op)) &&
                clang_getCursorKind(clang_getCursorReferenced(u.at)) == CXCursor_FunctionDecl &&
                weft__model_copies(weft__ex_name_of(x, clang_getCursorReferenced(u.at)))) {
                escape(w, e, in, -1);
                return;
            }
            if (e) {
                esc_use(w, e, in, u);
                return;
            }
        }
        struct use ou = !strcmp(o, "*") ? deref : !strcmp(o, "!") ? keep
                        : !strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-") ? (struct use){U_LHS, 0, c} : other;
        esc_walk(w, op, ou);
        return;
    }
    if (k == CXCursor_CallExpr) {
        weft__ex_kids_get(c, &kk);
        if (kk.n)
            esc_walk(w, kk.p[0], other);
        weft__ex_kids_free(&kk);
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n; i++)
            esc_walk(w, clang_Cursor_getArgument(c, (unsigned)i), (struct use){U_ARG, i, c});
        /* memcpy(p, ...) returns p: gp = memcpy(p, src, n) publishes p */
        static const char *const ret0[] = {"memcpy", "memmove", "memset", "strcpy", "strncpy", "strcat",
                                           "strncat", "stpcpy", "stpncpy", "__builtin_memcpy",
                                           "__builtin_memmove", "__builtin_memset", NULL};
        CXCursor fd = clang_getCursorReferenced(c);
        const char *fn = clang_getCursorKind(fd) == CXCursor_FunctionDecl ? weft__ex_name_of(x, fd) : NULL;
        for (int i = 0; fn && n && ret0[i]; i++)
            if (!strcmp(fn, ret0[i])) {
                esc_walk(w, clang_Cursor_getArgument(c, 0), u);
                break;
            }
        return;
    }
    if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2) {
            int assign = k == CXCursor_BinaryOperator && weft__ex_binop_is(x, kk.p[0], kk.p[1], "=");
            int test = k == CXCursor_BinaryOperator &&
                       (weft__ex_binop_is(x, kk.p[0], kk.p[1], "==") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=") ||
                        weft__ex_binop_is(x, kk.p[0], kk.p[1], "&&") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "||"));
            esc_walk(w, kk.p[0], assign || k == CXCursor_CompoundAssignOperator ? (struct use){U_LHS, 0, c}
                                 : test ? keep : other);
            esc_walk(w, kk.p[1], assign ? (struct use){U_STORE, 0, kk.p[0]} : test ? keep : other);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_VarDecl) {
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            esc_walk(w, kk.p[i], other); /* a copy in another local */
        weft__ex_kids_free(&kk);
        return;
    }
    weft__ex_kids_get(c, &kk);
    int statement = clang_isStatement(k) || k == CXCursor_CompoundStmt || k == CXCursor_DeclStmt;
    for (unsigned i = 0; i < kk.n; i++)
        esc_walk(w, kk.p[i], k == CXCursor_ReturnStmt ? other : statement ? keep : other);
    weft__ex_kids_free(&kk);
}

/* The memo entry of fn (hash h) in the parameter classes table, grown (rehashed) when half
 * full: unused when fn was never asked about; NULL when out of memory. */
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
        /* (2 with *q = itself: stored only into what it points at, list->next = list) */
        qs[i] = (signed char)(e->over || e->assigned || e->into == -2 ? -1 : e->into);
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
int weft__ex_param_class(struct ex *x, CXCursor fn, int idx, int *q)
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
    CXCursor body = weft__ex_fn_body(fn);
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

/* The values of local l (declared by d), found on the first question: -2 when they are not
 * known; else the index of the last one given before offset at in source order (-1 none),
 * with *s where it is given and *fresh cleared unless every value is fresh or null. */
int weft__ex_src_last(struct ex *x, struct local *l, CXCursor d, unsigned at, unsigned *s, int *fresh)
{
    if (!l->src_state) {
        struct srcvisit sv;
        l->src_state = weft__ex_sources(x, x->body, d, &sv, 1) && sv.n ? 1 : 2;
        l->nsv = (unsigned char)sv.n;
        for (int i = 0; i < sv.n; i++) {
            CXCursor c = weft__ex_strip(sv.src[i]);
            l->soff[i] = weft__ex_off_at(x, sv.src[i]);
            l->sdb[i] = sv.dom_b[i];
            l->sde[i] = sv.dom_e[i];
            l->sfresh[i] = weft__ex_is_null_ptr(x, c) ||
                           (clang_getCursorKind(c) == CXCursor_CallExpr && weft__ex_is_alloc_call(x, c));
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
int weft__ex_src_holds(struct ex *x, const struct local *l, int last, unsigned s, unsigned at)
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

/*
 * Whether what pointer expression e points at is owned by this thread at e's position: a
 * fresh allocation (or an address inside one), or a local whose last value given before e
 * (in source order) is one, surely given (a statement of a block e is in, or its
 * initializer), given no other value in a loop around e that began after it, and not let
 * escape since (stored, copied, returned, given to a thread or to a function that may keep
 * it), also in such a loop. 1 owned; 0 not; -1 e is no local given an allocation that
 * last (another rule decides).
 */
static int own_state(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_CallExpr)
        return weft__ex_is_alloc_call(x, e);
    CXCursor op = weft__ex_address_of(x, e);
    if (!clang_Cursor_isNull(op)) {
        /* &fresh()->f: inside the fresh object */
        CXCursor in = weft__ex_strip_members(op);
        return clang_getCursorKind(in) == CXCursor_MemberRefExpr && own_state(x, weft__ex_first_kid(in)) == 1;
    }
    CXCursor d = weft__ex_local_decl(e);
    if (clang_Cursor_isNull(d) || clang_getCursorKind(d) != CXCursor_VarDecl || x->has_goto)
        return -1;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (!l || !l->nsrc || l->addr_taken)
        return -1;
    unsigned at = weft__ex_off_at(x, e), s = 0;
    int fresh = 1, last = weft__ex_src_last(x, l, d, at, &s, &fresh);
    if (last == -2)
        return -1;
    if (last < 0 || !l->sfresh[last])
        return fresh ? 0 : -1;
    if (!l->esc_state) {
        struct escv v = {d, {0}, 0, 0, 0, -1};
        struct escw w = {x, x->body, &v, 1, 0, 1};
        l->esc_state = 2; /* while the walk runs, a question it asks about l (an atomic's operand's key) gets "escapes" */
        esc_walk(&w, w.body, (struct use){U_KEEP, 0, w.body});
        l->esc_state = v.over ? 2 : 1;
        l->nesc = v.nesc;
        memcpy(l->esc, v.esc, sizeof(l->esc));
    }
    if (l->esc_state != 1 || !weft__ex_src_holds(x, l, last, s, at))
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

int weft__ex_own_at(struct ex *x, CXCursor e)
{
    return own_state(x, e) == 1;
}
