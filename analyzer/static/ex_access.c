/* Operations and accesses: emits ops and turns an lvalue (or what a pointer argument points at) into access ops. */
#include "extract_internal.h"
#include "keys.h"

struct weft__op *weft__ex_emit(struct ex *x, char kind, CXCursor at)
{
    struct weft__op *o = WEFT__PUSH(x->ops, x->nops, x->capops);
    if (!o) {
        x->oom = 1;
        return NULL;
    }
    weft__op_init(o, kind);
    if (!clang_Cursor_isNull(at)) {
        unsigned off;
        struct filebuf *fb = weft__ex_loc_of(x, clang_getCursorLocation(at), &o->line, &o->col, &off);
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
                        o->u.access.suppressed = 1;
                }
        }
    }
    return o;
}

void weft__ex_emit_sync(struct ex *x, CXCursor at, const char *what)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_SYNC, at);
    if (o)
        o->u.sync = what;
}

struct fieldvisit {
    struct ex *x;
    CXCursor c;
    const char *key, *tkey;
    int mode, atomic;
    long long bits; /* where the struct walked starts in the outermost one (bits) */
};

/* A local given exactly one value, a fresh allocation: what it points at is that one object. */
int weft__ex_fresh_local(struct ex *x, CXCursor d)
{
    struct local *l = clang_getCursorKind(d) == CXCursor_VarDecl ? weft__ex_local_of(x, d, 0) : NULL;
    return l && l->nsrc == 1 && clang_getCursorKind(weft__ex_strip(l->src)) == CXCursor_CallExpr &&
           weft__ex_is_alloc_call(x, weft__ex_strip(l->src));
}

static int fresh_local(struct ex *x, CXCursor d)
{
    return weft__ex_fresh_local(x, d);
}

static enum CXVisitorResult field_visit(CXCursor fld, CXClientData d)
{
    struct fieldvisit *v = d;
    const char *n = weft__ex_field_loc_name(v->x, fld);
    const char *k = weft__key_part(v->key) ? v->key /* some part of the object: all of it */
                    : !strncmp(v->key, "t:", 2) ? weft__ex_cat3(v->x, "f:", v->key + 2, weft__ex_cat3(v->x, ".", n, ""))
                                                : weft__ex_cat3(v->x, v->key, ".", n);
    const char *tk = weft__ex_cat3(v->x, "f:", v->tkey + 2, weft__ex_cat3(v->x, ".", n, ""));
    CXType ft = clang_getCanonicalType(clang_getCursorType(fld));
    int in_union = !strcmp(n, "*");
    /* (write(fd, &h, sizeof h.magic): the fields in the bytes given, no other) */
    long long off = clang_Cursor_getOffsetOfField(fld), fbits = clang_Type_getSizeOf(ft) * 8;
    off = off >= 0 ? v->bits + off : -1;
    long long lo = (long long)v->x->byte_from * 8, hi = lo + (long long)v->x->byte_limit * 8;
    if (v->x->byte_limit > 0 && off >= 0 && (off >= hi || (fbits > 0 && off + fbits <= lo)))
        return CXVisit_Continue;
    if (ft.kind == CXType_Record && !in_union) {
        /* A nested struct: its fields are locations too (t.s.data), by type when the whole is. */
        struct fieldvisit w = *v;
        w.bits = off >= 0 ? off : 0;
        w.tkey = weft__ex_type_key(v->x, "t:", ft, "");
        w.key = !strncmp(v->key, "t:", 2) ? w.tkey : k;
        clang_Type_visitFields(ft, field_visit, &w);
        return CXVisit_Continue;
    }
    const char *outer = v->x->vtype;
    v->x->vtype = weft__ex_type_key(v->x, "t:", ft, "");
    weft__ex_access_key(v->x, v->c, k, tk, v->mode, v->atomic);
    v->x->vtype = outer;
    /* A union's members are one location; a bit-field run's, one access of its first. */
    return in_union ? CXVisit_Break : CXVisit_Continue;
}

/* Whether lvalue c indexes an array on its way (through . and [], not pointers). */
static int has_subscript(CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = weft__ex_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k == CXCursor_ArraySubscriptExpr)
            return 1;
        if (k != CXCursor_MemberRefExpr)
            return 0;
        c = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(c))
            return 0;
    }
    return 0;
}

/* Whether lvalue c reaches an array element by an index that is not a literal, or goes
 * through pointer arithmetic: which element is then not known. */
static int varying_index(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = weft__ex_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor next = clang_getNullCursor();
        if (k == CXCursor_MemberRefExpr) {
            next = weft__ex_first_kid(c);
        } else if (k == CXCursor_ArraySubscriptExpr) {
            struct kids kk;
            weft__ex_kids_get(c, &kk);
            /* p[1] through a pointer: where p points is not known, so neither is the element. */
            int literal = kk.n == 2 && clang_getCursorKind(weft__ex_strip(kk.p[1])) == CXCursor_IntegerLiteral &&
                          weft__ex_is_array_type(clang_getCursorType(weft__ex_strip(kk.p[0])));
            if (literal)
                next = kk.p[0];
            weft__ex_kids_free(&kk);
            if (!literal)
                return 1;
        } else if (k == CXCursor_UnaryOperator) {
            CXCursor op = weft__ex_first_kid(c);
            char o[8] = "";
            if (!clang_Cursor_isNull(op))
                weft__ex_unop(x, c, op, o);
            if (strcmp(o, "*") && strcmp(o, "&"))
                return 0;
            next = op;
        } else if (k == CXCursor_BinaryOperator) {
            return 1; /* p + i, p - 1 */
        }
        if (clang_Cursor_isNull(next))
            return 0;
        c = next;
    }
    return 1;
}

/*
 * An lvalue's name rebuilt from the tree: v, s.f, p->f, a[i], a[3], *p; NULL when it has a
 * part this does not spell.  Inside a macro's expansion the source text is the macro call's
 * (punt(err), LOCKED(m, x++)), which names no variable.
 */
static int spell(struct ex *x, CXCursor c, char *buf, size_t cap, int depth)
{
    c = weft__ex_strip(c);
    enum CXCursorKind k = clang_getCursorKind(c);
    if (depth > 8 || cap < 2)
        return 0;
    if (k == CXCursor_DeclRefExpr) {
        const char *n = weft__ex_name_of(x, clang_getCursorReferenced(c));
        return n && *n && (size_t)snprintf(buf, cap, "%s", n) < cap;
    }
    if (k == CXCursor_MemberRefExpr) {
        CXCursor base = weft__ex_first_kid(c);
        const char *m = weft__ex_name_of(x, clang_getCursorReferenced(c));
        if (clang_Cursor_isNull(base) || !m || !spell(x, base, buf, cap, depth + 1))
            return 0;
        int ptr = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind == CXType_Pointer;
        size_t n = strlen(buf);
        return (size_t)snprintf(buf + n, cap - n, "%s%s", ptr ? "->" : ".", m) < cap - n;
    }
    if (k == CXCursor_ArraySubscriptExpr) {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        int ok = kk.n == 2 && spell(x, kk.p[0], buf, cap, depth + 1);
        if (ok) {
            size_t n = strlen(buf);
            char ix[64];
            long v;
            if (weft__ex_int_lit(x, kk.p[1], &v))
                snprintf(ix, sizeof(ix), "%ld", v);
            else if (!spell(x, kk.p[1], ix, sizeof(ix), depth + 1))
                snprintf(ix, sizeof(ix), "...");
            ok = (size_t)snprintf(buf + n, cap - n, "[%s]", ix) < cap - n;
        }
        weft__ex_kids_free(&kk);
        return ok;
    }
    return 0;
}

static const char *access_text(struct ex *x, CXCursor c)
{
    const char *t = weft__ex_text_of(x, c);
    char buf[128];
    /* Only where the text is a macro call's: a plain lvalue's own text stays as written. */
    if (!strchr(t, '(') || !spell(x, c, buf, sizeof(buf), 0))
        return t;
    const char *d = weft__arena_strdup(x->A, buf);
    return d ? d : t;
}

/* The global counter a plain increment e of it draws from (n++, ++n): each evaluation gives
 * a value no other one does while the increments do not race (a race on n is reported on n)
 * and nothing moves it back. Its key, else NULL. */
static const char *plain_counter(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator)
        return NULL;
    CXCursor op = weft__ex_first_kid(e);
    char o[8] = "";
    if (!clang_Cursor_isNull(op))
        weft__ex_unop(x, e, op, o);
    CXCursor g = strcmp(o, "++") ? clang_getNullCursor() : weft__ex_global_var(op);
    const char *k;
    if (clang_Cursor_isNull(g) || weft__ex_is_atomic_type(clang_getCursorType(g)) ||
        clang_isVolatileQualifiedType(clang_getCursorType(g)) || !weft__ex_var_key(x, g, &k))
        return NULL;
    return k;
}

/* g[id] where id is a local initialized from an atomic counter's fetch-add (or a plain
 * increment, n++) and never changed: that counter's key (see weft__ex_atomic_counter), else "". */
static const char *unique_index(struct ex *x, CXCursor c)
{
    c = weft__ex_strip(c);
    if (clang_getCursorKind(c) != CXCursor_ArraySubscriptExpr)
        return "";
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    CXCursor ix = kk.n == 2 ? weft__ex_strip(kk.p[1]) : clang_getNullCursor();
    weft__ex_kids_free(&kk);
    if (clang_getCursorKind(ix) != CXCursor_DeclRefExpr)
        return "";
    CXCursor d = clang_getCursorReferenced(ix);
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) || weft__ex_is_changed(x, d))
        return "";
    weft__ex_kids_get(d, &kk);
    CXCursor init = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
    const char *k = clang_Cursor_isNull(init) ? NULL : weft__ex_atomic_counter(x, init);
    if (!k && !clang_Cursor_isNull(init))
        k = plain_counter(x, init);
    weft__ex_kids_free(&kk);
    /* Kept whole (no _Bool id, no char) from a counter that only counts up. */
    if (k && (!weft__ex_int_size(x, clang_getCursorType(d)) || !weft__ex_no_narrowing(x, init) ||
              !weft__ex_counter_only_up(x, k)))
        k = NULL;
    return k ? k : "";
}

/* g[v] (then .f ...) with v a value the thread's argument points at: see weft__ex_param_value_index. */
static int value_index(struct ex *x, CXCursor c, const char **field)
{
    c = weft__ex_strip(c);
    while (clang_getCursorKind(c) == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(b) || clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b))).kind == CXType_Pointer)
            return -1;
        c = weft__ex_strip(b);
    }
    if (clang_getCursorKind(c) != CXCursor_ArraySubscriptExpr)
        return -1;
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int n = kk.n == 2 && clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr
                ? weft__ex_param_value_index(x, kk.p[1], field)
                : -1;
    weft__ex_kids_free(&kk);
    return n;
}

struct at_offset {
    long long bits;
    CXType want;
    int found;
};

static enum CXVisitorResult at_offset_visit(CXCursor f, CXClientData data)
{
    struct at_offset *a = data;
    long long off = clang_Cursor_getOffsetOfField(f);
    CXType t = clang_getCanonicalType(clang_getCursorType(f));
    if (off == a->bits && clang_equalTypes(t, a->want))
        a->found = 1;
    else if (off >= 0 && off <= a->bits && t.kind == CXType_Record) {
        struct at_offset in = {a->bits - off, a->want, 0};
        clang_Type_visitFields(t, at_offset_visit, &in);
        a->found |= in.found;
    }
    return a->found ? CXVisit_Break : CXVisit_Continue;
}

/* An lvalue reached through a local pointer (*d, d->f, d[0]) names what the parameter it was
 * given points at only as far as that value does: d = p or d = &p->datum, not d = &p[1].datum,
 * p + 1, or several values (1 own, 0 not; -1: not through a local). */
static int own_through_local(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 8 && clang_getCursorKind(c) != CXCursor_DeclRefExpr; depth++) {
        CXCursor b = weft__ex_first_kid(weft__ex_strip(c));
        if (clang_Cursor_isNull(b))
            return -1;
        c = weft__ex_strip(b);
    }
    CXCursor d = clang_getCursorKind(c) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d))
        return -1;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (!l || l->nsrc != 1)
        return 0;
    CXCursor v = weft__ex_strip(l->src);
    if (clang_getCursorKind(v) == CXCursor_DeclRefExpr) {
        CXCursor vd = clang_getCursorReferenced(v);
        return clang_getCursorKind(vd) == CXCursor_ParmDecl ? 1 : own_through_local(x, v) == 1;
    }
    CXCursor lv = weft__ex_address_of(x, v);
    return !clang_Cursor_isNull(lv) && weft__ex_own_target(x, lv) && own_through_local(x, lv) != 0;
}

/* Lvalue c is reached through a local given container_of(p, T, m) once, (T *)((char *)p -
 * K) with a member of T at byte K of p's pointee type: the object p points into, whole. */
static int through_container_of(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 8 && clang_getCursorKind(c) != CXCursor_DeclRefExpr; depth++)
        c = weft__ex_strip(weft__ex_first_kid(weft__ex_strip(c)));
    CXCursor d = clang_getCursorKind(c) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(c) : clang_getNullCursor();
    struct local *l = clang_Cursor_isNull(d) ? NULL : weft__ex_local_of(x, d, 0);
    if (!l || l->nsrc != 1 || weft__ex_is_changed(x, d))
        return 0;
    CXType to = clang_getCanonicalType(clang_getCursorType(d)); /* (the local's: src may be stripped) */
    CXCursor e = weft__ex_strip(l->src);
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    long k;
    int ok = to.kind == CXType_Pointer && clang_getCursorKind(e) == CXCursor_BinaryOperator && kk.n == 2 &&
             weft__ex_binop_is(x, kk.p[0], kk.p[1], "-") && weft__ex_eval_int(kk.p[1], &k) && k >= 0;
    /* p's own type: below the (char *) cast, the first conversion that is not to a byte pointer */
    CXCursor pe = kk.n == 2 ? kk.p[0] : clang_getNullCursor();
    CXType from = to;
    for (int depth = 0; ok && depth < 8 && !clang_Cursor_isNull(pe); depth++) {
        from = clang_getCanonicalType(clang_getCursorType(pe));
        CXType pt = clang_getCanonicalType(clang_getPointeeType(from));
        if (from.kind == CXType_Pointer && pt.kind != CXType_Char_S && pt.kind != CXType_Char_U &&
            pt.kind != CXType_SChar && pt.kind != CXType_UChar && pt.kind != CXType_Void)
            break;
        enum CXCursorKind pk = clang_getCursorKind(pe);
        pe = pk == CXCursor_ParenExpr || pk == CXCursor_UnexposedExpr || pk == CXCursor_CStyleCastExpr
                 ? weft__ex_first_kid(pe)
                 : clang_getNullCursor();
    }
    weft__ex_kids_free(&kk);
    to = clang_getCanonicalType(clang_getPointeeType(to));
    if (!ok || from.kind != CXType_Pointer || to.kind != CXType_Record)
        return 0;
    struct at_offset a = {k * 8, clang_getCanonicalType(clang_getPointeeType(from)), 0};
    clang_Type_visitFields(to, at_offset_visit, &a);
    return a.found;
}

/* Whether lvalue c is reached through a pointer rebuilt from an integer, directly or by a
 * local whose one value it is (raw[i], raw = (const unsigned char *)handle): it may point
 * at any object whose address was turned into a number. */
static int from_integer(struct ex *x, CXCursor c)
{
    c = weft__ex_strip(c);
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
        return 0;
    CXCursor p = weft__ex_strip(weft__ex_first_kid(c));
    if (clang_getCursorKind(p) == CXCursor_DeclRefExpr) {
        struct local *l = weft__ex_local_of(x, clang_getCursorReferenced(p), 0);
        if (!l || l->nsrc != 1 || clang_Cursor_isNull(l->src))
            return 0;
        p = weft__ex_strip(l->src);
    }
    /* (the casts stripped: an integer, not the pointer they make of it) */
    return weft__ex_integer_kind(clang_getCanonicalType(clang_getCursorType(p)).kind) &&
           clang_getCursorKind(p) != CXCursor_IntegerLiteral;
}

struct weft__op *weft__ex_access_key(struct ex *x, CXCursor c, const char *key, const char *tkey, int mode, int atomic)
{
    /* p->tm_hour, p = localtime(&t): the library's state is one location (its calls write all) */
    const char *st = !strncmp(key, "g:libc@", 7) ? strstr(key, "()") : NULL;
    if (st && st[2]) {
        size_t n = (size_t)(st - key) + 2;
        char *k = weft__arena_alloc(x->A, n + 1);
        if (!k)
            return NULL;
        memcpy(k, key, n);
        k[n] = '\0';
        key = tkey = k;
    }
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_ACCESS, c);
    if (!o)
        return NULL;
    struct weft__access *a = &o->u.access;
    weft__ex_access_tail(x, c, key, a);
    a->loc = key;
    a->text = access_text(x, c);
    /* (a member of a struct that is itself a union's member, r->status with r = &u->v2,
     * keyed as the union's location: paired there, where &u->v1's status meets it) */
    size_t kn = strlen(key);
    int lumped = !strncmp(key, "f:union ", 8) && kn > 2 && !strcmp(key + kn - 2, ".*") && !strncmp(tkey, "f:", 2) &&
                 strcmp(tkey, key);
    if (lumped)
        tkey = key; /* (which part of the union it is, not kept: p->lo and p->hi may not meet) */
    a->tloc = tkey;
    /* The value's type: the tloc itself for memory by type, the field's type for a field. */
    if (x->vtype)
        a->vtype = x->vtype;
    else if (!strcmp(key, "t:char") && from_integer(x, c))
        a->vtype = "t:void"; /* (bytes of any object: findings.c byte_writes_into_groups) */
    else if (!strncmp(tkey, "t:", 2))
        a->vtype = tkey;
    else if (!strncmp(tkey, "f:", 2)) {
        CXType t = clang_getCanonicalType(clang_getCursorType(c));
        while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
            t = clang_getCanonicalType(clang_getArrayElementType(t));
        a->vtype = weft__ex_type_key(x, "t:", t, "");
    }
    a->ukey = !strncmp(key, "g:", 2) ? unique_index(x, c) : "";
    /* (some part of an object: which bits of it, not known; q->c's bits are from q's union) */
    a->upath = weft__key_part(key) || x->ubits_unknown ? "" : weft__ex_union_path(x, c);
    x->ubits_unknown = 0;
    a->iter = (unsigned char)weft__ex_iter_element(x, c);
    /* A global array's element by constant index (g[3] is not g[4]), or by a parameter. */
    /* memset/memcpy from an element's address (&a[2]) of another size: which elements not known
     * (from the array itself, memset(a, 0, sizeof a), it is the array as a whole anyway). */
    int span = (x->span_access || (x->span_scalar && !weft__ex_is_array_type(clang_getCursorType(c)))) &&
               has_subscript(c);
    int named = (!strncmp(key, "g:", 2) || !strncmp(key, "o:", 2)) && !weft__key_part(key);
    int elem = named && !span;
    long ix = elem ? weft__ex_const_index(x, c) : -1;
    /* p[K] through a pointer parameter, or a local holding exactly its value: element K from
     * where the caller's pointer points (interp_access.c resolves it against the argument) */
    long pix = !elem && !span && !strncmp(key, "*@p", 3) && !weft__key_part(key) && own_through_local(x, c) != 0
                   ? weft__ex_const_index(x, c)
                   : -1;
    if (pix >= 0)
        ix = pix;
    a->ixfield = "";
    a->ixvar = weft__ex_subscript_var(x, c);
    if (span) /* (a call's span from &a[i]: not that element alone, nor its index's) */
        a->ukey = a->ixvar = "", a->iter = 0;
    a->pbase = "";
    if (!span && !*a->ixvar) { /* jobs[i]->out: what element i of a local array of pointers points at */
        const char *pv;
        a->pbase = weft__ex_slot_access(x, c, &pv);
        if (*a->pbase)
            a->ixvar = pv;
    }
    a->sbase = weft__ex_stable_base(x, c, 0);
    a->sbtype = weft__ex_base_type(x, c);
    if (!*a->sbtype && x->whole_sbt)
        a->sbtype = x->whole_sbt;
    a->aff.kind = WEFT__AFF_NONE;
    a->aff.field = "";
    if (elem)
        weft__ex_affine_index(x, c, &a->aff);
    else if (span && named && x->span_elems > 0 && weft__ex_affine_index(x, c, &a->aff) && !a->aff.mod)
        a->aff.hi += x->span_elems - 1; /* memcpy(&a[5], src, 5 * sizeof a[0]): a[5] to a[9] */
    else
        a->aff.kind = WEFT__AFF_NONE;
    if (ix != -1) {
        a->index_kind = ix >= 0 ? WEFT__INDEX_CONST : WEFT__INDEX_PARAM;
        a->index = ix >= 0 ? ix : -ix - 2;
    } else if (elem) {
        const char *f = "";
        int n = value_index(x, c, &f);
        if (n >= 0)
            a->index_kind = WEFT__INDEX_PARAM_VAL, a->index = n, a->ixfield = f;
    }
    a->mode = mode == M_READ ? WEFT__READ : mode == M_WRITE ? WEFT__WRITE : mode == M_RW ? WEFT__UPDATE : WEFT__EXT;
    a->atomic = (unsigned char)(x->plain_store ? 0 : atomic ? atomic : weft__ex_is_atomic_type(clang_getCursorType(c)));
    /* (not some part reached by arithmetic from it: cell - 1, me + 1, (char *)w + 4) */
    /* (not a call's span from it: memset(&p[0], 0, n), strcpy(&p[0], s)) */
    a->own_target = !strncmp(key, "*@p", 3) && !span && (!weft__key_part(key) || through_container_of(x, c)) &&
                    (weft__ex_own_target(x, c) ||
                     (x->whole_alloc && clang_getCursorKind(weft__ex_strip(c)) == CXCursor_DeclRefExpr)) &&
                    (through_container_of(x, c) || own_through_local(x, c) != 0);
    /* An element the location does not tell apart (h.arr[0], m[0][1], p->d[0]: one location
     * with h.arr[1], m[1][1], p->d[1]): which element is not known either. */
    /* (A constant element of a union's array member is told apart by its bits: upath.) */
    int bits = ix == -1 && strchr(a->upath ? a->upath : "", '[') && strchr(a->upath, '#');
    /* (p->n with p = &G[1] or G + i, G a global pointer: not the element G->n names) */
    /* (p[K] through a parameter: its element K, interp_access.c) */
    a->varying = (unsigned char)(x->partial_write || lumped ||
                                 (pix < 0 && (varying_index(x, c) || span || (ix == -1 && has_subscript(c) && !bits) ||
                                              (!strncmp(key, "*g:", 3) && weft__ex_pointer_element(x, c, 1, 0)) ||
                                              (!strncmp(key, "g:", 2) && weft__ex_local_element_varies(x, c)))));
    a->tls = (unsigned char)(x->tls != 0);
    CXType ct = clang_getCursorType(c);
    a->vol = (unsigned char)(clang_isVolatileQualifiedType(ct) || clang_isVolatileQualifiedType(clang_getCanonicalType(ct)));
    if (x->create_store)
        a->vol = 2;
    a->libc = (unsigned char)(x->libc_call != 0 ? 1 : x->whole_alloc ? 2 : x->lib_ext ? 3 : 0);
    a->relaxed = (unsigned char)(a->atomic == 1 ? x->relaxed_op : 0);
    return o;
}

static void access(struct ex *x, CXCursor c, const char *key, int mode, int atomic)
{
    if (mode == M_NONE)
        return;
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind == CXType_Record && !weft__ex_is_atomic_type(clang_getCursorType(c)) && !x->whole) {
        /* A whole-struct copy touches every field. */
        const char *tk = weft__ex_type_key(x, "t:", t, "");
        struct fieldvisit v = {x, c, !strncmp(key, "t:", 2) ? tk : key, tk, mode, atomic, 0};
        /* (the fields of a variable copied whole, gs = fresh: in an object of its type, as
         * gs.key.k is) */
        const char *outer = x->whole_sbt;
        if (clang_getCursorKind(weft__ex_strip(c)) == CXCursor_DeclRefExpr && !*weft__ex_base_type(x, c))
            x->whole_sbt = weft__ex_type_key(x, "", t, "");
        clang_Type_visitFields(t, field_visit, &v);
        x->whole_sbt = outer;
        return;
    }
    weft__ex_access_key(x, c, key, weft__ex_tloc_of(x, c), mode, atomic);
}

/* An lvalue used with the given mode. */
void weft__ex_lvalue(struct ex *x, CXCursor c, int mode, int atomic)
{
    /* __real__ z = 1.0, (__extension__ n) = v: z, n themselves (no operator text of + - * & ! ~) */
    CXCursor u = weft__ex_strip(c);
    if (clang_getCursorKind(u) == CXCursor_GenericSelectionExpr) {
        /* _Generic(e, int: g, default: h) = 5: the association chosen (which one is not read
         * here: each may be the one) */
        struct kids kk;
        weft__ex_kids_get(u, &kk);
        for (unsigned i = 1; i < kk.n; i++)
            if (clang_isExpression(clang_getCursorKind(kk.p[i]))) {
                weft__ex_emit(x, WEFT__OP_IF, clang_getNullCursor());
                weft__ex_lvalue(x, kk.p[i], mode, atomic);
                weft__ex_emit(x, WEFT__OP_ENDIF, clang_getNullCursor());
            }
        weft__ex_kids_free(&kk);
        return;
    }
    CXCursor in = clang_getCursorKind(u) == CXCursor_UnaryOperator ? weft__ex_first_kid(u) : clang_getNullCursor();
    if (!clang_Cursor_isNull(in)) {
        char o[8];
        weft__ex_unop(x, u, in, o);
        if (!o[0] && !weft__ex_unop_deref_typed(u, in)) {
            weft__ex_lvalue(x, in, mode, atomic);
            return;
        }
    }
    const char *key;
    int sh = weft__ex_lval(x, c, &key, 1);
    CXCursor var = !sh && !strncmp(key, "g:", 2) ? weft__ex_var_of(c) : clang_getNullCursor();
    /* (a global reached through a pointer that is not shared, *me with me = &tl: thread-local) */
    int tls = (!clang_Cursor_isNull(var) && clang_getCursorTLSKind(var) != CXTLS_None) ||
              (!sh && clang_Cursor_isNull(var) && !strncmp(key, "g:", 2)) ||
              (!sh && !strcmp(key, WEFT__ERRNO_KEY)); /* errno (*__errno_location()) */
    if (!sh && !tls)
        return;
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    /* Naming an array or function is address arithmetic, not an access. */
    if (mode == M_READ && (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
                           t.kind == CXType_VariableArray || t.kind == CXType_FunctionProto))
        return;
    x->tls += tls;
    access(x, c, key, mode, atomic);
    x->tls -= tls;
}

/* Bytes through a void * whose target is not known (write(fd, j->buf, n), qsort(r->base,
 * ...)): "t:char" with value type "t:void", which findings.c pairs with every object whose
 * address is taken (a void * is how C hands any object to a library call). */
void weft__ex_void_bytes(struct ex *x, CXCursor e, int mode, int atomic)
{
    const char *outer = x->vtype;
    x->vtype = "t:void";
    weft__ex_access_key(x, e, "t:char", "t:char", mode, atomic);
    x->vtype = outer;
}

/* What pointer value arg is known to point at (a global pointer's target, what a local's one
 * value or a parameter points at), accessed with mode; a number or a pointer of unknown
 * target read from memory (time(c->out)), by type; arg itself is not walked. */
void weft__ex_pointee_of_value(struct ex *x, CXCursor arg, int mode)
{
    CXCursor e = weft__ex_strip(arg);
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    const char *k;
    int sh;
    if (clang_getCanonicalType(clang_getCursorType(arg)).kind != CXType_Pointer || /* (not (long)p) */
        t.kind != CXType_Pointer || clang_isConstQualifiedType(clang_getPointeeType(t)))
        return;
    CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
    const char *tk = weft__ex_type_key(x, "t:", pt, "");
    if (!weft__ex_ptr_target(x, e, &k, &sh, 0)) {
        /* time(c->out): a pointer read from memory, its target not known: a number or a
         * pointer it points at, by type (memory matched by type only: no finding shown, but
         * no proof either) */
        int scalar = pt.kind == CXType_Pointer || pt.kind == CXType_Long || pt.kind == CXType_Int ||
                     pt.kind == CXType_LongLong || pt.kind == CXType_ULong || pt.kind == CXType_UInt ||
                     pt.kind == CXType_ULongLong || pt.kind == CXType_Double || pt.kind == CXType_Float;
        enum CXCursorKind ek = clang_getCursorKind(e);
        if (scalar && (ek == CXCursor_MemberRefExpr || ek == CXCursor_ArraySubscriptExpr))
            weft__ex_access_key(x, e, tk, tk, mode, 0);
        else if (pt.kind == CXType_Void && (ek == CXCursor_MemberRefExpr || ek == CXCursor_ArraySubscriptExpr))
            weft__ex_void_bytes(x, e, mode, 0); /* (qsort(r->base, ...): bytes of any object) */
        return;
    }
    if (!sh)
        return;
    if (!strcmp(tk, "t:struct _IO_FILE") || !strcmp(tk, "t:FILE"))
        return; /* a stream: stdio locks it inside (the *_unlocked functions: unsafe_call) */
    if (pt.kind == CXType_Record && !x->whole) {
        struct fieldvisit v = {x, e, k, tk, mode, 0, 0};
        clang_Type_visitFields(pt, field_visit, &v);
        return;
    }
    weft__ex_access_key(x, e, k, tk, mode, 0);
}

/* The object a pointer argument points at, accessed with mode (memset's destination...). */
void weft__ex_pointee(struct ex *x, CXCursor arg, int mode, int atomic)
{
    CXCursor e = weft__ex_strip(arg), op = weft__ex_address_of(x, arg);
    if (!clang_Cursor_isNull(op)) {
        const char *k;
        if (weft__ex_lval(x, op, &k, 1))
            access(x, op, k, mode, atomic);
        return;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray) {
        const char *k;
        if (weft__ex_lval(x, e, &k, 1))
            access(x, e, k, mode, atomic);
        return;
    }
    weft__ex_expr(x, arg, M_READ);
    /* (write(fd, (const char *)rq->cookie, n): a pointer rebuilt from an integer, any object) */
    if (weft__ex_integer_kind(t.kind) && clang_getCursorKind(e) != CXCursor_IntegerLiteral &&
        clang_getCanonicalType(clang_getCursorType(arg)).kind == CXType_Pointer) {
        weft__ex_void_bytes(x, e, mode, atomic);
        return;
    }
    if (t.kind == CXType_Pointer && weft__ex_ptr_shared(x, e)) {
        /* The pointed-at object, by type (void * and char * reach bytes); a void * cast to a
         * typed pointer where it is passed, (pthread_mutex_t *)arg, reaches an object of that type. */
        CXType pt = clang_getCanonicalType(clang_getPointeeType(t));
        CXType at = clang_getCanonicalType(clang_getCursorType(arg));
        if (pt.kind == CXType_Void && at.kind == CXType_Pointer &&
            clang_getCanonicalType(clang_getPointeeType(at)).kind != CXType_Void)
            pt = clang_getCanonicalType(clang_getPointeeType(at));
        const char *k;
        int sh;
        if (weft__ex_ptr_target(x, e, &k, &sh, 0)) {
            if (sh && pt.kind == CXType_Record && !x->whole) {
                /* free(p), memset(p, ...) of a struct: each of its fields. */
                struct fieldvisit v = {x, e, k, weft__ex_type_key(x, "t:", pt, ""), mode, atomic, 0};
                clang_Type_visitFields(pt, field_visit, &v);
            } else if (sh) {
                weft__ex_access_key(x, e, k, weft__ex_type_key(x, "t:", pt, ""), mode, atomic);
            }
            return;
        }
        if (pt.kind == CXType_Record && !x->whole) {
            /* The whole struct, field by field: of the one fresh object a local holds when it
             * holds one (as a thread's argument names it), else by type. */
            const char *tk = weft__ex_type_key(x, "t:", pt, ""), *ok = tk;
            if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && fresh_local(x, clang_getCursorReferenced(e)))
                ok = weft__ex_cat3(x, "h:", x->fn_usr, weft__ex_cat3(x, "#", weft__ex_name_of(x, clang_getCursorReferenced(e)), ""));
            struct fieldvisit v = {x, e, ok, tk, mode, atomic, 0};
            clang_Type_visitFields(pt, field_visit, &v);
            return;
        }
        k = pt.kind != CXType_Void && pt.kind != CXType_Char_S && pt.kind != CXType_Char_U
                ? weft__ex_type_key(x, "t:", pt, "")
                : "t:char";
        if (pt.kind == CXType_Void && !(clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
                                        fresh_local(x, clang_getCursorReferenced(e)))) {
            weft__ex_void_bytes(x, e, mode, atomic);
            return;
        }
        if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && fresh_local(x, clang_getCursorReferenced(e))) {
            /* realloc(buf), free(buf) of the one fresh object a local holds: that object. */
            const char *ok = weft__ex_cat3(x, "h:", x->fn_usr,
                                           weft__ex_cat3(x, "#", weft__ex_name_of(x, clang_getCursorReferenced(e)), ""));
            weft__ex_access_key(x, e, ok, k, mode, atomic);
            return;
        }
        weft__ex_access_key(x, e, k, k, mode, atomic);
    }
}
