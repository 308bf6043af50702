/* The facts cache's text codec, the one place facts are written as text: one line per function, op and fact. */
#include "facts.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/*
 * Lines are tab-separated fields; tabs, newlines and backslashes inside a field are
 * escaped. "S" the TU's main file, "D" a file it read, "X" an error, "G" a fact outside
 * functions, "F" a function and "O" each of its ops, "Z" the end. An op line is
 * "O kind line col file" (file "=": the last one given; a file is an absolute path or "")
 * and then its payload's fields, in
 * the order of its struct in facts.h; numbers in decimal.
 */

/* Fields are tab-separated; tabs, newlines and backslashes inside them are escaped. */
void weft__field_put(FILE *o, const char *s)
{
    fputc('\t', o);
    /* Runs without a character to escape go out in one write: a character at a time was
     * most of the time spent storing a large result. */
    for (s = s ? s : "";;) {
        size_t n = strcspn(s, "\t\n\\");
        fwrite(s, 1, n, o);
        s += n;
        if (!*s)
            break;
        fputs(*s == '\t' ? "\\t" : *s == '\n' ? "\\n" : "\\\\", o);
        s++;
    }
}

static void put_n(FILE *o, long v)
{
    fprintf(o, "\t%ld", v);
}

static void put_guard(FILE *o, const struct weft__guard *g)
{
    put_n(o, g->kind);
    put_n(o, g->param);
    weft__field_put(o, g->lock_array);
    weft__field_put(o, g->array);
}

static void put_hindex(FILE *o, const struct weft__hindex *h)
{
    put_n(o, h->kind);
    put_n(o, h->lo);
    put_n(o, h->hi);
}

static void put_payload(FILE *o, const struct weft__op *op)
{
    switch (op->kind) {
    case WEFT__OP_ACCESS: {
        const struct weft__access *a = &op->u.access;
        weft__field_put(o, a->loc);
        weft__field_put(o, a->text);
        weft__field_put(o, a->tloc);
        weft__field_put(o, a->vtype);
        put_n(o, a->mode);
        put_n(o, a->atomic);
        put_n(o, a->suppressed);
        put_n(o, a->own_target);
        put_n(o, a->varying);
        put_n(o, a->vol);
        put_n(o, a->relaxed);
        put_n(o, a->tls);
        put_n(o, a->libc);
        put_n(o, a->index_kind);
        put_n(o, a->owner);
        put_n(o, a->owner_param);
        put_n(o, a->index);
        put_guard(o, &a->guard);
        put_n(o, a->value.op);
        put_n(o, a->value.bounded);
        put_n(o, a->value.value);
        weft__field_put(o, a->root);
        weft__field_put(o, a->ukey ? a->ukey : "");
        weft__field_put(o, a->upath ? a->upath : "");
        put_n(o, a->iter);
        weft__field_put(o, a->ixfield ? a->ixfield : "");
        weft__field_put(o, a->ixvar ? a->ixvar : "");
        weft__field_put(o, a->sbase ? a->sbase : "");
        weft__field_put(o, a->sbtype ? a->sbtype : "");
        weft__field_put(o, a->pbase ? a->pbase : "");
        put_n(o, a->aff.kind);
        if (a->aff.kind != WEFT__AFF_NONE) {
            put_n(o, a->aff.param);
            weft__field_put(o, a->aff.field ? a->aff.field : "");
            put_n(o, a->aff.m);
            put_n(o, a->aff.lo);
            put_n(o, a->aff.hi);
            put_n(o, a->aff.mod);
            put_n(o, a->aff.vbits);
            put_n(o, a->aff.rem);
        }
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        weft__field_put(o, op->u.lock.key);
        weft__field_put(o, op->u.lock.text);
        put_n(o, op->u.lock.shared);
        weft__field_put(o, op->u.lock.via);
        put_n(o, op->u.lock.tls);
        weft__field_put(o, op->u.lock.sbase ? op->u.lock.sbase : "");
        break;
    case WEFT__OP_CALL: {
        const struct weft__call *c = &op->u.call;
        weft__field_put(o, c->usr);
        weft__field_put(o, c->name);
        put_n(o, c->nargs);
        put_n(o, c->count);
        put_n(o, c->passes_fn);
        put_n(o, c->args_fixed);
        put_n(o, c->state_kept);
        weft__field_put(o, c->ret);
        for (int i = 0; i < c->nargs; i++) {
            weft__field_put(o, c->arg[i].key);
            put_n(o, c->arg[i].owner);
            put_n(o, c->arg[i].param);
            put_guard(o, &c->arg[i].guard);
            put_n(o, c->arg[i].distinct);
            put_n(o, c->arg[i].bits);
            weft__field_put(o, c->arg[i].sbase ? c->arg[i].sbase : "");
        }
        break;
    }
    case WEFT__OP_ICALL:
        weft__field_put(o, op->u.icall.slot);
        weft__field_put(o, op->u.icall.text);
        for (int i = 0; i < WEFT__MAX_ARGS; i++)
            weft__field_put(o, op->u.icall.arg[i] ? op->u.icall.arg[i] : "");
        break;
    case WEFT__OP_CREATE: {
        const struct weft__create *c = &op->u.create;
        weft__field_put(o, c->handle);
        put_hindex(o, &c->ix);
        weft__field_put(o, c->entry);
        weft__field_put(o, c->entry_text);
        weft__field_put(o, c->arg);
        put_n(o, c->by_slot);
        put_n(o, c->in_loop);
        put_n(o, c->attr);
        weft__field_put(o, c->htloc ? c->htloc : "");
        put_n(o, c->distinct);
        weft__field_put(o, c->dval ? c->dval : "");
        put_n(o, c->vstride);
        put_n(o, c->vlo);
        put_n(o, c->vhi);
        put_n(o, c->vsrc);
        weft__field_put(o, c->sarr ? c->sarr : "");
        break;
    }
    case WEFT__OP_JOIN:
        weft__field_put(o, op->u.join.handle);
        put_hindex(o, &op->u.join.ix);
        weft__field_put(o, op->u.join.ixvar ? op->u.join.ixvar : "");
        break;
    case WEFT__OP_SYNC:
        weft__field_put(o, op->u.sync);
        break;
    case WEFT__OP_RETURN:
        put_n(o, op->u.ret.loop_runs);
        put_n(o, op->u.ret.known);
        put_n(o, op->u.ret.value);
        break;
    case WEFT__OP_LOOP:
    case WEFT__OP_HALT:
    case WEFT__OP_WAIT:
        put_n(o, op->u.loop_runs);
        break;
    case WEFT__OP_IF:
        put_n(o, op->u.cond.kind);
        put_n(o, op->u.cond.negated);
        put_n(o, op->u.cond.cmp);
        put_n(o, op->u.cond.value);
        weft__field_put(o, op->u.cond.key);
        weft__field_put(o, op->u.cond.rkey);
        put_n(o, op->u.cond.rcmp);
        put_n(o, op->u.cond.rval);
        break;
    case WEFT__OP_SWITCH:
        weft__field_put(o, op->u.sw.jmp);
        put_n(o, op->u.sw.ncases);
        for (int i = 0; i < op->u.sw.ncases; i++) {
            put_n(o, op->u.sw.known[i]);
            put_n(o, op->u.sw.cases[i]);
        }
        put_n(o, op->u.sw.param);
        break;
    case WEFT__OP_CASE:
        put_n(o, op->u.label.is_default);
        put_n(o, op->u.label.known);
        put_n(o, op->u.label.value);
        break;
    case WEFT__OP_LABEL:
        put_n(o, op->u.label.known);
        put_n(o, op->u.label.value);
        break;
    case WEFT__OP_GOTO:
        put_n(o, op->u.label.known);
        put_n(o, op->u.label.value);
        break;
    default:
        break;
    }
}

int weft__facts_write(const struct weft__facts *f, FILE *o)
{
    fputc('S', o);
    weft__field_put(o, f->source);
    fputc('\n', o);
    for (size_t i = 0; i < f->ndeps; i++) {
        fputc('D', o);
        weft__field_put(o, f->deps[i]);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nerrors; i++) {
        fputc('X', o);
        weft__field_put(o, f->errors[i]);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nbinds; i++) {
        const struct weft__fact *b = &f->binds[i];
        fprintf(o, "G\t%c\t%d\t%ld", b->kind, b->known, b->value);
        weft__field_put(o, b->slot);
        weft__field_put(o, b->target);
        fputc('\n', o);
    }
    for (size_t i = 0; i < f->nfns; i++) {
        const struct weft__fn *fn = &f->fns[i];
        fprintf(o, "F\t%u\t%d", fn->line, fn->irregular);
        weft__field_put(o, fn->usr);
        weft__field_put(o, fn->name);
        weft__field_put(o, fn->file);
        fputc('\n', o);
        const char *last = NULL;
        for (size_t j = 0; j < fn->nops; j++) {
            const struct weft__op *op = &fn->ops[j];
            fprintf(o, "O\t%c\t%u\t%u", op->kind, op->line, op->col);
            /* The file repeats from op to op: "=" says "same as before". */
            if (last && op->file && !strcmp(last, op->file))
                weft__field_put(o, "=");
            else
                weft__field_put(o, op->file);
            if (op->file && *op->file)
                last = op->file;
            put_payload(o, op);
            fputc('\n', o);
        }
    }
    fputs("Z\n", o);
    return ferror(o) ? -EIO : 0;
}

/* Splits a line in place into at most max unescaped fields; returns how many. */
int weft__field_split(char *line, char **fields, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        fields[n++] = p;
        char *w = p;
        while (*p && *p != '\t') {
            if (*p == '\\' && p[1]) {
                p++;
                *w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
                p++;
            } else {
                *w++ = *p++;
            }
        }
        int more = *p == '\t';
        *w = '\0';
        if (!more)
            break;
        p++;
    }
    return n;
}

/* Reads a line's fields in order; any missing or malformed field sets bad (checked once per line). */
struct rd {
    char **f;
    int n, i, bad;
    struct weft__arena *A;
};

static const char *get_s(struct rd *r)
{
    if (r->i >= r->n) {
        r->bad = -EINVAL;
        return "";
    }
    if (!*r->f[r->i]) {
        r->i++;
        return ""; /* most fields are empty: no copy */
    }
    const char *s = weft__arena_strdup(r->A, r->f[r->i++]);
    if (!s)
        r->bad = -ENOMEM;
    return s ? s : "";
}

static long get_n(struct rd *r, long lo, long hi)
{
    if (r->i >= r->n) {
        r->bad = -EINVAL;
        return 0;
    }
    char *end;
    const char *s = r->f[r->i++];
    if (s[0] >= '0' && s[0] <= '9' && !s[1] && lo <= s[0] - '0' && s[0] - '0' <= hi)
        return s[0] - '0'; /* most numbers are one digit */
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < lo || v > hi)
        r->bad = -EINVAL;
    return v;
}

static void get_guard(struct rd *r, struct weft__guard *g)
{
    g->kind = (signed char)get_n(r, WEFT__GUARD_NONE, WEFT__GUARD_SELF);
    g->param = (signed char)get_n(r, SCHAR_MIN, SCHAR_MAX);
    g->lock_array = get_s(r);
    g->array = get_s(r);
}

static void get_hindex(struct rd *r, struct weft__hindex *h)
{
    h->kind = (signed char)get_n(r, WEFT__HANDLE_WHOLE, WEFT__HANDLE_UNKNOWN);
    h->lo = get_n(r, LONG_MIN, LONG_MAX);
    h->hi = get_n(r, LONG_MIN, LONG_MAX);
}

static void get_payload(struct rd *r, struct weft__op *op)
{
    switch (op->kind) {
    case WEFT__OP_ACCESS: {
        struct weft__access *a = &op->u.access;
        a->loc = get_s(r);
        a->text = get_s(r);
        a->tloc = get_s(r);
        a->vtype = get_s(r);
        a->mode = (char)get_n(r, 0, CHAR_MAX);
        a->atomic = (unsigned char)get_n(r, 0, 2);
        a->suppressed = (unsigned char)get_n(r, 0, 1);
        a->own_target = (unsigned char)get_n(r, 0, 1);
        a->varying = (unsigned char)get_n(r, 0, 1);
        a->vol = (unsigned char)get_n(r, 0, 2);
        a->relaxed = (unsigned char)get_n(r, 0, 2);
        a->tls = (unsigned char)get_n(r, 0, 1);
        a->libc = (unsigned char)get_n(r, 0, 3);
        a->index_kind = (signed char)get_n(r, WEFT__INDEX_NONE, WEFT__INDEX_PARAM_VAL);
        a->owner = (signed char)get_n(r, WEFT__OWNER_UNKNOWN, WEFT__OWNER_PARAM);
        a->owner_param = (signed char)get_n(r, SCHAR_MIN, SCHAR_MAX);
        a->index = get_n(r, LONG_MIN, LONG_MAX);
        get_guard(r, &a->guard);
        a->value.op = (char)get_n(r, 0, CHAR_MAX);
        a->value.bounded = (char)get_n(r, 0, 1);
        a->value.value = get_n(r, LONG_MIN, LONG_MAX);
        a->root = get_s(r);
        a->ukey = get_s(r);
        a->upath = get_s(r);
        a->iter = (unsigned char)get_n(r, 0, 2);
        a->ixfield = get_s(r);
        a->ixvar = get_s(r);
        a->sbase = get_s(r);
        a->sbtype = get_s(r);
        a->pbase = get_s(r);
        a->aff.kind = (signed char)get_n(r, WEFT__AFF_NONE, WEFT__AFF_PARAM_VAL);
        a->aff.field = "";
        if (a->aff.kind != WEFT__AFF_NONE) {
            a->aff.param = (signed char)get_n(r, -1, 3);
            a->aff.field = get_s(r);
            a->aff.m = get_n(r, LONG_MIN, LONG_MAX);
            a->aff.lo = get_n(r, LONG_MIN, LONG_MAX);
            a->aff.hi = get_n(r, LONG_MIN, LONG_MAX);
            a->aff.mod = get_n(r, 0, LONG_MAX);
            a->aff.vbits = (int)get_n(r, 0, 64);
            a->aff.rem = (unsigned char)get_n(r, 0, 1);
        }
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        op->u.lock.key = get_s(r);
        op->u.lock.text = get_s(r);
        op->u.lock.shared = (char)get_n(r, 0, WEFT__LOCK_TICKET);
        op->u.lock.via = get_s(r);
        op->u.lock.tls = (unsigned char)get_n(r, 0, 1);
        op->u.lock.sbase = get_s(r);
        break;
    case WEFT__OP_CALL: {
        struct weft__call *c = &op->u.call;
        c->usr = get_s(r);
        c->name = get_s(r);
        c->nargs = (int)get_n(r, 0, WEFT__MAX_ARGS);
        c->count = get_n(r, LONG_MIN, LONG_MAX);
        c->passes_fn = (unsigned char)get_n(r, 0, 1);
        c->args_fixed = (unsigned char)get_n(r, 0, 3);
        c->state_kept = (unsigned char)get_n(r, 0, 1);
        c->ret = get_s(r);
        c->arg = weft__args_new(r->A, c->nargs);
        if (c->nargs && !c->arg) {
            r->bad = -ENOMEM;
            c->nargs = 0;
        }
        for (int i = 0; i < c->nargs; i++) {
            c->arg[i].key = get_s(r);
            c->arg[i].owner = (signed char)get_n(r, WEFT__ARG_NOT_OWNED, WEFT__ARG_PARAM);
            c->arg[i].param = (signed char)get_n(r, SCHAR_MIN, SCHAR_MAX);
            get_guard(r, &c->arg[i].guard);
            c->arg[i].distinct = (unsigned char)get_n(r, 0, 1);
            c->arg[i].bits = (unsigned char)get_n(r, 0, 64);
            c->arg[i].sbase = get_s(r);
        }
        break;
    }
    case WEFT__OP_ICALL:
        op->u.icall.slot = get_s(r);
        op->u.icall.text = get_s(r);
        for (int i = 0; i < WEFT__MAX_ARGS; i++)
            op->u.icall.arg[i] = get_s(r);
        break;
    case WEFT__OP_CREATE: {
        struct weft__create *c = &op->u.create;
        c->handle = get_s(r);
        get_hindex(r, &c->ix);
        c->entry = get_s(r);
        c->entry_text = get_s(r);
        c->arg = get_s(r);
        c->by_slot = (unsigned char)get_n(r, 0, 2);
        c->in_loop = (unsigned char)get_n(r, 0, 1);
        c->attr = (unsigned char)get_n(r, 0, 1);
        c->htloc = get_s(r);
        c->distinct = (unsigned char)get_n(r, 0, 3);
        c->dval = get_s(r);
        c->vstride = get_n(r, 0, LONG_MAX);
        c->vlo = get_n(r, LONG_MIN, LONG_MAX);
        c->vhi = get_n(r, LONG_MIN, LONG_MAX);
        c->vsrc = (int)get_n(r, 0, 64);
        c->sarr = get_s(r);
        break;
    }
    case WEFT__OP_JOIN:
        op->u.join.handle = get_s(r);
        get_hindex(r, &op->u.join.ix);
        op->u.join.ixvar = get_s(r);
        break;
    case WEFT__OP_SYNC:
        op->u.sync = get_s(r);
        break;
    case WEFT__OP_LOOP:
        op->u.loop_runs = (unsigned char)get_n(r, 0, 30);
        break;
    case WEFT__OP_RETURN:
        op->u.ret.loop_runs = (unsigned char)get_n(r, 0, 3);
        op->u.ret.known = (unsigned char)get_n(r, 0, 1);
        op->u.ret.value = get_n(r, LONG_MIN, LONG_MAX);
        break;
    case WEFT__OP_HALT:
    case WEFT__OP_WAIT: /* (their loop_runs: see facts.h) */
        op->u.loop_runs = (unsigned char)get_n(r, 0, op->kind == WEFT__OP_HALT ? 4 : 1);
        break;
    case WEFT__OP_IF:
        op->u.cond.kind = (signed char)get_n(r, WEFT__COND_OTHER, WEFT__COND_NONDET);
        op->u.cond.negated = (unsigned char)get_n(r, 0, 1);
        op->u.cond.cmp = (signed char)get_n(r, -1, WEFT__CMP_NE);
        op->u.cond.value = get_n(r, LONG_MIN, LONG_MAX);
        op->u.cond.key = get_s(r);
        op->u.cond.rkey = get_s(r);
        op->u.cond.rcmp = (signed char)get_n(r, WEFT__CMP_LT, WEFT__CMP_NE);
        op->u.cond.rval = get_n(r, INT32_MIN, INT32_MAX);
        break;
    case WEFT__OP_SWITCH: {
        struct weft__switch *s = &op->u.sw;
        s->jmp = get_s(r);
        s->ncases = (int)get_n(r, 0, (r->n - r->i) / 2);
        long *cases = weft__arena_alloc(r->A, (size_t)s->ncases * sizeof(*cases) + 1);
        unsigned char *known = weft__arena_alloc(r->A, (size_t)s->ncases + 1);
        if (!cases || !known) {
            r->bad = -ENOMEM;
            s->ncases = 0;
        }
        for (int i = 0; i < s->ncases; i++) {
            known[i] = (unsigned char)get_n(r, 0, 1);
            cases[i] = get_n(r, LONG_MIN, LONG_MAX);
        }
        s->cases = cases;
        s->known = known;
        s->param = (signed char)get_n(r, 0, 4);
        break;
    }
    case WEFT__OP_CASE:
        op->u.label.is_default = (unsigned char)get_n(r, 0, 1);
        op->u.label.known = (unsigned char)get_n(r, 0, 1);
        op->u.label.value = get_n(r, LONG_MIN, LONG_MAX);
        break;
    case WEFT__OP_LABEL:
        op->u.label.known = (unsigned char)get_n(r, 0, 1);
        op->u.label.value = get_n(r, 0, UINT_MAX);
        break;
    case WEFT__OP_GOTO:
        op->u.label.known = (unsigned char)get_n(r, 0, 2);
        op->u.label.value = get_n(r, 0, UINT_MAX);
        break;
    case WEFT__OP_ELSE:
    case WEFT__OP_ENDIF:
    case WEFT__OP_ENDLOOP:
    case WEFT__OP_BREAK:
    case WEFT__OP_NEXT:
    case WEFT__OP_CONT:
    case WEFT__OP_BODYEND:
        break;
    default:
        r->bad = -EINVAL; /* an op kind this version does not know */
    }
    if (r->i != r->n && !r->bad)
        r->bad = -EINVAL; /* fields left over: not what this version wrote */
}

/* The most fields a line has: a switch with many labels. */
#define MAX_FIELDS 4096

int weft__facts_read(struct weft__facts *f, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = -EINVAL;
    struct weft__fn *fn = NULL;
    struct weft__op *ops = NULL;
    size_t nops = 0, capops = 0;
    const char *last = "";
    struct weft__arena *A = &f->arena;
    char **fl = malloc(MAX_FIELDS * sizeof(*fl));
    if (!fl)
        return -ENOMEM;

#define DUP(s) weft__arena_strdup(A, (s))
    while ((len = getline(&line, &cap, in)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        int n = weft__field_split(line, fl, MAX_FIELDS);
        char k = fl[0][0];
        if (k == 'O' && fn && n >= 5 && strlen(fl[1]) == 1) {
            struct weft__op *op = WEFT__PUSH(ops, nops, capops);
            if (!op)
                goto nomem;
            weft__op_init(op, fl[1][0]);
            struct rd r = {fl, n, 2, 0, A};
            op->line = (unsigned)get_n(&r, 0, UINT_MAX);
            op->col = (unsigned)get_n(&r, 0, UINT_MAX);
            r.i++;
            /* "=" repeats the last non-empty file (markers carry none). */
            if (strcmp(fl[4], "=")) {
                op->file = DUP(fl[4]);
                if (!op->file)
                    goto nomem;
                if (*op->file)
                    last = op->file;
            } else {
                op->file = last;
            }
            get_payload(&r, op);
            if (r.bad) {
                rc = r.bad;
                goto out;
            }
            continue;
        }
        if (fn) {
            fn->ops = weft__arena_alloc(A, nops * sizeof(*ops) + 1);
            if (!fn->ops)
                goto nomem;
            if (nops)
                memcpy(fn->ops, ops, nops * sizeof(*ops));
            fn->nops = nops;
            nops = 0;
            fn = NULL;
        }
        if (k == 'Z') {
            rc = 0;
            break;
        } else if (k == 'S' && n == 2) {
            f->source = DUP(fl[1]);
        } else if (k == 'D' && n == 2) {
            const char **d = WEFT__PUSH(f->deps, f->ndeps, f->capdeps);
            if (!d || !(*d = DUP(fl[1])))
                goto nomem;
        } else if (k == 'X' && n == 2) {
            char **d = WEFT__PUSH(f->errors, f->nerrors, f->caperrors);
            if (!d || !(*d = DUP(fl[1])))
                goto nomem;
        } else if (k == 'G' && n == 6 && strlen(fl[1]) == 1) {
            struct weft__fact *b = WEFT__PUSH(f->binds, f->nbinds, f->capbinds);
            if (!b)
                goto nomem;
            struct rd r = {fl, n, 2, 0, A};
            b->kind = fl[1][0];
            b->known = (char)get_n(&r, 0, 1);
            b->value = get_n(&r, LONG_MIN, LONG_MAX);
            b->slot = get_s(&r);
            b->target = get_s(&r);
            if (r.bad) {
                rc = r.bad;
                goto out;
            }
        } else if (k == 'F' && n == 6) {
            fn = WEFT__PUSH(f->fns, f->nfns, f->capfns);
            if (!fn)
                goto nomem;
            memset(fn, 0, sizeof(*fn));
            fn->line = (unsigned)strtoul(fl[1], NULL, 10);
            fn->irregular = fl[2][0] == '1';
            fn->usr = DUP(fl[3]);
            fn->name = DUP(fl[4]);
            fn->file = DUP(fl[5]);
            if (!fn->usr || !fn->name || !fn->file)
                goto nomem;
        } else {
            goto out;
        }
    }
#undef DUP
    goto out;
nomem:
    rc = -ENOMEM;
out:
    free(fl);
    free(line);
    free(ops);
    return rc;
}
