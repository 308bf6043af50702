/* The pre-scan of a function body: which locals escape, which pointers stay private, which locals keep one value. */
#include "extract_internal.h"

struct local *weft__ex_local_of(struct ex *x, CXCursor d, int create)
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

static void pre_kids(struct ex *x, CXCursor c, int ctx)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int block = weft__ex_plain_block(c); /* a switch's body is entered at its labels */
    for (unsigned i = 0; i < kk.n; i++) {
        x->pre_block = block ? c : clang_getNullCursor();
        weft__ex_pre(x, kk.p[i], ctx);
    }
    weft__ex_kids_free(&kk);
}

/* A value flows into the pointer local p: note whether it keeps p private. */
static void pre_source(struct ex *x, struct local *p, CXCursor src, CXCursor blk, int init)
{
    CXCursor e = weft__ex_strip(src);
    if (p->nsrc < 8) {
        p->sv[p->nsrc] = src;
        p->sblk[p->nsrc] = blk;
        if (init && !p->nsrc)
            p->sinit = 1;
    }
    if (p->nsrc++ == 0)
        p->src = e;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_CallExpr && weft__ex_is_alloc_call(x, e))
        return;
    if (k == CXCursor_IntegerLiteral || k == CXCursor_StringLiteral)
        return;
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(e);
        char o[8];
        if (!clang_Cursor_isNull(op)) {
            weft__ex_unop(x, e, op, o);
            CXCursor d = strcmp(o, "&") ? op : weft__ex_local_decl(weft__ex_address_of(x, e)); /* (&*&v too) */
            /* (&v[1], &s.f: a part of local v or s, which it exposes as &v would) */
            CXCursor in = strcmp(o, "&") ? clang_getNullCursor() : weft__ex_address_of(x, e);
            while (clang_Cursor_isNull(d) && !clang_Cursor_isNull(in) &&
                   (clang_getCursorKind(weft__ex_strip(in)) == CXCursor_ArraySubscriptExpr ||
                    clang_getCursorKind(weft__ex_strip(in)) == CXCursor_MemberRefExpr)) {
                CXCursor b = weft__ex_strip(weft__ex_first_kid(weft__ex_strip(in)));
                if (clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer)
                    break;
                in = b;
                d = weft__ex_local_decl(in);
            }
            if (!strcmp(o, "&") && !clang_Cursor_isNull(d)) {
                if (p->npoints < 8) {
                    p->points_to[p->npoints++] = (const char *)(uintptr_t)clang_hashCursor(d);
                    /* (the target's entry, for pre_close to mark when p is published; it
                     * may move the table: p is not used after this) */
                    weft__ex_local_of(x, d, 1);
                } else
                    p->nonprivate = 1;
                return;
            }
        }
    }
    CXCursor d = weft__ex_local_decl(e);
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
    CXCursor d = weft__ex_var_of(lv);
    if (!clang_Cursor_isNull(d) && weft__ex_var_is_global(d))
        weft__ex_fact(x, WEFT__FACT_ADDR, "", weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""));
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

/* How often d's hash is in the set (the pre-scan's lists of locals; &v once per '&v'): 0 when
 * it is not. */
int weft__ex_hash_in(const unsigned *set, size_t n, CXCursor d)
{
    unsigned h = clang_hashCursor(d);
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += set[i] == h;
    return c;
}

/* Whether the local declared by d may change during a call: assigned, its address taken,
 * declared in a loop, or stepped by v++ / v-- (see pre_step). */
int weft__ex_is_changed(struct ex *x, CXCursor d)
{
    if (weft__ex_hash_in(x->changed, x->nchanged, d))
        return 1;
    unsigned h = clang_hashCursor(d);
    for (size_t i = 0; i < x->nsteps; i++)
        if (x->steps[i].hash == h)
            return 1;
    return 0;
}

/* How far the local declared by d has been stepped from its first value where c starts:
 * the sum of its steps before c in source order (each a top-level statement of the body). */
long weft__ex_step_offset(struct ex *x, CXCursor d, CXCursor c)
{
    unsigned h = clang_hashCursor(d), at = weft__ex_off_at(x, c);
    long s = 0;
    for (size_t i = 0; i < x->nsteps; i++)
        if (x->steps[i].hash == h && x->steps[i].off < at)
            s += x->steps[i].delta;
    return s;
}

/* The local that e names (parentheses and casts aside) no longer has one value per call. */
static void pre_changed(struct ex *x, CXCursor e)
{
    CXCursor d = weft__ex_local_decl(e);
    if (!clang_Cursor_isNull(d)) {
        mark_changed(x, d);
        return;
    }
    /* (__extension__ n) = v, __real__ n = v: n itself */
    CXCursor u = weft__ex_strip(e), op = weft__ex_first_kid(u);
    char o[8];
    if (clang_getCursorKind(u) != CXCursor_UnaryOperator || clang_Cursor_isNull(op))
        return;
    weft__ex_unop(x, u, op, o);
    if (strcmp(o, "*") && strcmp(o, "&") && !weft__ex_unop_deref_typed(u, op))
        pre_changed(x, op);
}

/* Binary operator c is an assignment (=). */
static int pre_assign(struct ex *x, CXCursor c)
{
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int r = kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "=");
    weft__ex_kids_free(&kk);
    return r;
}

/* Every local an asm statement names may be its output: changed. */
static enum CXChildVisitResult asm_locals(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr)
        pre_changed(d, c);
    return CXChildVisit_Recurse;
}

/* v++ or v-- (u, on the local v) as a statement of the function body's top level: it runs
 * once per call, in source order, so the local keeps a known offset from its first value.
 * Recorded as a step (not a change) and 1 returned; 0 for any other increment. */
static int pre_step(struct ex *x, CXCursor u, CXCursor v, CXCursor blk, int delta)
{
    CXCursor d = weft__ex_local_decl(v);
    if (clang_Cursor_isNull(d) || x->pre_loop || clang_Cursor_isNull(blk) || !clang_equalCursors(blk, x->body))
        return 0;
    struct step *st = WEFT__PUSH(x->steps, x->nsteps, x->capsteps);
    if (!st) {
        x->oom = 1;
        return 0;
    }
    st->hash = clang_hashCursor(d);
    st->off = weft__ex_off_at(x, u);
    st->delta = delta;
    return 1;
}

/* A global pthread_t assigned: "self" when main stores its own id (pthread_self()),
 * "tid" for any other store, so joining it can be known to wait for main's end. */
static void thread_id_store(struct ex *x, CXCursor lhs, CXCursor rhs)
{
    CXCursor e = weft__ex_strip(lhs);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || !weft__ex_var_is_global(d))
        return;
    CXString ts = clang_getTypeSpelling(clang_getCursorType(d));
    const char *tn = clang_getCString(ts);
    int tid = tn && weft__model_thread_id_type(tn);
    clang_disposeString(ts);
    if (!tid)
        return;
    CXCursor r = weft__ex_strip(rhs);
    int self = clang_getCursorKind(r) == CXCursor_CallExpr &&
               weft__model_thread_self(weft__ex_name_of(x, clang_getCursorReferenced(r))) &&
               !strcmp(x->fn_usr, "c:@F@main");
    weft__ex_fact(x, self ? WEFT__FACT_SELF : WEFT__FACT_TID, "", weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""));
}

void weft__ex_pre(struct ex *x, CXCursor c, int ctx)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    unsigned seq = x->pre_seq++; /* the order of the body's parts: gotos before labels */
    CXCursor blk = x->pre_block;
    x->pre_block = clang_getNullCursor();
    if (k == CXCursor_MemberRefExpr)
        weft__ex_note_pun(x, c); /* (a union's member holding a thread object's pointer) */
    if (k == CXCursor_UnexposedExpr) {
        /* atomic_store(&gp, &w), an exchange's or a compare-exchange's new value: stored
         * where other threads load it, as gp = &w */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        int by_address, sk = weft__ex_atomic_stored_kid(x, c, &kk, &by_address);
        CXCursor val = sk >= 0 && (unsigned)sk < kk.n ? kk.p[sk] : clang_getNullCursor();
        if (by_address && !clang_Cursor_isNull(val)) { /* (&lp: lp's value is what is stored) */
            CXCursor lv = weft__ex_address_of(x, val);
            val = clang_Cursor_isNull(lv) ? val : lv; /* (dp = &lp: dp published, lp with it) */
        }
        /* (a pointer, or an address kept as an integer: (uintptr_t)&v) */
        if (!clang_Cursor_isNull(val) && (clang_getCanonicalType(clang_getCursorType(val)).kind == CXType_Pointer ||
                                          !clang_Cursor_isNull(weft__ex_address_of(x, val)))) {
            for (unsigned i = 0; i < kk.n; i++)
                if ((int)i != sk)
                    weft__ex_pre(x, kk.p[i], P_NORMAL);
            if (by_address)
                weft__ex_pre(x, kk.p[sk], P_NORMAL);
            weft__ex_pre(x, val, P_PUBLISH);
            weft__ex_kids_free(&kk);
            return;
        }
        weft__ex_kids_free(&kk);
    }
    if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr) {
        if (clang_Cursor_isNull(x->pre_freed) || !clang_equalCursors(c, x->pre_freed))
            weft__ex_note_pun(x, c);
        pre_kids(x, c, ctx);
        return;
    }
    if (k == CXCursor_InitListExpr) {
        /* struct arg a = { &x }: the aggregate may be handed on (&a to a thread), and x with it. */
        pre_kids(x, c, P_PUBLISH);
        return;
    }
    if (k == CXCursor_ConditionalOperator && ctx != P_NORMAL) {
        /* gp = c ? &v : &u: either branch's value goes where the whole one does */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            weft__ex_pre(x, kk.p[i], i == 0 && kk.n == 3 ? P_NORMAL : ctx);
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_WhileStmt || k == CXCursor_ForStmt || k == CXCursor_DoStmt) {
        struct jump *l = WEFT__PUSH(x->loops, x->nloops_pre, x->caploops_pre);
        size_t li = x->nloops_pre - 1;
        if (!l)
            x->oom = 1;
        else
            l->label = l->cursor = 0, l->seq = seq, l->end = UINT_MAX;
        x->pre_loop++;
        pre_kids(x, c, ctx);
        x->pre_loop--;
        if (l)
            x->loops[li].end = x->pre_seq;
        return;
    }
    if (k == CXCursor_CompoundAssignOperator)
        pre_changed(x, weft__ex_first_kid(c));
    if (k == CXCursor_AsmStmt) /* asm ("..." : "=r"(v)): v changed */
        clang_visitChildren(c, asm_locals, x);
    if (k == CXCursor_GotoStmt || k == CXCursor_IndirectGotoStmt)
        x->has_goto = 1;
    if (k == CXCursor_IndirectGotoStmt)
        x->goto_any = 1;
    if (k == CXCursor_GotoStmt || k == CXCursor_LabelStmt) {
        unsigned h = weft__ex_label_hash(k == CXCursor_GotoStmt ? clang_getCursorReferenced(c) : c);
        struct jump *j = k == CXCursor_GotoStmt ? WEFT__PUSH(x->jumps, x->njumps, x->capjumps)
                                                : WEFT__PUSH(x->labels, x->nlabels, x->caplabels);
        if (!j)
            x->oom = 1;
        else
            j->label = h, j->seq = seq, j->end = 0, j->cursor = clang_hashCursor(c);
        if (!h)
            x->goto_any = 1; /* a target it cannot name */
    }
    if (k == CXCursor_VarDecl && x->pre_loop)
        mark_changed(x, c);
    if (k == CXCursor_UnaryOperator || k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getNullCursor();
        int addr = 0;
        if (k == CXCursor_UnaryOperator) {
            CXCursor op = weft__ex_first_kid(c);
            char o[8];
            if (!clang_Cursor_isNull(op)) {
                weft__ex_unop(x, c, op, o);
                if ((!strcmp(o, "++") || !strcmp(o, "--")) && !pre_step(x, c, op, blk, o[0] == '+' ? 1 : -1))
                    pre_changed(x, op);
                if (!strcmp(o, "+-")) /* ++ or -- in a macro's body: changed, by a step not known */
                    pre_changed(x, op);
                if (!strcmp(o, "&")) {
                    addr = 1;
                    CXCursor in = weft__ex_strip(op);
                    pre_changed(x, in);
                    CXCursor ad = weft__ex_local_decl(in);
                    if (!clang_Cursor_isNull(ad)) {
                        unsigned *h = WEFT__PUSH(x->amp, x->namp, x->capamp);
                        if (h)
                            *h = clang_hashCursor(ad);
                        else
                            x->oom = 1;
                        /* &p of a pointer local: whatever takes it (a CAS's expected operand,
                         * pthread_join's result) may store any pointer there, shared memory's. */
                        struct local *pl = clang_getCanonicalType(clang_getCursorType(ad)).kind == CXType_Pointer &&
                                                   clang_getCursorKind(ad) == CXCursor_VarDecl
                                               ? weft__ex_local_of(x, ad, 1)
                                               : NULL;
                        if (pl) {
                            pl->nsrc += 9;
                            pl->nonprivate = 1;
                        }
                    }
                    mark_global_addr(x, in);
                    if (weft__ex_is_errno(in)) /* &errno: this thread's own, handed on */
                        weft__ex_fact(x, WEFT__FACT_ADDR, "", WEFT__ERRNO_KEY);

                    /* &s.f and &a[i] expose s and a too. */
                    while (clang_getCursorKind(in) == CXCursor_MemberRefExpr ||
                           clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
                        CXType bt = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(weft__ex_first_kid(in))));
                        if (bt.kind == CXType_Pointer)
                            break;
                        in = weft__ex_strip(weft__ex_first_kid(in));
                    }
                    d = weft__ex_local_decl(in);
                }
            }
        } else {
            /* (A global array named as a value is its address: ex_addr_escape.c.) */
            d = clang_getCursorReferenced(c);
            if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d))
                d = clang_getNullCursor();
            else {
                CXType t = clang_getCanonicalType(clang_getCursorType(d));
                if (t.kind == CXType_ConstantArray || t.kind == CXType_VariableArray)
                    addr = 1; /* an array names its address */
                else if (t.kind == CXType_Pointer && ctx == P_PUBLISH) {
                    struct local *l = weft__ex_local_of(x, d, 1);
                    if (l)
                        l->published = 1;
                } else if (t.kind == CXType_Pointer && ctx == P_CALLARG && x->pre_user_call) {
                    struct local *l = weft__ex_local_of(x, d, 1);
                    if (l)
                        l->passed = 1;
                }
            }
        }
        if (addr && !clang_Cursor_isNull(d) && ctx != P_CALLARG) {
            struct local *l = weft__ex_local_of(x, d, 1);
            if (l && ctx == P_PUBLISH)
                l->addr_taken = 1;
        }
        /* &*p, &p->f, &(&v)[0] published: the pointer they are formed from is (the & of a
         * pointer's target); *p so formed publishes p's value. */
        int through = k == CXCursor_UnaryOperator && addr && clang_Cursor_isNull(d) && ctx == P_PUBLISH;
        int deref = k == CXCursor_UnaryOperator && !addr && ctx == P_ADDR_PUBLISH;
        if (k == CXCursor_UnaryOperator)
            pre_kids(x, c, through ? P_ADDR_PUBLISH : deref ? P_PUBLISH : P_NORMAL);
        return;
    }
    if (ctx == P_ADDR_PUBLISH && (k == CXCursor_ArraySubscriptExpr || k == CXCursor_MemberRefExpr)) {
        /* (&v)[0], p->f, s.f under a published &: the base as a pointer is published, as an
         * object its address is (the index is only read) */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++) {
            enum CXTypeKind bt = clang_getCanonicalType(clang_getCursorType(kk.p[i])).kind;
            weft__ex_pre(x, kk.p[i], i ? P_NORMAL : bt == CXType_Pointer ? P_PUBLISH : P_ADDR_PUBLISH);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_DeclRefExpr && ctx == P_ADDR_PUBLISH) {
        /* (an object named where its address is published: as & of it) */
        CXCursor d = clang_getCursorReferenced(c);
        if (clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d)) {
            struct local *l = weft__ex_local_of(x, d, 1);
            if (l)
                l->addr_taken = 1;
        }
        return;
    }
    if (k == CXCursor_BinaryOperator && ctx == P_PUBLISH &&
        clang_getCanonicalType(clang_getCursorType(c)).kind == CXType_Pointer && !pre_assign(x, c)) {
        /* buf + 1, &v + 0, p - 2 published: the pointer operand is */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            weft__ex_pre(x, kk.p[i],
                         clang_getCanonicalType(clang_getCursorType(kk.p[i])).kind == CXType_Pointer ? P_PUBLISH : P_NORMAL);
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_CallExpr) {
        CXCursor d = clang_getCursorReferenced(c);
        /* what localtime, ctime... return kept: stored, handed to a thread, to the program's code */
        if ((ctx == P_PUBLISH || ctx == P_ADDR_PUBLISH || (ctx == P_CALLARG && (x->pre_user_call || x->pre_ptr_call))) &&
            weft__ex_libc_state_result(x, c)) {
            unsigned *h = WEFT__PUSH(x->state_esc, x->nstate_esc, x->capstate_esc);
            if (h)
                *h = clang_hashCursor(c);
            else
                x->oom = 1;
        }
        int user = clang_getCursorKind(d) != CXCursor_FunctionDecl ||
                   !clang_Location_isInSystemHeader(clang_getCursorLocation(d));
        /* Only the argument handed to the new thread escapes through pthread_create. */
        CXString s = clang_getCursorSpelling(d);
        const char *sn = clang_getCString(s);
        struct weft__create_model m;
        int published = sn && weft__model_thread_create(sn, &m) ? m.arg : -1;
        int copies = sn && weft__model_copies(sn);
        int sn_printf = sn ? weft__model_formats_into_buffer(sn) : 0; /* (sprintf: 2) */
        /* A function of this TU that lets an argument escape (hands it to a thread, stores
         * it in shared memory) publishes what the caller passed too. */
        CXCursor def = clang_getCursorKind(d) == CXCursor_FunctionDecl ? clang_getCursorDefinition(d)
                                                                          : clang_getNullCursor();
        int n = clang_Cursor_getNumArguments(c);
        /* ... and so does a library call that keeps the pointer (tsearch(&key, ...)), an
         * atomic store of it (atomic_store(&gp, &w): the value operand, a pointer). */
        unsigned keeps = 0;
        int aval = sn ? weft__model_atomic_value_arg(sn) : -1;
        if (aval >= 0)
            keeps |= 1u << aval;
        for (int i = 0; i < n && i < 8 && sn && clang_Cursor_isNull(def); i++)
            keeps |= (unsigned)weft__model_keeps_pointer(sn, i) << i;
        clang_disposeString(s);
        for (int i = 0; i < n; i++) {
            int q, escapes = 0;
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
            CXCursor src = copies && i == 1 ? weft__ex_address_of(x, a) : clang_getNullCursor();
            CXCursor sd = clang_Cursor_isNull(src) ? src : weft__ex_local_decl(weft__ex_strip(src));
            if (!clang_Cursor_isNull(sd) &&
                clang_getCanonicalType(clang_getCursorType(sd)).kind == CXType_Pointer) {
                /* memcpy(&gp, &p, sizeof p): p's value is copied out, as by gp = p. */
                struct local *l = weft__ex_local_of(x, sd, 1);
                if (l)
                    l->published = 1;
            }
            if (i != published && !clang_Cursor_isNull(def) && !clang_Cursor_isNull(weft__ex_address_of(x, a))) {
                int cls = weft__ex_param_class(x, def, i, &q);
                /* (1: stored where parameter q points: put(&slot, &w) with slot no local of
                 * this function publishes w as slot = &w would) */
                CXCursor qa = cls == 1 && q >= 0 && q < n ? weft__ex_address_of(x, clang_Cursor_getArgument(c, (unsigned)q))
                                                          : clang_getNullCursor();
                CXCursor qd = clang_Cursor_isNull(qa) ? qa : weft__ex_local_decl(weft__ex_strip(qa));
                escapes = cls == 2 || (cls == 1 && (clang_Cursor_isNull(qd) || weft__ex_var_is_global(qd)));
                /* (into a local of the caller, h or lp: published with it, h handed to a thread,
                 * lp stored in a global; as lp = &w would be) */
                CXCursor wd = weft__ex_local_decl(weft__ex_strip(weft__ex_address_of(x, a)));
                if (cls == 1 && !escapes && !clang_Cursor_isNull(wd)) {
                    weft__ex_local_of(x, wd, 1);
                    struct local *hl = weft__ex_local_of(x, qd, 1);
                    if (hl && hl->npoints < 8)
                        hl->points_to[hl->npoints++] = (const char *)(uintptr_t)clang_hashCursor(wd);
                    else
                        escapes = 1;
                } else if (cls == 1)
                    escapes = 1;
            }
            escapes |= i < 8 && (keeps >> i & 1);
            /* sprintf(buf, "%p", &v): v's address is written into buf, where any thread may read it */
            int formats = sn_printf && i >= sn_printf && weft__ex_formats_address(a);
            weft__ex_note_pun_arg(x, c, a, i);
            CXCursor freed = x->pre_freed;
            int was_user = x->pre_user_call, was_ptr = x->pre_ptr_call;
            x->pre_freed = i == 0 && weft__ex_is_free_call(x, c) ? a : clang_getNullCursor();
            x->pre_user_call = user;
            /* (strchr(s, c), strstr(s, t): a pointer into their first argument) */
            x->pre_ptr_call = i == 0 && clang_getCanonicalType(clang_getCursorType(c)).kind == CXType_Pointer;
            weft__ex_pre(x, a, i == published || escapes || formats ? P_PUBLISH : P_CALLARG);
            x->pre_freed = freed;
            x->pre_user_call = was_user;
            x->pre_ptr_call = was_ptr;
        }
        return;
    }
    if (k == CXCursor_BinaryOperator || k == CXCursor_VarDecl) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        CXCursor lhs = clang_getNullCursor(), rhs = clang_getNullCursor();
        if (k == CXCursor_BinaryOperator && kk.n == 2 && weft__ex_binop_is(x, kk.p[0], kk.p[1], "=")) {
            lhs = kk.p[0];
            rhs = kk.p[1];
            pre_changed(x, lhs);
            thread_id_store(x, lhs, rhs);
        } else if (k == CXCursor_VarDecl && kk.n >= 1 && clang_isExpression(clang_getCursorKind(kk.p[kk.n - 1]))) {
            rhs = kk.p[kk.n - 1];
            if (weft__ex_var_is_global(c))
                weft__ex_root_init(x, c, rhs); /* a static local's initializer */
        }
        if (!clang_Cursor_isNull(rhs)) {
            CXCursor d = k == CXCursor_VarDecl ? c : weft__ex_local_decl(lhs);
            int local_ptr = 0;
            if (!clang_Cursor_isNull(d) && !weft__ex_var_is_global(d)) {
                CXType t = clang_getCanonicalType(clang_getCursorType(d));
                if (t.kind == CXType_Pointer) {
                    struct local *l = weft__ex_local_of(x, d, 1);
                    if (l)
                        pre_source(x, l, rhs, blk, k == CXCursor_VarDecl);
                    local_ptr = 1;
                }
            }
            /* Storing an address anywhere but a local pointer publishes it. */
            int local_lhs =
                k == CXCursor_VarDecl ? !weft__ex_var_is_global(c) : !clang_Cursor_isNull(weft__ex_local_decl(lhs));
            /* An address kept as an integer (uintptr_t u = (uintptr_t)&x) is followed no
             * further: it may go anywhere, as published. */
            if (local_lhs && !local_ptr && !clang_Cursor_isNull(d) &&
                clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer &&
                clang_Type_getSizeOf(clang_getCursorType(d)) >= 4)
                local_lhs = 0;
            weft__ex_pre(x, rhs, local_ptr ? P_CALLARG : (local_lhs ? P_NORMAL : P_PUBLISH));
            if (!clang_Cursor_isNull(lhs))
                weft__ex_pre(x, lhs, P_NORMAL);
        } else {
            for (unsigned i = 0; i < kk.n; i++)
                weft__ex_pre(x, kk.p[i], P_NORMAL);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    if (k == CXCursor_ReturnStmt) {
        /* What an allocator returns is fresh for its caller: returning it publishes nothing. */
        pre_kids(x, c, x->fn_fresh ? P_NORMAL : P_PUBLISH);
        return;
    }
    pre_kids(x, c, k == CXCursor_InitListExpr ? ctx : P_NORMAL);
}

/* Whether a local given value v (a state call's result, or a local holding one) is kept:
 * itself published, handed on or addressed, or copied into another local that is. */
static int value_kept(struct ex *x, CXCursor v, int depth)
{
    for (size_t i = 0; i < x->nlocals && depth < 4; i++) {
        const struct local *l = &x->locals[i];
        for (int j = 0; j < l->nsrc && j < 8; j++) {
            if (!clang_equalCursors(weft__ex_strip(l->sv[j]), v))
                continue;
            if (l->published || l->passed || l->addr_taken || l->nsrc > 8)
                return 1;
            /* (u = s: what u is given is s's value, and so on) */
            for (size_t m = 0; m < x->nlocals; m++)
                for (int k = 0; k < x->locals[m].nsrc && k < 8; k++) {
                    CXCursor s = weft__ex_strip(x->locals[m].sv[k]);
                    if (clang_getCursorKind(s) == CXCursor_DeclRefExpr &&
                        clang_equalCursors(clang_getCursorReferenced(s), l->decl) && value_kept(x, s, depth + 1))
                        return 1;
                }
        }
    }
    return depth >= 4;
}

int weft__ex_state_kept(struct ex *x, CXCursor c)
{
    if (weft__ex_hash_in(x->state_esc, x->nstate_esc, c))
        return 1;
    /* (a local given it, then kept: p = localtime(&t); g = p; or use(p); or through another
     * local, u = p; g = u) */
    return value_kept(x, c, 0);
}

/* Pointers given the address of a published local see shared memory; locals pointed at by published pointers escape. */
void weft__ex_pre_close(struct ex *x)
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
                    /* (a pointer whose own address escaped is read there: int *p = &x; create(&p)) */
                    if ((p->published || p->addr_taken) && !t->addr_taken) {
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
