/* Assumptions (__VERIFIER_assume, assume_abort_if_not): a wait for their condition, and inside an atomic section the test-and-set of a lock. */
#include "extract_internal.h"

/*
 * A verifier's assume(c) lets only the executions go on in which c holds, so a thread that
 * assumes something of shared memory waits, in effect, for another thread to make it true:
 * what it does afterwards may be ordered after that thread's accesses. Such an assume is a
 * wait (the thread's races are then only possible), as a loop that repeats on a condition
 * is, whatever its condition reads (a local may hold what was read of shared memory). Inside an atomic section (a __VERIFIER_atomic_ function, or between
 * __VERIFIER_atomic_begin and _end) the idiom
 *     assume(g == 0);  g = 1;          (or !g; any nonzero value stored)
 * with the store a later statement of the same block, before the section ends, takes a lock
 * g: only one thread can pass it until g is 0 again. A store of 0 to a global integer (or
 * through a pointer parameter, *v = 0) inside an atomic section releases it (a no-op where it
 * is no lock held); in a TU with atomic sections so does any write that may clear a global
 * integer, anywhere (a helper's g = 0, g--, g ^= 1, memset). assume(g == 1); g = 0 is a wait
 * too (it may consume a flag another thread set).
 */

static const char *const assume_names[] = {"__VERIFIER_assume", "assume_abort_if_not", "__CPROVER_assume",
                                           "__ESBMC_assume", NULL};

struct stops {
    struct ex *x;
    int found;
};

static enum CXChildVisitResult stops_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct stops *v = d;
    if (clang_getCursorKind(c) == CXCursor_CallExpr) {
        CXCursor f = clang_getCursorReferenced(c);
        v->found = weft__ex_fn_noreturn(v->x, f);
    }
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* An assume by its name; one the program defines itself must stop the run somewhere in its
 * body (abort, exit, assert's failure), or it assumes nothing. */
int weft__ex_is_assume(struct ex *x, CXCursor fn, const char *name)
{
    int known = 0;
    for (const char *const *n = assume_names; *n && !known; n++)
        known = !strcmp(name, *n);
    CXCursor def = known ? clang_getCursorDefinition(fn) : clang_getNullCursor();
    if (!known || clang_Cursor_isNull(def))
        return known;
    struct stops v = {x, 0};
    clang_visitChildren(def, stops_visit, &v);
    return v.found;
}

/* An assumption every run it fails ends: a verifier's (no body here), or one whose body is
 * only if (!c) followed by a call that stops the run (assume_abort_if_not). */
int weft__ex_strict_assume(struct ex *x, CXCursor fn, const char *name)
{
    if (!weft__ex_is_assume(x, fn, name))
        return 0;
    CXCursor def = clang_getCursorDefinition(fn);
    if (clang_Cursor_isNull(def))
        return 1;
    struct kids body, st;
    weft__ex_kids_get(def, &body);
    CXCursor blk = body.n ? body.p[body.n - 1] : clang_getNullCursor();
    weft__ex_kids_free(&body);
    if (clang_getCursorKind(blk) != CXCursor_CompoundStmt)
        return 0;
    weft__ex_kids_get(blk, &st);
    CXCursor s = st.n == 1 ? st.p[0] : clang_getNullCursor();
    weft__ex_kids_free(&st);
    if (clang_getCursorKind(s) != CXCursor_IfStmt)
        return 0;
    struct kids kk;
    weft__ex_kids_get(s, &kk);
    int neg = 0, ok = kk.n == 2;
    CXCursor e = ok ? weft__ex_cond_operand(x, kk.p[0], &neg) : clang_getNullCursor();
    ok = ok && neg && clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
         clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_ParmDecl;
    CXCursor t = ok ? weft__ex_strip(kk.p[1]) : clang_getNullCursor();
    if (ok && clang_getCursorKind(t) == CXCursor_CompoundStmt) {
        struct kids tk;
        weft__ex_kids_get(t, &tk);
        t = tk.n == 1 ? weft__ex_strip(tk.p[0]) : clang_getNullCursor();
        weft__ex_kids_free(&tk);
    }
    weft__ex_kids_free(&kk);
    if (!ok || clang_getCursorKind(t) != CXCursor_CallExpr)
        return 0;
    const char *n = weft__ex_name_of(x, clang_getCursorReferenced(t));
    return n && (!strcmp(n, "abort") || !strcmp(n, "exit") || !strcmp(n, "_exit") || !strcmp(n, "reach_error") ||
                 !strcmp(n, "__assert_fail") || !strcmp(n, "pthread_exit"));
}

/* Inside an atomic section: the function runs atomically, or the walk is between begin and end. */
static int in_atomic(struct ex *x)
{
    return x->atomic_region > 0 || weft__model_atomic_section(weft__ex_name_of(x, x->fn));
}

static void emit_lock(struct ex *x, CXCursor at, CXCursor g_ref, int unlock);
static CXCursor global_int(CXCursor e);

static enum CXChildVisitResult sections_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct stops *v = d;
    int acquire;
    if (clang_getCursorKind(c) == CXCursor_FunctionDecl) {
        const char *n = weft__ex_name_of(v->x, c);
        v->found = n && (weft__model_atomic_section(n) || weft__model_builtin_lock(n, &acquire));
    }
    return v->found ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* The TU declares __VERIFIER_atomic_begin or defines __VERIFIER_atomic_ functions: an assume
 * lock's word may be released anywhere, by any write (a helper's g = 0, g--, memset). */
static int verifier_tu(struct ex *x)
{
    if (x->verifier_tu < 0) {
        struct stops v = {x, 0};
        clang_visitChildren(clang_getTranslationUnitCursor(x->tu), sections_visit, &v);
        x->verifier_tu = v.found;
    }
    return x->verifier_tu;
}

void weft__ex_assume_word_written(struct ex *x, CXCursor at, CXCursor lvalue)
{
    if (!verifier_tu(x))
        return;
    if (!clang_Cursor_isNull(global_int(lvalue))) {
        emit_lock(x, at, lvalue, 1);
    } else {
        /* *p = 0, *&g = 0, (&g)[0] = 0, **pp = 0 of an integer: whichever lock word p points at */
        CXCursor in = weft__ex_strip(lvalue), ptr = clang_getNullCursor();
        CXType t = clang_getCanonicalType(clang_getCursorType(in));
        if (t.kind < CXType_Char_U || t.kind > CXType_Int128)
            return;
        if (clang_getCursorKind(in) == CXCursor_UnaryOperator) {
            char u[8] = "";
            CXCursor op = weft__ex_first_kid(in);
            if (!clang_Cursor_isNull(op))
                weft__ex_unop(x, in, op, u);
            if (!strcmp(u, "*"))
                ptr = op;
        } else if (clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
            CXCursor b = weft__ex_first_kid(in);
            if (!clang_Cursor_isNull(b) && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b))).kind == CXType_Pointer)
                ptr = b; /* (which element: any lock word it may reach) */
        }
        if (clang_Cursor_isNull(ptr))
            return;
        struct weft__op *o = weft__ex_emit(x, WEFT__OP_UNLOCK, at);
        if (o) {
            o->u.lock.key = weft__ex_lock_key(x, ptr);
            o->u.lock.text = weft__ex_text_of(x, in);
        }
    }
    if (x->nops)
        x->ops[x->nops - 1].u.lock.shared = 3; /* a release by a thread not holding it voids the lock */
}

/* e names a global integer variable (not _Atomic): its declaration, else a null cursor. */
static CXCursor global_int(CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    return weft__ex_gint_var_decl(clang_getCursorReferenced(e));
}

struct set_visit {
    struct ex *x;
    CXCursor call, g, block; /* the assume call, the lock word, the block it is a statement of */
    unsigned at;             /* the call's offset */
    unsigned end;            /* the first __VERIFIER_atomic_end after it (UINT_MAX none) */
    unsigned set;            /* the first store to g of a literal after it, in block (UINT_MAX none) ... */
    int zero;                /* ... of 0 (a release), else nonzero (a take) */
};

static enum CXChildVisitResult set_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    struct set_visit *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (clang_equalCursors(c, v->call)) {
        if (clang_getCursorKind(parent) == CXCursor_CompoundStmt)
            v->block = parent;
        return CXChildVisit_Continue;
    }
    unsigned off = weft__ex_off_at(v->x, c);
    if (off <= v->at)
        return CXChildVisit_Recurse;
    if (k == CXCursor_CallExpr) {
        CXCursor d = clang_getCursorReferenced(c);
        int acquire;
        const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(v->x, d) : NULL;
        if (n && weft__model_builtin_lock(n, &acquire) && !acquire && off < v->end)
            v->end = off;
    }
    if (k == CXCursor_BinaryOperator && clang_getCursorKind(parent) == CXCursor_CompoundStmt &&
        !clang_Cursor_isNull(v->block) && clang_equalCursors(parent, v->block) && off < v->set) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        long val;
        CXCursor d = kk.n == 2 ? global_int(kk.p[0]) : clang_getNullCursor();
        if (!clang_Cursor_isNull(d) && clang_equalCursors(d, v->g) && weft__ex_binop_is(v->x, kk.p[0], kk.p[1], "=") &&
            weft__ex_int_lit(v->x, kk.p[1], &val) && (val == 0) == v->zero)
            v->set = off;
        weft__ex_kids_free(&kk);
    }
    return CXChildVisit_Recurse;
}

static void emit_lock(struct ex *x, CXCursor at, CXCursor g_ref, int unlock)
{
    const char *k;
    weft__ex_lval(x, weft__ex_strip(g_ref), &k, 0); /* the key only: the accesses are walked apart */
    struct weft__op *o = weft__ex_emit(x, unlock ? WEFT__OP_UNLOCK : WEFT__OP_LOCK, at);
    if (o) {
        o->u.lock.key = k;
        o->u.lock.text = weft__ex_text_of(x, weft__ex_strip(g_ref));
        o->u.lock.shared = 0;
    }
}

/* The first store of a literal (0 when zero, else nonzero) to g after the call c, a statement
 * of the block c is one of, before the atomic section ends. */
/* A statement that may leave its block's path (return, goto, break, continue, a call that
 * ends the run). */
static enum CXChildVisitResult leave_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct stops *v = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_ReturnStmt || k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt ||
        k == CXCursor_BreakStmt || k == CXCursor_ContinueStmt || k == CXCursor_LabelStmt)
        v->found = 1;
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static int stored_after(struct ex *x, CXCursor c, CXCursor g, int zero)
{
    struct set_visit v = {x, c, g, clang_getNullCursor(), weft__ex_off_at(x, c), UINT_MAX, UINT_MAX, zero};
    clang_visitChildren(x->body, set_visit, &v);
    if (v.set == UINT_MAX || v.set >= v.end || clang_Cursor_isNull(v.block))
        return 0;
    /* ... on every path from the assume: nothing between them leaves the block or jumps in */
    struct kids kk;
    weft__ex_kids_get(v.block, &kk);
    struct stops s = {x, 0};
    for (unsigned i = 0; i < kk.n && !s.found; i++) {
        unsigned off = weft__ex_off_at(x, kk.p[i]);
        if (off > v.at && off < v.set) {
            enum CXCursorKind k = clang_getCursorKind(kk.p[i]);
            leave_visit(kk.p[i], v.block, &s);
            if (!s.found && k != CXCursor_ReturnStmt)
                clang_visitChildren(kk.p[i], leave_visit, &s);
        }
    }
    weft__ex_kids_free(&kk);
    return !s.found;
}

/* An explicit cast on the way to the variable ((unsigned char)g == 0 holds for g = 256). */
int weft__ex_cast_in(CXCursor e)
{
    for (int depth = 0; depth < 16 && !clang_Cursor_isNull(e); depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_CStyleCastExpr)
            return 1;
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return 0;
        e = weft__ex_first_kid(e);
    }
    return 0;
}

/* A global integer the condition compares with a constant: assume(g == K), assume(!g),
 * assume(g). *zero: it assumes g is 0. */
static CXCursor tested_global(struct ex *x, CXCursor cond, int *zero)
{
    CXCursor c = weft__ex_strip(cond);
    if (clang_getCursorKind(c) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        long v;
        CXCursor g = clang_getNullCursor();
        if (kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "==") && weft__ex_int_lit(x, kk.p[1], &v) &&
            !weft__ex_cast_in(kk.p[0])) {
            g = weft__ex_strip(kk.p[0]);
            *zero = v == 0;
        }
        weft__ex_kids_free(&kk);
        return clang_Cursor_isNull(global_int(g)) ? clang_getNullCursor() : g;
    }
    int neg;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg);
    *zero = neg;
    return clang_Cursor_isNull(e) || weft__ex_cast_in(e) || clang_Cursor_isNull(global_int(e)) ? clang_getNullCursor() : e;
}

struct zero_find {
    struct ex *x;
    CXCursor g;
    int found;
};

static enum CXChildVisitResult zero_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct zero_find *v = d;
    if (clang_getCursorKind(c) == CXCursor_CallExpr && clang_Cursor_getNumArguments(c) == 1) {
        CXCursor f = clang_getCursorReferenced(c);
        const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(v->x, f) : NULL;
        int zero = 0;
        for (const char *const *a = assume_names; n && *a && !v->found; a++)
            if (!strcmp(n, *a)) {
                CXCursor e = tested_global(v->x, clang_Cursor_getArgument(c, 0), &zero);
                v->found = zero && !clang_Cursor_isNull(e) && clang_equalCursors(global_int(e), v->g);
            }
    }
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* Some assume of the TU takes g as a lock (assume(g == 0), assume(!g)): g is a lock word. */
static int lock_word(struct ex *x, CXCursor g)
{
    struct zero_find v = {x, g, 0};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), zero_visit, &v);
    return v.found;
}

struct inputs {
    struct ex *x;
    int ok;
};

/* Every variable the condition reads is a local given one __VERIFIER_nondet_ value and
 * never changed, and it reads nothing else of memory nor calls anything. */
static enum CXChildVisitResult inputs_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct inputs *v = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CallExpr || k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr ||
        k == CXCursor_StmtExpr)
        v->ok = 0;
    if (k == CXCursor_UnaryOperator) {
        char o[8] = "";
        CXCursor op = weft__ex_first_kid(c);
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(v->x, c, op, o);
        if (!strcmp(o, "*") || !strcmp(o, "&") || !strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-"))
            v->ok = 0;
    }
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d0 = clang_getCursorReferenced(c);
        enum CXCursorKind dk = clang_getCursorKind(d0);
        if (dk != CXCursor_EnumConstantDecl) {
            struct local *l = dk == CXCursor_VarDecl ? weft__ex_local_of(v->x, d0, 0) : NULL;
            CXCursor init = dk == CXCursor_VarDecl ? weft__ex_strip(clang_Cursor_getVarDeclInitializer(d0)) : d0;
            CXCursor f = clang_getCursorKind(init) == CXCursor_CallExpr ? clang_getCursorReferenced(init) : clang_getNullCursor();
            const char *n = clang_getCursorKind(f) == CXCursor_FunctionDecl ? weft__ex_name_of(v->x, f) : "";
            if (dk != CXCursor_VarDecl || weft__ex_var_is_global(d0) || clang_Cursor_getStorageClass(d0) == CX_SC_Static ||
                (l && l->addr_taken) || weft__ex_is_changed(v->x, d0) || strncmp(n, "__VERIFIER_nondet_", 18))
                v->ok = 0;
        }
    }
    return v->ok ? CXChildVisit_Recurse : CXChildVisit_Break;
}

int weft__ex_on_inputs(struct ex *x, CXCursor cond)
{
    struct inputs v = {x, 1};
    inputs_visit(cond, clang_getNullCursor(), &v);
    if (v.ok)
        clang_visitChildren(cond, inputs_visit, &v);
    return v.ok;
}

void weft__ex_assume(struct ex *x, CXCursor c, CXCursor fn, const char *name, int nargs)
{
    if (nargs != 1 || !weft__ex_is_assume(x, fn, name))
        return;
    CXCursor cond = clang_Cursor_getArgument(c, 0);
    int zero = 0;
    CXCursor e = in_atomic(x) ? tested_global(x, cond, &zero) : clang_getNullCursor();
    if (!clang_Cursor_isNull(e) && stored_after(x, c, global_int(e), !zero)) {
        /* assume(g == 0); g = 1: the take. assume(g == 1); g = 0: the holder's release, which
         * waits for nothing (the store releases), where g is a lock some assume takes; else
         * it consumes a flag another thread set (assume(ready); ready = 0): a wait. */
        if (zero)
            emit_lock(x, c, e, 0);
        else if (lock_word(x, global_int(e)))
            x->assumed_held = global_int(e); /* its release waited, if the thread did not hold it */
        if (zero || lock_word(x, global_int(e)))
            return;
    }
    /* Even a condition on locals only may test what the thread read of shared memory;
     * not one on the verifier's inputs alone (n = __VERIFIER_nondet_int(); assume(n < 4)):
     * it keeps the runs that pass it, and waits for no one, when it can hold at all */
    if (!weft__ex_on_inputs(x, cond) || !weft__ex_inputs_can_hold(x, cond))
        weft__ex_emit(x, WEFT__OP_WAIT, clang_getNullCursor());
    else if (weft__ex_strict_assume(x, fn, name))
        weft__ex_assume_nondet(x, cond);
}

CXCursor weft__ex_deref_param(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator)
        return clang_getNullCursor();
    CXCursor op = weft__ex_first_kid(e);
    char o[8] = "";
    if (!clang_Cursor_isNull(op))
        weft__ex_unop(x, e, op, o);
    CXCursor in = clang_Cursor_isNull(op) ? op : weft__ex_strip(op);
    return !strcmp(o, "*") && clang_getCursorKind(in) == CXCursor_DeclRefExpr &&
                   clang_getCursorKind(clang_getCursorReferenced(in)) == CXCursor_ParmDecl
               ? in
               : clang_getNullCursor();
}

void weft__ex_atomic_store(struct ex *x, CXCursor assign, CXCursor lhs, CXCursor rhs)
{
    long v;
    /* l = 0 on an _Atomic lock word is a seq_cst store: a release (a thread not holding the
     * lock frees it). So is a store of a value not known. */
    CXType lt = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(lhs)));
    if (lt.kind == CXType_Atomic && !clang_Cursor_isNull(weft__ex_global_var(lhs)) && !(weft__ex_int_lit(x, rhs, &v) && v != 0)) {
        emit_lock(x, assign, lhs, 1);
        if (x->nops)
            x->ops[x->nops - 1].u.lock.shared = 3;
        return;
    }
    /* *w = 0 through a pointer to an _Atomic word: the release of whichever lock word w
     * points at (one the analysis cannot name releases every lock it may be). */
    CXCursor in = weft__ex_strip(lhs);
    if (lt.kind == CXType_Atomic && clang_getCursorKind(in) == CXCursor_UnaryOperator &&
        !(weft__ex_int_lit(x, rhs, &v) && v != 0)) {
        char u[8] = "";
        CXCursor ptr = weft__ex_first_kid(in);
        if (!clang_Cursor_isNull(ptr))
            weft__ex_unop(x, in, ptr, u);
        if (!strcmp(u, "*")) {
            struct weft__op *o = weft__ex_emit(x, WEFT__OP_UNLOCK, assign);
            if (o) {
                o->u.lock.key = weft__ex_lock_key(x, ptr);
                o->u.lock.text = weft__ex_text_of(x, in);
                o->u.lock.shared = 3;
            }
            return;
        }
    }
    /* (in a TU with atomic sections, any store that may clear a global integer, anywhere:
     * a helper's g = 0, g = g - 1) */
    int lit = weft__ex_int_lit(x, rhs, &v);
    int gl = !clang_Cursor_isNull(global_int(lhs));
    if (verifier_tu(x) && !(lit && v != 0) && !(gl && lit) && clang_Cursor_isNull(weft__ex_deref_param(x, lhs))) {
        weft__ex_assume_word_written(x, assign, lhs); /* g = g - 1, or *p = 0 through a pointer */
        return;
    }
    if (!lit || v != 0 || !(in_atomic(x) || verifier_tu(x)))
        return;
    CXCursor param = weft__ex_deref_param(x, lhs);
    if (!clang_Cursor_isNull(global_int(lhs))) {
        emit_lock(x, assign, lhs, 1);
        if (x->nops && !clang_Cursor_isNull(x->assumed_held) && clang_equalCursors(x->assumed_held, global_int(lhs))) {
            x->ops[x->nops - 1].u.lock.via = "a"; /* after assume(g == 1): a release by a non-holder waited */
            x->assumed_held = clang_getNullCursor();
        }
    } else if (!clang_Cursor_isNull(param)) {
        /* release(&l) { *v = 0; }: the lock the caller's argument points at. */
        struct weft__op *o = weft__ex_emit(x, WEFT__OP_UNLOCK, assign);
        if (o) {
            o->u.lock.key = weft__ex_lock_key(x, param);
            o->u.lock.text = weft__ex_text_of(x, weft__ex_strip(lhs));
        }
    } else {
        return;
    }
    if (x->nops)
        x->ops[x->nops - 1].u.lock.shared = 3; /* a release by a thread not holding it voids the lock */
}
