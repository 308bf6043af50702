/* The expression walk: reads, writes, assignments and calls of one expression, in evaluation order. */
#include "extract_internal.h"

#include <ctype.h>

/* CAS(&head, &n->next, n): a failure writes n->next while n, the node the CAS would
 * publish, is not published yet (the thread's own; a race on it is one on its other
 * accesses). */
static int cas_own_next(struct ex *x, CXCursor expected, CXCursor desired)
{
    CXCursor e = weft__ex_address_of(x, expected);
    for (int depth = 0; depth < 4 && !clang_Cursor_isNull(e) && clang_getCursorKind(weft__ex_strip(e)) == CXCursor_MemberRefExpr; depth++)
        e = weft__ex_first_kid(weft__ex_strip(e));
    CXCursor v = weft__ex_local_var(weft__ex_strip(desired));
    return !clang_Cursor_isNull(e) && !clang_Cursor_isNull(v) && weft__ex_is_var(e, v);
}

/* The atomic builtin an expression written tx names: its name ("atomic_compare_exchange_strong",
 * "__atomic_load"), through a macro of the program (#define CAS(p, e, d)
 * atomic_compare_exchange_strong(p, e, d)) two deep; into name, "" when not read. */
static void atomic_name(struct ex *x, CXCursor c, const char *tx, char name[64])
{
    const char *t = tx, *end = tx + strlen(tx);
    for (int depth = 0; depth < 3; depth++) {
        while (t < end && (*t == ' ' || *t == '\t' || *t == '\n' || *t == '('))
            t++;
        size_t n = 0;
        while (t + n < end && (isalnum((unsigned char)t[n]) || t[n] == '_'))
            n++;
        if (!n || n >= 64)
            break;
        memcpy(name, t, n);
        name[n] = '\0';
        if (strstr(name, "atomic") || !strncmp(name, "__sync_", 7))
            return;
        if (depth == 2 || !weft__ex_macro_text(x, c, name, &t, &end))
            break;
    }
    name[0] = '\0';
}

/* A ?: branch that is a call of a function that does not return (abort(), a _Noreturn
 * one): its path ends there. A function of the program is followed instead (its body may
 * return before its abort()). */
static int never_returns(struct ex *x, CXCursor b)
{
    b = weft__ex_strip(b);
    if (clang_getCursorKind(b) != CXCursor_CallExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(b);
    return clang_getCursorKind(d) == CXCursor_FunctionDecl && clang_Cursor_isNull(clang_getCursorDefinition(d)) &&
           weft__ex_fn_noreturn(x, d);
}

/* An operand of && or || that ends the run when evaluated: 1 a call of a function with no
 * body that cannot return (alone or first in a comma expression), 2 one of the program's
 * whose body ends so (its own HALT ends the path); 0 otherwise. */
static int operand_ends_run(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int r = kk.n == 2 && weft__ex_comma(x, kk.p[0], kk.p[1]) ? operand_ends_run(x, kk.p[0]) : 0;
        weft__ex_kids_free(&kk);
        return r;
    }
    if (never_returns(x, e))
        return 1;
    return clang_getCursorKind(e) == CXCursor_CallExpr && weft__ex_exit_branch(x, e) ? 2 : 0;
}

/* Operand i (in clang's order: object, order, value 1, failure order or the generic
 * exchange's result, value 2; kn operands) of the atomic builtin c: a pointer through
 * which it writes or reads a plain object (M_RW the expected value of a compare-exchange,
 * M_WRITE the result of a generic __atomic_load or __atomic_exchange, M_READ the value a
 * generic store, exchange or compare-exchange takes), else M_NONE. Where the builtin's name
 * is not read, its operands say: five or more, a compare-exchange; four, a generic
 * exchange; a pointer of the object's own type third, a generic load or store (both, M_RW). */
static int atomic_out_operand(struct ex *x, CXCursor c, const char *tx, unsigned i, const struct kids *kk)
{
    CXCursor e = kk->p[i];
    CXType et = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(e)));
    if (et.kind != CXType_Pointer)
        return M_NONE;
    char name[64];
    atomic_name(x, c, tx, name);
    size_t n = strlen(name);
    int generic = !strncmp(name, "__atomic_", 9) && (n < 2 || strcmp(name + n - 2, "_n"));
    if (!n) {
        CXType ot = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk->p[0])));
        if (kk->n >= 5)
            return i == 2 ? M_RW : i == 4 ? M_READ : M_NONE;
        if (kk->n == 4)
            return i == 2 ? M_READ : i == 3 ? M_WRITE : M_NONE;
        return kk->n == 3 && i == 2 && clang_equalTypes(et, ot) ? M_RW : M_NONE;
    }
    int cas = strstr(name, "compare_exchange") != NULL;
    if (cas && i == 2)
        return M_RW;
    if (cas && generic && i == 4)
        return M_READ;
    if (generic && !strcmp(name, "__atomic_load") && i == 2)
        return M_WRITE;
    if (generic && !strcmp(name, "__atomic_store") && i == 2)
        return M_READ;
    if (generic && !strcmp(name, "__atomic_exchange"))
        return i == 2 ? M_READ : i == 3 ? M_WRITE : M_NONE;
    return M_NONE;
}

/* Operand kk->p[0] runs, the others only on some paths (a ?: b, a && b): in a branch. */
static void first_then_maybe(struct ex *x, const struct kids *kk)
{
    weft__ex_expr(x, kk->p[0], M_READ);
    weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
    for (unsigned i = 1; i < kk->n; i++)
        weft__ex_expr(x, kk->p[i], M_READ);
    weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
}

/* Text holds GNU's a ?: b (a '?' then, past blanks, ':'). */
static int gnu_elvis(const char *t)
{
    for (const char *q = strchr(t, '?'); q; q = strchr(q + 1, '?')) {
        const char *r = q + 1;
        while (*r == ' ' || *r == '\t' || *r == '\n')
            r++;
        if (*r == ':')
            return 1;
    }
    return 0;
}

/* Binary operator c (operands l, r) stands in a macro's expansion, where no operator is
 * written, and that macro's #define has && or || (the operator read from it is a guess). */
static int macro_may_short_circuit(struct ex *x, CXCursor c, CXCursor l, CXCursor r)
{
    const char *body, *bend;
    if (weft__ex_binop_written(x, l, r) || !weft__ex_macro_text(x, c, NULL, &body, &bend))
        return 0;
    int and = 0, or = 0;
    for (const char *q = body; q + 1 < bend; q++) {
        and |= q[0] == '&' && q[1] == '&';
        or |= q[0] == '|' && q[1] == '|';
    }
    /* ON && (x) with ON 1, OFF || (x) with OFF 0: the right operand runs whichever it is */
    long v;
    if ((and || or) && !x->has_goto && weft__ex_known_cond(x, l, &v) && (or ? !and && v == 0 : v != 0))
        return 0;
    return and || or;
}

void weft__ex_expr(struct ex *x, CXCursor c, int mode)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_DeclRefExpr:
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr:
        weft__ex_lvalue(x, c, mode, 0);
        return;
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        CXCursor chosen;
        if (kk.n == 1 && k == CXCursor_ParenExpr)
            weft__ex_expr(x, kk.p[0], mode);
        else if (kk.n == 1)
            weft__ex_expr(x, kk.p[0], mode == M_NONE ? M_READ : mode);
        else if (kk.n == 3 && weft__ex_choose_branch(c, kk.p, &chosen))
            weft__ex_expr(x, chosen, mode); /* __builtin_choose_expr: the other branch never runs */
        else if (kk.n > 1 && gnu_elvis(weft__ex_text_of(x, c)))
            first_then_maybe(x, &kk); /* GNU a ?: b (libclang 14 does not expose it): b where a is 0 */
        else if (kk.n > 1) {
            /* Builtin atomic expressions (stdatomic.h's atomic_*): an atomic access of the first operand. */
            CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0])));
            int store = weft__ex_atomic_store_only(x, c), load = weft__ex_atomic_load_only(x, c);
            /* (by its shape too: the text of one nested in another's macro is the outer's,
             * atomic_store(atomic_load(&p), 2); a load has the object and the order only) */
            if (kk.n == 2 && clang_getCanonicalType(clang_getCursorType(c)).kind != CXType_Void)
                load = 1, store = 0;
            /* atomic_init is no atomic operation (C11 7.17.2.2): a plain store that races
             * with any concurrent access to the object, atomic ones too. */
            const char *tx = weft__ex_text_of(x, c);
            int init = !strncmp(tx, "atomic_init", 11) || !strncmp(tx, "__c11_atomic_init", 17) ||
                       weft__ex_atomic_init_shape(c, kk.n);
            for (unsigned i = 0; i < kk.n; i++) {
                x->plain_store = init && i == 0;
                x->relaxed_op = i == 0 ? weft__ex_atomic_order_kind(x, c) : 0;
                int out = i ? atomic_out_operand(x, c, tx, i, &kk) : M_NONE;
                if (out == M_RW && kk.n > 4 && cas_own_next(x, kk.p[i], kk.p[4]))
                    out = M_NONE;
                if (i == 0 && t.kind == CXType_Pointer)
                    weft__ex_pointee(x, kk.p[0], store || init ? M_WRITE : load ? M_READ : M_RW, !init);
                else if (out != M_NONE) {
                    x->plain_store = 1; /* a plain object the builtin reads or writes through the pointer */
                    weft__ex_pointee(x, kk.p[i], out, 0);
                } else
                    weft__ex_expr(x, kk.p[i], M_READ);
                x->plain_store = x->relaxed_op = 0;
            }
            CXCursor rp;
            int ordered;
            if (weft__ex_atomic_release(x, c, &rp, &ordered)) /* atomic_store(&l, 0) of a lock built from atomics */
                weft__ex_emit_atomic_lock(x, c, rp, 1, ordered);
            else if (weft__ex_atomic_may_free(x, c, &rp)) /* atomic_exchange(&l, 0) from anywhere */
                weft__ex_emit_atomic_lock(x, c, rp, 1, weft__ex_atomic_order_kind(x, c) == 0);
            if (!load && !init && t.kind == CXType_Pointer) /* atomic_fetch_add(&serving, 1): a ticket lock's release */
                weft__ex_ticket_release(x, c, weft__ex_address_of(x, kk.p[0]), weft__ex_atomic_order_kind(x, c) == 0);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_CompoundAssignOperator: {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2) {
            weft__ex_expr(x, kk.p[1], M_READ);
            long v;
            int lit = weft__ex_int_lit(x, kk.p[1], &v) && v >= 0;
            weft__ex_gint_write(x, c, kk.p[0], lit && weft__ex_binop_is(x, kk.p[0], kk.p[1], "+=") ? "+"
                                      : lit && weft__ex_binop_is(x, kk.p[0], kk.p[1], "-=") ? "-" : NULL);
            weft__ex_lvalue(x, kk.p[0], M_RW, 0);
            x->vtag = NULL;
            weft__ex_sym_kill(x, kk.p[0]);
            if (!(lit && weft__ex_binop_is(x, kk.p[0], kk.p[1], "|=") && v != 0))
                weft__ex_assume_word_written(x, c, kk.p[0]); /* g -= 1, g ^= 1, g += 255 (wraps) may clear an assume lock */
            if (weft__ex_is_atomic_type(clang_getCursorType(weft__ex_strip(kk.p[0])))) {
                weft__ex_ticket_release(x, c, kk.p[0], 1); /* serving += 1 on an _Atomic */
                if (!(lit && weft__ex_binop_is(x, kk.p[0], kk.p[1], "+=") && v > 0))
                    weft__ex_atomic_word_written(x, c, kk.p[0]); /* l -= 1, l &= 0: may free it */
            }
        }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_BinaryOperator: {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        if (kk.n == 2) {
            if (weft__ex_binop_is(x, kk.p[0], kk.p[1], "=")) {
                weft__ex_expr(x, kk.p[1], M_READ);
                long v;
                char eq[24];
                snprintf(eq, sizeof(eq), "=%ld", weft__ex_int_lit(x, kk.p[1], &v) ? v : 0);
                weft__ex_gint_write(x, c, kk.p[0],
                                    weft__ex_int_lit(x, kk.p[1], &v) ? weft__ex_cat3(x, eq, "", "") : NULL);
                weft__ex_lvalue(x, kk.p[0], M_WRITE, 0);
                weft__ex_atomic_store(x, c, kk.p[0], kk.p[1]);
                if (weft__ex_is_atomic_type(clang_getCursorType(weft__ex_strip(kk.p[0]))))
                    weft__ex_ticket_release(x, c, kk.p[0], 1); /* serving = my + 1 on an _Atomic */
                x->vtag = NULL;
                weft__ex_bind_value(x, weft__ex_lvalue_slot(x, kk.p[0]), kk.p[1]);
                weft__ex_sym_kill(x, kk.p[0]);
                weft__ex_region_store(x, kk.p[0], kk.p[1]);
            } else if (weft__ex_binop_is(x, kk.p[0], kk.p[1], "&&") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "||")) {
                weft__ex_expr(x, kk.p[0], M_READ);
                /* 1 && (die(), 0), 0 || die(): the right operand always runs, its end ends the
                 * path; ok || die() on a value every run computes alike: no error path. */
                long v;
                int is_and = weft__ex_binop_is(x, kk.p[0], kk.p[1], "&&");
                int always = !x->has_goto && weft__ex_known_cond(x, kk.p[0], &v) && (is_and ? v != 0 : v == 0);
                if (!always)
                    weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
                weft__ex_expr(x, kk.p[1], M_READ);
                int ends = operand_ends_run(x, kk.p[1]);
                int inputs = ends && !always ? weft__ex_fixed_by_inputs(x, kk.p[0]) : 0;
                if (ends == 1)
                    weft__ex_emit_halt(x, inputs);
                else if (ends == 2 && inputs)
                    weft__ex_emit_halt(x, inputs + 2); /* a mark (see facts.h) */
                if (!always)
                    weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
            } else if (macro_may_short_circuit(x, c, kk.p[0], kk.p[1])) {
                /* an operator a macro wrote, which may be && or || (its #define has one):
                 * the right operand may not run */
                first_then_maybe(x, &kk);
            } else {
                weft__ex_expr(x, kk.p[0], M_READ);
                weft__ex_expr(x, kk.p[1], M_READ);
            }
        }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_UnaryOperator: {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        if (clang_Cursor_isNull(op))
            return;
        weft__ex_unop(x, c, op, o);
        if (!strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-")) {
            weft__ex_gint_write(x, c, op, !strcmp(o, "++") ? "+" : !strcmp(o, "--") ? "-" : NULL);
            weft__ex_lvalue(x, op, M_RW, 0);
            x->vtag = NULL;
            weft__ex_sym_kill(x, op);
            weft__ex_assume_word_written(x, c, op); /* g--, or g++ from -1, may clear an assume lock */
            if (weft__ex_is_atomic_type(clang_getCursorType(weft__ex_strip(op)))) {
                weft__ex_ticket_release(x, c, op, 1); /* serving++ on an _Atomic: a seq_cst increment */
                if (strcmp(o, "++")) /* l-- may free a lock built from atomics, from anywhere */
                    weft__ex_atomic_word_written(x, c, op);
            }
        } else if (!strcmp(o, "?+") || !strcmp(o, "?*")) {
            /* an operator a macro spells that is not read: read, and maybe written (or, of a
             * pointer, maybe what it points at read) on some paths */
            weft__ex_expr(x, op, M_READ);
            weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
            if (!strcmp(o, "?+"))
                weft__ex_lvalue(x, op, M_RW, 0);
            else
                weft__ex_lvalue(x, c, M_READ, 0);
            weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
        } else if (!strcmp(o, "*"))
            weft__ex_lvalue(x, c, mode == M_NONE ? M_READ : mode, 0);
        else if (!strcmp(o, "&")) {
            const char *k;
            weft__ex_sym_kill(x, op);
            weft__ex_lval(x, op, &k, 1); /* evaluates indices and bases, accesses nothing */
        } else
            weft__ex_expr(x, op, M_READ);
        return;
    }
    case CXCursor_CallExpr:
        weft__ex_call(x, c);
        return;
    case CXCursor_ConditionalOperator: {
        /* c ? a : b: one branch or the other (a ? lock(&m) : 0 may take nothing). */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        long v;
        if (kk.n == 3 && !x->has_goto && weft__ex_known_cond(x, kk.p[0], &v)) {
            /* 0 ? (void)0 : abort(): only the branch taken runs, and ends the run if it exits;
             * after what the condition does ((wr(), 1) ? a : b) */
            weft__ex_expr(x, kk.p[0], M_READ);
            CXCursor b = v ? kk.p[1] : kk.p[2];
            weft__ex_expr(x, b, M_READ);
            if (never_returns(x, b))
                weft__ex_emit(x, WEFT__OP_HALT, clang_getNullCursor());
        } else if (kk.n == 3) {
            /* Each branch a path: one that exits ends it (p ? (void)0 : abort(): assert(p)),
             * and a test of a parameter as passed takes its caller's branch. */
            weft__ex_expr(x, kk.p[0], M_READ);
            struct weft__op *io = weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
            if (io)
                weft__ex_if_cond(x, kk.p[0], &io->u.cond);
            int end1 = never_returns(x, kk.p[1]), end2 = never_returns(x, kk.p[2]);
            int inputs = end1 || end2 ? weft__ex_fixed_by_inputs(x, kk.p[0]) : 0;
            weft__ex_expr(x, kk.p[1], M_READ);
            if (end1)
                weft__ex_emit_halt(x, inputs);
            weft__ex_emit(x, WEFT__OP_ELSE, clang_getNullCursor());
            weft__ex_expr(x, kk.p[2], M_READ);
            if (end2)
                weft__ex_emit_halt(x, inputs);
            weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
            /* f ? (void)0 : exit(1), assert(f): past it only once f held: a wait */
            if ((weft__ex_exit_branch(x, kk.p[1]) || weft__ex_exit_branch(x, kk.p[2])) &&
                weft__ex_reads_shared(x, kk.p[0]))
                weft__ex_emit(x, WEFT__OP_WAIT, clang_getNullCursor());
        } else if (kk.n) {
            first_then_maybe(x, &kk); /* a ?: b: b runs only where a is 0 */
        }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_GenericSelectionExpr: {
        /* _Generic(e, ...): e is not evaluated; the association chosen is (which one is not
         * read here: each may not run). */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 1; i < kk.n; i++)
            if (clang_isExpression(clang_getCursorKind(kk.p[i]))) {
                weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
                weft__ex_expr(x, kk.p[i], M_READ);
                weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
            }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_StmtExpr: {
        /* ({ ... }): its statements as statements (ifs are branches: glibc's assert). */
        CXCursor body = weft__ex_first_kid(c), now = x->stmt_now;
        if (!clang_Cursor_isNull(body))
            weft__ex_stmt(x, body);
        x->stmt_now = now;
        return;
    }
    default: {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++) {
            enum CXCursorKind ck = clang_getCursorKind(kk.p[i]);
            if (clang_isExpression(ck))
                weft__ex_expr(x, kk.p[i], M_READ);
            else if (clang_isStatement(ck) || ck == CXCursor_CompoundStmt)
                weft__ex_expr(x, kk.p[i], M_READ);
        }
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_UnaryExpr: {
        /* sizeof, alignof: nothing evaluated, except the size of a variable-length array
         * (sizeof(int[n]) reads n): the one sizeof that is not a constant. */
        CXEvalResult r = clang_Cursor_Evaluate(c);
        int konst = r && clang_EvalResult_getKind(r) == CXEval_Int;
        if (r)
            clang_EvalResult_dispose(r);
        if (konst)
            return;
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        for (unsigned i = 0; i < kk.n; i++)
            if (clang_isExpression(clang_getCursorKind(kk.p[i])))
                weft__ex_expr(x, kk.p[i], M_READ);
        weft__ex_kids_free(&kk);
        return;
    }
    case CXCursor_IntegerLiteral:
    case CXCursor_StringLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_FloatingLiteral:
        return;
    }
}
