/* Locks built from atomics: a test-and-set or compare-and-swap spin loop acquires, a release store of 0 releases. */
#include "extract_internal.h"

/*
 * The forms recognised (stdatomic.h's, GCC's __atomic_ and __sync_ builtins):
 *   while (atomic_exchange(&l, 1)) ...;          while (__sync_lock_test_and_set(&l, 1)) ...;
 *   while (atomic_flag_test_and_set(&f)) ...;    while (__atomic_exchange_n(&l, 1, ACQUIRE)) ...;
 *   while (!atomic_compare_exchange_weak(&l, &zero, 1)) ...;
 *   while (!__sync_bool_compare_and_swap(&l, 0, 1)) ...;   while (__sync_val_compare_and_swap(&l, 0, 1)) ...;
 * (or do { } while (...)), a loop the body does not leave, so that it ends only once the
 * lock was taken; and the release: atomic_store(&l, 0), __atomic_store_n(&l, 0, RELEASE),
 * __sync_lock_release(&l), atomic_flag_clear(&f).  A relaxed order (or one that cannot be
 * evaluated) is no lock: it orders nothing.  Such a lock is then a lock like a mutex, so
 * the accesses it guards can be proved race-free; anything else built from atomics stays
 * "uses atomic operations" (a possible finding).
 */

enum op_kind { OP_NONE, OP_XCHG, OP_CAS_BOOL, OP_CAS_VAL, OP_STORE, OP_CLEAR };

/* The operation e performs, its operand list and how the operands sit in it. */
struct aop {
    enum op_kind kind;
    CXCursor ptr;     /* the lock word's address */
    CXCursor order;   /* memory order operand, null: a full barrier (__sync_) or seq_cst */
    CXCursor val;     /* the value stored (exchange, store), or the new value (CAS) */
    CXCursor expect;  /* CAS: the expected value (__sync_) */
    int expect_ptr;   /* CAS: the expected value is behind a pointer (C11, __atomic_) */
};

static int starts_with_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    return !strncmp(s, w, n) && !(s[n] == '_' || (s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9'));
}

static int name_is(const char *s, const char *const *names)
{
    for (; *names; names++)
        if (starts_with_word(s, *names))
            return 1;
    return 0;
}

static const char *const xchg_names[] = {"atomic_exchange", "atomic_exchange_explicit", "__atomic_exchange_n",
                                         "__c11_atomic_exchange", "atomic_flag_test_and_set",
                                         "atomic_flag_test_and_set_explicit", "__atomic_test_and_set", NULL};
static const char *const cas_names[] = {"atomic_compare_exchange_strong", "atomic_compare_exchange_weak",
                                        "atomic_compare_exchange_strong_explicit",
                                        "atomic_compare_exchange_weak_explicit", "__atomic_compare_exchange_n",
                                        "__c11_atomic_compare_exchange_strong",
                                        "__c11_atomic_compare_exchange_weak", NULL};
static const char *const store_names[] = {"atomic_store", "atomic_store_explicit", "__atomic_store_n",
                                          "__c11_atomic_store", NULL};
static const char *const clear_names[] = {"atomic_flag_clear", "atomic_flag_clear_explicit", "__atomic_clear", NULL};

/* Of a builtin atomic expression (e's kids in clang's order: pointer, order, value, failure
 * order, second value) that stores a value: the kid that is the value stored (2 for a store
 * or an exchange, 4 for a compare-exchange's desired value); -1 for anything else. */
int weft__ex_atomic_stored_kid(struct ex *x, CXCursor e, const struct kids *kk, int *by_address)
{
    static const char *const init_names[] = {"atomic_init", "__c11_atomic_init", NULL};
    static const char *const generic_names[] = {"__atomic_store", "__atomic_exchange", NULL};
    *by_address = 0;
    if (clang_getCursorKind(e) != CXCursor_UnexposedExpr || kk->n < 2 ||
        clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk->p[0]))).kind != CXType_Pointer)
        return -1;
    const char *t = weft__ex_text_of(x, e);
    if (name_is(t, init_names)) /* (pointer, value: no order) */
        return 1;
    if (kk->n < 3)
        return -1;
    if (name_is(t, store_names) || name_is(t, xchg_names))
        return 2;
    /* __atomic_store(p, &v, order), __atomic_exchange(p, &v, &old, order): the value stored is
     * what the operand points at; __atomic_compare_exchange(p, &exp, &des, ...) too */
    if (name_is(t, generic_names))
        return *by_address = 1, 2;
    if (starts_with_word(t, "__atomic_compare_exchange") && kk->n >= 5)
        return *by_address = 1, 4;
    return name_is(t, cas_names) && kk->n >= 5 ? 4 : -1;
}

/* Reads e as an atomic operation: a __sync_ call, or a builtin atomic expression (its operands
 * in clang's order: pointer, order, value, failure order, second value). */
static int atomic_op(struct ex *x, CXCursor e, struct kids *kk, struct aop *a)
{
    memset(a, 0, sizeof(*a));
    a->order = a->val = a->expect = clang_getNullCursor();
    e = weft__ex_strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_CallExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(x, d) : NULL;
        int na = clang_Cursor_getNumArguments(e);
        if (!n || na < 1)
            return 0;
        /* clang names the overloaded __sync_ builtins by size: __sync_lock_test_and_set_4 */
        char base[64];
        size_t len = strlen(n);
        if (len < sizeof(base) && len > 2 && n[len - 2] == '_' && n[len - 1] >= '1' && n[len - 1] <= '8') {
            memcpy(base, n, len - 2);
            base[len - 2] = '\0';
            n = base;
        } else if (len < sizeof(base) && len > 3 && n[len - 3] == '_' && n[len - 2] == '1' && n[len - 1] == '6') {
            memcpy(base, n, len - 3);
            base[len - 3] = '\0';
            n = base;
        }
        a->ptr = clang_Cursor_getArgument(e, 0);
        if (!strcmp(n, "__sync_lock_test_and_set") && na == 2)
            a->kind = OP_XCHG, a->val = clang_Cursor_getArgument(e, 1);
        else if ((!strcmp(n, "__sync_bool_compare_and_swap") || !strcmp(n, "__sync_val_compare_and_swap")) &&
                 na == 3) {
            a->kind = n[7] == 'b' ? OP_CAS_BOOL : OP_CAS_VAL;
            a->expect = clang_Cursor_getArgument(e, 1);
            a->val = clang_Cursor_getArgument(e, 2);
        } else if (!strcmp(n, "__sync_lock_release") && na == 1)
            a->kind = OP_CLEAR;
        else if (!strcmp(n, "__atomic_test_and_set") && na == 2) /* (calls of builtins, as __sync_ ones) */
            a->kind = OP_XCHG, a->order = clang_Cursor_getArgument(e, 1); /* (stores true) */
        else if (!strcmp(n, "__atomic_clear") && na == 2)
            a->kind = OP_CLEAR, a->order = clang_Cursor_getArgument(e, 1);
        return a->kind != OP_NONE;
    }
    if (k != CXCursor_UnexposedExpr)
        return 0;
    weft__ex_kids_get(e, kk);
    if (kk->n < 2 || clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk->p[0]))).kind != CXType_Pointer)
        return 0;
    /* The builtin's name is the text it is written with (a stdatomic.h macro's name too). */
    const char *t = weft__ex_text_of(x, e);
    a->ptr = kk->p[0];
    a->order = kk->p[1];
    if (name_is(t, xchg_names)) {
        a->kind = OP_XCHG;
        a->val = kk->n >= 3 ? kk->p[2] : clang_getNullCursor(); /* test_and_set stores true */
    } else if (name_is(t, cas_names) && kk->n >= 5) {
        a->kind = OP_CAS_BOOL;
        a->expect = kk->p[2];
        a->expect_ptr = 1;
        a->val = kk->p[4];
    } else if (name_is(t, store_names) && kk->n >= 3) {
        a->kind = OP_STORE;
        a->val = kk->p[2];
    } else if (name_is(t, clear_names)) {
        a->kind = OP_CLEAR;
    }
    return a->kind != OP_NONE;
}

/* The memory order operand allows acquire (or release) semantics: not relaxed, and known. */
int weft__ex_atomic_orders(struct ex *x, CXCursor order, int release)
{
    long v;
    if (clang_Cursor_isNull(order))
        return 1; /* __sync_ builtins are full barriers */
    CXEvalResult r = clang_Cursor_Evaluate(weft__ex_strip(order));
    int ok = r && clang_EvalResult_getKind(r) == CXEval_Int;
    v = ok ? (long)clang_EvalResult_getAsLongLong(r) : -1;
    if (r)
        clang_EvalResult_dispose(r);
    (void)x;
    /* __ATOMIC_RELAXED 0, CONSUME 1, ACQUIRE 2, RELEASE 3, ACQ_REL 4, SEQ_CST 5 */
    return release ? v == 3 || v == 4 || v == 5 : v == 2 || v == 4 || v == 5;
}

static int order_is_relaxed(CXCursor order)
{
    CXEvalResult r = clang_Cursor_Evaluate(weft__ex_strip(order));
    int ok = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
    if (r)
        clang_EvalResult_dispose(r);
    return ok;
}

int weft__ex_atomic_relaxed(struct ex *x, CXCursor c)
{
    c = weft__ex_strip(c);
    int rel = 0;
    if (clang_getCursorKind(c) == CXCursor_CallExpr) {
        /* __atomic_op(ptr, ..., order), __atomic_compare_exchange(..., success, failure):
         * the last one or two arguments; __sync_ builtins are full barriers. */
        const char *n = weft__ex_name_of(x, clang_getCursorReferenced(c));
        int na = clang_Cursor_getNumArguments(c), k = strstr(n, "compare_exchange") ? 2 : 1;
        rel = !strncmp(n, "__atomic_", 9) && na > k && !strstr(n, "fence");
        for (int i = na - k; rel && i < na; i++)
            rel = order_is_relaxed(clang_Cursor_getArgument(c, (unsigned)i));
        return rel;
    }
    /* A builtin atomic expression: pointer, order, value, failure order, ... */
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    rel = kk.n >= 2 && order_is_relaxed(kk.p[1]) && (kk.n < 5 || order_is_relaxed(kk.p[3]));
    weft__ex_kids_free(&kk);
    return rel;
}

int weft__ex_atomic_order_kind(struct ex *x, CXCursor c)
{
    if (weft__ex_atomic_relaxed(x, c))
        return 1;
    c = weft__ex_strip(c);
    if (clang_getCursorKind(c) == CXCursor_CallExpr) {
        const char *n = weft__ex_name_of(x, clang_getCursorReferenced(c));
        int na = clang_Cursor_getNumArguments(c);
        if (!strncmp(n, "__sync_lock_test_and_set", 24))
            return 2; /* an acquire barrier only (GCC) */
        if (strncmp(n, "__atomic_", 9) || strstr(n, "fence") || na < 2)
            return 0; /* other __sync_ builtins are full barriers */
        int k = strstr(n, "compare_exchange") ? 2 : 1; /* the success order */
        return weft__ex_atomic_orders(x, clang_Cursor_getArgument(c, (unsigned)(na - k)), 1) ? 0 : 2;
    }
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int r = kk.n >= 2 && !weft__ex_atomic_orders(x, kk.p[1], 1) ? 2 : 0;
    weft__ex_kids_free(&kk);
    return r;
}

static int lit_is(struct ex *x, CXCursor e, int nonzero)
{
    long v;
    if (clang_Cursor_isNull(e))
        return nonzero; /* test_and_set stores true */
    return weft__ex_int_lit(x, e, &v) && (nonzero ? v != 0 : v == 0);
}

/* The value CAS expects is 0: a literal, or C11's &expected with expected a local set to 0
 * just before (not checked: any local; the loop re-arms it, and a CAS that expects something
 * else than 0 would not take a free lock, so the loop would never end). */
struct zero_stores {
    struct ex *x;
    CXCursor var;
    int bad; /* a store or initializer of anything but 0 */
};

static enum CXChildVisitResult zero_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct zero_stores *z = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_VarDecl && clang_equalCursors(c, z->var)) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(c); /* none: set before each try */
        z->bad |= !clang_Cursor_isNull(init) && !weft__ex_is_zero_literal(z->x, init);
    } else if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2 && weft__ex_is_var(kk.p[0], z->var) &&
            (k == CXCursor_CompoundAssignOperator || weft__ex_binop_is(z->x, kk.p[0], kk.p[1], "=")))
            z->bad |= k == CXCursor_CompoundAssignOperator || !weft__ex_is_zero_literal(z->x, kk.p[1]);
        weft__ex_kids_free(&kk);
    }
    return z->bad ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* C11's &expected: a local the function only ever sets to 0 (its initializer too); the CAS
 * itself writes the value it found there, which the loop must set back (rearmed). */
static int expects_zero(struct ex *x, const struct aop *a)
{
    if (!a->expect_ptr)
        return lit_is(x, a->expect, 0);
    CXCursor e = weft__ex_strip(a->expect);
    CXCursor v = clang_getCursorKind(e) == CXCursor_UnaryOperator ? weft__ex_strip(weft__ex_first_kid(e))
                                                                   : clang_getNullCursor();
    if (clang_getCursorKind(v) != CXCursor_DeclRefExpr || clang_Cursor_isNull(x->fn))
        return 0;
    struct zero_stores z = {x, clang_getCursorReferenced(v), 0};
    if (clang_getCursorKind(z.var) != CXCursor_VarDecl)
        return 0;
    clang_visitChildren(x->fn, zero_visit, &z);
    return !z.bad;
}

struct rearm {
    struct ex *x;
    CXCursor var;
    int found;
};

static enum CXChildVisitResult rearm_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct rearm *r = d;
    if (clang_getCursorKind(c) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        CXCursor l = kk.n == 2 ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
        if (kk.n == 2 && clang_getCursorKind(l) == CXCursor_DeclRefExpr &&
            clang_equalCursors(clang_getCursorReferenced(l), r->var) && weft__ex_is_zero_literal(r->x, kk.p[1]))
            r->found = 1;
        weft__ex_kids_free(&kk);
    }
    return r->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* A C11 compare-and-swap in a loop writes the value it found into its expected operand when
 * it fails: unless the loop sets it back to 0 (expected = 0 in body), the next try compares
 * with the taken lock's value and "takes" it again. */
static int rearmed(struct ex *x, const struct aop *a, CXCursor body)
{
    if (!a->expect_ptr || clang_Cursor_isNull(body))
        return 1;
    CXCursor e = weft__ex_strip(a->expect);
    CXCursor v = clang_getCursorKind(e) == CXCursor_UnaryOperator ? weft__ex_strip(weft__ex_first_kid(e))
                                                                   : clang_getNullCursor();
    if (clang_getCursorKind(v) != CXCursor_DeclRefExpr)
        return 0;
    struct rearm r = {x, clang_getCursorReferenced(v), 0};
    if (rearm_visit(body, clang_getNullCursor(), &r) != CXChildVisit_Break)
        clang_visitChildren(body, rearm_visit, &r);
    return r.found;
}

/* cond compares an exchange with the value 1 it stores: xchg(&l, 1) == 1 (the lock was held,
 * not taken: as xchg(...) != 0) or != 1 (taken); another value stored by another thread (2)
 * would read as free. The exchange, *neg as for !E; else null. */
static CXCursor xchg_compared(struct ex *x, CXCursor cond, int *neg)
{
    CXCursor e = weft__ex_strip(cond), r = clang_getNullCursor();
    if (clang_getCursorKind(e) != CXCursor_BinaryOperator)
        return r;
    struct kids kk, ak = {0};
    weft__ex_kids_get(e, &kk);
    struct aop a;
    long v, s;
    if (kk.n == 2 && weft__ex_int_lit(x, kk.p[1], &v) && v == 1 && atomic_op(x, kk.p[0], &ak, &a) &&
        a.kind == OP_XCHG && !clang_Cursor_isNull(a.val) && weft__ex_int_lit(x, a.val, &s) && s == v) {
        int eq = weft__ex_binop_is(x, kk.p[0], kk.p[1], "=="), ne = weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=");
        if (eq || ne) {
            r = weft__ex_strip(kk.p[0]);
            *neg = ne;
        }
    }
    weft__ex_kids_free(&ak);
    weft__ex_kids_free(&kk);
    return r;
}

int weft__ex_atomic_acquire(struct ex *x, CXCursor cond, CXCursor body, CXCursor *at, CXCursor *ptr, int *in_then)
{
    int neg;
    CXCursor e = xchg_compared(x, cond, &neg);
    if (clang_Cursor_isNull(e))
        e = weft__ex_cond_operand(x, cond, &neg);
    if (clang_Cursor_isNull(e))
        return 0;
    struct kids kk = {0};
    struct aop a;
    int r = 0;
    if (atomic_op(x, e, &kk, &a) && weft__ex_atomic_orders(x, a.order, 0)) {
        /* What the call returns when it took the lock: exchange and value-CAS the old value
         * (0), bool-CAS true. */
        if ((a.kind == OP_XCHG && lit_is(x, a.val, 1)) ||
            (a.kind == OP_CAS_VAL && lit_is(x, a.expect, 0) && lit_is(x, a.val, 1))) {
            *in_then = neg; /* taken when the value is 0: in the branch where !E holds */
            r = 1;
        } else if (a.kind == OP_CAS_BOOL && expects_zero(x, &a) && lit_is(x, a.val, 1) && rearmed(x, &a, body)) {
            *in_then = !neg;
            r = 1;
        }
        if (r) {
            *at = e;
            *ptr = a.ptr;
        }
    }
    weft__ex_kids_free(&kk);
    return r;
}

int weft__ex_atomic_release(struct ex *x, CXCursor e, CXCursor *ptr, int *ordered)
{
    struct kids kk = {0};
    struct aop a;
    int r = atomic_op(x, e, &kk, &a) && (a.kind == OP_CLEAR || (a.kind == OP_STORE && lit_is(x, a.val, 0)));
    if (r) {
        *ptr = a.ptr;
        *ordered = weft__ex_atomic_orders(x, a.order, 1);
    }
    weft__ex_kids_free(&kk);
    return r;
}

/*
 * The counter e takes a fresh value from: an atomic fetch-and-add (or add-and-fetch) of a
 * positive constant, atomic_fetch_add(&next, 1), __atomic_fetch_add, __sync_fetch_and_add: each
 * evaluation returns a value no other one does (until it wraps).  The counter's key, else NULL.
 */
const char *weft__ex_atomic_counter(struct ex *x, CXCursor e)
{
    static const char *const add_names[] = {"atomic_fetch_add", "atomic_fetch_add_explicit", "__atomic_fetch_add",
                                            "__atomic_add_fetch", "__c11_atomic_fetch_add", NULL};
    e = weft__ex_strip(e);
    CXCursor ptr = clang_getNullCursor(), val = clang_getNullCursor();
    struct kids kk = {0};
    if (clang_getCursorKind(e) == CXCursor_CallExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        const char *n = clang_getCursorKind(d) == CXCursor_FunctionDecl ? weft__ex_name_of(x, d) : NULL;
        if (n && (!strncmp(n, "__sync_fetch_and_add", 20) || !strncmp(n, "__sync_add_and_fetch", 20)) &&
            clang_Cursor_getNumArguments(e) == 2) {
            ptr = clang_Cursor_getArgument(e, 0);
            val = clang_Cursor_getArgument(e, 1);
        }
    } else if (clang_getCursorKind(e) == CXCursor_UnexposedExpr) {
        weft__ex_kids_get(e, &kk);
        if (kk.n >= 3 && name_is(weft__ex_text_of(x, e), add_names) &&
            clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer) {
            ptr = kk.p[0];
            val = kk.p[2];
        }
    }
    const char *k = NULL;
    long v;
    /* By 1 only: -1u is 4294967295, a step back; a larger step wraps around sooner (twice
     * 0x7fffffff and once 1 is a step back by one on 32 bits). */
    if (!clang_Cursor_isNull(ptr) && weft__ex_int_lit(x, val, &v) && v == 1) {
        k = weft__ex_lock_key(x, ptr);
        if (strncmp(k, "g:", 2))
            k = NULL; /* a global counter only: a local or a pointer's may be another's */
    }
    weft__ex_kids_free(&kk);
    return k;
}

void weft__ex_emit_atomic_lock(struct ex *x, CXCursor at, CXCursor ptr, int unlock, int ordered)
{
    /* atomic_flag's macros reach &(&f)->_Value: the lock is the flag f itself. */
    CXCursor in = weft__ex_address_of(x, ptr);
    if (!clang_Cursor_isNull(in) && clang_getCursorKind(weft__ex_strip(in)) == CXCursor_MemberRefExpr) {
        CXCursor base = weft__ex_strip(weft__ex_first_kid(weft__ex_strip(in)));
        if (!clang_Cursor_isNull(weft__ex_address_of(x, base)))
            ptr = base;
    }
    /* 2: a relaxed release, the lock orders nothing; 3: a release, which voids the lock when
     * a thread not holding it makes it (atomic_store(&l, 0) from anywhere frees l). */
    weft__ex_emit_lock_at(x, at, ptr, unlock, (char)(!unlock ? 0 : ordered ? 3 : 2));
}

void weft__ex_atomic_word_written(struct ex *x, CXCursor at, CXCursor lvalue)
{
    const char *k;
    weft__ex_lval(x, weft__ex_strip(lvalue), &k, 0); /* the key only: the access is walked apart */
    if (!*k)
        return;
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_UNLOCK, at);
    if (o) {
        o->u.lock.key = k;
        o->u.lock.text = weft__ex_text_of(x, weft__ex_strip(lvalue));
        o->u.lock.shared = 3; /* a release, void when a thread not holding it makes it */
    }
}

int weft__ex_atomic_may_free(struct ex *x, CXCursor e, CXCursor *ptr)
{
    struct kids kk = {0};
    struct aop a;
    int r = 0;
    if (atomic_op(x, e, &kk, &a)) {
        /* an exchange, store or CAS of 0 or of a value not known (a release store of 0 is
         * weft__ex_atomic_release's) */
        r = (a.kind == OP_XCHG && !clang_Cursor_isNull(a.val) && !lit_is(x, a.val, 1)) ||
            ((a.kind == OP_CAS_BOOL || a.kind == OP_CAS_VAL) && !lit_is(x, a.val, 1)) ||
            (a.kind == OP_STORE && !lit_is(x, a.val, 1) && !lit_is(x, a.val, 0));
        *ptr = a.ptr;
    } else if (clang_getCursorKind(weft__ex_strip(e)) == CXCursor_UnexposedExpr ||
               clang_getCursorKind(weft__ex_strip(e)) == CXCursor_CallExpr) {
        /* fetch_and, fetch_sub, fetch_xor and their __sync_/__atomic_ forms may clear it */
        const char *t = weft__ex_text_of(x, e);
        r = strstr(t, "fetch_and") || strstr(t, "fetch_sub") || strstr(t, "fetch_xor") || strstr(t, "and_fetch") ||
            strstr(t, "sub_fetch") || strstr(t, "xor_fetch") || strstr(t, "fetch_nand");
        /* an add of anything but a positive constant (-1 frees a lock word at 1) */
        r |= (strstr(t, "fetch_add") || strstr(t, "add_fetch")) && !weft__ex_atomic_counter(x, e);
        CXCursor s = weft__ex_strip(e);
        *ptr = clang_getCursorKind(s) == CXCursor_CallExpr && clang_Cursor_getNumArguments(s) >= 1
                   ? clang_Cursor_getArgument(s, 0)
                   : weft__ex_first_kid(s);
    }
    weft__ex_kids_free(&kk);
    return r && !clang_Cursor_isNull(*ptr);
}

int weft__ex_is_atomic_builtin(struct ex *x, CXCursor e)
{
    struct kids kk = {0};
    struct aop a;
    int r = atomic_op(x, e, &kk, &a);
    weft__ex_kids_free(&kk);
    if (r)
        return 1;
    /* Any other builtin of the family whose operands are the object's address and then values. */
    const char *t = weft__ex_text_of(x, e);
    return clang_getCursorKind(e) == CXCursor_UnexposedExpr &&
           (!strncmp(t, "atomic_", 7) || !strncmp(t, "__c11_atomic_", 13) || !strncmp(t, "__atomic_", 9)) &&
           strchr(t, '(') != NULL;
}

int weft__ex_atomic_store_only(struct ex *x, CXCursor e)
{
    struct kids kk = {0};
    struct aop a;
    int r = atomic_op(x, e, &kk, &a) && (a.kind == OP_STORE || a.kind == OP_CLEAR);
    weft__ex_kids_free(&kk);
    return r;
}

int weft__ex_atomic_load_only(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    const char *t = clang_getCursorKind(e) == CXCursor_UnexposedExpr ? weft__ex_text_of(x, e) : "";
    static const char *const load_names[] = {"atomic_load", "atomic_load_explicit", "__atomic_load_n",
                                             "__c11_atomic_load", NULL};
    return name_is(t, load_names);
}
