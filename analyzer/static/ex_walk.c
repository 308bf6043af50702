/* The extractor's entry point: parses one translation unit and records each function's ops and the globals' binds. */
#include "extract_internal.h"

#include <errno.h>

static void function(struct ex *x, CXCursor fn)
{
    CXCursor body = weft__ex_fn_body(fn);
    if (clang_Cursor_isNull(body))
        return;
    x->fn = fn;
    x->fn_usr = weft__ex_usr_of(x, fn);
    x->nops = 0;
    x->nlocals = 0;
    x->nchanged = 0;
    x->nsteps = 0;
    x->namp = 0;
    x->nstate_esc = 0;
    x->pre_user_call = x->pre_ptr_call = 0;
    x->pre_block = x->pre_freed = clang_getNullCursor();
    x->has_goto = 0;
    x->njumps = x->nlabels = x->nloops_pre = 0;
    x->pre_seq = 0;
    x->goto_any = 0;
    x->atomic_region = 0;
    x->spin_if = x->spin_at = x->spin_word = clang_getNullCursor();
    x->spin_ret = 0;
    x->loop_depth = 0;
    x->loop = clang_getNullCursor();
    x->fn_fresh = weft__ex_allocator(x, fn);
    x->body = body;
    x->nparams = clang_Cursor_getNumArguments(fn) > 0;
    x->nsym = x->sdepth = x->no_sym = x->nloops = x->nrwalk = x->next_depth = 0;
    x->stmt_now = x->call_dest = x->call_rhs = clang_getNullCursor();
    x->ncleanups = 0;
    weft__ex_pre(x, body, P_NORMAL);
    weft__ex_pre_close(x);
    weft__ex_addr_escapes(x, body);
    weft__ex_fn_escapes(x, body);
    weft__ex_kept_results(x);
    /* int (*p)[g + 1] as a parameter: its size is evaluated at each entry */
    for (int i = 0; i < clang_Cursor_getNumArguments(fn); i++) {
        CXCursor pd = clang_Cursor_getArgument(fn, (unsigned)i);
        if (weft__ex_variably_modified(clang_getCursorType(pd)))
            weft__ex_vm_sizes(x, pd);
    }
    weft__ex_stmt(x, body);
    struct weft__fn *f = WEFT__PUSH(x->f->fns, x->f->nfns, x->f->capfns);
    if (!f) {
        x->oom = 1;
        return;
    }
    memset(f, 0, sizeof(*f));
    f->usr = x->fn_usr;
    f->irregular = (unsigned char)x->has_goto;
    f->name = weft__ex_name_of(x, fn);
    unsigned off;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getCursorLocation(fn), &f->line, &off, &off);
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

/* Conversions in a global's initializer (long **alias = (long **)&obj_ptr;): puns as in code. */
static enum CXChildVisitResult pun_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_UnexposedExpr || k == CXCursor_CStyleCastExpr || k == CXCursor_MemberRefExpr)
        weft__ex_note_pun(data, c);
    return CXChildVisit_Recurse;
}

static void global_var(struct ex *x, CXCursor d)
{
    struct kids kk;
    weft__ex_kids_get(d, &kk);
    if (kk.n && clang_isExpression(clang_getCursorKind(kk.p[kk.n - 1])))
        clang_visitChildren(d, pun_visit, x);
    if (clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_TranslationUnit &&
        clang_Cursor_getStorageClass(d) != CX_SC_Extern && !clang_Cursor_isNull(weft__ex_gint_var_decl(d))) {
        /* A global integer's first value (not known when not a literal). */
        long v = 0;
        CXCursor init = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
        int lit = clang_Cursor_isNull(init) || !clang_isExpression(clang_getCursorKind(init)) ||
                  (weft__ex_int_lit(x, init, &v) && weft__ex_gint_fits(d, v));
        struct weft__fact *f = weft__ex_fact(x, WEFT__FACT_INIT, "", weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""));
        if (f) {
            f->known = (char)lit;
            f->value = lit ? v : 0;
        }
    }
    for (unsigned i = 0; i < kk.n; i++)
        if (clang_isExpression(clang_getCursorKind(kk.p[i]))) {
            weft__ex_fn_escapes(x, kk.p[i]);
            weft__ex_bind_init(x, weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), ""), clang_getCursorType(d), kk.p[i]);
            weft__ex_root_init(x, d, kk.p[i]);
            weft__ex_addr_escapes(x, kk.p[i]);
        }
    weft__ex_kids_free(&kk);
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
        const char *p = weft__ex_abs_path(x, name);
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
                                                      CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord, &tu);
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
    x.verifier_tu = -1;
    x.f = out;
    x.A = &out->arena;
    x.dir = a->dir;
    clang_getInclusions(tu, inclusion, &x);
    weft__ex_symbols(&x);
    weft__ex_binary_semaphores(&x);
    weft__ex_stdio_prescan(&x);
    weft__ex_mutex_kinds(&x);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), top_visit, &x);
    free(x.ops);
    free(x.locals);
    free(x.changed);
    free(x.steps);
    free(x.jumps);
    free(x.labels);
    free(x.loops);
    free(x.pcls);
    free(x.amp);
    free(x.state_esc);
    free(x.macros);
    for (int i = 0; i < x.nfiles; i++)
        weft__ex_filebuf_drop(&x.files[i]);
    free(x.binsems);
    free(x.relaxed_reads);
    free(x.bad_counters);
    free(x.syms);
    free(x.cleanups);
    free(x.opm);
    free(x.macm);
    clang_disposeTranslationUnit(tu);
    return x.oom ? -ENOMEM : 0;
}
