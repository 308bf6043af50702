/* Calls: one walk per API family (function pointers, atomics, locks, barriers, threads, joins, ordinary calls). */
#include "extract_internal.h"

#include <limits.h>

/*
 * Whether each iteration of loop hands the thread a fresh object: d is a local pointer
 * (not static) declared by a statement of the loop's body itself (not under an if)
 * with an allocation as its initializer, and the body never assigns it or takes its address.
 */
struct loop_find {
    unsigned at;
    int found;
};

static enum CXChildVisitResult loop_find_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct loop_find *f = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    f->found = (k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt) &&
               weft__ex_extent_holds(c, f->at);
    return f->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* Expression e of the current function is inside one of its loops (or not known). */
static int in_a_loop(struct ex *x, CXCursor e)
{
    if (clang_Cursor_isNull(e) || clang_Cursor_isNull(x->body))
        return 1;
    struct loop_find f = {0, 0};
    clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(e)), NULL, NULL, NULL, &f.at);
    clang_visitChildren(x->body, loop_find_visit, &f);
    return f.found;
}

static int fresh_each_iteration(struct ex *x, CXCursor loop, CXCursor d)
{
    if (clang_Cursor_isNull(d) || clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) ||
        clang_Cursor_getStorageClass(d) == CX_SC_Static || x->has_goto)
        return 0;
    enum CXCursorKind lk = clang_getCursorKind(loop);
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    CXCursor body = kk.n ? kk.p[lk == CXCursor_DoStmt ? 0 : kk.n - 1] : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_Cursor_isNull(body) || clang_getCursorKind(body) != CXCursor_CompoundStmt)
        return 0;
    int found = 0;
    weft__ex_kids_get(body, &kk);
    for (unsigned i = 0; i < kk.n && !found; i++) {
        if (clang_getCursorKind(kk.p[i]) != CXCursor_DeclStmt)
            continue;
        struct kids dk;
        weft__ex_kids_get(kk.p[i], &dk);
        for (unsigned j = 0; j < dk.n && !found; j++) {
            if (!clang_equalCursors(dk.p[j], d))
                continue;
            struct kids vk;
            weft__ex_kids_get(d, &vk);
            CXCursor init = vk.n ? weft__ex_strip(vk.p[vk.n - 1]) : clang_getNullCursor();
            found = !clang_Cursor_isNull(init) && clang_getCursorKind(init) == CXCursor_CallExpr &&
                    weft__ex_is_alloc_call(x, init);
            weft__ex_kids_free(&vk);
        }
        weft__ex_kids_free(&dk);
    }
    weft__ex_kids_free(&kk);
    return found && !weft__ex_modifies(x, body, d, 0);
}

static enum CXChildVisitResult count_calls(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(int *)data += clang_getCursorKind(c) == CXCursor_CallExpr;
    return CXChildVisit_Recurse;
}

/* The calls under c: a loop body of one call (the create, or its wrapper) runs nothing that
 * could re-point a global array pointer between iterations. */
static int calls_in(CXCursor c)
{
    int n = 0;
    if (!clang_Cursor_isNull(c))
        clang_visitChildren(c, count_calls, &n);
    return n;
}

/* The narrowest integer conversion on the way from a parameter to the argument e (casts,
 * the conversion to the callee's parameter type): its value bits, 0 none. */
static int conversion_bits(CXCursor e)
{
    int b = 0;
    for (; !clang_Cursor_isNull(e); e = weft__ex_strip_one(e)) {
        int t = weft__ex_value_bits(clang_getCursorType(e));
        if (t > 0 && clang_getCanonicalType(clang_getCursorType(e)).kind != CXType_Pointer && (!b || t < b))
            b = t;
    }
    return b >= 63 ? 0 : b;
}

/* A number as the argument e hands it over, with its casts ((void *)1L, an enumerator, 258
 * into an unsigned char parameter: 2): 1 with *key "*N" ("~N" for a value assumed, below),
 * or "" for a negative one; 0 when e is no number. */
static int number_key(struct ex *x, CXCursor e, const char **key)
{
    long v;
    CXCursor se = weft__ex_strip(e);
    /* (or a value every run of the caller computes alike, small enough that any integer
     * parameter keeps it: int c = 1; leave_if(c); leave_if(one - 1)) */
    /* (or on every run where the thread API's calls succeed: must(pthread_mutex_lock(&m))
     * passes "~0", a value assumed, which decides no branch: the one it selects is the
     * path every run may take, an exit on the other an error path) */
    int assumed = 0;
    if (!weft__ex_int_lit(x, e, &v) &&
        !(weft__ex_int_size(x, clang_getCursorType(se)) && weft__ex_known_cond(x, se, &v) && v >= 0 && v < 128)) {
        if (!(weft__ex_int_size(x, clang_getCursorType(se)) && weft__ex_ok_cond(x, se, &v) && v >= 0 && v < 128))
            return 0;
        assumed = 1;
    }
    char b[32];
    snprintf(b, sizeof(b), "%c%ld", assumed ? '~' : '*', v);
    *key = v >= 0 ? weft__ex_cat3(x, b, "", "") : "";
    return 1;
}

/* The induction variable of for-loop loop: a local its increment steps by a nonzero constant
 * (i++, --i, i += 2), else a null cursor; *cond and *body get the loop's parts. */
CXCursor weft__ex_loop_counter(struct ex *x, CXCursor loop, CXCursor *cond, CXCursor *body)
{
    CXCursor iv = clang_getNullCursor();
    if (clang_getCursorKind(loop) != CXCursor_ForStmt || x->has_goto)
        return iv;
    struct kids kk;
    weft__ex_kids_get(loop, &kk);
    if (kk.n != 4) { /* init, condition, increment and body, none left out */
        weft__ex_kids_free(&kk);
        return iv;
    }
    *cond = kk.p[1];
    *body = kk.p[3];
    CXCursor inc = weft__ex_strip(kk.p[2]);
    weft__ex_kids_free(&kk);
    if (clang_getCursorKind(inc) == CXCursor_UnaryOperator) {
        char o[8];
        CXCursor op = weft__ex_first_kid(inc);
        if (clang_Cursor_isNull(op))
            return iv;
        weft__ex_unop(x, inc, op, o);
        if (!strcmp(o, "++") || !strcmp(o, "--"))
            iv = weft__ex_local_var(op);
    } else if (clang_getCursorKind(inc) == CXCursor_CompoundAssignOperator) {
        weft__ex_kids_get(inc, &kk);
        if (kk.n == 2 &&
            (weft__ex_binop_is(x, kk.p[0], kk.p[1], "+=") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "-=")) &&
            clang_getCursorKind(weft__ex_strip(kk.p[1])) == CXCursor_IntegerLiteral &&
            !weft__ex_is_zero_literal(x, kk.p[1]))
            iv = weft__ex_local_var(kk.p[0]);
        weft__ex_kids_free(&kk);
    }
    return iv;
}

/*
 * Whether each iteration of for-loop loop hands create argument arg a different element:
 * arg is &a[i], &a[i].f or a + i (or the value of i itself, cast: an index), i is a local the loop's increment steps by a nonzero
 * constant (i++, --i, i += 2) and nothing else changes (condition and body never assign
 * it, nothing takes its address), and a is an array, or a local pointer the loop never
 * assigns and whose address is never taken. The caller checks it is the only loop around.
 */
static int distinct_element(struct ex *x, CXCursor loop, CXCursor arg)
{
    CXCursor cond = clang_getNullCursor(), body = clang_getNullCursor();
    CXCursor iv = weft__ex_loop_counter(x, loop, &cond, &body);
    struct kids kk;
    if (clang_Cursor_isNull(iv))
        return 0;
    /* The value itself, (void *)i: each thread gets a different number (an index it uses),
     * through no conversion that could make two the same ((_Bool)i, (char)i). */
    CXCursor e = weft__ex_strip(arg), base = clang_getNullCursor(), ix = clang_getNullCursor();
    long st, lo, hi;
    int value = clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), iv);
    if (value || (clang_getCursorKind(e) == CXCursor_BinaryOperator &&
                  weft__ex_counter_value(x, loop, iv, arg, arg, &st, &lo, &hi))) {
        if (!weft__ex_no_narrowing(x, arg) || weft__ex_modifies(x, cond, iv, 0) || weft__ex_modifies(x, body, iv, 0) ||
            weft__ex_modifies(x, x->fn, iv, 1))
            return 0;
        return value ? 1 : 3; /* 3: a number K * i + B, not the element of index i */
    }
    /* The element: &a[i] (then .f ...), or a + i / i + a. */
    CXCursor op = weft__ex_address_of(x, e);
    if (!clang_Cursor_isNull(op)) {
        op = weft__ex_strip(op);
        while (clang_getCursorKind(op) == CXCursor_MemberRefExpr &&
               clang_getCanonicalType(clang_getCursorType(weft__ex_strip(weft__ex_first_kid(op)))).kind ==
                   CXType_Record)
            op = weft__ex_strip(weft__ex_first_kid(op));
        if (clang_getCursorKind(op) == CXCursor_ArraySubscriptExpr) {
            weft__ex_kids_get(op, &kk);
            if (kk.n == 2)
                base = weft__ex_strip(kk.p[0]), ix = weft__ex_strip(kk.p[1]);
            weft__ex_kids_free(&kk);
        }
    } else if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        weft__ex_kids_get(e, &kk);
        if (kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "+")) {
            enum CXTypeKind t0 = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind;
            int first_ptr = t0 == CXType_Pointer || t0 == CXType_ConstantArray || t0 == CXType_IncompleteArray ||
                            t0 == CXType_VariableArray;
            base = weft__ex_strip(kk.p[first_ptr ? 0 : 1]);
            ix = weft__ex_strip(kk.p[first_ptr ? 1 : 0]);
        }
        weft__ex_kids_free(&kk);
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
    return !weft__ex_modifies(x, cond, iv, 0) && !weft__ex_modifies(x, body, iv, 0) &&
           !weft__ex_modifies(x, x->fn, iv, 1) && !weft__ex_modifies(x, cond, a, 0) &&
           !weft__ex_modifies(x, body, a, 0) &&
           (at != CXType_Pointer || (!weft__ex_var_is_global(a) && !weft__ex_modifies(x, x->fn, a, 1)) ||
            (weft__ex_var_is_global(a) && calls_in(body) <= 1 && calls_in(cond) == 0));
}

/* The location of a C library function's hidden state (models.c's name for it). */
const char *weft__ex_libc_state_key(struct ex *x, const char *state)
{
    return !strcmp(state, "signgam") || !strcmp(state, "environ") ? weft__ex_cat3(x, "g:c:@", state, "")
                                                                   : weft__ex_cat3(x, "g:libc@", state, "()");
}

/* The hidden state a call of the C library returns a pointer into (localtime's struct tm,
 * asctime's string): its key, or NULL. */
const char *weft__ex_libc_state_result(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl || !clang_Cursor_isNull(clang_getCursorDefinition(d)) ||
        clang_getCanonicalType(clang_getCursorType(call)).kind != CXType_Pointer)
        return NULL;
    const char *name = weft__ex_name_of(x, d);
    int reads;
    const char *state = weft__model_unsafe_libc(name, &reads);
    /* (the time functions' one static struct tm or string; not strtok's pointer into the
     * caller's string, getenv's into one setenv leaves be, readdir's per stream, strerror's
     * often constant message) */
    if (!state || (strcmp(state, "localtime") && strcmp(state, "asctime")))
        return NULL;
    return weft__ex_libc_state_key(x, state);
}

/* A call to a C library function with hidden static state reads (getenv) or writes it. */
static int unsafe_call(struct ex *x, CXCursor c, const char *name)
{
    int reads = 0, stream;
    const char *state = weft__model_unsafe_libc(name, &reads);
    if (!state && weft__ex_locked_stdio(x, c, name, clang_Cursor_getNumArguments(c)))
        return 1; /* (fputs beside putc_unlocked: its stream's lock around the buffer, ex_stdio.c) */
    if (!state && weft__model_unlocked_stdio(name, &stream)) {
        /* putchar_unlocked(c), putc_unlocked(c, f): a stream's buffer, unlocked; which stream
         * is not told apart (f may be stdout): one location for all */
        weft__ex_access_key(x, c, "g:libc@FILE()", "g:libc@FILE()", M_RW, 0);
        return 1;
    }
    int ns = weft__model_null_state_arg(name);
    if (!state && ns >= 0 && ns < clang_Cursor_getNumArguments(c)) {
        /* mbrlen(s, n, NULL): the function's own internal mbstate_t */
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)ns));
        long v;
        if (clang_getCursorKind(a) == CXCursor_GNUNullExpr || (weft__ex_int_lit(x, a, &v) && v == 0))
            state = name;
    }
    if (!state)
        return 0;
    /* State the program may also name itself is that variable (lgamma writes signgam,
     * getenv reads environ); ctime is asctime(localtime(t)): both buffers. */
    const char *k = weft__ex_libc_state_key(x, state);
    weft__ex_access_key(x, c, k, k, reads ? M_READ : M_RW, 0);
    if (!strcmp(name, "ctime"))
        weft__ex_access_key(x, c, "g:libc@localtime()", "g:libc@localtime()", M_RW, 0);
    /* The static struct tm they rewrite may be read through any struct tm pointer (one a
     * global was given in code, tm = localtime(&t), which no pointer target follows): each of
     * its fields, by type (C11 7.27.1p4's nine, glibc's two more). */
    static const char *const tm_fields[] = {"f:struct tm.tm_sec",  "f:struct tm.tm_min",  "f:struct tm.tm_hour",
                                            "f:struct tm.tm_mday", "f:struct tm.tm_mon",  "f:struct tm.tm_year",
                                            "f:struct tm.tm_wday", "f:struct tm.tm_yday", "f:struct tm.tm_isdst",
                                            "f:struct tm.tm_gmtoff", "f:struct tm.tm_zone", NULL};
    for (int i = 0; (!strcmp(state, "localtime") || !strcmp(name, "ctime")) && tm_fields[i]; i++)
        weft__ex_access_key(x, c, tm_fields[i], tm_fields[i], M_RW, 0);
    /* getopt writes optind and optarg; localtime, ctime, mktime and tzset set tzname,
     * daylight, timezone (gmtime does not): the program's own variables of those names */
    static const char *const getopt_vars[] = {"g:c:@optind", "g:c:@optarg", NULL};
    static const char *const tz_vars[] = {"g:c:@tzname", "g:c:@daylight", "g:c:@timezone", NULL};
    const char *const *vars = !strcmp(state, "getopt") ? getopt_vars
                              : !strcmp(name, "localtime") || !strcmp(state, "tz") || !strcmp(name, "ctime") ? tz_vars
                                                                                                              : NULL;
    for (int i = 0; vars && vars[i]; i++)
        weft__ex_access_key(x, c, vars[i], vars[i], M_RW, 0);
    return 1;
}

void weft__ex_emit_lock_at(struct ex *x, CXCursor at, CXCursor ptr, int unlock, char shared)
{
    /* A thread-local lock (__thread pthread_mutex_t m) is each thread's own: taking it
     * excludes no other thread, releasing it frees no lock another holds; unless its address
     * is handed on (lock.tls: the pass asks whether the program takes it). */
    int tls = weft__ex_thread_local_object(x, ptr);
    struct weft__op *o = weft__ex_emit(x, unlock ? WEFT__OP_UNLOCK : WEFT__OP_LOCK, at);
    if (o) {
        o->u.lock.key = weft__ex_lock_key(x, ptr);
        o->u.lock.text = weft__ex_text_of(x, weft__ex_strip(ptr));
        o->u.lock.shared = shared;
        o->u.lock.tls = (unsigned char)tls;
        o->u.lock.sbase = weft__ex_stable_base(x, ptr, 1);
    }
    weft__ex_sym_lock(x, at, ptr, unlock);
}

void weft__ex_emit_lock(struct ex *x, CXCursor c, const char *name)
{
    enum weft__lock_kind lk = weft__model_lock_kind(name);
    weft__ex_emit_lock_at(x, c, clang_Cursor_getArgument(c, 0), lk == WEFT__LOCK_UNLOCK, lk == WEFT__LOCK_READ);
    /* A mutex, rwlock or spin lock of the thread API: only its holder releases it (taking
     * it waits for no particular thread). */
    int api = !strncmp(name, "pthread_mutex_", 14) || !strncmp(name, "pthread_rwlock_", 15) ||
              !strncmp(name, "pthread_spin_", 13) || !strncmp(name, "mtx_", 4);
    /* A lock reached from a void * or a byte pointer ((pthread_mutex_t *)o, o a void *): the
     * object o points at may start with the mutex (its first member), which another thread
     * names as that member: the same lock under two names, so the thread's races are not sure. */
    CXCursor a0 = weft__ex_strip(clang_Cursor_getArgument(c, 0));
    /* (m = (pthread_mutex_t *)obj; lock(m): where the local's one value came from) */
    CXCursor lv = clang_getCursorKind(a0) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(a0) : clang_getNullCursor();
    struct local *l = clang_Cursor_isNull(lv) ? NULL : weft__ex_local_of(x, lv, 0);
    if (l && l->nsrc == 1 && !clang_Cursor_isNull(l->src))
        a0 = weft__ex_strip(l->src);
    CXType from = clang_getCanonicalType(clang_getCursorType(a0));
    CXType pt = clang_getCanonicalType(clang_getPointeeType(from));
    int untyped = from.kind == CXType_Pointer && (pt.kind == CXType_Void || pt.kind == CXType_Char_S ||
                                                   pt.kind == CXType_Char_U || pt.kind == CXType_UChar);
    if (lk != WEFT__LOCK_UNLOCK && x->nops && x->ops[x->nops - 1].kind == WEFT__OP_LOCK && (api || untyped))
        x->ops[x->nops - 1].u.lock.via = api && untyped ? "mv" : api ? "m" : "v";
}

/*
 * A condition that tests a lock call's result, like if (pthread_mutex_trylock(&m) == 0):
 * the lock is held only in the branch where the call returned 0. Returns 1 with *call
 * and *in_then set.
 */
CXCursor weft__ex_cond_operand(struct ex *x, CXCursor cond, int *neg)
{
    CXCursor e = weft__ex_strip(cond);
    *neg = 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        if (clang_Cursor_isNull(op))
            return op;
        weft__ex_unop(x, e, op, o);
        if (strcmp(o, "!"))
            return clang_getNullCursor();
        *neg = 1;
        return weft__ex_strip(op);
    }
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int ok = kk.n == 2 && weft__ex_is_zero_literal(x, kk.p[1]);
        if (ok && weft__ex_binop_is(x, kk.p[0], kk.p[1], "=="))
            *neg = 1;
        else if (!(ok && weft__ex_binop_is(x, kk.p[0], kk.p[1], "!=")))
            ok = 0;
        CXCursor l = ok ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        return l;
    }
    return e;
}

int weft__ex_cond_lock(struct ex *x, CXCursor cond, CXCursor *call, const char **name, int *in_then)
{
    int neg;
    CXCursor e = weft__ex_cond_operand(x, cond, &neg);
    if (clang_Cursor_isNull(e))
        return 0;
    if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_getNumArguments(e) < 1)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return 0;
    const char *n = weft__ex_name_of(x, d);
    enum weft__lock_kind lk = weft__model_lock_kind(n);
    if (lk != WEFT__LOCK_WRITE && lk != WEFT__LOCK_READ)
        return 0;
    *call = e;
    *name = n;
    *in_then = neg;
    return 1;
}

/* A call through a function pointer: the arguments and the callee are read, then the
 * call is recorded with the slot it reads the function from. */
static void call_indirect(struct ex *x, CXCursor c, int nargs)
{
    CXCursor callee = weft__ex_first_kid(c);
    for (int i = 0; i < nargs; i++)
        weft__ex_expr(x, clang_Cursor_getArgument(c, (unsigned)i), M_READ);
    if (!clang_Cursor_isNull(callee)) {
        weft__ex_expr(x, callee, M_READ);
        struct weft__op *o = weft__ex_emit(x, WEFT__OP_ICALL, c);
        if (o) {
            o->u.icall.slot = weft__ex_fn_slot(x, callee);
            /* It may reach a function of its type whose address went through a void * (ex_fn_escape.c). */
            CXType ct = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(callee)));
            const char *esc[2];
            int ne = *o->u.icall.slot ? weft__ex_escape_slots(x, ct.kind == CXType_Pointer ? clang_getPointeeType(ct) : ct, 1, esc) : 0;
            for (int i = 0; i < ne; i++)
                weft__ex_fact(x, WEFT__FACT_COPY, o->u.icall.slot, esc[i]);
            o->u.icall.text = weft__ex_text_of(x, callee);
            /* What a lock argument names, so that the callee's lock calls on it are that lock's. */
            for (int i = 0; i < nargs && i < WEFT__MAX_ARGS; i++) {
                CXCursor a = clang_Cursor_getArgument(c, (unsigned)i), ad = weft__ex_address_of(x, a);
                o->u.icall.arg[i] = weft__ex_lock_key(x, a);
                /* &v of a local whose address is taken elsewhere too (stored, given to
                 * tsearch): not the private local the callee's accesses could skip. */
                CXCursor ld = clang_Cursor_isNull(ad) ? ad : weft__ex_local_decl(weft__ex_strip(ad));
                if (!strncmp(o->u.icall.arg[i], "l:", 2) && !clang_Cursor_isNull(ld) &&
                    weft__ex_hash_in(x->amp, x->namp, ld) > 1)
                    o->u.icall.arg[i] = "";
                /* A number, as for a direct call (on_check(!pthread_mutex_lock(&m)) passes 1). */
                const char *nk;
                if (weft__ex_int_size(x, clang_getCursorType(a)) && number_key(x, a, &nk))
                    o->u.icall.arg[i] = nk;
            }
        }
    }
}

/* An atomic builtin: what its first argument points at gets an atomic read-write. */
static void call_atomic(struct ex *x, CXCursor c, int nargs)
{
    int store = weft__ex_atomic_store_only(x, c);
    for (int i = 0; i < nargs; i++) {
        CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
        CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
        x->relaxed_op = i == 0 ? weft__ex_atomic_order_kind(x, c) : 0;
        if (i == 0 && t.kind == CXType_Pointer)
            weft__ex_pointee(x, a, store ? M_WRITE : M_RW, 1);
        else
            weft__ex_expr(x, a, M_READ);
        x->relaxed_op = 0;
    }
    if (nargs >= 1 && !weft__ex_atomic_load_only(x, c)) /* __sync_fetch_and_add(&serving, 1) */
        weft__ex_ticket_release(x, c, weft__ex_address_of(x, clang_Cursor_getArgument(c, 0)),
                                weft__ex_atomic_order_kind(x, c) == 0);
}

/* A sync object's init or destroy writes it; locking, waiting or signalling it is an
 * atomic access (see weft__model_sync_object): init or destroy racing with a use is a race. */
static void sync_object_access(struct ex *x, CXCursor c, const char *name, int nargs)
{
    enum weft__sync_object so = weft__model_sync_object(name);
    if (so == WEFT__SYNC_OBJ_NONE || nargs < 1)
        return;
    CXCursor a = clang_Cursor_getArgument(c, 0);
    CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
    if (t.kind != CXType_Pointer)
        return;
    /* Init and destroy only of a variable's object: one reached through a pointer is mostly a
     * fresh object set up before it is published, or torn down after its last use, an order
     * this analysis does not follow (every lock made by a constructor would race with its uses). */
    if (so == WEFT__SYNC_OBJ_LIFE) {
        CXCursor op = weft__ex_address_of(x, a);
        if (clang_Cursor_isNull(op) || clang_Cursor_isNull(weft__ex_var_of(op)))
            return;
    }
    /* The object as a whole: its fields are the library's, and an int * elsewhere in the
     * program does not reach a mutex's lock word. */
    x->whole++;
    weft__ex_pointee(x, a, so == WEFT__SYNC_OBJ_LIFE ? M_WRITE : M_RW, so == WEFT__SYNC_OBJ_USE ? 2 : 0);
    x->whole--;
}

/* Barriers order threads: the whole-program pass needs the barrier and its count. Returns 1
 * when c is pthread_barrier_init or pthread_barrier_wait with its arity (and records it). */
static int call_barrier(struct ex *x, CXCursor c, const char *name, int nargs)
{
    enum weft__barrier_kind bk = weft__model_barrier(name);
    int bw = bk == WEFT__BARRIER_WAIT, bi = bk == WEFT__BARRIER_INIT;
    if (!((bw && nargs == 1) || (bi && nargs == 3)))
        return 0;
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_CALL, c);
    if (o) {
        o->u.call.name = name;
        o->u.call.arg = weft__args_new(x->A, 1);
        if (!o->u.call.arg) {
            x->oom = 1;
            return 1;
        }
        o->u.call.nargs = 1;
        o->u.call.arg[0].key = weft__ex_lock_key(x, clang_Cursor_getArgument(c, 0));
        long v; /* 4, N, 2 * N: a constant, as the unsigned parameter takes it (0x100000003 is 3) */
        if (bi && weft__ex_int_lit(x, clang_Cursor_getArgument(c, 2), &v) && v > 0 && v <= UINT_MAX)
            o->u.call.count = v;
    }
    return 1;
}

struct argtype_use {
    CXCursor parm;
    CXType want;
    int other;
};

/* A pointer type to something other than t (void * passes it on as it is: not other). */
static int other_pointee(CXType pt, CXType t)
{
    pt = clang_getCanonicalType(pt);
    CXType to = clang_getCanonicalType(clang_getPointeeType(pt));
    return pt.kind == CXType_Pointer && to.kind != CXType_Void && !clang_equalTypes(to, clang_getCanonicalType(t));
}

static enum CXChildVisitResult argtype_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct argtype_use *u = data;
    /* The type the parameter's value is used as: a cast's (written or implicit) or an
     * initialized variable's. */
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor from = k == CXCursor_VarDecl ? clang_Cursor_getVarDeclInitializer(c)
                    : k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr ? weft__ex_operand(c)
                                                                                  : clang_getNullCursor();
    from = clang_Cursor_isNull(from) ? from : weft__ex_strip(from);
    if (!clang_Cursor_isNull(from) && clang_getCursorKind(from) == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCursorReferenced(from), u->parm))
        u->other |= other_pointee(clang_getCursorType(c), u->want);
    return CXChildVisit_Recurse;
}

/* Whether function def (defined here) reads its parameter i as a pointer to something
 * other than t. */
static int param_reads_as_other(CXCursor def, int i, CXType t)
{
    if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_FunctionDecl ||
        clang_Cursor_getNumArguments(def) <= i)
        return 0;
    CXCursor parm = clang_Cursor_getArgument(def, (unsigned)i);
    if (other_pointee(clang_getCursorType(parm), t))
        return 1;
    struct argtype_use u = {parm, t, 0};
    CXCursor body = weft__ex_fn_body(def);
    if (!clang_Cursor_isNull(body))
        clang_visitChildren(body, argtype_visit, &u);
    return u.other;
}

/* Whether the start routine fnarg (defined here) reads its argument as a pointer to
 * something other than t. */
static int entry_reads_as_other(CXCursor fnarg, CXType t)
{
    CXCursor f = weft__ex_strip(fnarg);
    if (clang_getCursorKind(f) == CXCursor_UnaryOperator)
        f = weft__ex_strip(weft__ex_first_kid(f));
    if (clang_getCursorKind(f) != CXCursor_DeclRefExpr)
        return 0;
    return param_reads_as_other(clang_getCursorDefinition(clang_getCursorReferenced(f)), 0, t);
}

/* &s.b, key k, read as another type than b's (a struct S *: b is S's first member;
 * container_of): some part of all of s ("s~"); else k. */
static const char *member_widened(struct ex *x, CXCursor arg, const char *k)
{
    CXCursor obj = weft__ex_address_of(x, arg);
    if (clang_Cursor_isNull(obj) || (strncmp(k, "g:", 2) && strncmp(k, "o:", 2)) || weft__key_part(k))
        return k;
    CXCursor whole = weft__ex_strip_members(obj);
    const char *wk = "";
    if (clang_equalCursors(whole, weft__ex_strip(obj)))
        return k;
    weft__ex_lval(x, whole, &wk, 0);
    return wk && (!strncmp(wk, "g:", 2) || !strncmp(wk, "o:", 2)) && !weft__key_part(wk) ? weft__ex_cat3(x, wk, "~", "") : k;
}

/* Thread creation (m: where its start function and argument are): a create op with the
 * handle's key, the entry (a function or a slot) and what its argument points at. */
static void create_fill(struct ex *x, CXCursor c, struct weft__op *o, CXCursor h, CXCursor fnarg, CXCursor arg);

static void call_create(struct ex *x, CXCursor c, const struct weft__create_model *m)
{
    CXCursor h = clang_Cursor_getArgument(c, 0);
    CXCursor fnarg = clang_Cursor_getArgument(c, (unsigned)m->fn);
    CXCursor arg = clang_Cursor_getArgument(c, (unsigned)m->arg);
    weft__ex_expr(x, arg, M_READ);
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_CREATE, c);
    if (o) {
        create_fill(x, c, o, h, fnarg, arg);
        /* pthread_create(&t, &attr, ...): an attribute, which may make it detached */
        o->u.create.attr = (unsigned char)(m->fn == 2 && !weft__ex_is_null_ptr(x, clang_Cursor_getArgument(c, 1)));
        CXCursor hl = weft__ex_address_of(x, h);
        o->u.create.htloc = clang_Cursor_isNull(hl) ? "" : weft__ex_tloc_of(x, weft__ex_strip(hl));
        /* (one the TU may have given a stack size or a scheduling policy may fail on every
         * run: whether the thread runs is not known; o is not used past this emit) */
        if (o->u.create.attr && x->attr_may_fail)
            weft__ex_emit_sync(x, c, "create?");
    }
    /* It stores the new thread's id in *h, maybe once the thread runs (POSIX does not say
     * before): a plain store the new thread itself may race with. (After the CREATE op, whose
     * pointer a later emit may move.) */
    if (!weft__ex_is_null_ptr(x, h)) {
        x->create_store = 1;
        weft__ex_pointee(x, h, M_WRITE, 0);
        x->create_store = 0;
    }
}

/* The CREATE op o of call c: the handle, the entry, what the thread is handed. */
static void create_fill(struct ex *x, CXCursor c, struct weft__op *o, CXCursor h, CXCursor fnarg, CXCursor arg)
{
    const char *hk;
    CXCursor hs = weft__ex_strip(h);
    if (clang_getCursorKind(hs) == CXCursor_UnaryOperator)
        hs = weft__ex_first_kid(hs);
    weft__ex_lval(x, weft__ex_strip(hs), &hk, 0);
    if (clang_getCursorKind(weft__ex_strip(hs)) == CXCursor_ArraySubscriptExpr)
        weft__ex_lval(x, weft__ex_strip(weft__ex_first_kid(weft__ex_strip(hs))), &hk, 0);
    /* A wrapper's handle parameter stands for the caller's handle. */
    if (clang_getCursorKind(weft__ex_strip(h)) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(weft__ex_strip(h))) == CXCursor_ParmDecl) {
        char b[24];
        snprintf(b, sizeof(b), "@p%d", weft__ex_param_index(clang_getCursorReferenced(weft__ex_strip(h))));
        hk = weft__ex_cat3(x, b, "", "");
    }
    /* A create wrapper's handle in the fresh object it returns: the caller's variable's. */
    const char *rk = weft__ex_returned_handle(x, h);
    if (rk)
        hk = rk;
    struct weft__create *cr = &o->u.create;
    if (weft__ex_local_handle_changed(x, c, h))
        hk = ""; /* (a.t = t2 before a join: which thread a.t holds is not known) */
    cr->handle = hk;
    weft__ex_handle_index(x, h, &cr->ix);
    cr->in_loop = x->loop_depth > 0;
    cr->distinct = x->loop_depth == 1 ? (unsigned char)distinct_element(x, x->loop, arg) : 0;
    /* The entry's text, then what its argument points at ("n:" for a null pointer):
     * threads given different objects are told apart. */
    const char *ak = weft__ex_is_null_ptr(x, arg) ? "n:" : weft__ex_lock_key(x, arg);
    /* A number given as the argument, (void *)1L, (void *)(intptr_t)N, an enumerator:
     * "*N" by its value, whatever its spelling (weft__pg_arg_const reads it). */
    const char *nk;
    if (strcmp(ak, "n:") && number_key(x, arg, &nk) && *nk == '*')
        ak = nk;
    /* "*l:p", what local p points at, is one object ("h:p") only if p holds one fresh
     * allocation: another local copying p would name the same object differently. */
    if (!strncmp(ak, "*l:", 3)) {
        CXCursor d = clang_getCursorKind(weft__ex_strip(arg)) == CXCursor_DeclRefExpr
                         ? clang_getCursorReferenced(weft__ex_strip(arg))
                         : clang_getNullCursor();
        struct local *l = clang_Cursor_isNull(d) ? NULL : weft__ex_local_of(x, d, 0);
        if (x->loop_depth == 1 && fresh_each_iteration(x, x->loop, d)) {
            ak = weft__ex_cat3(x, "h:", ak + 3, "");
            cr->distinct = 2;
        } else if (!l || l->nsrc != 1 || clang_getCursorKind(l->src) != CXCursor_CallExpr ||
                   !weft__ex_is_alloc_call(x, l->src)) {
            ak = "";
        } else {
            ak = weft__ex_cat3(x, "h:", ak + 3, "");
            /* Outside loops a local given one allocation hands each run of the create its own
             * object, however often the function runs (a launch(fn, arg) wrapper). */
            if (!x->loop_depth && !x->has_goto)
                cr->distinct = 2;
            /* main's, allocated outside loops: main runs once, the one object of the run */
            if (!x->has_goto && !l->addr_taken && !strcmp(x->fn_usr, "c:@F@main") && !in_a_loop(x, l->src))
                weft__ex_fact(x, WEFT__FACT_ONE_HEAP, ak, "");
        }
    }
    /* Each iteration stores its counter into what it hands the thread (ids[i] = i; &ids[i]):
     * the threads read distinct values there. */
    cr->dval = "";
    /* The values handed out: the argument as a number (K * i + B), or the counter stored
     * (by an earlier loop: weft__ex_counter_stored gives them). */
    cr->vstride = 0;
    cr->vlo = 1, cr->vhi = 0;
    cr->vsrc = 0;
    CXCursor cond = clang_getNullCursor(), body = clang_getNullCursor();
    CXCursor iv = cr->distinct && x->loop_depth == 1 ? weft__ex_loop_counter(x, x->loop, &cond, &body) : clang_getNullCursor();
    cr->sarr = "";
    if (!clang_Cursor_isNull(iv) && !weft__ex_modifies(x, cond, iv, 0) && !weft__ex_modifies(x, body, iv, 0) &&
        !weft__ex_modifies(x, x->fn, iv, 1)) {
        cr->dval = weft__ex_counter_stored(x, body, c, arg, iv, cr);
        if (cr->distinct == 2) /* (jobs[i] = j: thread i's own object is what jobs[i] points at) */
            cr->sarr = weft__ex_slot_array_of_create(x, body, iv, c, arg, h);
    }
    if ((cr->distinct == 1 || cr->distinct == 3) && !cr->vstride) {
        CXCursor e = weft__ex_strip(arg);
        enum CXTypeKind ek = clang_getCanonicalType(clang_getCursorType(e)).kind;
        if (!clang_Cursor_isNull(iv) && *cr->dval) {
            weft__ex_counter_value(x, x->loop, iv, clang_getNullCursor(), c, &cr->vstride, &cr->vlo, &cr->vhi);
            cr->vsrc = weft__ex_value_bits(clang_getCursorType(iv));
        } else if (!clang_Cursor_isNull(iv) && ek != CXType_Pointer && ek != CXType_ConstantArray) {
            weft__ex_counter_value(x, x->loop, iv, arg, arg, &cr->vstride, &cr->vlo, &cr->vhi);
            cr->vsrc = weft__ex_value_bits(clang_getCursorType(e));
        }
        /* A computed number K * i + B is told apart only while every thread reading it as an
         * int would: its values known, within an int (i * 2^32 + 1 is 1 as an int). */
        if (cr->distinct == 3 && !(cr->vstride > 0 && cr->vlo <= cr->vhi && cr->vlo >= 0 && cr->vhi <= INT_MAX))
            cr->distinct = 0;
    }
    /* &rec handed to a routine that reads its argument as an int *: it reaches some part of
     * rec (its first field, as &rec.hits does), not rec as a whole. &rec.b read as another
     * type (a struct rec *: b is rec's first member; container_of) may reach all of rec. */
    if ((!strncmp(ak, "g:", 2) || !strncmp(ak, "o:", 2)) && !weft__key_part(ak) &&
        !clang_Cursor_isNull(weft__ex_address_of(x, arg)) &&
        entry_reads_as_other(fnarg, clang_getPointeeType(clang_getCursorType(weft__ex_strip(arg))))) {
        const char *wk = member_widened(x, arg, ak);
        ak = wk != ak ? wk : weft__ex_cat3(x, ak, "~", "");
    }
    cr->entry_text = weft__ex_text_of(x, fnarg);
    cr->arg = ak;
    const char *u = weft__ex_fn_ref(x, fnarg);
    cr->by_slot = !u;
    cr->entry = u ? u : weft__ex_fn_slot(x, fnarg);
    CXCursor fs = weft__ex_strip(fnarg);
    if (!u && clang_getCursorKind(fs) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(fs)) == CXCursor_ParmDecl &&
        !weft__ex_is_changed(x, clang_getCursorReferenced(fs)) && !x->has_goto)
        cr->by_slot = 2;
}

struct handle_use {
    struct ex *x;
    CXCursor var;
    CXType type; /* a handle's (canonical) */
    int escaped;
    int addrs, creates; /* &var anywhere; as a create's (or create wrapper's) handle argument */
};

struct wrapper_use {
    CXCursor parm;
    int uses, as_handle, depth;
};

static int create_wrapper_handle(CXCursor d, int i, int depth);

static enum CXChildVisitResult wrapper_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct wrapper_use *w = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), w->parm))
        w->uses++;
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXCursor d = clang_getCursorReferenced(c);
    CXString s = clang_getCursorSpelling(d);
    const char *n = clang_getCString(s);
    struct weft__create_model m;
    int creates = n && weft__model_thread_create(n, &m);
    clang_disposeString(s);
    int nargs = clang_Cursor_getNumArguments(c);
    for (int j = 0; j < nargs; j++) {
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)j));
        if (clang_getCursorKind(a) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(a), w->parm) &&
            (creates ? j == 0 : create_wrapper_handle(d, j, w->depth + 1)))
            w->as_handle++;
    }
    return CXChildVisit_Recurse;
}

/* Whether function d (defined here) uses its parameter i only as the handle of one thread
 * create, itself or through such a function (my_pthread_create(&t, ...) passing t straight
 * to pthread_create). */
static int create_wrapper_handle(CXCursor d, int i, int depth)
{
    CXCursor def = clang_getCursorKind(d) == CXCursor_FunctionDecl ? clang_getCursorDefinition(d) : clang_getNullCursor();
    if (depth > 4 || clang_Cursor_isNull(def) || i >= clang_Cursor_getNumArguments(def))
        return 0;
    struct wrapper_use w = {clang_Cursor_getArgument(def, (unsigned)i), 0, 0, depth};
    CXCursor body = weft__ex_fn_body(def);
    if (clang_Cursor_isNull(body))
        return 0;
    clang_visitChildren(body, wrapper_visit, &w);
    return w.uses == 1 && w.as_handle == 1;
}

/* Whether e is var or an element of it. */
static int handle_is(CXCursor e, CXCursor var)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_GenericSelectionExpr) {
        /* _Generic(0, int: t) = b: any association may be the one */
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int any = 0;
        for (unsigned i = 1; i < kk.n && !any; i++)
            any = clang_isExpression(clang_getCursorKind(kk.p[i])) && handle_is(kk.p[i], var);
        weft__ex_kids_free(&kk);
        return any;
    }
    if (clang_getCursorKind(e) == CXCursor_ArraySubscriptExpr)
        e = weft__ex_strip(weft__ex_first_kid(e));
    return weft__ex_is_var(e, var);
}

/* A call other than a thread create given &var (or &var[i]): it may store another thread's
 * id there (a wrapper the pass follows may too: the handle's threads are then not all known);
 * so may an assignment to var (a = b: joining a then joins b's thread). */
static enum CXChildVisitResult handle_use_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct handle_use *u = data;
    /* t1 += t2 - t1, t ^= x, ++t: another value too */
    CXCursor st = weft__ex_store_target(u->x, c, WEFT__STORE_WRITE);
    if (!clang_Cursor_isNull(st) && clang_getCursorKind(c) != CXCursor_BinaryOperator && handle_is(st, u->var)) {
        u->escaped = 1;
        return CXChildVisit_Break;
    }
    if (clang_getCursorKind(c) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        u->escaped = kk.n == 2 && handle_is(kk.p[0], u->var) &&
                     clang_equalTypes(clang_getCanonicalType(clang_getCursorType(kk.p[0])), u->type) &&
                     weft__ex_binop_is(u->x, kk.p[0], kk.p[1], "=");
        weft__ex_kids_free(&kk);
        return u->escaped ? CXChildVisit_Break : CXChildVisit_Recurse;
    }
    /* &var: counted; each must be a create's handle argument (below), else a pointer to the
     * handle may store another thread's id in it (p = &t; *p = other; pthread_create(p, ...)) */
    if (clang_getCursorKind(c) == CXCursor_UnaryOperator) {
        CXCursor in = weft__ex_address_of(u->x, c);
        if (!clang_Cursor_isNull(in) && handle_is(in, u->var))
            u->addrs++;
        return CXChildVisit_Recurse;
    }
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXCursor d = clang_getCursorReferenced(c);
    struct weft__create_model m;
    CXString s = clang_getCursorSpelling(d);
    const char *n = clang_getCString(s);
    int creates = n && weft__model_thread_create(n, &m);
    clang_disposeString(s);
    int nargs = clang_Cursor_getNumArguments(c);
    for (int i = 0; i < nargs && !u->escaped; i++) {
        CXCursor in = weft__ex_address_of(u->x, clang_Cursor_getArgument(c, (unsigned)i));
        int mine = !clang_Cursor_isNull(in) && handle_is(in, u->var);
        /* (a create's handle argument, where it stores this thread's id; or its argument for
         * the thread, handed its own handle's address) */
        if (mine && ((creates && (i == 0 || i == m.arg)) || (!creates && create_wrapper_handle(d, i, 0))))
            u->creates++;
        else if (mine && !creates)
            u->escaped = 1;
    }
    return u->escaped ? CXChildVisit_Break : CXChildVisit_Recurse;
}

struct through_use {
    struct ex *x;
    CXCursor d;
    int found;
    unsigned after; /* calls from here on come after the join (no loop or goto back): ~0u none */
};

/* The base variable of an lvalue reached through members, elements and dereferences. */
static CXCursor lvalue_base(CXCursor e)
{
    for (int depth = 0; depth < 16; depth++) {
        e = weft__ex_strip(e);
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr)
            return clang_getCursorReferenced(e);
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
            break;
        e = weft__ex_first_kid(e);
    }
    return clang_getNullCursor();
}

/* A store through pointer parameter u->d (*tp = h, tp[0] = h), or u->d handed to a call
 * other than a join (which may store through it). */
static enum CXChildVisitResult through_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct through_use *u = data;
    CXCursor target = weft__ex_store_target(u->x, c, WEFT__STORE_WRITE);
    CXCursor b = clang_Cursor_isNull(target) ? target : lvalue_base(target);
    if (!clang_Cursor_isNull(b) && clang_equalCursors(b, u->d) &&
        clang_getCursorKind(weft__ex_strip(target)) != CXCursor_DeclRefExpr)
        u->found = 1;
    unsigned line, col, off = 0;
    if (clang_getCursorKind(c) == CXCursor_CallExpr && u->after != ~0u)
        weft__ex_loc_of(u->x, clang_getRangeStart(clang_getCursorExtent(c)), &line, &col, &off);
    /* (a call after the join, free(t) as join_(t) ends, hands on what was joined already) */
    if (clang_getCursorKind(c) == CXCursor_CallExpr && !weft__model_thread_join(weft__ex_name_of(u->x, clang_getCursorReferenced(c))) &&
        (u->after == ~0u || off < u->after)) {
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n && !u->found; i++) {
            CXCursor a = lvalue_base(clang_Cursor_getArgument(c, (unsigned)i));
            u->found = !clang_Cursor_isNull(a) && clang_equalCursors(a, u->d);
        }
    }
    return u->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* A join: a join op with the handle's key (an array of handles: the array's). */
static void call_join(struct ex *x, CXCursor c, int nargs)
{
    /* The handle is read (a global one another thread writes races with it). */
    weft__ex_expr(x, clang_Cursor_getArgument(c, 0), M_READ);
    CXCursor h = weft__ex_strip(clang_Cursor_getArgument(c, 0));
    struct weft__hindex ix;
    weft__ex_handle_index(x, h, &ix);
    /* A join loop a return may leave (if (quick) return;) joins only some, but in main, where
     * the return ends the program (what follows runs only after every join). */
    const char *fname = weft__ex_name_of(x, x->fn);
    if (ix.kind == WEFT__HANDLE_RANGE && x->loop_depth && strcmp(fname, "main") && weft__ex_returns(x->loop) > 0)
        ix.kind = WEFT__HANDLE_UNKNOWN;
    const char *ixvar = weft__ex_subscript_var(x, h);
    /* (t[i] after the join, the joined thread's own element: only while t[k] keeps the
     * thread created into it) */
    if (*ixvar && !weft__ex_handles_indexed_only(x, h))
        ixvar = "";
    if (clang_getCursorKind(h) == CXCursor_ArraySubscriptExpr)
        h = weft__ex_strip(weft__ex_first_kid(h));
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_JOIN, c);
    if (o) {
        weft__ex_lval(x, h, &o->u.join.handle, 0);
        o->u.join.ix = ix;
        o->u.join.ixvar = ixvar;
        /* Through a pointer parameter (join(*tp), join(ts[i])): the caller's handles, unless
         * this function stores through it or hands it on (*tp = other): then not known. */
        CXCursor pd = lvalue_base(h);
        if (clang_getCursorKind(pd) == CXCursor_ParmDecl &&
            clang_getCanonicalType(clang_getCursorType(pd)).kind == CXType_Pointer) {
            struct through_use tu = {x, pd, 0, ~0u};
            unsigned line, col;
            if (!x->loop_depth && !x->has_goto)
                weft__ex_loc_of(x, clang_getRangeEnd(clang_getCursorExtent(c)), &line, &col, &tu.after);
            clang_visitChildren(x->fn, through_visit, &tu);
            if (tu.found)
                o->u.join.ix.kind = WEFT__HANDLE_UNKNOWN, o->u.join.handle = "";
        }
        /* A handle whose address this function hands to another call (foo(&id)), or that it
         * assigns (a = b), may hold another thread's id by now: which threads the join ends
         * is not known. */
        if (clang_getCursorKind(h) == CXCursor_DeclRefExpr) {
            struct handle_use u = {x, clang_getCursorReferenced(h),
                                   clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(c, 0))), 0, 0, 0};
            clang_visitChildren(x->fn, handle_use_visit, &u);
            /* (it may hold any thread's id: a join of a handle not followed) */
            if (u.escaped || u.addrs > u.creates)
                o->u.join.ix.kind = WEFT__HANDLE_UNKNOWN, o->u.join.handle = "";
            /* A join wrapper's handle parameter (wait_for(pthread_t t) { pthread_join(t, 0); })
             * is the caller's handle: "@pN", which the caller's argument names. */
            CXCursor d = clang_getCursorReferenced(h);
            if (!u.escaped && clang_getCursorKind(d) == CXCursor_ParmDecl && !weft__ex_is_changed(x, d) &&
                !weft__ex_modifies(x, x->fn, d, 1)) {
                char b[8];
                snprintf(b, sizeof(b), "@p%d", weft__ex_param_index(d));
                if (weft__key_param(b) >= 0)
                    o->u.join.handle = weft__ex_cat3(x, b, "", "");
            }
        }
    }
    if (nargs >= 2)
        weft__ex_expr(x, clang_Cursor_getArgument(c, 1), M_READ);
}

struct fnfields {
    int found, depth, hops;
};

static enum CXVisitorResult fn_field(CXCursor fld, CXClientData d);

/* Whether a value of type t is a function pointer, or a pointer to (or a) struct holding one
 * (struct sigevent's callback is a union's struct's field). depth counts the records nested
 * in one another (by value: finite), hops the pointers followed (each multiplies the fields
 * to look at). */
static int holds_fn_at(CXType t, int depth, int hops)
{
    t = clang_getCanonicalType(t);
    if (depth > 12 || hops > 3)
        return 0;
    if (t.kind == CXType_Pointer) {
        CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
        if (pt.kind == CXType_FunctionProto || pt.kind == CXType_FunctionNoProto)
            return 1;
        return pt.kind == CXType_Record && holds_fn_at(pt, depth + 1, hops + 1);
    }
    if (t.kind == CXType_Record) {
        struct fnfields v = {0, depth, hops};
        clang_Type_visitFields(t, fn_field, &v);
        return v.found;
    }
    return 0;
}

static int holds_fn(CXType t)
{
    return holds_fn_at(t, 0, 0);
}

/* A function argument that hands over no function at all: a null pointer
 * (pthread_key_create(&k, NULL)) or a number (SIG_IGN, SIG_DFL). (A function of the C
 * library may still touch the program's memory there: free as a key's destructor frees
 * what the thread set, exit as a signal handler runs the destructors.) */
static int no_function(struct ex *x, CXCursor a)
{
    CXCursor e = weft__ex_strip(a);
    return weft__ex_is_null_ptr(x, a) || clang_getCursorKind(e) == CXCursor_IntegerLiteral;
}

static enum CXVisitorResult fn_field(CXCursor fld, CXClientData d)
{
    struct fnfields *v = d;
    CXType ft = clang_getCanonicalType(clang_getCursorType(fld));
    v->found |= (ft.kind == CXType_Pointer || ft.kind == CXType_Record) && holds_fn_at(ft, v->depth + 1, v->hops);
    return v->found ? CXVisit_Break : CXVisit_Continue;
}

/* The value of length argument n (a constant expression), -1 when not known. */
static long len_value(CXCursor n)
{
    long v;
    return !clang_Cursor_isNull(n) && weft__ex_eval_int(weft__ex_strip(n), &v) && v >= 0 ? v : -1;
}

/* What length v (-1 not known) of memset/memcpy/memmove covers of the object dst points at
 * (or of the array dst is): 1 all of it (its size or more). *exact: v is the pointee's size
 * (from &a[2], more runs over into a[3], ...); *elems: v is that many pointees (else 0). */
static int size_covers(CXCursor dst, long v, int *exact, int *elems)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(dst)));
    long long psize = t.kind == CXType_Pointer ? clang_Type_getSizeOf(clang_getPointeeType(t)) : -1;
    long long size = psize > 0 ? psize : weft__ex_is_array_type(t) ? clang_Type_getSizeOf(t) : -1;
    *exact = psize > 0 && v == psize;
    *elems = psize > 0 && v > 0 && v % psize == 0 && v / psize < (1 << 20) ? (int)(v / psize) : 0;
    return size > 0 && v >= size;
}

/* Length v given with dst, a pointer to a struct, when it is known and covers only the
 * struct's first bytes (write(fd, &h, sizeof h.magic), memcpy(&d, &s, offsetof(struct s,
 * lock))): v (the fields there are what the call reaches); else 0. */
static long struct_prefix(CXCursor dst, long v)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(dst)));
    if (t.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_Record)
        return 0;
    long long size = clang_Type_getSizeOf(clang_getPointeeType(t));
    return v > 0 && v < size ? v : 0;
}

/* Length v known to cover less than what dst points at, which is not a struct (write(fd,
 * arr, 4) of long arr[4]): which of it is reached, not known. */
static int short_of(CXCursor dst, long v)
{
    int exact, elems;
    return v >= 0 && !size_covers(dst, v, &exact, &elems) && !struct_prefix(dst, v);
}

/* dst is &X.f (or &p->f) and length v runs past f (memset(&s.tx, 0, sizeof s.tx + sizeof
 * s.err)): the fields of X in those bytes from f's, accessed with mode; 1 when done so. */
static int member_overrun(struct ex *x, CXCursor dst, long v, int mode)
{
    CXCursor m = weft__ex_address_of(x, dst);
    if (clang_Cursor_isNull(m) || clang_getCursorKind(m = weft__ex_strip(m)) != CXCursor_MemberRefExpr)
        return 0;
    long long fsize = clang_Type_getSizeOf(clang_getCursorType(m));
    long long off = clang_Cursor_getOffsetOfField(clang_getCursorReferenced(m));
    CXCursor base = weft__ex_first_kid(m);
    if (v < 0 || fsize <= 0 || v <= fsize || off < 0 || off % 8 || clang_Cursor_isNull(base))
        return 0;
    /* (past the end of a nested struct, &cur.hdr.flags: the struct around that one) */
    for (int depth = 0; depth < 8; depth++) {
        CXCursor up = weft__ex_strip(base);
        long long bsize = clang_Type_getSizeOf(clang_getCursorType(up));
        long long uoff = clang_getCursorKind(up) == CXCursor_MemberRefExpr
                             ? clang_Cursor_getOffsetOfField(clang_getCursorReferenced(up)) : -1;
        if (bsize <= 0 || off / 8 + v <= bsize || uoff < 0 || uoff % 8 || clang_Cursor_isNull(weft__ex_first_kid(up)))
            break;
        off += uoff;
        base = weft__ex_first_kid(up);
    }
    x->byte_from = (long)(off / 8);
    x->byte_limit = v;
    if (clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind == CXType_Pointer)
        weft__ex_pointee(x, base, mode, 0);
    else
        weft__ex_lvalue(x, base, mode, 0);
    x->byte_from = x->byte_limit = 0;
    return 1;
}

/* An argument of a thread API call that is one of the API's objects (a pointer to a
 * pthread_mutex_t, sem_t, pthread_attr_t ..., or one by value), or not a pointer at all. */
static int sync_object_arg(struct ex *x, CXCursor arg)
{
    CXType t = clang_getCursorType(arg);
    CXType ct = clang_getCanonicalType(t);
    if (ct.kind != CXType_Pointer)
        return 1;
    CXType pt = clang_getPointeeType(t);
    while (pt.kind == CXType_Typedef || pt.kind == CXType_Elaborated) {
        CXString s = clang_getTypeSpelling(pt);
        const char *n = clang_getCString(s);
        int sync = n && (weft__model_sync_object_type(n) ||
                         (!strncmp(n, "const ", 6) && weft__model_sync_object_type(n + 6)));
        clang_disposeString(s);
        if (sync)
            return 1;
        CXType next = pt.kind == CXType_Typedef ? clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(pt))
                                                : clang_Type_getNamedType(pt);
        if (next.kind == CXType_Invalid || clang_equalTypes(next, pt))
            break;
        pt = next;
    }
    (void)x;
    enum CXTypeKind k = clang_getCanonicalType(pt).kind;
    /* (a void * the API keeps, a key's value; a function, a destructor or start routine) */
    return k == CXType_Void || k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

struct vawrap {
    struct ex *x;
    int kind, depth;
};

static int va_wrapper_at(struct ex *x, CXCursor d, int depth);

static enum CXChildVisitResult vawrap_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct vawrap *v = data;
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXCursor f = clang_getCursorReferenced(c);
    int given = 0; /* (is it handed the va_list?) */
    for (int i = 0; !given && i < clang_Cursor_getNumArguments(c); i++) {
        CXString s = clang_getTypeSpelling(clang_getCursorType(weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)i))));
        const char *t = clang_getCString(s);
        given = t && strstr(t, "va_list");
        clang_disposeString(s);
    }
    if (!given)
        return CXChildVisit_Recurse;
    /* (a function of the program given the va_list, scan_v(s, fmt, ap): what it does with
     * it, 3 deep; past that, through a function pointer, or kept elsewhere by va_copy, not
     * known: as v*scanf, whose writes are possible ones) */
    int fn = clang_getCursorKind(f) == CXCursor_FunctionDecl;
    const char *n = fn ? weft__ex_name_of(v->x, f) : "";
    int defined = fn && !clang_Cursor_isNull(clang_getCursorDefinition(f));
    int kind = !fn ? 1
               : defined ? (v->depth < 3 ? va_wrapper_at(v->x, f, v->depth + 1) : 1)
               : strstr(n, "scanf") ? 1
               : strstr(n, "printf") ? 2
               : !strcmp(n, "__builtin_va_start") || !strcmp(n, "__builtin_va_end") ? 0
               : !strcmp(n, "__builtin_va_copy") && clang_Cursor_getNumArguments(c) == 2 &&
                       !clang_Cursor_isNull(weft__ex_local_decl(clang_Cursor_getArgument(c, 0)))
                   ? 0
                   : 1;
    if (kind && (!v->kind || kind == 1))
        v->kind = kind;
    return CXChildVisit_Recurse;
}

/* Whether d, a variadic function of the program, hands its va_list to the C library's
 * v*scanf (1: what its variadic pointers point at is written) or v*printf (2: read, as
 * printf reads its "%s" arguments), itself or through functions of the program it hands
 * the va_list to (va_wrapper_at, 3 deep at most); else 0. */
static int va_wrapper_at(struct ex *x, CXCursor d, int depth)
{
    CXCursor def = clang_getCursorDefinition(d);
    if (clang_Cursor_isNull(def))
        return 0;
    struct vawrap v = {x, 0, depth};
    clang_visitChildren(def, vawrap_visit, &v);
    return v.kind;
}

static int va_wrapper(struct ex *x, CXCursor d)
{
    if (!clang_isFunctionTypeVariadic(clang_getCanonicalType(clang_getCursorType(d))))
        return 0;
    return va_wrapper_at(x, d, 0);
}

/* Argument i of a call of d, a function with no body here, that the callee reads through:
 * a string or bytes it takes as const char * or const void * (strlen(s), strcmp(a, b),
 * write(fd, buf, n), fputs(s, f)), or a char * given to a variadic function (printf's
 * "%s"). */
static int reads_through_arg(CXCursor d, CXCursor a, int i, int vwrap)
{
    if (!clang_Cursor_isNull(clang_getCursorDefinition(d)) && vwrap != 2)
        return 0;
    CXType ft = clang_getCanonicalType(clang_getCursorType(d));
    int nparams = clang_getNumArgTypes(ft);
    if (i >= nparams && !clang_isFunctionTypeVariadic(ft))
        return 0;
    CXType t = clang_getCanonicalType(i < nparams ? clang_getArgType(ft, (unsigned)i) : clang_getCursorType(weft__ex_strip(a)));
    if (t.kind != CXType_Pointer)
        return 0;
    CXType pt = clang_getPointeeType(t);
    enum CXTypeKind k = clang_getCanonicalType(pt).kind;
    int bytes = weft__ex_char_kind(k) || k == CXType_Void;
    return bytes && (i >= nparams ? k != CXType_Void : clang_isConstQualifiedType(pt));
}

/* The length call c of d gives (its first size_t argument, times the next when that is one
 * too: fwrite(p, size, nmemb, f)), -1 when not known; *has whether it gives one. */
static long call_len(CXCursor c, CXCursor d, int *has)
{
    CXType ft = clang_getCanonicalType(clang_getCursorType(d));
    int n = clang_getNumArgTypes(ft), nargs = clang_Cursor_getNumArguments(c);
    *has = 0;
    for (int j = 0; j < n && j < nargs; j++)
        if (clang_getCanonicalType(clang_getArgType(ft, (unsigned)j)).kind == CXType_ULong) {
            long v = len_value(clang_Cursor_getArgument(c, (unsigned)j)), w = 1;
            *has = 1;
            if (j + 1 < n && j + 1 < nargs && clang_getCanonicalType(clang_getArgType(ft, (unsigned)j + 1)).kind == CXType_ULong)
                w = len_value(clang_Cursor_getArgument(c, (unsigned)j + 1));
            return v < 0 || w < 0 || (w && v > (1L << 40) / w) ? -1 : v * w;
        }
    return -1;
}

/* Argument a is &v or an array by name (v, s.buf): what it reaches is read or written as an
 * object (call_direct's loop over such arguments), not as a pointer value. */
static int addr_or_array(struct ex *x, CXCursor a)
{
    if (!clang_Cursor_isNull(weft__ex_address_of(x, a)))
        return 1;
    return weft__ex_is_array_type(clang_getCursorType(a)) &&
           (clang_getCursorKind(a) == CXCursor_DeclRefExpr || clang_getCursorKind(a) == CXCursor_MemberRefExpr);
}

/* What argument a of call c of d points at, read with the call's length (size_arg): some of
 * it where the length may not cover it (write(fd, &h, sizeof h.magic)). */
static void read_pointee(struct ex *x, CXCursor c, CXCursor d, CXCursor a)
{
    int exact = 1, elems = 0, has;
    long v = call_len(c, d, &has);
    if (has && member_overrun(x, a, v, M_READ))
        return;
    if (has) {
        size_covers(a, v, &exact, &elems);
        x->byte_limit = struct_prefix(a, v);
        x->partial_write = short_of(a, v);
    }
    x->span_access = !exact;
    weft__ex_pointee(x, a, M_READ, 0);
    x->span_access = x->partial_write = 0;
    x->byte_limit = 0;
}

/* A size_t argument of call c given as 0 (write(fd, buf, 0), memcmp(a, b, 0)): it reads
 * nothing through its pointers. */
static int zero_size(struct ex *x, CXCursor c, CXCursor d)
{
    CXType ft = clang_getCanonicalType(clang_getCursorType(d));
    int n = clang_getNumArgTypes(ft), nargs = clang_Cursor_getNumArguments(c);
    long v;
    for (int j = 0; j < n && j < nargs; j++) {
        CXType pt = clang_getCanonicalType(clang_getArgType(ft, (unsigned)j));
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)j));
        /* (or a local whose one value is 0: size_t queued = 0; write(fd, buf, queued)) */
        CXCursor ld = weft__ex_local_decl(a);
        if (clang_getCursorKind(ld) == CXCursor_VarDecl && !weft__ex_is_changed(x, ld) &&
            !clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(ld)))
            a = clang_Cursor_getVarDeclInitializer(ld);
        /* (or a constant expression of value 0: TRACE ? sizeof(x) : 0 with TRACE 0) */
        if (pt.kind == CXType_ULong && (weft__ex_int_lit(x, a, &v) || weft__ex_eval_int(a, &v)) && v == 0)
            return 1;
    }
    return 0;
}

/* The string literals argument a may be (at most max, into lit): a literal, either side of
 * c ? "a%n" : "b", an element of a constant table of literals (formats[i], formats a const
 * array initialized with literals only); 0 when it may be anything else. */
static int format_literals(struct ex *x, CXCursor a, CXCursor *lit, int max, int depth)
{
    a = weft__ex_strip(a);
    enum CXCursorKind k = clang_getCursorKind(a);
    /* (a local given one value, const char *f = col_fmt[i & 1]: that value) */
    CXCursor ld = k == CXCursor_DeclRefExpr ? weft__ex_local_decl(a) : clang_getNullCursor();
    struct local *l = clang_getCursorKind(ld) == CXCursor_VarDecl ? weft__ex_local_of(x, ld, 0) : NULL;
    if (l && l->nsrc == 1 && !clang_Cursor_isNull(l->src) && !weft__ex_is_changed(x, ld) && depth < 4)
        return format_literals(x, l->src, lit, max, depth + 1);
    if (k == CXCursor_StringLiteral) {
        lit[0] = a;
        return 1;
    }
    struct kids kk;
    weft__ex_kids_get(a, &kk);
    int n = 0;
    if (k == CXCursor_ConditionalOperator && kk.n == 3) {
        n = format_literals(x, kk.p[1], lit, max, depth + 1);
        int m = n ? format_literals(x, kk.p[2], lit + n, max - n, depth + 1) : 0;
        n = m ? n + m : 0;
    } else if (k == CXCursor_ArraySubscriptExpr && kk.n == 2) {
        CXCursor b = weft__ex_strip(kk.p[0]), d = clang_getCursorReferenced(b);
        CXType dt = clang_getCursorType(d), et = clang_getArrayElementType(dt);
        CXCursor init = clang_getCursorKind(d) == CXCursor_VarDecl ? clang_Cursor_getVarDeclInitializer(d)
                                                                  : clang_getNullCursor();
        /* (the table's entries never change: its elements are const) */
        if (clang_getCursorKind(b) == CXCursor_DeclRefExpr &&
            (clang_isConstQualifiedType(et) || clang_isConstQualifiedType(clang_getCanonicalType(dt))) &&
            clang_getCursorKind(init) == CXCursor_InitListExpr) {
            struct kids in;
            weft__ex_kids_get(init, &in);
            /* (fmts[MODE_PLAIN], a constant index: that entry; designated initializers aside) */
            long k;
            int designated = 0;
            for (unsigned i = 0; i < in.n; i++)
                designated |= clang_getCursorKind(in.p[i]) != CXCursor_StringLiteral &&
                              clang_getCursorKind(weft__ex_strip(in.p[i])) != CXCursor_StringLiteral;
            if (!designated && weft__ex_eval_int(kk.p[1], &k) && k >= 0 && (unsigned long)k < in.n) {
                lit[0] = weft__ex_strip(in.p[k]);
                n = 1;
            } else {
                for (unsigned i = 0; i < in.n && n >= 0; i++)
                    n = n < max && clang_getCursorKind(weft__ex_strip(in.p[i])) == CXCursor_StringLiteral
                            ? (lit[n] = weft__ex_strip(in.p[i]), n + 1)
                            : -1;
            }
            weft__ex_kids_free(&in);
            n = n > 0 ? n : 0;
        }
    }
    weft__ex_kids_free(&kk);
    return n;
}

/* Whether a call of name (or a wrapper, vw 2) formats its variadic arguments as printf does. */
static int past_printf(const char *name, int vw)
{
    return vw == 2 || strstr(name, "printf") || !strcmp(name, "syslog") || !strcmp(name, "err") ||
           !strcmp(name, "errx") || !strcmp(name, "warn") || !strcmp(name, "warnx") || !strcmp(name, "error");
}

/* What a printf-like call c does through its argument i, past the prototype's nparams, by
 * the conversion each format it may be (format_literals) gives that argument: 1 reads a
 * string (%s), 2 writes a count (%n, in every format), 4 may write one (%n in some); 0
 * neither (%p, %d...); -1 when not known (no literal format, a positional %1$s). */
static int arg_conv(struct ex *x, CXCursor c, int nparams, int i)
{
    for (int j = 0; j < nparams && j < clang_Cursor_getNumArguments(c); j++) {
        CXCursor lit[16];
        int nlit = format_literals(x, clang_Cursor_getArgument(c, (unsigned)j), lit, 16, 0);
        if (!nlit)
            continue;
        int str = 0, nall = 1, nsome = 0;
        for (int l = 0; l < nlit; l++) {
            const char *f = weft__ex_name_of(x, lit[l]);
            int at = j + 1, conv = 0; /* (the argument the next conversion takes) */
            for (const char *q = strchr(f, '%'); q; q = strchr(q, '%')) {
                q++;
                if (*q == '%') {
                    q++;
                    continue;
                }
                size_t dn = strspn(q, "0123456789");
                if (q[dn] == '$')
                    return -1; /* (positional arguments: not followed) */
                q += strspn(q, "-+ #0'");
                if (*q == '*')
                    at++, q++;
                q += strspn(q, "0123456789");
                if (*q == '.') {
                    q++;
                    if (*q == '*')
                        at++, q++;
                    q += strspn(q, "0123456789");
                }
                q += strspn(q, "hlLqjzt");
                if (!*q)
                    break;
                if (*q == 'm')
                    continue; /* (glibc's %m prints strerror(errno): no argument) */
                if (at == i)
                    conv = *q;
                at++;
            }
            str |= conv == 's' || conv == 'S';
            nall &= conv == 'n';
            nsome |= conv == 'n';
        }
        return str | (nall ? 2 : nsome ? 4 : 0);
    }
    return -1;
}

/* Any other call to function d: its arguments (read, or what they point at written or read
 * as the model says), the binds of its parameters, then a call op with the arguments' lock
 * keys and the call's annotations. */
static void call_direct(struct ex *x, CXCursor c, CXCursor d, const char *name, int nargs)
{
    x->libc_call = 1;
    unsafe_call(x, c, name);
    x->libc_call = 0;
    int w0 = weft__model_writes_arg0(name), r1 = weft__model_reads_arg1(name);
    int vwrap = va_wrapper(x, d); /* (a v*scanf/v*printf wrapper: its variadic pointers, as theirs) */
    int sized = nargs >= 3 && (!strcmp(name, "memset") || !strcmp(name, "memcpy") || !strcmp(name, "memmove"));
    if (nargs >= 2 && weft__model_copies(name)) {
        /* Copying what may hold pointers links the source's root to the destination's. */
        CXCursor src = weft__ex_strip(clang_Cursor_getArgument(c, 1));
        CXType pt = clang_getCanonicalType(clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(src))));
        if (pt.kind == CXType_Record || pt.kind == CXType_Pointer || pt.kind == CXType_Void) {
            const char *g1 = weft__ex_groot(x, clang_Cursor_getArgument(c, 0), 0), *g2 = weft__ex_groot(x, src, 0);
            if (!g1 || !g2 || strcmp(g1, g2))
                weft__ex_fact(x, WEFT__FACT_ROOTS, "", "");
        }
    }
    const char *usr = weft__ex_usr_of(x, d);
    struct weft__op call;
    weft__op_init(&call, WEFT__OP_CALL);
    call.u.call.usr = usr;
    call.u.call.name = name;
    call.u.call.nargs = nargs < WEFT__MAX_ARGS ? nargs : WEFT__MAX_ARGS;
    call.u.call.arg = weft__args_new(x->A, call.u.call.nargs);
    if (call.u.call.nargs && !call.u.call.arg) {
        x->oom = 1;
        return;
    }
    for (int i = 0; i < nargs; i++) {
        CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
        call.u.call.passes_fn |= (unsigned char)(holds_fn(clang_getCursorType(a)) && !no_function(x, a));
        if (i == 0 && w0 && strcmp(name, "free") && strcmp(name, "realloc") && zero_size(x, c, d)) {
            weft__ex_expr(x, a, M_READ); /* (snprintf(buf, 0, ...), memset(p, 0, 0): writes nothing) */
        } else if (i == 0 && w0) {
            /* free(p) and realloc(p, n) take the start of an allocation: exactly p's object. */
            x->whole_alloc = !strcmp(name, "free") || !strcmp(name, "realloc");
            /* memset(&s, 0, n), memcpy(&s, src, n): all of s only when n is its size; else some
             * of its fields, which ones not known (possible races). */
            /* Through an element's address, more than that element: which ones not known. */
            int exact = 0;
            long n = sized ? len_value(clang_Cursor_getArgument(c, 2)) : -1;
            x->partial_write = sized && !size_covers(a, n, &exact, &x->span_elems);
            /* (of a struct's first bytes: the fields there, each written) */
            x->byte_limit = sized ? struct_prefix(a, n) : 0;
            x->partial_write &= !x->byte_limit;
            x->span_access = sized && !exact;
            /* (a string's functions write up to its end, bzero its size: past an element) */
            x->span_scalar = !sized && !x->whole_alloc && !weft__model_sync_api(name) && strcmp(name, "tss_create");
            x->plain_store = 1; /* memset of an _Atomic object is a plain write of its bytes */
            if (!sized || !member_overrun(x, a, n, M_WRITE))
                weft__ex_pointee(x, a, M_WRITE, 0);
            CXCursor w = weft__ex_address_of(x, a);
            if (!clang_Cursor_isNull(w))
                weft__ex_assume_word_written(x, c, w); /* memset(&g, 0, ...) may clear an assume lock */
            x->whole_alloc = x->partial_write = x->span_access = x->span_elems = x->plain_store = x->span_scalar = 0;
            x->byte_limit = 0;
        } else if (i == 1 && r1) {
            int exact = 0;
            long n = sized ? len_value(clang_Cursor_getArgument(c, 2)) : -1;
            if (sized) {
                size_covers(a, n, &exact, &x->span_elems);
                x->byte_limit = struct_prefix(a, n);
                x->partial_write = short_of(a, n);
            }
            x->span_access = sized && !exact;
            x->span_scalar = !sized; /* strcpy's source: up to its end */
            x->plain_store = 1; /* (a plain read too) */
            if (!sized || !member_overrun(x, a, n, M_READ))
                weft__ex_pointee(x, a, M_READ, 0);
            x->span_access = x->span_elems = x->plain_store = x->span_scalar = x->partial_write = 0;
            x->byte_limit = 0;
        } else {
            weft__ex_expr(x, a, M_READ);
            CXType ft = clang_getCanonicalType(clang_getCursorType(d));
            int past = clang_isFunctionTypeVariadic(ft) && i >= clang_getNumArgTypes(ft);
            /* (what the format's conversion for it does: printf("%s%n", s, &len) reads s,
             * writes len; with one of several formats, c ? "%n" : "", it may write, as a call
             * not analyzed may; "%p" reaches nothing) */
            /* (a format not known, fprintf(out, g_fmt, &len): an int * there may be a %n's) */
            int cv = past && !strstr(name, "scanf") ? arg_conv(x, c, clang_getNumArgTypes(ft), i) : -1;
            CXType at = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
            enum CXTypeKind ak = clang_getCanonicalType(clang_getPointeeType(at)).kind;
            int count_ptr = weft__ex_integer_kind(ak) && !weft__ex_char_kind(ak) && ak != CXType_Bool &&
                            ak != CXType_WChar && ak != CXType_Char16 && ak != CXType_Char32 && ak != CXType_UInt128;
            if (past && (clang_Cursor_isNull(clang_getCursorDefinition(d)) || vwrap == 2) &&
                !weft__ex_is_null_ptr(x, a) && at.kind == CXType_Pointer && !strstr(name, "scanf") &&
                ((cv > 0 && (cv & 6)) || (cv < 0 && count_ptr))) {
                x->lib_ext = 1; /* (an EXT access made before the call's op: not the previous call's) */
                weft__ex_pointee(x, a, cv > 0 && (cv & 2) ? M_WRITE : M_EXT, 0);
                x->lib_ext = 0;
            } else if (!weft__model_sync_api(name) && !weft__ex_is_null_ptr(x, a) && !addr_or_array(x, a) &&
                       reads_through_arg(d, a, i, past ? vwrap : 0) && !zero_size(x, c, d) &&
                       !(past && cv >= 0 && !(cv & 1))) {
                /* (a pointer value; &x and arrays: the loop below) */
                x->span_scalar = x->plain_store = 1; /* (up to its end) */
                read_pointee(x, c, d, a);
                x->span_scalar = x->plain_store = 0;
            }
        }
        char b[24];
        snprintf(b, sizeof(b), "#%d", i);
        weft__ex_bind_value(x, weft__ex_cat3(x, "p:", usr, b), a);
        if (i < 4) {
            const char *k = weft__ex_lock_key(x, a);
            if (i == 0 && weft__model_once(name) && weft__ex_thread_local_object(x, a))
                k = ""; /* a thread-local once object: each thread runs the routine once */
            long jv;
            if (i == 1 && weft__model_longjmp(name) && weft__ex_int_lit(x, a, &jv)) {
                char b[24];
                snprintf(b, sizeof(b), "=%ld", jv ? jv : 1); /* longjmp(env, 0) makes setjmp return 1 */
                k = weft__ex_cat3(x, b, "", "");
            }
            if (!strncmp(k, "*l:", 3) && clang_getCursorKind(weft__ex_strip(a)) == CXCursor_DeclRefExpr &&
                weft__ex_fresh_local(x, clang_getCursorReferenced(weft__ex_strip(a))))
                k = weft__ex_cat3(x, "h:", k + 3, ""); /* the fresh object, as a thread's argument names it */
            /* &r of a private local, given to a function of this TU that keeps nothing of it
             * (CAS(&w, 0, 1, &r)): what it accesses through it is nobody else's ("q:"). */
            CXCursor pdef = clang_getCursorDefinition(d);
            int q;
            if (!strncmp(k, "l:", 2) && !clang_Cursor_isNull(pdef) && weft__ex_param_class(x, pdef, i, &q) == 0)
                k = weft__ex_cat3(x, "q:", k + 2, "");
            if (param_reads_as_other(pdef, i, clang_getPointeeType(clang_getCursorType(weft__ex_strip(a)))))
                k = member_widened(x, a, k);
            /* A number, as the callee's parameter holds it (spawn(258) into an unsigned char: 2). */
            const char *nk;
            if (((k[0] == '*' && ((k[1] >= '0' && k[1] <= '9') || weft__ex_int_size(x, clang_getCursorType(a)))) ||
                 (!*k && weft__ex_int_size(x, clang_getCursorType(a)))) &&
                number_key(x, a, &nk))
                k = nk; /* (a macro's name too: spawn(N)) */
            /* A thread handle passed by value (wait_for(t)): the handle itself, as a join
             * wrapper's parameter names it ("@pN"). */
            const char *hk = "";
            if (weft__ex_is_thread_handle(clang_getCursorType(weft__ex_strip(a))))
                weft__ex_lval(x, weft__ex_strip(a), &hk, 0); /* (0 for a local: its key is set) */
            if (*hk)
                k = hk;
            call.u.call.arg[i].key = k;
            call.u.call.arg[i].sbase = weft__ex_stable_base(x, a, 1);
            /* (a pointer converted on the way, (struct base *)d or a void * parameter: the
             * callee's p->m is not the caller's; "!" says so for a parameter passed on too) */
            CXType at0 = clang_getCanonicalType(clang_getCursorType(a)),
                   at1 = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
            if (at0.kind == CXType_Pointer && !clang_equalTypes(at0, at1))
                call.u.call.arg[i].sbase = "!";
            call.u.call.arg[i].bits = (unsigned char)(weft__key_param(k) >= 0 && !k[4] ? conversion_bits(a) : 0);
            /* &a[i] or a + i in the one loop around: a create wrapper's argument gives each
             * thread its own element, as a create there would. */
            CXCursor s = weft__ex_strip(a);
            if (x->loop_depth == 1 && (!clang_Cursor_isNull(weft__ex_address_of(x, s)) ||
                                       clang_getCursorKind(s) == CXCursor_BinaryOperator))
                call.u.call.arg[i].distinct = (unsigned char)(distinct_element(x, x->loop, a) == 1);
        }
    }
    weft__ex_call_tail(x, c, nargs, &call.u.call);
    call.u.call.ret = weft__ex_call_ret_key(x, c, d);
    CXCursor def = clang_getCursorDefinition(d);
    /* leave_if(QUIT); as a statement, to a function of this TU: whether an exit of it on its
     * parameters ends every run alike (interp.c's HALT) */
    if (nargs <= WEFT__MAX_ARGS && clang_equalCursors(c, x->stmt_now) && !clang_Cursor_isNull(def) &&
        !clang_Location_isInSystemHeader(clang_getCursorLocation(def)))
        call.u.call.args_fixed = (unsigned char)weft__ex_args_fixed(x, c, nargs);
    if (!clang_Cursor_isNull(def))
        weft__ex_region_call(x, c, def, nargs);
    call.u.call.state_kept = weft__ex_libc_state_result(x, c) && weft__ex_state_kept(x, c);
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_CALL, c);
    if (o)
        o->u.call = call.u.call;
    /* &x handed to a function with no body (scanf("%d", &x)) may be written by it; the
     * synchronization APIs (pthread_once, barriers, semaphores, ...) update their objects
     * atomically, so handing them &once is no access. */
    /* So is an array named as an argument (fgets(buf, ...), fill(buf)); where the parameter
     * is a pointer to const, or past the prototype's parameters (printf's, not scanf's), a
     * function with no body in sight reads it (strlen(name), printf("%s", name)). */
    int nparams = clang_Cursor_getNumArguments(d);
    int bodiless = clang_Cursor_isNull(clang_getCursorDefinition(d));
    int sync = weft__model_sync_api(name);
    /* writev(fd, iov, n): the buffers its iovecs point at, which ones not followed */
    if (bodiless && nargs >= 2 && weft__model_iovec(name))
        weft__ex_void_bytes(x, clang_Cursor_getArgument(c, 1), weft__model_iovec(name) == 1 ? M_READ : M_WRITE, 0);
    for (int i = 0; i < nargs; i++) {
        CXCursor a = weft__ex_strip(clang_Cursor_getArgument(c, (unsigned)i));
        /* The thread API's own objects are its business; what it stores through another
         * pointer (sem_getvalue(&s, &v), pthread_sigmask's old set, pthread_getschedparam's
         * policy) is a write like any library's. */
        if (sync && sync_object_arg(x, clang_Cursor_getArgument(c, (unsigned)i)))
            continue;
        if ((i == 0 && w0) || (i == 1 && r1))
            continue;
        int addr = !clang_Cursor_isNull(weft__ex_address_of(x, a));
        int arr = !addr && addr_or_array(x, a);
        /* scanf("%d", &x) writes; so may ioctl(fd, FIONREAD, &n), fcntl and prctl's pointers */
        /* (printf("%p", &v): a format that converts no string nor %n reaches nothing there) */
        /* (past a v*scanf/v*printf wrapper's parameters: as the library function's) */
        int vw = nparams >= 0 && i >= nparams ? vwrap : 0;
        int scans = strstr(name, "scanf") || vw == 1;
        int cv = nparams >= 0 && i >= nparams && !scans ? arg_conv(x, c, nparams, i) : -1;
        if (cv >= 0 && !(cv & 1))
            continue; /* (its conversion reads no string: %p, %d; %n's write is above) */
        /* (a format not known: only a string may be read, (void *)&seen is printed) */
        CXType sa = clang_getCanonicalType(clang_getCursorType(a));
        enum CXTypeKind sk = clang_getCanonicalType(sa.kind == CXType_Pointer ? clang_getPointeeType(sa)
                                                                              : clang_getArrayElementType(sa)).kind;
        int unknown_fmt_nonstring = cv < 0 && nparams >= 0 && i >= nparams && !weft__ex_char_kind(sk) && sk != CXType_WChar;
        int reads = nparams >= 0 && i >= nparams && !scans && strcmp(name, "ioctl") &&
                    strcmp(name, "fcntl") && strcmp(name, "prctl");
        if (!reads && nparams >= 0) {
            CXType pt = clang_getCanonicalType(clang_getCursorType(clang_Cursor_getArgument(d, (unsigned)i)));
            reads = pt.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(pt));
        }
        /* A pointer value (time(stamp_p), qsort(data, ...), read(fd, buf, n)) given to a
         * function with no body that may write through it: what it is known to point at. */
        /* (a void * parameter only where the function is known to write through it: not
         * malloc_usable_size(c); scanf's variadic pointers are written) */
        CXType ptype = clang_getCanonicalType(clang_getCursorType(
            nparams > i ? clang_Cursor_getArgument(d, (unsigned)i) : clang_getNullCursor()));
        int untyped = ptype.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(ptype)).kind == CXType_Void;
        /* (the C library's, declared in the system's headers: not the program's own function
         * another TU defines) */
        int library = (bodiless && clang_Location_isInSystemHeader(clang_getCursorLocation(d))) || vw;
        /* Given a byte buffer or a string (void *, char *, a variadic "%s"), a function with
         * no body may reach past the element it is handed: read(fd, &b[i], n), strlen(&s[i]). */
        enum CXTypeKind pk = clang_getCanonicalType(clang_getPointeeType(ptype)).kind;
        int spans = (bodiless || vw) && (nparams <= i || untyped || weft__ex_char_kind(pk));
        x->lib_ext = vw == 1; /* (the wrapper's body is followed, but not into vsscanf) */
        if (!addr && !arr && library && !reads && !weft__model_keeps_nothing(name) &&
            (!untyped || weft__model_writes_void(name) || scans)) {
            x->span_scalar = spans;
            weft__ex_pointee_of_value(x, clang_Cursor_getArgument(c, (unsigned)i), M_EXT);
            x->span_scalar = 0;
        }
        if (!addr && !arr) {
            x->lib_ext = 0;
            continue;
        }
        CXType t = clang_getCanonicalType(clang_getCursorType(a));
        x->span_scalar = spans;
        if (reads) {
            if ((bodiless || vw) && !zero_size(x, c, d) && !(unknown_fmt_nonstring && !scans && past_printf(name, vw)))
                read_pointee(x, c, d, a);
        } else if (arr || (t.kind == CXType_Pointer && !clang_isConstQualifiedType(clang_getPointeeType(t)))) {
            weft__ex_pointee(x, a, M_EXT, 0);
        }
        x->span_scalar = x->lib_ext = 0;
    }
}

static void call_by_kind(struct ex *x, CXCursor c);

/* A call expression; one that does not return, made as a statement of its own, ends the
 * path (a call nested in an expression, as assert()'s is, may not be reached). */
void weft__ex_call(struct ex *x, CXCursor c)
{
    call_by_kind(x, c);
    CXCursor d = clang_getCursorReferenced(c);
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl && clang_equalCursors(c, x->stmt_now) &&
        !clang_Cursor_isNull(clang_getCursorDefinition(d)) && x->halt_pending && weft__ex_exit_branch(x, c) &&
        weft__ex_halt_inputs(x)) {
        /* reach_error() in a branch on constants: where its abort() ended the run, no error
         * path (a mark only, 3 or 4: it may return, as report() { if (!strict) return; abort(); }) */
        weft__ex_emit_halt(x, weft__ex_halt_inputs(x) + 2);
        return;
    }
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl || !clang_equalCursors(c, x->stmt_now) ||
        !clang_Cursor_isNull(clang_getCursorDefinition(d)))
        return;
    const char *n = weft__ex_name_of(x, d);
    long status;
    /* error(1, ...) and error_at_line(1, ...) exit (glibc); error(0, ...) returns. */
    int exits = (!strcmp(n, "error") || !strcmp(n, "error_at_line")) && clang_Cursor_getNumArguments(c) >= 1 &&
                weft__ex_int_lit(x, clang_Cursor_getArgument(c, 0), &status) && status != 0;
    if (exits || weft__ex_fn_noreturn(x, d))
        weft__ex_emit_halt(x, weft__ex_halt_inputs(x));
}

/* A call expression: by what the callee is (see models.h), in the order the checks were
 * always made (a lock API is never taken for an atomic builtin, ...). */
static void call_by_kind(struct ex *x, CXCursor c)
{
    CXCursor d = clang_getCursorReferenced(c);
    int nargs = clang_Cursor_getNumArguments(c);
    const char *name = NULL;
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl)
        name = weft__ex_sym_name(x, d, weft__ex_name_of(x, d));
    if (!name) {
        /* my_free(p) through a free hook: free(p) (link_hooks checks what else it may hold) */
        CXCursor fd = weft__ex_free_hook_target(x, c);
        if (!clang_Cursor_isNull(fd)) {
            call_direct(x, c, fd, "free", nargs);
            return;
        }
        call_indirect(x, c, nargs);
        return;
    }
    if (weft__model_unevaluated(name))
        return; /* (its operands are never evaluated) */
    /* (its result kept in a field, an element, a global: what follows may test it there) */
    if (weft__ex_result_kept(x, c))
        weft__ex_emit_sync(x, c, "result?");
    /* A thread API's name on a function the program defines itself (static void
     * mtx_lock(mtx_t *m) { }, a thrd_create that calls its function at once): its code. */
    CXCursor own = clang_getCursorDefinition(d);
    if (!clang_Cursor_isNull(own) && !clang_Location_isInSystemHeader(clang_getCursorLocation(own)) &&
        (!strncmp(name, "pthread_", 8) || !strncmp(name, "mtx_", 4) || !strncmp(name, "thrd_", 5) ||
         !strncmp(name, "cnd_", 4) || !strncmp(name, "tss_", 4) || !strcmp(name, "call_once"))) {
        call_direct(x, c, d, name, nargs);
        return;
    }
    /* (A function of the program's own named read or wait is its code, no system call.) */
    if (weft__model_unmodeled_sync(name) && clang_Cursor_isNull(clang_getCursorDefinition(d))) {
        /* Recorded for the pass to say how sure it is, then walked as before. */
        weft__ex_emit_sync(x, c, name);
        weft__ex_semaphore_call(x, c, name, nargs);
        weft__ex_fence(x, c, name, nargs); /* a thread fence's part in a flag hand-off */
    }
    int cond_wait = nargs >= 2 && (!strcmp(name, "pthread_cond_wait") || !strcmp(name, "pthread_cond_timedwait") ||
                                   !strcmp(name, "pthread_cond_clockwait") || !strcmp(name, "cnd_wait") ||
                                   !strcmp(name, "cnd_timedwait"));
    if (cond_wait) {
        /* The wait releases the mutex and takes it again: others' sections run in between. */
        weft__ex_emit_lock_at(x, c, clang_Cursor_getArgument(c, 1), 1, 0);
        weft__ex_emit_lock_at(x, c, clang_Cursor_getArgument(c, 1), 0, 0);
    }
    /* (A function of the program's own named atomic_inc, declared outside the system's
     * headers, is its code: the library's atomic_* are declared there.) */
    if (weft__model_atomic(name) &&
        (strncmp(name, "atomic_", 7) || clang_Location_isInSystemHeader(clang_getCursorLocation(d)))) {
        call_atomic(x, c, nargs);
        CXCursor rp;
        int ordered;
        if (weft__ex_atomic_release(x, c, &rp, &ordered)) /* __sync_lock_release(&l) */
            weft__ex_emit_atomic_lock(x, c, rp, 1, ordered);
        else if (weft__ex_atomic_may_free(x, c, &rp)) /* __sync_fetch_and_and(&l, 0) */
            weft__ex_emit_atomic_lock(x, c, rp, 1, weft__ex_atomic_order_kind(x, c) == 0);
        return;
    }
    sync_object_access(x, c, name, nargs);
    if (nargs >= 1 && weft__model_lock_kind(name) != WEFT__LOCK_NONE) {
        /* A trylock or timedlock whose result no condition tests (r = trylock(&m); ...) may
         * have failed: no lock (a tested one is taken in its branch: weft__ex_cond_lock). */
        /* (a robust mutex made unrecoverable fails every lock, ENOTRECOVERABLE: an untested
         * lock of one may have failed, as an untested trylock) */
        int robust = x->robust_mutexes && !strncmp(name, "pthread_mutex_", 14) &&
                     weft__model_lock_kind(name) == WEFT__LOCK_WRITE;
        if (!strstr(name, "try") && !strstr(name, "timed") && !strstr(name, "clock") && !robust) {
            weft__ex_emit_lock(x, c, name);
        } else if (x->recursive_mutexes || robust) {
            /* (a recursive mutex's owner succeeds: one more level, which the next unlock
             * does not free; which way it went is not followed) */
            weft__ex_emit_sync(x, c, "mutex?");
        }
        return;
    }
    if (call_barrier(x, c, name, nargs))
        return;
    if (weft__model_no_access(name))
        return;
    struct weft__create_model m;
    if (weft__model_thread_create(name, &m) && nargs == m.nargs) {
        call_create(x, c, &m);
        return;
    }
    if (weft__model_thread_join(name) && nargs >= 1) {
        call_join(x, c, nargs);
        return;
    }
    int acquire;
    if (weft__model_builtin_lock(name, &acquire))
        x->atomic_region += acquire ? 1 : x->atomic_region > 0 ? -1 : 0;
    call_direct(x, c, d, name, nargs);
    weft__ex_assume(x, c, d, name, nargs); /* after the reads of its condition */
}

void weft__ex_emit_halt(struct ex *x, int inputs)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_HALT, clang_getNullCursor());
    if (o)
        o->u.loop_runs = (unsigned char)inputs; /* 0, 1 or 2 (see facts.h) */
}

