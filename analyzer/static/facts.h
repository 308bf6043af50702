/* Per-translation-unit facts: each function as a flat list of operations the whole-program pass interprets. */
#ifndef WEFT_STATIC_FACTS_H
#define WEFT_STATIC_FACTS_H

#include "util.h"

#include <stdio.h>

/*
 * An operation of a function body, in source order. Branches and loops are kept as
 * markers so the whole-program pass can merge lock sets where control flow joins.
 * Strings live in the owning weft__facts arena.
 */
enum weft__op_kind {
    WEFT__OP_ACCESS = 'A', /* a: location key, b: source text, mode r/w/u, atomic */
    WEFT__OP_LOCK = 'L',   /* a: lock key, b: lock text, mode r (shared) or w */
    WEFT__OP_UNLOCK = 'U', /* a: lock key */
    WEFT__OP_CALL = 'C',   /* a: callee USR, b: callee name, c: arg lock keys joined by \x1f */
    WEFT__OP_ICALL = 'I',  /* a: function-pointer slot called through, b: its text */
    WEFT__OP_CREATE = 'T', /* a: handle key, b: entry USR (mode 'f') or slot (mode 's'), c: text */
    WEFT__OP_JOIN = 'J',   /* a: handle key */
    WEFT__OP_IF = 'B',
    WEFT__OP_ELSE = 'E',
    WEFT__OP_ENDIF = 'N',
    WEFT__OP_LOOP = 'P',
    WEFT__OP_ENDLOOP = 'Q',
    WEFT__OP_RETURN = 'R',
    WEFT__OP_SWITCH = 'W', /* a: "j:" and env's key for switch (setjmp(env)), c: its case values ("0,2,") */
    WEFT__OP_CASE = 'K',   /* a: the label's value, "?" when not a literal; mode 'd' for default */
    WEFT__OP_BREAK = 'X'   /* leaves the innermost switch (closed by ENDIF) */
};

struct weft__op {
    char kind;
    char mode;
    char atomic;     /* access: atomic operation or _Atomic object */
    /* Bit 0, access: suppressed by comment; create: inside a loop. Bit 1, access: through
     * a pointer parameter's own target (p->f, *p, p[0]), no arithmetic; create: each
     * iteration of its one loop gives the thread a different element (&a[i], i the loop's). */
    char flag;
    unsigned line, col;
    const char *file; /* absolute path, for accesses, calls and creates */
    const char *a, *b, *c;
    /* Regions and ownership (see prepare in program.c): an access's "guard\x1bown", a
     * call's four "own guard" tokens joined by \x1b; "" when there is nothing to say. */
    const char *d;
    /* Filled by the whole-program pass (never stored): interned ids of the strings,
     * lock-argument ids of a call (< -1: the caller's parameter -(v+2)), and for a lock
     * through a parameter its index (else -1). */
    int ia, ib, ic, ifile, args[4], pslot[4];
    signed char pidx;
    char typed, alias;
    /* Regions and ownership (from d). Access: guard id + 1 (0 none, -(N + 1) the caller's
     * guard of parameter N) and the element lock ("m[*]") that must be held for it; ocls 0
     * or 1 (own through parameter oq) when the parameter's memory is owned, else -1. Call:
     * reg, the index of the same per argument in the pass's own table (-1 when d says
     * nothing: calls are many, these rare, and the ops are read at every step of the pass).
     * Lock and unlock: gstar, the "m[*]" of an element lock (-1 none). */
    signed char ocls, oq;
    int guard, gstar, reg;
    int root; /* access: the global root of memory reached by type, id + 1 (0 none) */
};

struct weft__fn {
    const char *usr, *name, *file;
    unsigned line;
    struct weft__op *ops;
    size_t nops;
};

/* "Function-pointer slot slot may hold function usr" (or, if usr starts with '=', slot usr+1). */
struct weft__bind {
    const char *slot, *usr;
};

struct weft__facts {
    struct weft__arena arena;
    const char *source;      /* the TU's main file */
    struct weft__fn *fns;
    size_t nfns, capfns;
    struct weft__bind *binds;
    size_t nbinds, capbinds;
    const char **deps;       /* files the TU read (main file first) */
    size_t ndeps, capdeps;
    char **errors;           /* "file:line:col: error: message" */
    size_t nerrors, caperrors;
};

void weft__facts_free(struct weft__facts *f);
/* Serializes facts as text; 0 or -errno. */
int weft__facts_write(const struct weft__facts *f, FILE *out);
/* Reads what weft__facts_write wrote (after any header the caller consumed); 0 or -EINVAL/-ENOMEM. */
int weft__facts_read(struct weft__facts *f, FILE *in);

/* Writes '\t' and s with tabs, newlines and backslashes escaped. */
void weft__field_put(FILE *o, const char *s);
/* Splits a line in place into at most max unescaped tab-separated fields; returns how many. */
int weft__field_split(char *line, char **fields, int max);

/* Parses one TU with libclang and fills facts; 0, or negative errno when it could not
 * be parsed at all. Diagnostics of severity error go to facts->errors. */
struct weft__extract_args {
    void *index; /* CXIndex owned by the calling thread */
    const char *file;
    const char *dir; /* the TU's working directory, or NULL */
    const char *const *argv;
    int argc;
};
int weft__extract(const struct weft__extract_args *a, struct weft__facts *out);

#endif
