/* Lvalues and their keys: what location an expression designates, what a pointer points at, lock and slot keys. */
#include "extract_internal.h"

static long index_value(struct ex *x, CXCursor ix);

/* For *p where p is a local given exactly one value &lv (maybe through other such locals),
 * the cursor of lv; else a null cursor. */
static CXCursor deref_of_local_addr(struct ex *x, CXCursor s)
{
    CXCursor op = weft__ex_first_kid(s);
    char o[8] = "";
    if (!clang_Cursor_isNull(op))
        weft__ex_unop(x, s, op, o);
    CXCursor e = clang_Cursor_isNull(op) ? op : weft__ex_strip(op);
    for (int depth = 0; !strcmp(o, "*") && depth < 4 && clang_getCursorKind(e) == CXCursor_DeclRefExpr; depth++) {
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d))
            break;
        struct local *l = weft__ex_local_of(x, d, 0);
        if (!l || l->nsrc != 1 || l->published)
            break;
        CXCursor src = weft__ex_strip(l->src);
        if (clang_getCursorKind(src) == CXCursor_UnaryOperator) {
            CXCursor in = weft__ex_first_kid(src);
            char o2[8] = "";
            if (!clang_Cursor_isNull(in))
                weft__ex_unop(x, src, in, o2);
            return !strcmp(o2, "&") ? in : clang_getNullCursor();
        }
        e = src;
    }
    return clang_getNullCursor();
}

/* The unnamed member of rec's parent that rec (an anonymous struct or union) is. */
static enum CXVisitorResult anon_field_visit(CXCursor fld, CXClientData d)
{
    CXCursor *io = d;
    if (clang_equalCursors(clang_getTypeDeclaration(clang_getCursorType(fld)), io[0])) {
        io[1] = fld;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* The offset in bits of anonymous record rec within its parent (-1 if not known); *up: the parent. */
static long long offset_in_parent(CXCursor rec, CXCursor *up)
{
    *up = clang_getCursorSemanticParent(rec);
    CXCursor io[2] = {rec, clang_getNullCursor()};
    if (clang_getCursorKind(*up) == CXCursor_StructDecl || clang_getCursorKind(*up) == CXCursor_UnionDecl)
        clang_Type_visitFields(clang_getCursorType(*up), anon_field_visit, io);
    return clang_Cursor_isNull(io[1]) ? -1 : clang_Cursor_getOffsetOfField(io[1]);
}

/* A field of a union, or of an anonymous struct or union that is (through anonymous records)
 * a member of a union (union { struct { int x, y; }; int arr[2]; }: x and y overlap arr):
 * the outermost such union, with *off the field's offset in bits from its start (-1 if not
 * known); else a null cursor. (The outermost: union { struct { int a, b; }; struct { int pad;
 * union { int c; }; }; }: b and c overlap, though c's own union is another.) */
static CXCursor anon_union_of(CXCursor fld, long long *off)
{
    CXCursor rec = clang_getCursorSemanticParent(fld), up, best = clang_getNullCursor();
    long long o = clang_Cursor_getOffsetOfField(fld);
    for (int depth = 0; depth < 8; depth++, rec = up) {
        enum CXCursorKind k = clang_getCursorKind(rec);
        if (k != CXCursor_StructDecl && k != CXCursor_UnionDecl)
            break;
        if (k == CXCursor_UnionDecl)
            best = rec, *off = o;
        if (!clang_Cursor_isAnonymousRecordDecl(rec))
            break;
        long long fo = offset_in_parent(rec, &up);
        o = o < 0 || fo < 0 ? -1 : o + fo;
    }
    return best;
}

/* The location a union's members share, as a key's last part: "*" for a named union (the
 * key before it names the union); an anonymous one has no name of its own, so it goes by
 * where it starts in the named record around it, "<anon+BITS>.*": two anonymous unions of
 * one struct are two locations. */
static const char *union_loc(struct ex *x, CXCursor u)
{
    if (!clang_Cursor_isAnonymousRecordDecl(u))
        return "*";
    long long o = 0;
    CXCursor up;
    for (int depth = 0; depth < 8 && clang_Cursor_isAnonymousRecordDecl(u); depth++, u = up) {
        long long fo = offset_in_parent(u, &up);
        o = o < 0 || fo < 0 ? -1 : o + fo;
    }
    char b[48];
    snprintf(b, sizeof(b), "<anon+%lld>.*", o);
    return weft__ex_cat3(x, b, "", "");
}

/* The name a field's location goes by: bit-fields next to each other share one memory
 * location (C11 3.14), named by the first of them; the members of a union overlap: the
 * union's location (union_loc), those of an anonymous struct in a union too. */
static const char *bitfield_run_name(struct ex *x, CXCursor fld);

const char *weft__ex_field_loc_name(struct ex *x, CXCursor fld)
{
    long long off;
    CXCursor au = anon_union_of(fld, &off);
    if (!clang_Cursor_isNull(au))
        return union_loc(x, au);
    return bitfield_run_name(x, fld);
}

/* The name of fld's memory location within its record: its own, or for a bit-field the
 * first of its run of adjacent bit-fields of nonzero width (C11 3.14). */
static const char *bitfield_run_name(struct ex *x, CXCursor fld)
{
    CXCursor rec = clang_getCursorSemanticParent(fld);
    if (!clang_Cursor_isBitField(fld))
        return weft__ex_name_of(x, fld);
    struct kids kk;
    weft__ex_kids_get(rec, &kk);
    CXCursor first = fld;
    int run = 0; /* the previous field was a bit-field of nonzero width */
    for (unsigned i = 0; i < kk.n; i++) {
        if (clang_getCursorKind(kk.p[i]) != CXCursor_FieldDecl)
            continue;
        int bf = clang_Cursor_isBitField(kk.p[i]) && clang_getFieldDeclBitWidth(kk.p[i]) != 0;
        if (bf && !run)
            first = kk.p[i];
        run = bf;
        if (clang_equalCursors(kk.p[i], fld))
            break;
    }
    weft__ex_kids_free(&kk);
    return weft__ex_name_of(x, first);
}

/* The offset in bits of field f in the record its member expression names it in: through
 * the anonymous structs and unions around it (which libclang's paths do not show); -1 if not
 * known. */
static long long field_offset(CXCursor f)
{
    long long o = clang_Cursor_getOffsetOfField(f);
    CXCursor rec = clang_getCursorSemanticParent(f), up;
    for (int depth = 0; depth < 8 && o >= 0 && clang_Cursor_isAnonymousRecordDecl(rec); depth++, rec = up) {
        long long fo = offset_in_parent(rec, &up);
        o = fo < 0 ? -1 : o + fo;
    }
    return o;
}

/* m.f..., a member reached without a pointer: the outermost member of a union on the way
 * (u.s.b: u.s; a member of an anonymous struct in a union too), which is then the location;
 * else a null cursor. */
static CXCursor union_member(CXCursor c)
{
    CXCursor found = clang_getNullCursor();
    long long uo;
    for (int depth = 0; depth < 16 && clang_getCursorKind(c) == CXCursor_MemberRefExpr; depth++) {
        if (!clang_Cursor_isNull(anon_union_of(clang_getCursorReferenced(c), &uo)))
            found = c;
        CXCursor base = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(base) || clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            break;
        c = weft__ex_strip(base);
    }
    return found;
}

/* Below a union member (u.s.a, u.raw): the members' path from the union's member down ("s.a",
 * "raw"), up to the next union's member on the way, then "#OFF+SIZE", the bits it spans from
 * the union's start, when known; "" elsewhere. */
const char *weft__ex_union_path(struct ex *x, CXCursor c)
{
    c = weft__ex_strip(c);
    if (clang_getCursorKind(c) == CXCursor_ArraySubscriptExpr) {
        /* A constant element of an array member (u.arr[1]): the bits of that element. */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        long k = -1;
        long long off, size;
        const char *p = kk.n == 2 && weft__ex_eval_int(kk.p[1], &k) && k >= 0 ? weft__ex_union_path(x, kk.p[0]) : "";
        long long esz = clang_Type_getSizeOf(clang_getCursorType(c)) * 8;
        const char *hash = strchr(p, '#');
        weft__ex_kids_free(&kk);
        if (!hash || esz <= 0 || sscanf(hash, "#%lld+%lld", &off, &size) != 2 || (k + 1) * esz > size)
            return "";
        char b[96];
        snprintf(b, sizeof(b), "[%ld]#%lld+%lld", k, off + k * esz, esz);
        const char *name = weft__arena_strndup(x->A, p, (size_t)(hash - p));
        if (!name)
            x->oom = 1;
        return name ? weft__ex_cat3(x, name, b, "") : "";
    }
    CXCursor um = union_member(c);
    long long aoff;
    if (clang_Cursor_isNull(um) && clang_getCursorKind(c) == CXCursor_MemberRefExpr &&
        !clang_Cursor_isNull(anon_union_of(clang_getCursorReferenced(c), &aoff))) {
        /* A field of an anonymous struct in a union (t.x): its name and its bits from the
         * union's start, which the struct's other fields do not share. */
        CXCursor f = clang_getCursorReferenced(c);
        long long size = clang_Cursor_isBitField(f) ? -1 : clang_Type_getSizeOf(clang_getCursorType(c)) * 8;
        if (aoff < 0 || size <= 0)
            return weft__ex_name_of(x, f);
        char b[64];
        snprintf(b, sizeof(b), "#%lld+%lld", aoff, size);
        return weft__ex_cat3(x, weft__ex_name_of(x, f), b, "");
    }
    if (clang_Cursor_isNull(um))
        return "";
    const char *path = "";
    long long off = 0, size = -1;
    CXCursor f0 = clang_getCursorReferenced(c);
    /* A bit-field's memory location is its whole run of adjacent bit-fields (C11 3.14),
     * named by the first of them: its bits are not the location's. */
    int bitfield = clang_Cursor_isBitField(f0);
    if (bitfield)
        size = -1;
    else if (clang_Type_getSizeOf(clang_getCursorType(c)) > 0)
        size = clang_Type_getSizeOf(clang_getCursorType(c)) * 8;
    for (int depth = 0; depth < 16 && clang_getCursorKind(c) == CXCursor_MemberRefExpr; depth++) {
        CXCursor f = clang_getCursorReferenced(c);
        /* (an anonymous struct or union libclang shows as a member of its own, o.<anon>.f:
         * its offset is in f's, which goes through it) */
        int anon = clang_Cursor_isAnonymousRecordDecl(
            clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(f))));
        long long fo = anon ? 0 : field_offset(f), uo;
        off = fo < 0 || off < 0 ? -1 : off + fo;
        /* A member of a union below the outermost one overlaps its siblings: the path ends
         * at the union (u.s.iu.x and u.s.iu.y: "s.iu"). */
        if (!clang_Cursor_isNull(anon_union_of(f, &uo)) && !clang_equalCursors(c, um))
            path = "";
        else
            path = *path ? weft__ex_cat3(x, weft__ex_name_of(x, f), ".", path)
                         : bitfield ? bitfield_run_name(x, f) : weft__ex_name_of(x, f);
        if (clang_equalCursors(c, um)) {
            if (off < 0 || size <= 0)
                return path;
            char b[64];
            snprintf(b, sizeof(b), "#%lld+%lld", off, size);
            return weft__ex_cat3(x, path, b, "");
        }
        c = weft__ex_strip(weft__ex_first_kid(c));
    }
    return "";
}

/* key with "~": some part of that object, which one not known. */
static const char *part_of(struct ex *x, const char *k)
{
    return weft__key_part(k) ? k : weft__ex_cat3(x, k, "~", "");
}

/* The key of the whole object key is a member or element of ("g:c:@o.v" -> "g:c:@o",
 * "*@p0.a[2]" -> "*@p0", "o:f#s.x" -> "o:f#s"). */
static const char *whole_object(struct ex *x, const char *k)
{
    const char *name = k;
    if (weft__key_through_param(k) >= 0)
        name = k + 4;
    else if (weft__key_is(k, "g:") || weft__key_is(k, "*g:"))
        name = strrchr(k, '@') ? strrchr(k, '@') : k;
    else if (strchr(k, '#'))
        name = strchr(k, '#');
    size_t n = (size_t)(name - k) + strcspn(name, ".[~");
    if (!k[n])
        return k;
    const char *r = weft__arena_strndup(x->A, k, n);
    if (!r)
        x->oom = 1;
    return r ? r : k;
}

/* Two object types a pointer of type pt and an object of type ot are the same (the pointer
 * reaches the object as itself), or an array of ot's (it reaches its elements). */
/* (qualifiers aside: const struct config * to a struct config is that object, as the type
 * keys say: weft__ex_type_key) */
static int same_unqualified(struct ex *x, CXType a, CXType b)
{
    return clang_equalTypes(a, b) || !strcmp(weft__ex_type_key(x, "", a, ""), weft__ex_type_key(x, "", b, ""));
}

static int same_object_type(struct ex *x, CXType pt, CXType ot)
{
    pt = clang_getCanonicalType(pt);
    ot = clang_getCanonicalType(ot);
    while (ot.kind == CXType_ConstantArray || ot.kind == CXType_IncompleteArray || ot.kind == CXType_VariableArray) {
        if (same_unqualified(x, pt, ot))
            return 1;
        ot = clang_getCanonicalType(clang_getArrayElementType(ot));
    }
    return same_unqualified(x, pt, ot);
}

struct stepv {
    struct ex *x;
    CXCursor d;
    int found;
};

static enum CXChildVisitResult step_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct stepv *v = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor t = clang_getNullCursor();
    if (k == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8] = "";
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(v->x, c, op, o);
        if (!strcmp(o, "++") || !strcmp(o, "--") || !strcmp(o, "+-"))
            t = op;
    } else if (k == CXCursor_CompoundAssignOperator) {
        t = weft__ex_first_kid(c);
    }
    t = clang_Cursor_isNull(t) ? t : weft__ex_strip(t);
    if (clang_getCursorKind(t) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(t), v->d))
        v->found = 1;
    return v->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* A pointer local moved by ++, --, += or -= (q = arg; q++): it no longer points where its
 * one value did. Asked once per local. */
int weft__ex_local_stepped(struct ex *x, struct local *l)
{
    if (!l->stepped) {
        struct stepv v = {x, l->decl, 0};
        clang_visitChildren(x->body, step_visit, &v);
        l->stepped = (unsigned char)(1 + v.found);
    }
    return l->stepped == 2;
}

static int stepped(struct ex *x, struct local *l)
{
    return weft__ex_local_stepped(x, l);
}

/*
 * What a pointer expression is known to point at: a global pointer's own target
 * ("*g:..."), or for a local pointer given exactly one value, that value's target.
 * Returns 1 with *key set (and *shared), else 0.
 */
int weft__ex_ptr_target(struct ex *x, CXCursor base, const char **key, int *shared, int depth)
{
    CXCursor e = weft__ex_strip(base);
    if (depth > 4)
        return 0;
    /* ((struct D *)b)->data, b a struct Base *: back from a member to the object around it (D
     * starts with its base), not inside what b points at: the whole object's some part, or,
     * through a parameter, memory by type */
    CXType ot = clang_getCanonicalType(clang_getCursorType(base)), it0 = clang_getCanonicalType(clang_getCursorType(e));
    if (ot.kind == CXType_Pointer && it0.kind == CXType_Pointer &&
        clang_getCanonicalType(clang_getPointeeType(it0)).kind == CXType_Record &&
        clang_getCanonicalType(clang_getPointeeType(ot)).kind == CXType_Record &&
        !clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(ot)), clang_getCanonicalType(clang_getPointeeType(it0)))) {
        if (!weft__ex_ptr_target(x, e, key, shared, depth + 1) || strncmp(*key, "g:", 2))
            return 0;
        *key = part_of(x, whole_object(x, *key));
        return 1;
    }
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        /* p + k, a - 1: some part of what p (or the array a) points into. */
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        int r = 0;
        if (kk.n == 2 && (weft__ex_binop_is(x, kk.p[0], kk.p[1], "+") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "-"))) {
            int ptr0 = clang_getCanonicalType(clang_getCursorType(kk.p[0])).kind == CXType_Pointer;
            int ptr1 = clang_getCanonicalType(clang_getCursorType(kk.p[1])).kind == CXType_Pointer;
            if (ptr0 != ptr1 && weft__ex_ptr_target(x, ptr0 ? kk.p[0] : kk.p[1], key, shared, depth + 1)) {
                /* Back from a member, or bytes on from it (container_of(&o.v, T, v), (char *)&o.a
                 * + 8): anywhere in the whole object, not only in the member. */
                CXType pt = clang_getCanonicalType(clang_getPointeeType(
                    clang_getCanonicalType(clang_getCursorType(ptr0 ? kk.p[0] : kk.p[1]))));
                int bytes = pt.kind == CXType_Char_S || pt.kind == CXType_Char_U || pt.kind == CXType_SChar ||
                            pt.kind == CXType_UChar || pt.kind == CXType_Void;
                if (bytes || weft__ex_binop_is(x, kk.p[0], kk.p[1], "-"))
                    *key = whole_object(x, *key);
                *key = part_of(x, *key);
                r = 1;
            }
        }
        weft__ex_kids_free(&kk);
        return r;
    }
    if (clang_getCursorKind(e) == CXCursor_CallExpr) {
        /* localtime(&t): the library's static struct tm, which later calls overwrite */
        const char *k = weft__ex_libc_state_result(x, e);
        if (k)
            *key = k, *shared = 1;
        return k != NULL;
    }
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
        /* (char *)&s, (int *)&s.x: s's own address, as another type. */
        CXCursor op = weft__ex_first_kid(e);
        char o[8] = "";
        if (!clang_Cursor_isNull(op))
            weft__ex_unop(x, e, op, o);
        if (strcmp(o, "&"))
            return 0;
        const char *k;
        int sh = weft__ex_lval(x, op, &k, 0);
        if (!*k || strncmp(k, "g:", 2))
            return 0;
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        *key = bt.kind == CXType_Pointer && same_object_type(x, clang_getPointeeType(bt), clang_getCursorType(op))
                   ? k : part_of(x, k);
        *shared = sh;
        return 1;
    }
    int va = clang_Cursor_isNull(weft__ex_va_list_of(e)) ? -1 : weft__ex_va_arg_param(x, e);
    if (va >= 0) {
        /* va_arg(ap, T *) in straight-line code: the variadic argument it takes, as a parameter. */
        char b[16];
        snprintf(b, sizeof(b), "*@p%d", va);
        *key = weft__ex_cat3(x, b, "", "");
        *shared = 1;
        return 1;
    }
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
        /* A pointer parameter never assigned: what the caller passed ("*@pN", resolved per call). */
        struct local *pl = weft__ex_local_of(x, d, 0);
        int idx = weft__ex_param_index(d);
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        /* (nor changed through its address: follow(&p), memcpy(&p, ...)) */
        if ((pl && pl->nsrc) || idx < 0 || idx > 3 || t.kind != CXType_Pointer || weft__ex_is_changed(x, d))
            return 0;
        char b[16];
        snprintf(b, sizeof(b), "*@p%d", idx);
        *key = weft__ex_cat3(x, b, "", "");
        *shared = 1;
        return 1;
    }
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
        return 0;
    if (weft__ex_var_is_global(d)) {
        CXType t = clang_getCanonicalType(clang_getCursorType(d));
        if (depth > 0 && (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)) {
            /* p = a, a global array: its elements (some part of it when p is of another type). */
            CXType bt = clang_getCanonicalType(clang_getCursorType(base));
            const char *k = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
            *key = bt.kind == CXType_Pointer && same_object_type(x, clang_getPointeeType(bt), t) ? k : part_of(x, k);
            *shared = clang_getCursorTLSKind(d) == CXTLS_None;
            return 1;
        }
        if (t.kind != CXType_Pointer)
            return 0;
        *key = weft__ex_cat3(x, "*g:", weft__ex_usr_of(x, d), "");
        *shared = 1;
        return 1;
    }
    struct local *l = weft__ex_local_of(x, d, 0);
    if (!l || l->nsrc != 1 || l->published || stepped(x, l))
        return 0;
    CXCursor s = l->src;
    if (clang_getCursorKind(s) == CXCursor_UnaryOperator) {
        CXCursor op = weft__ex_first_kid(s);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 0;
        weft__ex_unop(x, s, op, o);
        if (strcmp(o, "&"))
            return 0;
        const char *k;
        int sh = weft__ex_lval(x, op, &k, 0);
        if (!*k || !strncmp(k, "l:", 2))
            return 0;
        /* char *p = (char *)&s: p reaches some part of s, which one its uses do not say. */
        CXType lt = clang_getCanonicalType(clang_getCursorType(d));
        *key = !strncmp(k, "g:", 2) && lt.kind == CXType_Pointer &&
                       !same_object_type(x, clang_getPointeeType(lt), clang_getCursorType(op))
                   ? part_of(x, k)
                   : k;
        *shared = sh;
        return 1;
    }
    if (!weft__ex_ptr_target(x, s, key, shared, depth + 1))
        return 0;
    /* A local of another pointer type than its source's: some part of what that reaches. */
    CXType lt = clang_getCanonicalType(clang_getCursorType(d)), st = clang_getCanonicalType(clang_getCursorType(s));
    /* (struct D *)b as the local's value, b a struct Base *: as above (the value kept may be
     * the cast's operand, past the cast the rule above reads) */
    CXType it = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(s)));
    CXType ip = it.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(it)) : it;
    if (lt.kind == CXType_Pointer && it.kind == CXType_Pointer && ip.kind == CXType_Record &&
        !clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(lt)), ip)) {
        if (strncmp(*key, "g:", 2))
            return 0;
        *key = part_of(x, whole_object(x, *key));
        return 1;
    }
    if (!strncmp(*key, "g:", 2) && lt.kind == CXType_Pointer && st.kind == CXType_Pointer &&
        !clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(lt)),
                          clang_getCanonicalType(clang_getPointeeType(st))))
        *key = part_of(x, *key);
    return 1;
}

/* The key of variable (or parameter) d, "" for anything else; whether it is shared. */
int weft__ex_var_key(struct ex *x, CXCursor d, const char **key)
{
    enum CXCursorKind dk = clang_getCursorKind(d);
    *key = "";
    if (dk == CXCursor_VarDecl && weft__ex_var_is_global(d)) {
        *key = weft__ex_cat3(x, "g:", weft__ex_usr_of(x, d), "");
        return clang_getCursorTLSKind(d) == CXTLS_None;
    }
    /* A parameter declared as an array (int arr[], char buf[16]) is a pointer: naming it
     * names what the caller's argument points at. */
    enum CXTypeKind tk = clang_getCanonicalType(clang_getCursorType(d)).kind;
    if (dk == CXCursor_ParmDecl && (tk == CXType_ConstantArray || tk == CXType_IncompleteArray || tk == CXType_VariableArray) &&
        weft__ex_param_index(d) >= 0 && weft__ex_param_index(d) < 4) {
        char b[16];
        snprintf(b, sizeof(b), "*@p%d", weft__ex_param_index(d));
        *key = weft__ex_cat3(x, b, "", "");
        return 1;
    }
    if (dk == CXCursor_VarDecl || dk == CXCursor_ParmDecl) {
        struct local *l = weft__ex_local_of(x, d, 0);
        /* A local whose address escapes is one shared object ("o:"); memory reached by
         * type may still be it (the whole-program pass lets "o:" alias by type). */
        if (l && l->addr_taken) {
            *key = weft__ex_cat3(x, "o:", x->fn_usr, weft__ex_cat3(x, "#", weft__ex_name_of(x, d), ""));
            return 1;
        }
        *key = weft__ex_cat3(x, "l:", x->fn_usr, weft__ex_cat3(x, "#", weft__ex_name_of(x, d), ""));
    }
    return 0;
}

/* Whether pointer or array expression e reaches memory as elements of another size than its
 * operand's own ((unsigned char *)arr, (int *)buf: ((unsigned char *)arr)[5] is a byte of
 * arr[1], not arr[5]); subscripted, through a void pointer (((long *)buf)[0]). */
static int punned(CXCursor e, int subscript)
{
    CXType outer = clang_getCanonicalType(clang_getCursorType(e));
    CXType inner = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(e)));
    CXType eo = outer.kind == CXType_Pointer ? clang_getPointeeType(outer) : clang_getArrayElementType(outer);
    CXType ei = inner.kind == CXType_Pointer ? clang_getPointeeType(inner) : clang_getArrayElementType(inner);
    long long so = clang_Type_getSizeOf(clang_getCanonicalType(eo)), si = clang_Type_getSizeOf(clang_getCanonicalType(ei));
    /* ((long *)buf)[0] and ((int *)buf)[1] through a void *buf: elements of sizes the
     * buffer does not fix (bytes through a char * keep their index) */
    if (clang_getCanonicalType(ei).kind == CXType_Void)
        return subscript && so > 1;
    return so > 0 && si > 0 && so != si;
}

/*
 * The location an lvalue designates: *key gets its key and the result says whether it
 * is shared between threads. Sub-expressions it evaluates (pointer bases, indices) are
 * walked as reads when walk is set.
 */
int weft__ex_lval(struct ex *x, CXCursor c, const char **key, int walk)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    *key = "";
    switch (k) {
    case CXCursor_GenericSelectionExpr: {
        /* _Generic(0, int: s).a: the association's, where every one names the same object */
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        const char *one = NULL;
        int sh = 0, same = 1;
        for (unsigned i = 1; i < kk.n && same; i++)
            if (clang_isExpression(clang_getCursorKind(kk.p[i]))) {
                const char *k1;
                int s1 = weft__ex_lval(x, kk.p[i], &k1, walk);
                same = !one || (!strcmp(one, k1) && s1 == sh);
                one = k1, sh = s1;
            }
        weft__ex_kids_free(&kk);
        /* (else some object by type: which one is not known) */
        if (!same || !one) {
            *key = weft__ex_type_key(x, "t:", clang_getCursorType(c), "");
            return 1;
        }
        *key = one;
        return sh;
    }
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: {
        /* (__builtin_choose_expr(0, h, g) = 5: g) */
        CXCursor in = k == CXCursor_UnexposedExpr ? weft__ex_strip_one(c) : clang_getNullCursor();
        CXCursor kid = clang_Cursor_isNull(in) ? weft__ex_first_kid(c) : in;
        return clang_Cursor_isNull(kid) ? 0 : weft__ex_lval(x, kid, key, walk);
    }
    case CXCursor_DeclRefExpr:
        return weft__ex_var_key(x, clang_getCursorReferenced(c), key);
    case CXCursor_MemberRefExpr: {
        CXCursor fd = clang_getCursorReferenced(c);
        CXCursor fdt = clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(fd)));
        if (clang_getCursorKind(fd) == CXCursor_FieldDecl && !clang_Cursor_isNull(fdt) &&
            clang_Cursor_isAnonymousRecordDecl(fdt) && !clang_Cursor_isNull(weft__ex_first_kid(c)) &&
            clang_getCanonicalType(clang_getCursorType(weft__ex_first_kid(c))).kind != CXType_Pointer) {
            /* An anonymous struct or union member (which libclang shows on some paths, t.<anon>.x,
             * and not on others, t.arr): no name of its own, its fields are the object's;
             * inside a union, the union's one location. */
            int sh = weft__ex_lval(x, weft__ex_first_kid(c), key, walk);
            long long off;
            size_t n = strlen(*key);
            CXCursor u = anon_union_of(fd, &off);
            if (!clang_Cursor_isNull(u) && !weft__key_part(*key) && !(n >= 2 && !strcmp(*key + n - 2, ".*")) &&
                (!strncmp(*key, "g:", 2) || !strncmp(*key, "l:", 2) || !strncmp(*key, "o:", 2) ||
                 !strncmp(*key, "*g:", 3) || !strncmp(*key, "*@p", 3)))
                *key = weft__ex_cat3(x, *key, ".", union_loc(x, u));
            return sh;
        }
        CXCursor um = union_member(c);
        if (!clang_Cursor_isNull(um) && !clang_equalCursors(um, c))
            return weft__ex_lval(x, um, key, walk); /* u.s.b: a part of the union's one location */
        CXCursor base = weft__ex_first_kid(c);
        const char *field = weft__ex_field_loc_name(x, clang_getCursorReferenced(c));
        if (clang_Cursor_isNull(base))
            return 0;
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer) {
            if (walk)
                weft__ex_expr(x, base, M_READ);
            const char *tk;
            int tsh;
            if (weft__ex_ptr_target(x, base, &tk, &tsh, 0) && strncmp(tk, "t:", 2)) {
                /* ((struct P *)vbuf)->b through a global void *: some part of its target */
                if (!weft__key_part(tk) && weft__key_is(tk, "*g:") && punned(base, 1))
                    tk = part_of(x, tk);
                /* q->c with q = &g.in, a union inside union g: g's union's one location, at
                 * bits not followed (the access's union path is then not known) */
                size_t tn = strlen(tk);
                if (!weft__key_part(tk) && tn > 2 && !strcmp(tk + tn - 2, ".*")) {
                    x->ubits_unknown = 1;
                    *key = tk;
                    return tsh;
                }
                *key = weft__key_part(tk) ? tk : weft__ex_cat3(x, tk, ".", field);
                return tsh;
            }
            *key = weft__ex_type_key(x, "f:", clang_getPointeeType(bt), weft__ex_cat3(x, ".", field, ""));
            return weft__ex_ptr_shared(x, base);
        }
        const char *bk;
        int sh = weft__ex_lval(x, base, &bk, walk);
        if (weft__key_part(bk))
            *key = bk;
        else if (!strncmp(bk, "g:", 2) || !strncmp(bk, "l:", 2) || !strncmp(bk, "*g:", 3) || !strncmp(bk, "*@p", 3) ||
                 !strncmp(bk, "o:", 2))
            *key = weft__ex_cat3(x, bk, ".", field);
        else
            *key = weft__ex_type_key(x, "f:", bt, weft__ex_cat3(x, ".", field, ""));
        return sh;
    }
    case CXCursor_ArraySubscriptExpr: {
        struct kids kk;
        weft__ex_kids_get(c, &kk);
        int sh = 0;
        if (kk.n == 2) {
            if (walk)
                weft__ex_expr(x, kk.p[1], M_READ);
            CXCursor base = kk.p[0], inner = weft__ex_strip(base);
            CXType it = clang_getCanonicalType(clang_getCursorType(inner));
            /* (a parameter declared as an array, int arr[], is a pointer) */
            int param = clang_getCursorKind(inner) == CXCursor_DeclRefExpr &&
                        clang_getCursorKind(clang_getCursorReferenced(inner)) == CXCursor_ParmDecl;
            if (!param && (it.kind == CXType_ConstantArray || it.kind == CXType_IncompleteArray ||
                           it.kind == CXType_VariableArray)) {
                sh = weft__ex_lval(x, inner, key, walk);
            } else {
                if (walk)
                    weft__ex_expr(x, base, M_READ);
                int tsh;
                if (weft__ex_ptr_target(x, base, key, &tsh, 0)) {
                    sh = tsh;
                } else {
                    *key = weft__ex_type_key(x, "t:", clang_getCursorType(c), "");
                    sh = weft__ex_ptr_shared(x, base);
                }
            }
            if (punned(base, 1) && **key && !weft__key_is(*key, "t:") && !weft__key_is(*key, "f:"))
                *key = part_of(x, *key); /* (which element: not by its index) */
        }
        weft__ex_kids_free(&kk);
        return sh;
    }
    case CXCursor_UnaryOperator: {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        if (clang_Cursor_isNull(op))
            return 0;
        weft__ex_unop(x, c, op, o);
        if ((!o[0] || !strcmp(o, "?*")) && weft__ex_unop_deref_typed(c, op))
            strcpy(o, "*"); /* an object wanted: *p from a macro's body, not !p */
        if (!strcmp(o, "*")) {
            CXCursor in = weft__ex_strip(op);
            if (clang_getCursorKind(in) == CXCursor_UnaryOperator) {
                CXCursor in2 = weft__ex_first_kid(in);
                char o2[8];
                weft__ex_unop(x, in, in2, o2);
                if (!strcmp(o2, "&"))
                    return weft__ex_lval(x, in2, key, walk);
            }
            if (weft__ex_is_errno(c)) { /* each thread's own: a thread-local variable (weft__ex_lvalue) */
                *key = WEFT__ERRNO_KEY;
                return 0;
            }
            if (walk)
                weft__ex_expr(x, op, M_READ);
            int tsh;
            if (weft__ex_ptr_target(x, op, key, &tsh, 0)) {
                /* *(int *)buf: more than buf[0]; *(long *)vbuf through a global void *: some
                 * part of its target (a parameter's, *(int *)arg, is the thread argument idiom) */
                if ((punned(op, 0) || (punned(op, 1) && weft__key_is(*key, "*g:"))) && **key &&
                    !weft__key_is(*key, "t:") && !weft__key_is(*key, "f:"))
                    *key = part_of(x, *key);
                return tsh;
            }
            *key = weft__ex_type_key(x, "t:", clang_getCursorType(c), "");
            return weft__ex_ptr_shared(x, op);
        }
        if (walk)
            weft__ex_expr(x, c, M_READ);
        return 0;
    }
    default:
        if (walk)
            weft__ex_expr(x, c, M_READ);
        return 0;
    }
}

/* A mutex pointer read out of an array's element (locks[0], devs[1].bus) as lock key k
 * ("*g:..."): each element holds its own pointer, told apart by a constant index; by a
 * variable one, which element is not known ("**": no lock we can name). */
static const char *element_pointer(struct ex *x, CXCursor e, const char *k)
{
    CXCursor pe = weft__ex_strip_members(e);
    if (clang_getCursorKind(pe) != CXCursor_ArraySubscriptExpr || strncmp(k, "*g:", 3) || strchr(k, '['))
        return k;
    long ix = weft__ex_const_index(x, weft__ex_strip(e));
    char t[32];
    snprintf(t, sizeof(t), "[%ld]", ix);
    return ix >= 0 ? weft__ex_cat3(x, k, t, "") : weft__ex_cat3(x, "*", k, "");
}

struct retv {
    struct ex *x;
    const char *arr; /* the global array every return names an element of; "" none yet */
    int bad;
};

/* Whether e names a global array (a DeclRef). */
static int global_array(CXCursor e)
{
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr && weft__ex_is_array_type(clang_getCursorType(e)) &&
           weft__ex_var_is_global(clang_getCursorReferenced(e));
}

/* &a[...] or a + k with a a global array: a's key, else NULL. With nested, also an element
 * of an array inside a global (&grid[r][c], &banks[b].s[i], &T.s[i]): the global's key, and
 * *nested set (which element, the key cannot say). */
static const char *element_of_global(struct ex *x, CXCursor e, int *nested)
{
    e = weft__ex_strip(e);
    CXCursor op = weft__ex_address_of(x, e), a = clang_getNullCursor();
    int deep = 0;
    if (!clang_Cursor_isNull(op) && clang_getCursorKind(weft__ex_strip(op)) == CXCursor_ArraySubscriptExpr) {
        a = weft__ex_strip(weft__ex_first_kid(weft__ex_strip(op)));
        /* (through rows and members of the global itself, no pointer on the way) */
        for (int depth = 0; nested && depth < 8; depth++) {
            enum CXCursorKind k = clang_getCursorKind(a);
            if (k != CXCursor_ArraySubscriptExpr && k != CXCursor_MemberRefExpr)
                break;
            CXCursor b = weft__ex_strip(weft__ex_first_kid(a));
            CXType bt = clang_getCanonicalType(clang_getCursorType(b));
            if (bt.kind == CXType_Pointer)
                return NULL;
            a = b;
            deep = 1;
        }
    } else if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        a = weft__ex_strip(weft__ex_first_kid(e));
    }
    int root = deep ? clang_getCursorKind(a) == CXCursor_DeclRefExpr &&
                          clang_getCursorKind(clang_getCursorReferenced(a)) == CXCursor_VarDecl &&
                          weft__ex_var_is_global(clang_getCursorReferenced(a))
                    : global_array(a);
    if (!root)
        return NULL;
    if (nested)
        *nested = deep;
    return weft__ex_cat3(x, "g:", weft__ex_usr_of(x, clang_getCursorReferenced(a)), "");
}

/* Which element of a global array local pointer b (a DeclRefExpr) points at: K for its one
 * value &a[K], a + K or a; -1 when it points into a global array at an element not known (an
 * index not constant, several values); -2 when it is no such pointer. */
static long local_global_element(struct ex *x, CXCursor b)
{
    CXCursor d = clang_getCursorKind(b) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(b) : clang_getNullCursor();
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d))
        return -2;
    struct local *l = weft__ex_local_of(x, d, 0);
    if (!l)
        return -2;
    if (l->nsrc != 1 || clang_Cursor_isNull(l->src)) {
        int deep;
        for (int i = 0; i < l->nsrc && i < 8; i++)
            if (element_of_global(x, l->sv[i], &deep) || global_array(weft__ex_strip(l->sv[i])))
                return -1;
        return -2;
    }
    CXCursor src = weft__ex_strip(l->src);
    if (global_array(src))
        return 0;
    int deep = 0;
    if (!element_of_global(x, src, &deep))
        return -2;
    if (deep)
        return -1; /* (&grid[r][1]: a row's element, not the global's element 1) */
    CXCursor op = weft__ex_address_of(x, src);
    struct kids kk;
    weft__ex_kids_get(clang_Cursor_isNull(op) ? src : weft__ex_strip(op), &kk);
    long v = -1;
    if (kk.n != 2 || !weft__ex_int_lit(x, kk.p[1], &v) || v < 0)
        v = -1;
    weft__ex_kids_free(&kk);
    return v;
}

/* Lvalue c reaches memory through a local pointer (p->n, (*p).a[1]) that points into a global
 * array at an element not known (p = &slots[i], &grid[r][1]): which element, not known. */
int weft__ex_local_element_varies(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = weft__ex_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k == CXCursor_DeclRefExpr)
            return clang_getCanonicalType(clang_getCursorType(c)).kind == CXType_Pointer &&
                   local_global_element(x, c) == -1;
        if (k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
            return 0;
        c = weft__ex_first_kid(c);
    }
    return 0;
}

static enum CXChildVisitResult ret_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct retv *v = data;
    if (clang_getCursorKind(c) != CXCursor_ReturnStmt)
        return CXChildVisit_Recurse;
    CXCursor e = weft__ex_first_kid(c);
    if (clang_Cursor_isNull(e) || weft__ex_is_null_ptr(v->x, e))
        return CXChildVisit_Continue;
    const char *k = element_of_global(v->x, e, NULL);
    /* A local given one such address (l = &a[i]; ... return l;). */
    CXCursor s = weft__ex_strip(e);
    if (!k && clang_getCursorKind(s) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_VarDecl) {
        CXCursor d = clang_getCursorReferenced(s), init = clang_Cursor_getVarDeclInitializer(d);
        if (!weft__ex_var_is_global(d) && !clang_Cursor_isNull(init) && !weft__ex_modifies(v->x, weft__ex_fn_body(clang_getCursorSemanticParent(d)), d, 0))
            k = element_of_global(v->x, init, NULL);
    }
    if (!k || (*v->arr && strcmp(v->arr, k)))
        v->bad = 1;
    else
        v->arr = k;
    return CXChildVisit_Continue;
}

/* A call of a function of this TU that returns only a null pointer or the address of an
 * element of one global array (item_trylock(hv): &item_locks[hv & mask]): that array's key. */
static const char *returned_element(struct ex *x, CXCursor call)
{
    CXCursor d = clang_getCursorReferenced(call);
    CXCursor def = clang_getCursorKind(d) == CXCursor_FunctionDecl ? clang_getCursorDefinition(d) : clang_getNullCursor();
    CXCursor body = clang_Cursor_isNull(def) ? def : weft__ex_fn_body(def);
    if (clang_Cursor_isNull(body))
        return NULL;
    struct retv v = {x, "", 0};
    clang_visitChildren(body, ret_visit, &v);
    return !v.bad && *v.arr ? v.arr : NULL;
}

/* The indexes of a row of a global array of arrays, outermost first ("[1]" for m[1], "[*]"
 * for m[i] with i no constant or parameter); "" for anything but such a row. */
static const char *row_indexes(struct ex *x, CXCursor row)
{
    const char *rows = "";
    row = weft__ex_strip(row);
    for (int depth = 0; depth < 8 && clang_getCursorKind(row) == CXCursor_ArraySubscriptExpr &&
                        weft__ex_is_array_type(clang_getCursorType(row));
         depth++) {
        struct kids rk;
        weft__ex_kids_get(row, &rk);
        long rv = rk.n == 2 ? index_value(x, rk.p[1]) : -1;
        char r[24];
        snprintf(r, sizeof(r), rv >= 0 ? "[%ld]" : "[*]", rv);
        rows = weft__ex_cat3(x, r, rows, "");
        row = rk.n == 2 ? weft__ex_strip(rk.p[0]) : clang_getNullCursor();
        weft__ex_kids_free(&rk);
    }
    return rows;
}

/* The lock key of &a[0] for an array a (a variable, a field o->lk, or a row m[1]) that
 * names it, as weft__ex_lock_key(&a[0]) gives it: NULL when a has no key. */
static const char *element_zero_key(struct ex *x, CXCursor a)
{
    const char *k;
    weft__ex_lval(x, a, &k, 0);
    if (!*k)
        return NULL;
    return weft__ex_cat3(x, k, row_indexes(x, a), "[0]");
}

struct first_field {
    CXCursor f;
    int n;
};

static enum CXVisitorResult first_field_visit(CXCursor c, CXClientData data)
{
    struct first_field *ff = data;
    ff->f = c;
    ff->n++;
    return CXVisit_Break;
}

/* A pointer to s converted to a pointer to its first member's type points at that member
 * (C11 6.7.2.1p15), one to an array at its element 0: (pthread_mutex_t *)&s is &s.lock,
 * (pthread_mutex_t *)&locks is &locks[0]. The members and elements arg's cast reaches
 * from what its operand points at (".lock", "[0]", ".a.lock"), "" when it casts nothing or
 * reaches nothing of the type it casts to (NULL). */
static const char *first_member_path(struct ex *x, CXCursor arg)
{
    CXType to = clang_getCanonicalType(clang_getCursorType(arg));
    CXType from = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(arg)));
    if (to.kind != CXType_Pointer || (from.kind != CXType_Pointer && !weft__ex_is_array_type(from)))
        return "";
    to = clang_getCanonicalType(clang_getPointeeType(to));
    from = from.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(from))
                                       : clang_getCanonicalType(clang_getArrayElementType(from));
    if (to.kind == CXType_Void || from.kind == CXType_Void || from.kind == CXType_Char_S ||
        from.kind == CXType_Char_U || from.kind == CXType_SChar || from.kind == CXType_UChar ||
        clang_equalTypes(to, from))
        return "";
    const char *path = "";
    for (int depth = 0; depth < 8; depth++) {
        if (clang_equalTypes(to, from))
            return path;
        if (from.kind == CXType_Record) {
            struct first_field ff = {clang_getNullCursor(), 0};
            clang_Type_visitFields(from, first_field_visit, &ff);
            if (!ff.n)
                return NULL;
            const char *fname = weft__ex_field_loc_name(x, ff.f); /* (a union's member: "*", as &u.m is named) */
            if (fname && *fname)
                path = weft__ex_cat3(x, path, ".", fname); /* (an anonymous member's fields are named as the object's) */
            from = clang_getCanonicalType(clang_getCursorType(ff.f));
        } else if (from.kind == CXType_ConstantArray) {
            path = weft__ex_cat3(x, path, "[0]", "");
            from = clang_getCanonicalType(clang_getArrayElementType(from));
        } else {
            return NULL;
        }
    }
    return NULL;
}

static const char *lock_key(struct ex *x, CXCursor arg);

/*
 * Which element of what a pointer points at pointer value (or lvalue, obj) e reaches: 0 the
 * first (p, p->s, &p[0]), N > 0 element N (&p[2], p + 2, a local given that), -1 one by a
 * variable index; through members, local pointers of one value and casts.
 */
long weft__ex_pointer_element(struct ex *x, CXCursor e, int obj, int depth)
{
    e = weft__ex_strip(e);
    if (depth > 8)
        return 0;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (obj && k == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_first_kid(e);
        int arrow = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b))).kind == CXType_Pointer;
        return clang_Cursor_isNull(b) ? 0 : weft__ex_pointer_element(x, b, !arrow, depth + 1);
    }
    if (obj && k == CXCursor_ArraySubscriptExpr) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        long r = 0;
        if (kk.n == 2 && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer) {
            long v;
            r = weft__ex_int_lit(x, kk.p[1], &v) && v >= 0 ? v : -1;
            if (!r)
                r = weft__ex_pointer_element(x, kk.p[0], 0, depth + 1);
        }
        weft__ex_kids_free(&kk);
        return r;
    }
    if (obj)
        return 0;
    CXCursor a = weft__ex_address_of(x, e);
    if (!clang_Cursor_isNull(a))
        return weft__ex_pointer_element(x, a, 1, depth + 1);
    if (k == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        long r = 0, v;
        /* (not (char *)p - offsetof(T, m): bytes of one object, container_of's arithmetic) */
        if (kk.n == 2 && clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0]))).kind == CXType_Pointer &&
            clang_equalTypes(clang_getCanonicalType(clang_getCursorType(kk.p[0])),
                             clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[0])))) &&
            (weft__ex_binop_is(x, kk.p[0], kk.p[1], "+") || weft__ex_binop_is(x, kk.p[0], kk.p[1], "-")))
            r = weft__ex_int_lit(x, kk.p[1], &v) && v == 0 ? weft__ex_pointer_element(x, kk.p[0], 0, depth + 1) : -1;
        weft__ex_kids_free(&kk);
        return r;
    }
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        struct local *l = clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d) ? weft__ex_local_of(x, d, 0) : NULL;
        if (l && l->nsrc == 1 && !clang_Cursor_isNull(l->src))
            return weft__ex_pointer_element(x, l->src, 0, depth + 1);
    }
    return 0;
}

/* The key of the lock an argument like &m, &s->m or m (a pointer) designates. */
const char *weft__ex_lock_key(struct ex *x, CXCursor arg)
{
    /* c ? "abc" : "": a string literal either way, which nobody writes */
    CXCursor ce = weft__ex_strip(arg);
    if (clang_getCursorKind(ce) == CXCursor_ConditionalOperator) {
        struct kids kk;
        weft__ex_kids_get(ce, &kk);
        int lits = kk.n == 3 && clang_getCursorKind(weft__ex_strip(kk.p[1])) == CXCursor_StringLiteral &&
                   clang_getCursorKind(weft__ex_strip(kk.p[2])) == CXCursor_StringLiteral;
        CXCursor first = lits ? kk.p[1] : clang_getNullCursor();
        weft__ex_kids_free(&kk);
        if (lits)
            return weft__ex_lock_key(x, first);
    }
    const char *k = lock_key(x, arg), *path = first_member_path(x, arg);
    if (!path)
        return "?cast"; /* a lock no name tells */
    /* (text that starts as a string literal and is none: ("lit", buf) is buf) */
    if (k[0] == '*' && k[1] == '"' && clang_getCursorKind(weft__ex_strip(arg)) != CXCursor_StringLiteral)
        return "";
    /* What a global pointer or a parameter points at, past its first element (&G[1].m,
     * &tab[h].m, p->m with p = G + i): that element's lock, or some element's ("*g:G[*].m",
     * "*@p0[*].m": none we can name); not G->m. */
    const char *at = !strncmp(k, "*g:", 3) && !strchr(k, '[') ? strrchr(k, '@')
                     : weft__key_through_param(k) >= 0 && !strchr(k, '[') ? k + 3
                                                                            : NULL;
    long el = at ? weft__ex_pointer_element(x, arg, 0, 0) : 0;
    if (el) {
        const char *dot = strchr(at, '.');
        size_t n = dot ? (size_t)(dot - k) : strlen(k);
        char t[32];
        snprintf(t, sizeof(t), el > 0 ? "[%ld]" : "[*]", el);
        k = weft__ex_cat3(x, weft__arena_strndup(x->A, k, n), t, k + n);
    }
    return *path && *k ? weft__ex_cat3(x, k, path, "") : k;
}

static const char *lock_key(struct ex *x, CXCursor arg)
{
    CXCursor e = weft__ex_strip(arg), op = weft__ex_address_of(x, arg);
    /* a + 3, a global array's element by a constant: &a[3]. */
    if (clang_getCursorKind(e) == CXCursor_BinaryOperator) {
        struct kids kk;
        weft__ex_kids_get(e, &kk);
        long v;
        CXCursor arr = kk.n == 2 ? weft__ex_strip(kk.p[0]) : clang_getNullCursor();
        const char *k = NULL;
        if (kk.n == 2 && global_array(arr) && weft__ex_binop_is(x, kk.p[0], kk.p[1], "+") && weft__ex_int_lit(x, kk.p[1], &v) && v >= 0) {
            weft__ex_lval(x, arr, &k, 0);
            char t[32];
            snprintf(t, sizeof(t), "[%ld]", v);
            k = !strncmp(k, "g:", 2) ? weft__ex_cat3(x, k, t, "") : NULL;
        }
        weft__ex_kids_free(&kk);
        if (k)
            return k;
    }
    if (!clang_Cursor_isNull(op)) {
        const char *k;
        CXCursor in = weft__ex_strip(op);
        if (clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr) {
            /* m[3] and m[4] are different locks; m[i] is some lock we cannot name. */
            struct kids kk;
            weft__ex_kids_get(in, &kk);
            if (kk.n == 2) {
                weft__ex_lval(x, in, &k, 0);
                /* m[i] for a parameter i: "m[@pN]", the caller's constant when it passes one. */
                long iv = index_value(x, kk.p[1]);
                char t[24];
                if (iv >= 0)
                    snprintf(t, sizeof(t), "%ld", iv);
                else if (iv < -1)
                    snprintf(t, sizeof(t), "@p%ld", -iv - 2);
                else
                    snprintf(t, sizeof(t), "*");
                /* ((*(sh + k)).m[0], (*row)[i] with row = &mm[k]: an element of some part or
                 * of a row reached through a pointer, which the key does not say: some
                 * element's) */
                int via_ptr = 0;
                for (CXCursor b = weft__ex_strip(kk.p[0]); !via_ptr;) {
                    enum CXCursorKind bk = clang_getCursorKind(b);
                    if (bk == CXCursor_DeclRefExpr) {
                        via_ptr = !weft__ex_var_is_global(clang_getCursorReferenced(b));
                        break;
                    }
                    if (bk != CXCursor_ArraySubscriptExpr && bk != CXCursor_MemberRefExpr) {
                        via_ptr = 1;
                        break;
                    }
                    CXCursor b0 = weft__ex_strip(weft__ex_first_kid(b));
                    /* (p->m[i] with p = &g: g's own; with p = &a[k]: some element's) */
                    if (clang_getCanonicalType(clang_getCursorType(b0)).kind == CXType_Pointer) {
                        via_ptr = clang_getCursorKind(b0) != CXCursor_DeclRefExpr || local_global_element(x, b0) != -2;
                        break;
                    }
                    b = b0;
                }
                if (weft__key_part(k) || (via_ptr && !strncmp(k, "g:", 2)))
                    snprintf(t, sizeof(t), "*");
                /* m[1][0]: the rows' indexes too ("m[1][0]", a row by a variable "m[*][0]"). */
                const char *rows = row_indexes(x, kk.p[0]);
                if (*rows && !strchr(t, '@'))
                    k = weft__ex_cat3(x, k, rows, "");
                else if (*rows)
                    snprintf(t, sizeof(t), "*");
                k = weft__ex_cat3(x, k, "[", weft__ex_cat3(x, t, "]", ""));
                weft__ex_kids_free(&kk);
                return k;
            }
            weft__ex_kids_free(&kk);
        }
        weft__ex_lval(x, op, &k, 0);
        /* &g[3].m: element 3's own lock, told apart from &g[4].m like &m[3] from &m[4]. */
        long ix = weft__ex_const_index(x, in);
        /* &g[i].m with i a variable: some element's lock, no lock we can name ("g[*].m"). */
        CXCursor b = weft__ex_strip_members(in);
        int some = ix == -1 && b.kind != in.kind && clang_getCursorKind(b) == CXCursor_ArraySubscriptExpr;
        /* &g[id].m with id a parameter's value: "g[@pN].m", the caller's constant when it
         * passes one (as &m[id] is), some element's otherwise. */
        int param = ix < -1 && b.kind != in.kind && clang_getCursorKind(b) == CXCursor_ArraySubscriptExpr;
        /* p->m with p = &g[3] (or g + i): element 3's lock (some element's), not g's. */
        CXCursor pb = b;
        if (clang_getCursorKind(pb) == CXCursor_MemberRefExpr)
            pb = weft__ex_strip(weft__ex_first_kid(pb)); /* (the pointer of p->...) */
        long pe = ix == -1 && !strchr(k, '[') && clang_getCursorKind(in) == CXCursor_MemberRefExpr
                      ? local_global_element(x, pb) : -2;
        if (pe >= 0)
            ix = pe;
        else if (pe == -1)
            some = 1;
        if ((ix >= 0 || some || param) && clang_getCursorKind(in) == CXCursor_MemberRefExpr && !strncmp(k, "g:", 2)) {
            const char *at = strrchr(k, '@'), *dot = strchr(at ? at : k, '.');
            char t[32];
            if (some)
                snprintf(t, sizeof(t), "[*]");
            else if (param)
                snprintf(t, sizeof(t), "[@p%ld]", -ix - 2);
            else
                snprintf(t, sizeof(t), "[%ld]", ix);
            if (dot)
                k = weft__ex_cat3(x, weft__arena_strndup(x->A, k, (size_t)(dot - k)), t, dot);
        }
        return k;
    }
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        /* (the caller's argument: only a parameter the function never changes, not m =
         * &big_lock on some path) */
        if (clang_getCursorKind(d) == CXCursor_ParmDecl && !weft__ex_is_changed(x, d)) {
            char b[24];
            snprintf(b, sizeof(b), "@p%d", weft__ex_param_index(d));
            return weft__ex_cat3(x, b, "", "");
        }
    }
    const char *k;
    int sh;
    if (weft__ex_ptr_target(x, e, &k, &sh, 0)) {
        /* m = &locks[id]; lock(m): some element, not the array (as lock(&locks[id]) is). */
        CXCursor d = clang_getCursorKind(e) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(e) : clang_getNullCursor();
        struct local *l = clang_Cursor_isNull(d) ? NULL : weft__ex_local_of(x, d, 0);
        CXCursor in = l && l->nsrc == 1 ? weft__ex_address_of(x, l->src) : clang_getNullCursor();
        in = clang_Cursor_isNull(in) ? in : weft__ex_strip(in);
        /* m = &locks[1]: element 1, as lock(&locks[1]) names it; m = locks: element 0. */
        int sub = clang_getCursorKind(in) == CXCursor_ArraySubscriptExpr;
        long ci = sub ? weft__ex_const_index(x, in) : -1;
        CXCursor src = l && l->nsrc == 1 ? weft__ex_strip(l->src) : clang_getNullCursor();
        size_t n = strlen(k);
        int whole = !strchr(k, '['), part = n && k[n - 1] == '~';
        char t[32];
        snprintf(t, sizeof(t), "[%ld]", ci);
        if (whole && sub && ci < 0)
            k = weft__ex_cat3(x, k, "[*]", "");
        else if (whole && sub && !strncmp(k, "g:", 2))
            k = weft__ex_cat3(x, k, t, "");
        else if (whole && clang_Cursor_isNull(in) && !clang_Cursor_isNull(src) && global_array(src))
            k = weft__ex_cat3(x, part ? weft__arena_strndup(x->A, k, n - 1) : k, "[0]", ""); /* not "some part" (~) */
        else if (part || /* m = locks + i: some part of it, a lock not named here */
                 (whole && !strncmp(k, "g:", 2) && clang_getCursorKind(in) == CXCursor_MemberRefExpr &&
                  weft__ex_const_index(x, in) != -1))
            k = weft__ex_cat3(x, "*", k, ""); /* m = &b[1].m: an element's lock, not named here */
        return element_pointer(x, e, k);
    }
    /* h = item_trylock(hv), a function returning some element of one global array of locks:
     * some element of it ("a[*]"), not any lock. */
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_VarDecl &&
        !weft__ex_var_is_global(clang_getCursorReferenced(e))) {
        /* Every value it is given: a null pointer, or such a call's (of one array). */
        struct local *l = weft__ex_local_of(x, clang_getCursorReferenced(e), 0);
        struct srcvisit sv;
        const char *arr = NULL;
        int ok = l && !l->published && weft__ex_sources(x, x->body, clang_getCursorReferenced(e), &sv, 0) && sv.n;
        for (int i = 0; ok && i < sv.n; i++) {
            CXCursor src = weft__ex_strip(sv.src[i]);
            if (weft__ex_is_null_ptr(x, src))
                continue;
            const char *a = clang_getCursorKind(src) == CXCursor_CallExpr ? returned_element(x, src) : NULL;
            ok = a && (!arr || !strcmp(arr, a));
            arr = a;
        }
        if (ok && arr)
            return weft__ex_cat3(x, arr, "[*]", "");
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray) {
        /* An array passes the address of its first element (lock(locks) is lock(&locks[0]),
         * lock(grid[1]) lock(&grid[1][0])), as the key &a[0] gives. */
        CXCursor first = weft__ex_strip(e);
        if (clang_getCanonicalType(clang_getArrayElementType(t)).kind != CXType_ConstantArray &&
            (clang_getCursorKind(first) == CXCursor_DeclRefExpr || clang_getCursorKind(first) == CXCursor_ArraySubscriptExpr ||
             clang_getCursorKind(first) == CXCursor_MemberRefExpr)) {
            const char *ek = element_zero_key(x, first);
            if (ek)
                return ek;
        }
        weft__ex_lval(x, e, &k, 0);
        if (*k)
            return k; /* an array passes its own address */
    }
    weft__ex_lval(x, e, &k, 0);
    if (!*k)
        k = weft__ex_text_of(x, e);
    /* A local pointer never given a value (its address not taken): it may name any lock,
     * even one whose address goes nowhere but to lock calls ("*?l:FN#NAME"). */
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_VarDecl &&
        !weft__ex_var_is_global(clang_getCursorReferenced(e)) && !strncmp(k, "l:", 2)) {
        struct srcvisit sv;
        if (weft__ex_sources(x, x->body, clang_getCursorReferenced(e), &sv, 0) && !sv.n)
            return weft__ex_cat3(x, "*?", k, "");
    }
    return element_pointer(x, e, weft__ex_cat3(x, "*", k, ""));
}

/* The slot of a function pointer stored in an lvalue: fields by struct type and name. */
const char *weft__ex_lvalue_slot(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor base = weft__ex_first_kid(e);
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer)
            bt = clang_getPointeeType(bt);
        return weft__ex_type_key(x, "f:", bt,
                                 weft__ex_cat3(x, ".", weft__ex_name_of(x, clang_getCursorReferenced(e)), ""));
    }
    /* A parameter assigned (fn = other): the slot its calls read (weft__ex_fn_slot). */
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_ParmDecl)
        return weft__ex_fn_slot(x, e);
    const char *key;
    weft__ex_lval(x, e, &key, 0);
    return key;
}

/* The slot (variable, field or parameter) a function-pointer expression reads. */
const char *weft__ex_fn_slot(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator) /* (*fp)() */
        e = weft__ex_strip(weft__ex_first_kid(e));
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        if (clang_getCursorKind(d) == CXCursor_ParmDecl) {
            char b[24];
            snprintf(b, sizeof(b), "#%d", weft__ex_param_index(d));
            return weft__ex_cat3(x, "p:", x->fn_usr, b);
        }
    }
    if (k == CXCursor_ArraySubscriptExpr)
        e = weft__ex_strip(weft__ex_first_kid(e));
    return weft__ex_lvalue_slot(x, e);
}

/* The function an expression names directly (f or &f), as a USR, or NULL. */
const char *weft__ex_fn_ref(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) == CXCursor_UnaryOperator)
        e = weft__ex_strip(weft__ex_first_kid(e));
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return NULL;
    CXCursor d = clang_getCursorReferenced(e);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return NULL;
    return weft__ex_usr_of(x, d);
}

/* The type-based key of what an lvalue cursor accesses: "f:struct S.field" or "t:type". */
const char *weft__ex_tloc_of(struct ex *x, CXCursor c)
{
    CXCursor s = c;
    while (clang_getCursorKind(s) == CXCursor_ParenExpr || clang_getCursorKind(s) == CXCursor_UnexposedExpr) {
        CXCursor k = weft__ex_first_kid(s);
        if (clang_Cursor_isNull(k))
            break;
        s = k;
    }
    if (clang_getCursorKind(s) == CXCursor_UnaryOperator) {
        /* *p, p a local given one value &lv: lv's type key, as its location key is lv's. */
        CXCursor lv = deref_of_local_addr(x, s);
        if (!clang_Cursor_isNull(lv))
            return weft__ex_tloc_of(x, lv);
    }
    if (clang_getCursorKind(s) == CXCursor_MemberRefExpr) {
        CXCursor um = union_member(s);
        if (!clang_Cursor_isNull(um))
            s = um;
        CXCursor base = weft__ex_first_kid(s);
        CXType bt = clang_getCanonicalType(clang_getCursorType(base));
        if (bt.kind == CXType_Pointer)
            bt = clang_getPointeeType(bt);
        return weft__ex_type_key(x, "f:", bt,
                                 weft__ex_cat3(x, ".", weft__ex_field_loc_name(x, clang_getCursorReferenced(s)), ""));
    }
    /* An element of an array member of a union (p->arr[1]): the union's location, as its
     * other members' (p->y) are. */
    CXCursor ab = s;
    for (int depth = 0; depth < 8 && clang_getCursorKind(ab) == CXCursor_ArraySubscriptExpr; depth++)
        ab = weft__ex_strip(weft__ex_first_kid(ab));
    if (ab.kind != s.kind && clang_getCursorKind(ab) == CXCursor_MemberRefExpr && !clang_Cursor_isNull(union_member(ab)))
        return weft__ex_tloc_of(x, ab);
    /* An array and its elements are one location by type. */
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    return weft__ex_type_key(x, "t:", t, "");
}

/* An index expression: its value if a literal (>= 0); -(N + 2) if it is parameter N (< 4)
 * never assigned in the function (what the caller passed, resolved per call); else -1. */
static long index_value(struct ex *x, CXCursor ix)
{
    CXCursor whole = ix;
    ix = weft__ex_strip(ix);
    long v;
    /* evaluated: a macro's literal reads as its name; with its casts, (unsigned char)257 is 1 */
    if (clang_getCursorKind(ix) == CXCursor_IntegerLiteral)
        return weft__ex_eval_int(whole, &v) && v >= 0 ? v : -1;
    if (clang_getCursorKind(ix) != CXCursor_DeclRefExpr)
        return -1;
    CXCursor d = clang_getCursorReferenced(ix);
    /* A local initialized with a parameter's value (long id = (long)arg) and never changed;
     * not narrowed on the way ((_Bool)arg, a char local: two values would be one). */
    if (!weft__ex_no_narrowing(x, whole))
        return -1;
    if (clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d) && !weft__ex_is_changed(x, d)) {
        struct kids kk;
        weft__ex_kids_get(d, &kk);
        CXCursor raw = kk.n ? kk.p[kk.n - 1] : clang_getNullCursor();
        CXCursor init = clang_Cursor_isNull(raw) ? raw : weft__ex_strip(raw);
        weft__ex_kids_free(&kk);
        if (clang_getCursorKind(init) == CXCursor_DeclRefExpr &&
            clang_getCursorKind(clang_getCursorReferenced(init)) == CXCursor_ParmDecl) {
            if (!weft__ex_int_size(x, clang_getCursorType(d)) || !weft__ex_no_narrowing(x, raw))
                return -1;
            d = clang_getCursorReferenced(init);
        }
    }
    int n = clang_getCursorKind(d) == CXCursor_ParmDecl ? weft__ex_param_index(d) : -1;
    return n >= 0 && n < 4 && !weft__ex_is_changed(x, d) ? -(n + 2) : -1;
}

/* The index of a global array's element that e designates (g[3], g[3].f, g[i] for a
 * parameter i: see index_value), else -1. */
long weft__ex_const_index(struct ex *x, CXCursor e)
{
    e = weft__ex_strip(e);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_first_kid(e);
        if (clang_Cursor_isNull(b) ||
            clang_getCanonicalType(clang_getCursorType(weft__ex_strip(b))).kind == CXType_Pointer)
            return -1;
        e = weft__ex_strip(b);
    }
    if (clang_getCursorKind(e) != CXCursor_ArraySubscriptExpr)
        return -1;
    struct kids kk;
    weft__ex_kids_get(e, &kk);
    long v = -1;
    if (kk.n == 2 && clang_getCursorKind(weft__ex_strip(kk.p[0])) == CXCursor_DeclRefExpr)
        v = index_value(x, kk.p[1]);
    weft__ex_kids_free(&kk);
    return v;
}

/* The top-level statement of the current function's body that holds c: its extent's start
 * and end offsets in *b and *e; 0 when none does. */
static int top_stmt(struct ex *x, CXCursor c, unsigned *b, unsigned *e)
{
    unsigned at = weft__ex_off_at(x, c), line, col;
    struct kids kk;
    weft__ex_kids_get(x->body, &kk);
    int found = 0;
    for (unsigned i = 0; i < kk.n && !found; i++) {
        CXSourceRange r = clang_getCursorExtent(kk.p[i]);
        weft__ex_loc_of(x, clang_getRangeStart(r), &line, &col, b);
        weft__ex_loc_of(x, clang_getRangeEnd(r), &line, &col, e);
        found = *b <= at && at < *e;
    }
    weft__ex_kids_free(&kk);
    return found;
}

/* Local pointer d has its last value where use runs: every change of it is an '=' store or
 * its initializer (no step, no &d, not declared in a loop: those count as changes the
 * pre-scan has no value of) in a top-level statement of the body that ends before the one
 * holding use begins, and the function has no goto. */
static int settled(struct ex *x, CXCursor d, CXCursor use)
{
    struct local *l = clang_getCursorKind(d) == CXCursor_VarDecl && !weft__ex_var_is_global(d) ? weft__ex_local_of(x, d, 0) : NULL;
    if (!l || x->has_goto || l->addr_taken || !l->nsrc || l->nsrc > 8 ||
        weft__ex_hash_in(x->changed, x->nchanged, d) != l->nsrc - l->sinit || weft__ex_hash_in(x->amp, x->namp, d))
        return 0;
    unsigned h = clang_hashCursor(d), ub, ue, sb, se;
    for (size_t i = 0; i < x->nsteps; i++)
        if (x->steps[i].hash == h)
            return 0;
    if (!top_stmt(x, use, &ub, &ue))
        return 0;
    for (int i = 0; i < l->nsrc; i++)
        if (!top_stmt(x, l->sv[i], &sb, &se) || se > ub)
            return 0;
    return 1;
}

/* The one value local pointer d holds where use runs: its initializer when it is never
 * changed, or the one value it is given before use's statement (settled); else null. */
static CXCursor kept_init(struct ex *x, CXCursor d, CXCursor use)
{
    if (clang_getCursorKind(d) != CXCursor_VarDecl || weft__ex_var_is_global(d) || x->has_goto ||
        clang_getCanonicalType(clang_getCursorType(d)).kind != CXType_Pointer)
        return clang_getNullCursor();
    if (!weft__ex_is_changed(x, d))
        return clang_Cursor_getVarDeclInitializer(d);
    struct local *l = weft__ex_local_of(x, d, 0);
    return l && l->nsrc == 1 && settled(x, d, use) ? l->sv[0] : clang_getNullCursor();
}

/* Local pointer d names one object for use: kept (kept_init), or given values only before
 * use's statement (s = c ? &A : &B; then lock(&s->m)). */
static int stable_at(struct ex *x, CXCursor d, CXCursor use)
{
    return !clang_Cursor_isNull(kept_init(x, d, use)) || settled(x, d, use);
}

/* The local pointer d of *d (c), else a null cursor. */
static CXCursor deref_var(struct ex *x, CXCursor c)
{
    CXCursor op = clang_getCursorKind(c) == CXCursor_UnaryOperator ? weft__ex_first_kid(c) : clang_getNullCursor();
    char o[8];
    if (clang_Cursor_isNull(op))
        return op;
    weft__ex_unop(x, c, op, o);
    op = weft__ex_strip(op);
    return strcmp(o, "*") || clang_getCursorKind(op) != CXCursor_DeclRefExpr ? clang_getNullCursor()
                                                                            : clang_getCursorReferenced(op);
}

/* *d where local pointer d keeps &X as its initializer (int *cnt = &p->count): X, the lvalue
 * *d names; else null. */
static CXCursor alias_target(struct ex *x, CXCursor c)
{
    CXCursor d = deref_var(x, c);
    CXCursor init = clang_Cursor_isNull(d) ? d : kept_init(x, d, c);
    CXCursor lv = clang_Cursor_isNull(init) ? init : weft__ex_address_of(x, weft__ex_strip(init));
    if (clang_Cursor_isNull(lv) || clang_getCursorKind(weft__ex_strip(lv)) != CXCursor_MemberRefExpr)
        return clang_getNullCursor();
    /* (members only: an element's index, &a[i].n, is not in what *d's key says; from a
     * pointer that keeps one value for the call: a global one, cursor->n, may move between
     * d's value and another pointer's) */
    CXCursor e = weft__ex_strip(lv);
    while (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        CXCursor b = weft__ex_strip(weft__ex_first_kid(e));
        if (clang_getCanonicalType(clang_getCursorType(b)).kind == CXType_Pointer) {
            CXCursor bd = clang_getCursorKind(b) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(b) : clang_getNullCursor();
            int param = clang_getCursorKind(bd) == CXCursor_ParmDecl && !weft__ex_is_changed(x, bd);
            return param || stable_at(x, bd, init) ? weft__ex_strip(lv) : clang_getNullCursor();
        }
        e = b;
    }
    return clang_getCursorKind(e) == CXCursor_DeclRefExpr && weft__ex_var_is_global(clang_getCursorReferenced(e))
               ? weft__ex_strip(lv)
               : clang_getNullCursor();
}

/*
 * The type of the object lvalue c lies in when it is reached by members and elements of
 * arrays in it from a variable: p->s.a[i].f (p a parameter or local pointer: p's pointee
 * type), g.f, g[i].f (g a global struct or array of them: the struct); "" otherwise (through
 * another pointer on the way, p->next->f, or by arithmetic).
 */
const char *weft__ex_base_type(struct ex *x, CXCursor c)
{
    CXType elem = {0};
    int member = 0;
    c = weft__ex_strip(c);
    CXCursor in = alias_target(x, c);
    if (!clang_Cursor_isNull(in))
        return weft__ex_base_type(x, in);
    for (int depth = 0; depth < 16; depth++) {
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor base = k == CXCursor_DeclRefExpr ? clang_getNullCursor() : weft__ex_first_kid(c);
        CXType bt = clang_Cursor_isNull(base) ? elem : clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base)));
        CXType t;
        if (k == CXCursor_DeclRefExpr) {
            CXCursor d = clang_getCursorReferenced(c);
            t = clang_getCanonicalType(clang_getCursorType(c));
            if (!member || clang_getCursorKind(d) != CXCursor_VarDecl || !weft__ex_var_is_global(d))
                return "";
            if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
                t = elem; /* g[i].f: the element's struct */
        } else if (k == CXCursor_ArraySubscriptExpr && bt.kind == CXType_ConstantArray) {
            elem = clang_getCanonicalType(clang_getCursorType(c));
            c = weft__ex_strip(base);
            continue;
        } else if (k == CXCursor_MemberRefExpr && bt.kind == CXType_Pointer) {
            base = weft__ex_strip(base);
            CXCursor d = clang_getCursorKind(base) == CXCursor_DeclRefExpr ? clang_getCursorReferenced(base)
                                                                          : clang_getNullCursor();
            if (clang_getCursorKind(d) != CXCursor_VarDecl && clang_getCursorKind(d) != CXCursor_ParmDecl)
                return "";
            t = clang_getCanonicalType(clang_getPointeeType(bt));
        } else if (k == CXCursor_MemberRefExpr && bt.kind == CXType_Record) {
            member = 1;
            c = weft__ex_strip(base);
            continue;
        } else {
            return "";
        }
        if (t.kind != CXType_Record)
            return "";
        return weft__ex_type_key(x, "", t, "");
    }
    return "";
}

/* A local's id within its function: where its declaration starts and its name (two
 * declarators of one statement start together), and libclang's hash of the declaration (two
 * temporaries of one name from nested expansions of one macro start together too). */
static unsigned local_id(struct ex *x, CXCursor d)
{
    unsigned off = weft__ex_off_at(x, d), ch = clang_hashCursor(d);
    const char *name = weft__ex_name_of(x, d);
    uint64_t h = weft__fnv(weft__fnv(WEFT__FNV_INIT, &off, sizeof(off)), name, strlen(name));
    h = weft__fnv(h, &ch, sizeof(ch));
    return (unsigned)(h ^ h >> 32);
}

/* The stable base of what local pointer d points at when d is another name for a part of a
 * stable object (int *cnt = &p->count; pthread_mutex_t *m = &p->lock; struct s *q = p): that
 * object's base and the part's path, with path appended; else "". */
static const char *alias_base(struct ex *x, CXCursor d, CXCursor use, const char *path, int depth)
{
    CXCursor init = kept_init(x, d, use);
    if (clang_Cursor_isNull(init) || depth > 4)
        return "";
    init = weft__ex_strip(init);
    const char *b = "";
    if (clang_getCursorKind(init) == CXCursor_DeclRefExpr) { /* (a copy of another local pointer) */
        CXCursor e = clang_getCursorReferenced(init);
        if (!stable_at(x, e, init))
            return "";
        b = alias_base(x, e, init, "", depth + 1);
        if (!*b) {
            char id[16];
            snprintf(id, sizeof(id), "L%08x", local_id(x, e));
            b = weft__ex_cat3(x, id, "", "");
        }
    } else {
        CXCursor lv = weft__ex_address_of(x, init);
        if (clang_Cursor_isNull(lv) || clang_getCursorKind(weft__ex_strip(lv)) != CXCursor_MemberRefExpr)
            return "";
        b = weft__ex_stable_base(x, init, 1); /* (&p->f.g: its path, members only) */
    }
    return *b ? weft__ex_cat3(x, b, path, "") : "";
}

/*
 * The local pointer p an lvalue is reached from as p->PATH (members and elements of arrays
 * in p's object), or, for a lock's or a call's argument (lock), &p->m, &p->s.m (members only) or p: p a
 * local variable that keeps its initializer's value for the whole call (never assigned,
 * stepped or its address taken, not declared in a loop, no goto in the function). "L", the
 * declaration's offset (8 hex digits) and the path (".s.f": indexes left out); "" when not so.
 */
const char *weft__ex_stable_base(struct ex *x, CXCursor c, int lock)
{
    char path[200] = "";
    c = weft__ex_strip(c);
    if (lock && clang_getCursorKind(c) == CXCursor_DeclRefExpr) { /* a call's argument p itself */
        CXCursor d = clang_getCursorReferenced(c);
        char id[16];
        if (!stable_at(x, d, c))
            return "";
        const char *a = alias_base(x, d, c, "", 0);
        if (*a)
            return a;
        snprintf(id, sizeof(id), "L%08x", local_id(x, d));
        return weft__ex_cat3(x, id, "", "");
    }
    if (!lock && clang_getCursorKind(c) == CXCursor_UnaryOperator) { /* *d, d another name for p->f */
        CXCursor d = deref_var(x, c);
        return clang_Cursor_isNull(d) ? "" : alias_base(x, d, c, "", 0);
    }
    if (lock) {
        CXCursor op = weft__ex_first_kid(c);
        char o[8];
        if (clang_getCursorKind(c) != CXCursor_UnaryOperator || clang_Cursor_isNull(op))
            return "";
        weft__ex_unop(x, c, op, o);
        if (strcmp(o, "&"))
            return "";
        c = weft__ex_strip(op);
    }
    for (int depth = 0; depth < 16; depth++) {
        CXCursor base = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(base))
            return "";
        enum CXTypeKind bt = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind;
        enum CXCursorKind k = clang_getCursorKind(c);
        if (!lock && k == CXCursor_ArraySubscriptExpr && bt == CXType_ConstantArray) {
            c = weft__ex_strip(base); /* (an element of an array in the object: the array's path) */
            continue;
        }
        if (k != CXCursor_MemberRefExpr)
            return "";
        CXString fs = clang_getCursorSpelling(c);
        const char *f = clang_getCString(fs);
        size_t fl = f ? strlen(f) : 0, pl = strlen(path);
        int ok = fl && fl + pl + 2 < sizeof(path);
        if (ok) { /* ".f" before the path so far */
            memmove(path + fl + 1, path, pl + 1);
            path[0] = '.';
            memcpy(path + 1, f, fl);
        }
        clang_disposeString(fs);
        if (!ok)
            return ""; /* an unnamed member */
        if (bt == CXType_Pointer) {
            base = weft__ex_strip(base);
            if (clang_getCursorKind(base) != CXCursor_DeclRefExpr)
                return "";
            CXCursor d = clang_getCursorReferenced(base);
            if (!stable_at(x, d, base))
                return "";
            const char *a = alias_base(x, d, base, path, 0);
            if (*a)
                return a;
            char id[240];
            snprintf(id, sizeof(id), "L%08x%s", local_id(x, d), path);
            return weft__ex_cat3(x, id, "", "");
        }
        if (bt != CXType_Record && bt != CXType_Elaborated)
            return "";
        c = weft__ex_strip(base);
    }
    return "";
}

/*
 * Whether lvalue c lies inside the one object a pointer variable points at: reached by
 * ->, * or [0] on that variable and then only . and indexes into arrays, never pointer
 * arithmetic (g[1], (g + 1)->f reach a neighbour). A bare pointer given to a library call
 * is not (memset(g, 0, n) may clear the neighbours too).
 */
int weft__ex_own_target(struct ex *x, CXCursor c)
{
    for (int depth = 0; depth < 16; depth++) {
        c = weft__ex_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor base = weft__ex_first_kid(c);
        if (clang_Cursor_isNull(base))
            return 0;
        enum CXTypeKind bt = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(base))).kind;
        if (k == CXCursor_MemberRefExpr) {
            if (bt == CXType_Pointer)
                return clang_getCursorKind(weft__ex_strip(base)) == CXCursor_DeclRefExpr;
        } else if (k == CXCursor_ArraySubscriptExpr) {
            if (bt == CXType_Pointer) {
                struct kids kk;
                weft__ex_kids_get(c, &kk);
                int zero = kk.n == 2 && weft__ex_is_zero_literal(x, kk.p[1]);
                weft__ex_kids_free(&kk);
                return zero && clang_getCursorKind(weft__ex_strip(base)) == CXCursor_DeclRefExpr;
            }
            if (bt != CXType_ConstantArray)
                return 0;
        } else if (k == CXCursor_UnaryOperator) {
            char o[8];
            weft__ex_unop(x, c, base, o);
            return !strcmp(o, "*") && clang_getCursorKind(weft__ex_strip(base)) == CXCursor_DeclRefExpr;
        } else {
            return 0;
        }
        c = base;
    }
    return 0;
}

int weft__ex_is_errno(CXCursor e)
{
    e = weft__ex_strip(e);
    if (clang_getCursorKind(e) != CXCursor_UnaryOperator)
        return 0;
    CXCursor in = weft__ex_strip(weft__ex_first_kid(e));
    if (clang_getCursorKind(in) != CXCursor_CallExpr)
        return 0;
    CXString n = clang_getCursorSpelling(clang_getCursorReferenced(in));
    const char *ns = clang_getCString(n);
    int r = ns && (!strcmp(ns, "__errno_location") || !strcmp(ns, "__h_errno_location"));
    clang_disposeString(n);
    return r;
}

int weft__ex_thread_local_object(struct ex *x, CXCursor ptr)
{
    CXCursor op = weft__ex_address_of(x, ptr);
    CXCursor var = clang_Cursor_isNull(op) ? op : weft__ex_var_of(op);
    return !clang_Cursor_isNull(var) && clang_getCursorTLSKind(var) != CXTLS_None;
}

int weft__ex_formats_address(CXCursor a)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(a)));
    if (t.kind != CXType_Pointer && t.kind != CXType_ConstantArray && t.kind != CXType_IncompleteArray)
        return 0;
    CXType e = clang_getCanonicalType(t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t));
    return e.kind != CXType_Char_S && e.kind != CXType_Char_U && e.kind != CXType_SChar && e.kind != CXType_UChar;
}

