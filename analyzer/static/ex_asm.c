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

/* The statement's source text, whole, from its file's buffer: [*t, *end). */
static int stmt_text(struct ex *x, CXCursor c, const char **t, const char **end)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned line, col, b, e;
    struct filebuf *fb = weft__ex_loc_of(x, clang_getRangeStart(r), &line, &col, &b);
    struct filebuf *fe = weft__ex_loc_of(x, clang_getRangeEnd(r), &line, &col, &e);
    if (!fb || fb != fe || !fb->buf || b >= e || e > fb->len)
        return 0;
    *t = fb->buf + b;
    *end = fb->buf + e;
    return 1;
}

/* Past spaces, tabs, newlines and line continuations. */
static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (isspace((unsigned char)*p) || (*p == '\\' && p + 1 < end && p[1] == '\n')))
        p += *p == '\\' ? 2 : 1;
    return p;
}

/* Past an identifier at p (p itself when there is none); its text into word. */
static const char *ident(const char *p, const char *end, char *word, size_t cap)
{
    const char *s = p;
    while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
        p++;
    size_t n = (size_t)(p - s) < cap ? (size_t)(p - s) : cap - 1;
    memcpy(word, s, n);
    word[n] = '\0';
    return p;
}

/* Past asm's qualifiers (volatile, __volatile__, inline, goto) from p: its '(', else NULL. */
static const char *open_paren(const char *p, const char *end)
{
    char word[64];
    for (;;) {
        const char *q = ident(skip_space(p, end), end, word, sizeof(word));
        if (!*word)
            break;
        p = q;
    }
    p = skip_space(p, end);
    return p < end && *p == '(' ? p : NULL;
}

/* The instructions of the template of the asm statement written in [t, end): `asm
 * volatile ("..." "..." :` read as its string literals, x86 comments ('#' to the line's end)
 * left out, split at ';' and at "\n" escapes, a lone "lock" joined to the instruction after
 * it. 1 when it is exactly one instruction and a locked one (a lock prefix, or an xchg,
 * which locks the bus itself; not cmpxchg); 0 when not, or when the template is not only
 * literals (a macro's piece, a macro's argument); -1 when [t, end) is no asm statement but
 * the use of a macro without string arguments (*macro gets its name: read its body). */
static int one_locked_insn(const char *t, const char *end, char macro[64])
{
    char word[64], buf[512];
    const char *p = ident(skip_space(t, end), end, word, sizeof(word));
    if (strcmp(word, "asm") && strcmp(word, "__asm") && strcmp(word, "__asm__")) {
        for (const char *q = p; q < end; q++)
            if (*q == '"')
                return 0; /* a macro given part of the template */
        snprintf(macro, 64, "%s", word);
        return *word ? -1 : 0;
    }
    p = open_paren(p, end);
    if (!p)
        return 0;
    size_t n = 0;
    int comment = 0, any = 0;
    for (p = skip_space(p + 1, end); p < end && *p == '"'; p = skip_space(p, end)) {
        any = 1;
        for (p++; p < end && *p != '"'; p++) {
            if (*p == '\\' && p + 1 < end) {
                p++;
                if (*p == 'n') { /* an instruction ends */
                    comment = 0;
                    if (n < sizeof(buf) - 1)
                        buf[n++] = ';';
                } else if (*p == 't' && !comment && n < sizeof(buf) - 1) {
                    buf[n++] = ' ';
                }
                continue;
            }
            comment |= *p == '#';
            if (!comment && n < sizeof(buf) - 1)
                buf[n++] = *p;
            else if (!comment)
                return 0; /* too long to read whole */
        }
        p++;
        comment = 0; /* a template's strings are joined; a comment ends with its line */
    }
    if (!any || p >= end || (*p != ':' && *p != ')'))
        return 0; /* something else than literals is part of the template */
    buf[n] = '\0';
    int insns = 0, locked = 0, prefix = 0;
    char *save = NULL;
    for (char *ins = strtok_r(buf, ";", &save); ins; ins = strtok_r(NULL, ";", &save)) {
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

/* The text of the statement's template: its own source (read whole from its file), or the
 * #define of the macro it is written with (two macros deep at most); its answer by
 * one_locked_insn, 0 when none is found. */
static int template_text(struct ex *x, CXCursor c, const char **t, const char **end, int depth)
{
    char macro[64];
    int r = one_locked_insn(*t, *end, macro);
    if (r >= 0 || depth >= 2)
        return r > 0;
    return weft__ex_macro_text(x, c, macro, t, end) && template_text(x, c, t, end, depth + 1);
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

struct words {
    struct ex *x;
    CXCursor *out;
    int cap, n, tries;
};

/* The words of string literal [p, q) (p past its opening quote) that name file-scope
 * variables, into w: not after '%', '$' or '.', nor an escape, not a label's. 0, or -1 when
 * there are too many to look up or to keep. */
static int literal_words(struct words *w, const char *p, const char *q)
{
    char word[64];
    while (p < q) {
        if (*p == '\\') {
            p += 2;
            continue;
        }
        if (!(isalpha((unsigned char)*p) || *p == '_') || strchr("%$.", p[-1])) {
            p++;
            continue;
        }
        const char *r = ident(p, q, word, sizeof(word));
        int label = *skip_space(r, q) == ':';
        p = r;
        if (label)
            continue;
        if (w->tries++ >= 64)
            return -1; /* too long to look every word up */
        CXCursor d = weft__ex_global_named(w->x, word);
        if (!clang_Cursor_isNull(d) && weft__ex_var_is_global(d)) {
            if (w->n >= w->cap)
                return -1;
            w->out[w->n++] = d;
        }
    }
    return 0;
}

/* The string literals from p on (a template, or a macro's body standing for a piece of one,
 * depth deep): their words into w; *at gets where they end. -1 when a piece is no literal
 * nor a macro whose body is literals only (STR(X), a macro's argument). */
static int literals(struct words *w, CXCursor c, const char *p, const char *end, const char **at, int depth)
{
    char word[64];
    for (p = skip_space(p, end); p < end; p = skip_space(p, end)) {
        if (*p == '"') {
            const char *q = p + 1;
            while (q < end && *q != '"')
                q += *q == '\\' ? 2 : 1;
            if (q >= end || literal_words(w, p + 1, q) < 0)
                return -1;
            p = q + 1;
            continue;
        }
        const char *q = ident(p, end, word, sizeof(word));
        if (q == p || depth >= 2)
            break;
        const char *b, *be, *after;
        if (*skip_space(q, end) == '(' || !weft__ex_macro_text(w->x, c, word, &b, &be) ||
            literals(w, c, b, be, &after, depth + 1) < 0 || skip_space(after, be) != be)
            return -1; /* a function-like macro, or one whose body is not literals only */
        p = q;
    }
    *at = p;
    return 0;
}

/* The file-scope variables the template of the asm statement written in [t, end) names by
 * their symbol ("addl $1, count(%rip)"), up to cap, into out; a statement written with a
 * macro (INC(x, "main")), its body's template. Their number, or -1 when the template is not
 * read whole (see literals), or names more than cap. */
static int template_globals(struct ex *x, CXCursor c, const char *t, const char *end, CXCursor *out, int cap)
{
    char word[64];
    const char *p = ident(skip_space(t, end), end, word, sizeof(word));
    if (strcmp(word, "asm") && strcmp(word, "__asm") && strcmp(word, "__asm__")) {
        const char *b, *be;
        if (p == t || t[0] == '"' || !weft__ex_macro_text(x, c, word, &b, &be))
            return -1;
        /* The one asm statement in the macro's body (SSE42(v): do { ... __asm__(...); } while (0)). */
        const char *at = NULL, *q = b, *after = NULL;
        while (q < be) {
            const char *r = ident(q, be, word, sizeof(word));
            if (r == q) {
                q++;
                continue;
            }
            if ((!strcmp(word, "asm") || !strcmp(word, "__asm") || !strcmp(word, "__asm__")) && (q == b || !(isalnum((unsigned char)q[-1]) || q[-1] == '_'))) {
                if (at)
                    return -1; /* two: which one this is not known */
                at = q, after = r;
            }
            q = r;
        }
        if (!at)
            return -1; /* a macro given the template or a piece of it */
        t = at, end = be, p = after;
    }
    p = open_paren(p, end);
    if (!p)
        return -1;
    struct words w = {x, out, cap, 0, 0};
    const char *at;
    if (literals(&w, c, p + 1, end, &at, 0) < 0)
        return -1;
    /* The template ends at the operands or the statement's end. */
    return at < end && (*at == ':' || *at == ')') ? w.n : -1;
}

void weft__ex_asm(struct ex *x, CXCursor c)
{
    struct weft__op *o = weft__ex_emit(x, WEFT__OP_SYNC, c);
    if (o)
        o->u.sync = "asm";
    struct kids kk;
    weft__ex_kids_get(c, &kk);
    /* One shared object, a memory operand of a template that is one locked instruction. */
    const char *t, *end;
    int have = stmt_text(x, c, &t, &end);
    int locked = have && template_text(x, c, &t, &end, 0), found = locked;
    int objects = 0, mem = 0, k = 0;
    for (unsigned i = 0; i < kk.n; i++) {
        if (!clang_isExpression(clang_getCursorKind(kk.p[i])))
            continue;
        if (names_object(kk.p[i]) && !private_local(x, kk.p[i])) {
            objects++;
            mem = found && memory_operand(t, end, k);
        }
        k++;
    }
    CXCursor named[4];
    const char *st, *send;
    int nnamed = stmt_text(x, c, &st, &send) ? template_globals(x, c, st, send, named, 4) : -1;
    if (nnamed < 0) { /* the objects it names are not known: the analysis is incomplete */
        if (o)
            o->u.sync = "asm?";
        nnamed = 0;
    }
    int atomic = locked && objects + nnamed == 1 && (mem || nnamed);
    for (int i = 0; i < nnamed; i++) { /* read and written, as a memory operand */
        const char *key;
        CXType vt = clang_getCanonicalType(clang_getCursorType(named[i]));
        if (!weft__ex_var_key(x, named[i], &key))
            continue; /* thread-local */
        struct weft__op *o = weft__ex_access_key(x, c, key, weft__ex_type_key(x, "t:", vt, ""), M_RW, atomic);
        if (o) {
            o->u.access.text = weft__ex_name_of(x, named[i]);
            o->u.access.varying |= vt.kind != CXType_Int && vt.kind != CXType_UInt && vt.kind != CXType_Long &&
                                   vt.kind != CXType_ULong && vt.kind != CXType_Short && vt.kind != CXType_UShort &&
                                   vt.kind != CXType_LongLong && vt.kind != CXType_ULongLong &&
                                   vt.kind != CXType_Char_S && vt.kind != CXType_Char_U &&
                                   vt.kind != CXType_SChar && vt.kind != CXType_UChar && vt.kind != CXType_Pointer;
        }
    }
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
