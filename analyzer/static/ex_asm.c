/* GCC inline assembly: the objects its operands name are accessed, what pointers handed to it point at may be too, and the thread uses synchronization the analysis does not read. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/*
 * asm("incq %0" : "+m"(x)): an object named as an operand (an output, or an "m" input) may
 * be read and written; a value ("r"(x)) is read; a pointer value ("r"(p)) hands the
 * instructions what it points at, which they may read and write. Atomic only when the
 * template is one instruction with an x86 lock prefix, or an xchg with memory (which locks
 * the bus itself), and the statement names one object: which operand an instruction reaches
 * is not read otherwise (a private local, "+r"(v), is not counted). The thread's races are
 * possible, not definite (a barrier, a lock).
 */

/* The instructions of an asm template: the contents of its string literals in [t, end) (up
 * to the first ':'), x86 comments ('#' to the line's end) left out, split at ';' and at "\n"
 * escapes, a lone "lock" joined to the instruction after it. Whether there is exactly one,
 * and it is locked: a lock prefix or an xchg (which locks the bus itself; not cmpxchg). -1
 * when [t, end) has no string literal (a macro's use: read its body). */
static int one_locked_insn(const char *t, const char *end)
{
    char buf[512];
    size_t n = 0;
    int any = 0, comment = 0;
    for (const char *c = t; c < end; c++) {
        if (*c == ':' && any)
            break; /* the operands' constraints follow the template */
        if (*c != '"')
            continue;
        any = 1;
        for (c++; c < end && *c != '"'; c++) {
            if (*c == '\\' && c + 1 < end) {
                c++;
                if (*c == 'n') /* an instruction ends */
                    comment = 0, n < sizeof(buf) - 1 ? (void)(buf[n++] = ';') : (void)0;
                continue;
            }
            if (*c == '#')
                comment = 1;
            if (!comment && n < sizeof(buf) - 1)
                buf[n++] = *c;
        }
        comment = 0; /* a template's strings are joined; a comment ends with its line */
    }
    if (!any)
        return -1;
    buf[n] = '\0';
    int insns = 0, locked = 0, prefix = 0;
    for (char *ins = strtok(buf, ";"); ins; ins = strtok(NULL, ";")) {
        while (isspace((unsigned char)*ins))
            ins++;
        char *e = ins + strlen(ins);
        while (e > ins && isspace((unsigned char)e[-1]))
            *--e = '\0';
        if (!*ins)
            continue;
        if (!strcasecmp(ins, "lock")) {
            prefix = 1; /* "lock; incl %0": the next one is locked */
            continue;
        }
        insns++;
        size_t m = strcspn(ins, " \t");
        locked = prefix || (m == 4 && !strncasecmp(ins, "lock", 4) && ins[4]) ||
                 (m >= 4 && m <= 5 && !strncasecmp(ins, "xchg", 4) && (m == 4 || strchr("bwlqBWLQ", ins[4])));
        prefix = 0;
    }
    return insns == 1 && locked;
}

/* The text holding the statement's template: its own, or the #define of the macro it is
 * written with (two macros deep at most). 0 when none is found. */
static int template_text(struct ex *x, CXCursor c, const char **t, const char **end, int depth)
{
    for (const char *p = *t; p < *end; p++)
        if (*p == '"')
            return 1;
    if (depth >= 2)
        return 0;
    const char *p = *t;
    while (p < *end && !(isalpha((unsigned char)*p) || *p == '_'))
        p++;
    const char *s = p;
    while (p < *end && (isalnum((unsigned char)*p) || *p == '_'))
        p++;
    char name[64];
    size_t n = (size_t)(p - s);
    if (!n || n >= sizeof(name))
        return 0;
    memcpy(name, s, n);
    name[n] = '\0';
    return weft__ex_macro_text(x, c, name, t, end) && template_text(x, c, t, end, depth + 1);
}

/* Operand i's constraint in [t, end) (the string literals after the template's first ':', up
 * to the clobbers) names memory: "m" (or "o", "V", "Q"). */
static int memory_operand(const char *t, const char *end, int i)
{
    int colons = 0, k = 0;
    for (const char *p = t; p < end && colons < 3; p++) {
        if (*p == ':') {
            colons++;
            continue;
        }
        if (*p != '"')
            continue;
        const char *q = p + 1;
        while (q < end && *q != '"')
            q += *q == '\\' ? 2 : 1;
        if (colons >= 1 && k++ == i) {
            for (const char *r = p + 1; r < q; r++)
                if (strchr("moVQ", *r))
                    return 1;
            return 0;
        }
        p = q;
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
    /* One shared object, a memory operand of a template that is one locked instruction. */
    const char *t = weft__ex_text_of(x, c), *end = t + strlen(t);
    int found = template_text(x, c, &t, &end, 0), objects = 0, mem = 0, k = 0;
    for (unsigned i = 0; i < kk.n; i++) {
        if (!clang_isExpression(clang_getCursorKind(kk.p[i])))
            continue;
        if (names_object(kk.p[i]) && !private_local(x, kk.p[i])) {
            objects++;
            mem = found && memory_operand(t, end, k);
        }
        k++;
    }
    int atomic = found && objects == 1 && mem && one_locked_insn(t, end) > 0;
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
