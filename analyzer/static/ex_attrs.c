/* GCC attributes the walk gives their meaning: alias and asm labels (two names, one symbol), constructor and destructor functions (and those an .init_array variable names), cleanup variables. */
#include "extract_internal.h"

#include <ctype.h>

/* d's own USR, not the symbol it names. */
static const char *dup_usr(struct ex *x, CXCursor d)
{
    size_t n = x->nsyms;
    x->nsyms = 0;
    const char *u = weft__ex_usr_of(x, d);
    x->nsyms = n;
    return u;
}

/* What attr_find looks for on a declaration (name without underscores) and what it found. */
struct attr_find {
    struct ex *x;
    const char *name;
    const char *arg; /* its argument, quotes and blanks trimmed ("" none); NULL not found */
};

/* The argument of attribute text t ("cleanup(f)", "__alias__(\"g\")") when it is named name. */
static const char *attr_match(struct ex *x, const char *t, const char *name)
{
    while (*t == '_')
        t++;
    size_t n = strlen(name);
    if (strncmp(t, name, n))
        return NULL;
    t += n;
    while (*t == '_')
        t++;
    while (*t == ' ')
        t++;
    if (!*t)
        return "";
    if (*t != '(')
        return NULL;
    t++;
    while (*t == ' ' || *t == '"')
        t++;
    size_t e = strlen(t);
    while (e && strchr(" )\"", t[e - 1]))
        e--;
    char buf[128];
    snprintf(buf, sizeof(buf), "%.*s", (int)(e < sizeof(buf) - 1 ? e : sizeof(buf) - 1), t);
    return weft__ex_cat3(x, buf, "", "");
}

static enum CXChildVisitResult attr_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct attr_find *a = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_AsmLabelAttr && !strcmp(a->name, "asm"))
        a->arg = weft__ex_name_of(a->x, c);
    else if (k == CXCursor_UnexposedAttr)
        a->arg = attr_match(a->x, weft__ex_text_of(a->x, c), a->name);
    return a->arg ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* The argument of d's attribute name ("asm": its asm label), "" when it has none; NULL when d
 * does not carry it. */
static const char *attr_arg(struct ex *x, CXCursor d, const char *name)
{
    struct attr_find a = {x, name, NULL};
    clang_visitChildren(d, attr_visit, &a);
    return a.arg;
}

/* As attr_arg for an attribute whose text may not be where it is used (spelled by a macro,
 * a string made of pieces: ".init_" ".array"): read from the declaration as clang prints
 * it, __attribute__((section(".init_array"))). NULL when d does not carry it. */
static const char *printed_attr_arg(struct ex *x, CXCursor d, const char *name)
{
    const char *arg = attr_arg(x, d, name);
    if (arg)
        return arg;
    /* (given on the first declaration, a prototype: the definition inherits it) */
    CXCursor first = clang_getCanonicalCursor(d);
    if (!clang_equalCursors(first, d) && (arg = printed_attr_arg(x, first, name)))
        return arg;
    int has = 0; /* (an attribute there at all: printing every declaration costs) */
    struct kids kk;
    weft__ex_kids_get(d, &kk);
    for (unsigned i = 0; i < kk.n; i++)
        has |= clang_isAttribute(clang_getCursorKind(kk.p[i]));
    weft__ex_kids_free(&kk);
    if (!has)
        return NULL;
    CXPrintingPolicy pol = clang_getCursorPrintingPolicy(d);
    CXString str = clang_getCursorPrettyPrinted(d, pol);
    const char *t = clang_getCString(str);
    char pat[64];
    snprintf(pat, sizeof(pat), "__attribute__((%s", name);
    const char *at = t ? strstr(t, pat) : NULL;
    if (at) {
        const char *e = strstr(at, "))");
        char buf[160];
        snprintf(buf, sizeof(buf), "%.*s", e ? (int)(e - at - 15 < 150 ? e - at - 15 : 150) : 0, at + 15);
        arg = attr_match(x, buf, name);
    }
    clang_disposeString(str);
    clang_PrintingPolicy_dispose(pol);
    return arg;
}

/* extern "C" { } and the like: declarations inside are the TU's top level too. */
static int decl_group(enum CXCursorKind k)
{
    return k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl;
}

/* The TU's top-level declaration of kind k whose symbol is sym, or a null cursor. */
struct sym_find {
    struct ex *x;
    enum CXCursorKind k;
    const char *sym;
    CXCursor found;
};

static enum CXChildVisitResult sym_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct sym_find *f = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != f->k)
        return decl_group(k) ? CXChildVisit_Recurse : CXChildVisit_Continue;
    const char *label = attr_arg(f->x, c, "asm");
    if (label ? !strcmp(label, f->sym) : !strcmp(weft__ex_name_of(f->x, c), f->sym)) {
        f->found = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

static CXCursor sym_decl(struct ex *x, enum CXCursorKind k, const char *sym)
{
    struct sym_find f = {x, k, sym, clang_getNullCursor()};
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), sym_visit, &f);
    return f.found;
}

/* The file-scope variable whose assembler name is sym (an asm template naming it), else null. */
CXCursor weft__ex_global_named(struct ex *x, const char *sym)
{
    return sym_decl(x, CXCursor_VarDecl, sym);
}

/* The USR of the object or function symbol sym names (kind k): its declaration's in this TU,
 * through its own alias (a few deep), else an external symbol's. *name gets the symbol. */
static const char *sym_usr(struct ex *x, enum CXCursorKind k, const char *sym, int depth)
{
    CXCursor d = sym_decl(x, k, sym);
    /* (extern int counter2 __asm__("counter"): its own label names another file's counter) */
    if (clang_Cursor_isNull(d) || !strcmp(weft__ex_name_of(x, d), "") ||
        (attr_arg(x, d, "asm") && strcmp(weft__ex_name_of(x, d), sym) && !clang_isCursorDefinition(d)))
        return weft__ex_cat3(x, k == CXCursor_FunctionDecl ? "c:@F@" : "c:@", sym, "");
    const char *to = attr_arg(x, d, "alias");
    if (to && *to && depth < 4)
        return sym_usr(x, k, to, depth + 1);
    return dup_usr(x, d);
}

/* The functions a variable in section .init_array (.ctors, .preinit_array; .fini_array,
 * .dtors) names, as the loader runs them: constructor (destructor) facts. */
struct section_fns {
    struct ex *x;
    int dtor;
    long pri;
};

static enum CXChildVisitResult section_fn_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct section_fns *s = data;
    CXCursor d = clang_getCursorKind(c) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
        CXCursor def = clang_getCursorDefinition(d);
        struct weft__fact *f = weft__ex_fact(s->x, s->dtor ? WEFT__FACT_DTOR : WEFT__FACT_CTOR, "",
                                             dup_usr(s->x, clang_Cursor_isNull(def) ? d : def));
        if (f)
            f->value = s->pri;
    }
    return CXChildVisit_Recurse;
}

static void section_functions(struct ex *x, CXCursor var)
{
    const char *raw = printed_attr_arg(x, var, "section");
    if (!raw || clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(var)))
        return;
    /* (".init_" ".array": the pieces of one string, quotes and blanks between them dropped) */
    char sec[128];
    size_t o = 0;
    for (const char *c = raw; *c && o < sizeof(sec) - 1; c++)
        if (*c != '"' && !isspace((unsigned char)*c))
            sec[o++] = *c;
    sec[o] = '\0';
    static const char *const ctor[] = {".init_array", ".ctors", ".preinit_array"}, *const dtor[] = {".fini_array", ".dtors"};
    struct section_fns s = {x, -1, 65536};
    for (int i = 0; i < 5 && s.dtor < 0; i++) {
        const char *n = i < 3 ? ctor[i] : dtor[i - 3];
        size_t l = strlen(n);
        if (!strncmp(sec, n, l) && (!sec[l] || sec[l] == '.')) {
            s.dtor = i >= 3;
            /* (.init_array.N runs by N, low first; .preinit_array before every other) */
            s.pri = sec[l] == '.' && isdigit((unsigned char)sec[l + 1]) ? strtol(sec + l + 1, NULL, 10)
                    : i == 2                                             ? -1
                                                                         : 65536;
        }
    }
    if (s.dtor >= 0)
        clang_visitChildren(clang_Cursor_getVarDeclInitializer(var), section_fn_visit, &s);
}

/* A declaration that names another symbol: its entry in x->syms, a fact for the pass (other
 * TUs may use the second name); a constructor or destructor function: its fact. */
static enum CXChildVisitResult decl_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct ex *x = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (decl_group(k))
        return CXChildVisit_Recurse;
    if ((k != CXCursor_VarDecl && k != CXCursor_FunctionDecl) ||
        clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
        return CXChildVisit_Continue; /* a system header's asm labels are the C library's own names */
    const char *to = attr_arg(x, c, "alias"), *label = to ? NULL : attr_arg(x, c, "asm");
    const char *sym = to && *to ? to : label && *label ? label : NULL;
    if (sym) {
        const char *usr = dup_usr(x, c), *tu = sym_usr(x, k, sym, 0);
        if (strcmp(usr, tu)) {
            struct symalias *s = WEFT__PUSH(x->syms, x->nsyms, x->capsyms);
            if (!s) {
                x->oom = 1;
                return CXChildVisit_Break;
            }
            *s = (struct symalias){usr, tu, sym};
            if (clang_Cursor_getStorageClass(c) != CX_SC_Static)
                weft__ex_fact(x, WEFT__FACT_SYMBOL, usr, tu);
        }
    }
    if (k == CXCursor_VarDecl)
        section_functions(x, c);
    const char *pri;
    for (int dtor = 0; dtor < 2 && k == CXCursor_FunctionDecl && clang_isCursorDefinition(c); dtor++)
        if ((pri = printed_attr_arg(x, c, dtor ? "destructor" : "constructor"))) {
            struct weft__fact *f = weft__ex_fact(x, dtor ? WEFT__FACT_DTOR : WEFT__FACT_CTOR, "", dup_usr(x, c));
            if (f)
                f->value = isdigit((unsigned char)*pri) ? strtol(pri, NULL, 10) : 65536; /* none: after those with one */
        }
    return x->oom ? CXChildVisit_Break : CXChildVisit_Continue;
}

void weft__ex_symbols(struct ex *x)
{
    clang_visitChildren(clang_getTranslationUnitCursor(x->tu), decl_visit, x);
}

const char *weft__ex_sym_usr(struct ex *x, const char *usr)
{
    for (size_t i = 0; i < x->nsyms; i++)
        if (!strcmp(x->syms[i].usr, usr))
            return x->syms[i].to;
    return usr;
}

const char *weft__ex_sym_name(struct ex *x, CXCursor d, const char *name)
{
    if (!x->nsyms)
        return name;
    const char *usr = dup_usr(x, d);
    for (size_t i = 0; i < x->nsyms; i++)
        if (!strcmp(x->syms[i].usr, usr))
            return x->syms[i].name;
    return name;
}

void weft__ex_cleanup_decl(struct ex *x, CXCursor d)
{
    const char *fn = attr_arg(x, d, "cleanup");
    if (!fn || !*fn)
        return;
    CXCursor f = sym_decl(x, CXCursor_FunctionDecl, fn);
    struct cleanup *c = WEFT__PUSH(x->cleanups, x->ncleanups, x->capcleanups);
    if (!c) {
        x->oom = 1;
        return;
    }
    c->decl = d;
    c->depth = x->sdepth;
    c->from = weft__ex_off_at(x, d);
    c->end = x->block_end;
    c->usr = clang_Cursor_isNull(f) ? weft__ex_cat3(x, "c:@F@", fn, "") : weft__ex_usr_of(x, f);
    c->name = clang_Cursor_isNull(f) ? fn : weft__ex_sym_name(x, f, weft__ex_name_of(x, f));
    weft__ex_var_key(x, d, &c->key);
    /* &v of a private local, to a function of this TU that keeps nothing of it: as a call's. */
    CXCursor def = clang_Cursor_isNull(f) ? f : clang_getCursorDefinition(f);
    int q;
    if (!strncmp(c->key, "l:", 2) && !clang_Cursor_isNull(def) && weft__ex_param_class(x, def, 0, &q) == 0)
        c->key = weft__ex_cat3(x, "q:", c->key + 2, "");
}

/* The call f(&v) of cleanup c, where its variable leaves scope. */
static void cleanup_call(struct ex *x, const struct cleanup *c)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_CALL, c->decl);
    if (!o)
        return;
    o->u.call.usr = c->usr;
    o->u.call.name = c->name;
    o->u.call.nargs = 1;
    o->u.call.arg = weft__args_new(x->A, 1);
    if (!o->u.call.arg) {
        x->oom = 1;
        o->u.call.nargs = 0;
        return;
    }
    o->u.call.arg[0].key = c->key;
}

void weft__ex_cleanup_run(struct ex *x, int depth, int pop)
{
    size_t n = x->ncleanups;
    while (n && (depth < 0 || x->cleanups[n - 1].depth >= depth))
        cleanup_call(x, &x->cleanups[--n]);
    if (pop)
        x->ncleanups = n;
}

/* goto label: the cleanups of the variables whose scope the label is outside of (GCC runs
 * them when a goto leaves a block, or jumps back above the declaration). */
void weft__ex_cleanup_goto(struct ex *x, CXCursor label)
{
    unsigned at = clang_Cursor_isNull(label) ? 0 : weft__ex_off_at(x, label);
    for (size_t n = x->ncleanups; n; n--) {
        const struct cleanup *c = &x->cleanups[n - 1];
        if (!(c->from < at && at < c->end))
            cleanup_call(x, c);
    }
}
