/* GCC inline assembly: the objects its operands name are accessed, what pointers handed to it point at may be too, and the thread uses synchronization the analysis does not read. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/*
 * asm("incq %0" : "+m"(x)): an object named as an operand (an output, or an "m" input) may
 * be read and written; a value ("r"(x)) is read; a pointer value ("r"(p)) hands the
 * instructions what it points at, which they may read and write. Atomic only when the text
 * has an x86 lock prefix or an xchg with memory (which locks the bus itself) as whole tokens
 * and the statement names one object: which operand the locked instruction reaches is not
 * read otherwise (a private local, "+r"(v), is not counted). The thread's races are possible,
 * not definite (a barrier, a lock).
 */

/* [t, end) has the token "lock", or an xchg mnemonic ("xchg", "xchgl"; not "cmpxchg"); an
 * identifier that names a macro is read in its #define too (a statement written as
 * XCHG(x, v), two macros deep at most). */
static int locked_text(struct ex *x, CXCursor c, const char *t, const char *end, int depth)
{
    while (t < end) {
        if (!isalnum((unsigned char)*t) && *t != '_') {
            t++;
            continue;
        }
        const char *s = t;
        while (t < end && (isalnum((unsigned char)*t) || *t == '_'))
            t++;
        size_t n = (size_t)(t - s);
        if ((n == 4 && !strncasecmp(s, "lock", 4)) ||
            (n >= 4 && n <= 5 && !strncasecmp(s, "xchg", 4) && (n == 4 || strchr("bwlqBWLQ", s[4]))))
            return 1;
        char name[64];
        const char *b, *be;
        if (depth < 2 && n < sizeof(name) && !isdigit((unsigned char)s[0]) && isupper((unsigned char)s[0])) {
            memcpy(name, s, n);
            name[n] = '\0';
            if (weft__ex_macro_text(x, c, name, &b, &be) && locked_text(x, c, b, be, depth + 1))
                return 1;
        }
    }
    return 0;
}

/* The operand names an object (an lvalue, not its value: no implicit conversion around it). */
static int names_object(CXCursor operand)
{
    enum CXCursorKind ek = clang_getCursorKind(weft__ex_strip(operand));
    return (ek == CXCursor_DeclRefExpr || ek == CXCursor_MemberRefExpr || ek == CXCursor_ArraySubscriptExpr ||
            ek == CXCursor_UnaryOperator) &&
           clang_getCursorKind(operand) != CXCursor_UnexposedExpr;
}

/* A private local named as an operand ("+r"(v)): no other thread reaches it. */
static int private_local(struct ex *x, CXCursor operand)
{
    CXCursor e = weft__ex_strip(operand);
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    CXCursor d = clang_getCursorReferenced(e);
    return (clang_getCursorKind(d) == CXCursor_VarDecl || clang_getCursorKind(d) == CXCursor_ParmDecl) &&
           !weft__ex_var_is_global(d) && clang_Cursor_getStorageClass(d) != CX_SC_Static &&
           !weft__ex_modifies(x, x->fn, d, 1); /* its address never taken */
}

void weft__ex_asm(struct ex *x, CXCursor c)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_SYNC, c);
    if (o)
        o->u.sync = "asm";
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    int objects = 0;
    for (unsigned i = 0; i < kk.n; i++)
        objects += clang_isExpression(clang_getCursorKind(kk.p[i])) && names_object(kk.p[i]) &&
                   !private_local(x, kk.p[i]);
    const char *t = weft__ex_text_of(x, c);
    int atomic = objects == 1 && locked_text(x, c, t, t + strlen(t), 0);
    for (unsigned i = 0; i < kk.n; i++) {
        if (!clang_isExpression(clang_getCursorKind(kk.p[i])))
            continue;
        CXType t = clang_getCanonicalType(clang_getCursorType(weft__ex_strip(kk.p[i])));
        if (names_object(kk.p[i])) {
            weft__ex_lvalue(x, kk.p[i], M_RW, atomic);
        } else if (t.kind == CXType_Pointer) {
            weft__ex_expr(x, kk.p[i], M_READ);
            weft__ex_pointee(x, kk.p[i], M_RW, 0); /* "r"(p) with a "memory" clobber */
        } else {
            weft__ex_expr(x, kk.p[i], M_READ);
        }
    }
    weft__ex_kids_free(&kk);
}
