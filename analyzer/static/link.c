/* Links per-TU facts into one program: interned strings, functions, function-pointer slots, thread entries, global roots and values. */
#include "keys.h"
#include "models.h"
#include "program_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int weft__pg_intern(struct prog *p, const char *s)
{
    int id = weft__strtab_intern(&p->S, s ? s : "");
    if (id < 0) {
        p->oom = 1;
        return 0;
    }
    return id;
}

void weft__pg_reason(struct prog *p, const char *fmt, const char *a, const char *b, unsigned line)
{
    char buf[512];
    snprintf(buf, sizeof(buf), fmt, a, b, line);
    for (size_t i = 0; i < p->nreasons; i++)
        if (!strcmp(p->reasons[i], buf))
            return;
    const char **slot = WEFT__PUSH(p->reasons, p->nreasons, p->capreasons);
    if (!slot || !(*slot = weft__pg_str(p, weft__pg_intern(p, buf))))
        p->oom = 1;
}


static struct slotres *slot_get(struct prog *p, int id)
{
    if ((size_t)id >= p->nslots) {
        size_t n = p->S.n + 16;
        struct slotres *s = realloc(p->slots, n * sizeof(*s));
        if (!s) {
            p->oom = 1;
            return NULL;
        }
        memset(s + p->nslots, 0, (n - p->nslots) * sizeof(*s));
        p->slots = s;
        p->nslots = n;
    }
    return &p->slots[id];
}

/* Adds x to the small set v[0..*n) unless it is there; sets p->oom when it cannot grow. */
void weft__pg_int_set_add(struct prog *p, int **v, size_t *n, size_t *cap, int x)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i] == x)
            return;
    int *slot = WEFT__PUSH(*v, *n, *cap);
    if (slot)
        *slot = x;
    else
        p->oom = 1;
}

static void slot_add(struct prog *p, struct slotres *r, int fn)
{
    weft__pg_int_set_add(p, &r->fns, &r->n, &r->cap, fn);
}

/* The functions a function-pointer slot may hold (fields also get "any field" bindings). */
struct slotres *weft__pg_resolve(struct prog *p, int slot)
{
    struct slotres *r = slot_get(p, slot);
    if (!r || r->state)
        return r;
    r->state = 1;
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct pbind *b = &p->binds[i];
        if (b->slot != slot || (b->f->kind != WEFT__FACT_FN && b->f->kind != WEFT__FACT_COPY))
            continue;
        if (b->f->kind == WEFT__FACT_COPY) {
            int from = weft__pg_intern(p, b->f->target);
            struct slotres *o = weft__pg_resolve(p, from);
            r = slot_get(p, slot);
            if (o && r)
                for (size_t j = 0; j < o->n; j++)
                    slot_add(p, r, o->fns[j]);
        } else {
            int f = weft__pg_fn_lookup(p, b->target);
            if (f >= 0 && r)
                slot_add(p, r, f);
        }
    }
    const char *s = weft__pg_str(p, slot);
    const char *dot = strrchr(s, '.');
    if (!strncmp(s, "f:", 2) && dot && strcmp(dot, ".*")) {
        char buf[512];
        snprintf(buf, sizeof(buf), "%.*s.*", (int)(dot - s), s);
        int any_id = weft__pg_intern(p, buf);
        struct slotres *o = weft__pg_resolve(p, any_id);
        r = slot_get(p, slot);
        if (o && r)
            for (size_t j = 0; j < o->n; j++)
                slot_add(p, r, o->fns[j]);
    }
    r = slot_get(p, slot);
    if (r)
        r->state = 2;
    return r;
}

#define MAXARGS 8 /* thread entries told apart by argument, per function */

/* The thread entry running fn with argument arg (a location id, -1 unknown), started
 * under condition cond (key * 2 + value of the innermost if on a one-value local, -1
 * none); a function started in more than MAXARGS ways shares one entry for the rest. */
int weft__pg_entry_get(struct prog *p, int fn, int arg, int cond)
{
    return weft__pg_entry_get_real(p, fn, arg, cond, -1, -1);
}

int weft__pg_entry_get_real(struct prog *p, int fn, int arg, int cond, int real, int rslot)
{
    int n = 0;
    for (int e = p->entry_of[fn] - 1; e >= 0; e = p->entries[e].next, n++)
        if (p->entries[e].arg == arg && p->entries[e].cond == cond && p->entries[e].real == real)
            return e;
    if (n >= MAXARGS && (arg != -1 || cond != -1 || real != -1))
        return weft__pg_entry_get_real(p, fn, -1, -1, -1, -1);
    struct entry *e = WEFT__PUSH(p->entries, p->nentries, p->capentries);
    int *w = e ? WEFT__PUSH(p->work, p->nwork, p->capwork) : NULL;
    if (!w) {
        p->oom = 1;
        return 0;
    }
    memset(e, 0, sizeof(*e));
    e->fn = fn;
    e->arg = arg;
    e->cond = cond;
    e->real = real;
    e->rslot = rslot;
    e->parent = -1;
    e->next = p->entry_of[fn] - 1;
    e->ckey = -1;
    *w = (int)p->nentries - 1;
    p->entry_of[fn] = (int)p->nentries;
    return (int)p->nentries - 1;
}

int weft__pg_param_slot(struct prog *p, const char *usr, int k)
{
    char slot[600];
    int n = snprintf(slot, sizeof(slot), "p:%s#%d", usr, k);
    return n > 0 && n < (int)sizeof(slot) ? weft__strtab_find(&p->S, slot) : -1;
}

const char *weft__pg_thread_name(struct prog *p, int ctx)
{
    if (ctx < 0)
        return "main";
    const struct entry *E = &p->entries[ctx];
    return p->fns[E->real >= 0 ? E->real : E->fn].f->name;
}

uint64_t *weft__pg_handle_bits(struct prog *p, int handle, int create)
{
    for (size_t i = 0; i < p->nhandles; i++)
        if (p->handle_ids[i] == handle)
            return &p->handle_bits[i * (MAXE / 64)];
    if (!create)
        return NULL;
    if (weft__grow((void **)&p->handle_bits, &p->caphb, (p->nhandles + 1) * (MAXE / 64), sizeof(uint64_t))) {
        p->oom = 1;
        return NULL;
    }
    int *slot = WEFT__PUSH(p->handle_ids, p->nhandles, p->caphandles);
    if (!slot) {
        p->oom = 1;
        return NULL;
    }
    *slot = handle;
    uint64_t *b = &p->handle_bits[(p->nhandles - 1) * (MAXE / 64)];
    memset(b, 0, sizeof(uint64_t) * (MAXE / 64));
    return b;
}

/* The id of the global variable a "g:" key starts from (cut, after the USR's last '@', at the
 * first of the characters in cut: "g:USR.f" is "g:USR"), -1 when not interned before the
 * globals were linked (or too long to look up). */
static int global_of(struct prog *p, const char *key, const char *cut)
{
    char buf[512];
    if ((size_t)snprintf(buf, sizeof(buf), "%s", key) >= sizeof(buf))
        return -1;
    char *v = strrchr(buf, '@') ? strrchr(buf, '@') : buf;
    v[strcspn(v, cut)] = '\0';
    int id = weft__strtab_find(&p->S, buf);
    return id >= 0 && (size_t)id < p->naddr ? id : -1;
}

int weft__pg_global_id(struct prog *p, const char *key)
{
    return strncmp(key, "g:", 2) ? -1 : global_of(p, key, ".[~");
}

/* Whether the global a key starts from ("g:USR" or "g:USR.f...") has its address taken. */
int weft__pg_addr_taken(struct prog *p, const char *key)
{
    int id = strncmp(key, "g:", 2) ? -1 : global_of(p, key, ".");
    return id >= 0 && p->addr_taken[id];
}

int weft__pg_gptr_moves(struct prog *p, const char *key)
{
    if (strncmp(key, "*g:", 3))
        return 0;
    int id = global_of(p, key + 1, ".[~");
    const char *at = strrchr(key, '@');
    if (id < 0 || !at)
        return 0;
    /* "*g:gp.m" (&gp->m) rests on gp as "*g:gp" does; "*g:s.p" (what field s.p holds) on
     * the stores to s's parts */
    int suffix = at[strcspn(at, ".[~")] != '\0';
    return p->addr_taken[id] || p->gstores[id] > 1 || (suffix && p->gparts[id]);
}

int weft__pg_tls_global(struct prog *p, const char *key)
{
    int id = p->tls_taken ? weft__pg_global_id(p, key) : -1;
    return id >= 0 && p->tls_taken[id];
}

int weft__pg_lock_maybe_pointed(struct prog *p, const char *key)
{
    if (strncmp(key, "g:", 2) || !p->lock_escaped)
        return 1;
    int id = global_of(p, key, ".[~"); /* the variable: up to its first field or element */
    return id < 0 || p->lock_escaped[id];
}

int weft__pg_lock_text_id(struct prog *p, int id, const char *key, const char *text)
{
    if ((size_t)id >= p->nlock_text) {
        size_t n = p->S.n + 64;
        const char **t = realloc(p->lock_text, n * sizeof(*t));
        if (!t) {
            p->oom = 1;
            return id;
        }
        memset(t + p->nlock_text, 0, (n - p->nlock_text) * sizeof(*t));
        p->lock_text = t;
        p->nlock_text = n;
    }
    if (!p->lock_text[id] && text && *text && key[0] != '@')
        p->lock_text[id] = weft__pg_str(p, weft__pg_intern(p, text));
    return id;
}

/* "m[*]", the element lock of key "m[...]", or -1 when key names no element. */
int weft__pg_star_of(struct prog *p, const char *key)
{
    const char *b = strrchr(key, '['), *e = b ? strchr(b, ']') : NULL;
    char buf[600];
    if (!b)
        return -1;
    /* (the member after the element kept: a[*].m is not a[*].m2) */
    snprintf(buf, sizeof(buf), "%.*s[*]%s", (int)(b - key), key, e && e[1] == '.' ? e + 1 : "");
    return weft__pg_intern(p, buf);
}


/* The root a global's memory belongs to: the global whose initializer names it, transitively. */
int weft__pg_root_canon(const struct prog *p, int id)
{
    for (size_t n = 0; (size_t)id < p->nrparent && p->rparent[id] && n < p->nrparent; n++)
        id = p->rparent[id] - 1;
    return id;
}

/* Global integer id may hold lo to hi too (in the ranges glo, ghi, state gst). */
static void gv_range(struct prog *p, long *glo, long *ghi, unsigned char *gst, int id, long lo, long hi)
{
    if ((size_t)id >= p->ngv || gst[id] == 2)
        return;
    if (gst[id] == 0) {
        gst[id] = 1;
        glo[id] = lo;
        ghi[id] = hi;
        return;
    }
    glo[id] = lo < glo[id] ? lo : glo[id];
    ghi[id] = hi > ghi[id] ? hi : ghi[id];
}

static void gv_add(struct prog *p, int id, long lo, long hi)
{
    gv_range(p, p->glo, p->ghi, p->gst, id, lo, hi);
}

/* What write o (any op) of a global tracked (gst nonzero, or any with all) gives it. */
static void gv_write(struct prog *p, long *glo, long *ghi, unsigned char *gst, const struct pop *o, int all)
{
    const struct weft__access *a = &o->f->u.access;
    if (o->f->kind != WEFT__OP_ACCESS || a->mode == WEFT__READ || (size_t)o->ia >= p->ngv || (!gst[o->ia] && !all))
        return;
    long lo = glo[o->ia], hi = ghi[o->ia];
    if (a->value.op == WEFT__VAL_NONE || a->atomic)
        gst[o->ia] = 2;
    else if (a->value.op == WEFT__VAL_SET)
        gv_range(p, glo, ghi, gst, o->ia, a->value.value, a->value.value);
    else if (a->value.op == WEFT__VAL_UP && gst[o->ia])
        gv_range(p, glo, ghi, gst, o->ia, lo, a->value.bounded ? a->value.value : LONG_MAX);
    else if (a->value.op == WEFT__VAL_DOWN && gst[o->ia])
        gv_range(p, glo, ghi, gst, o->ia, a->value.bounded ? a->value.value : LONG_MIN, hi);
    else
        gst[o->ia] = 2;
}

/* Global key ("g:USR") has another name (an alias, an asm label). */
static int second_name(const struct prog *p, const char *key)
{
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (f->kind == WEFT__FACT_SYMBOL && (!strcmp(f->target, key + 2) || !strcmp(f->slot, key + 2)))
            return 1;
    }
    return 0;
}

/* Pop i's write, unless dead, of a global overwritten in main's start: into what threads see. */
static void thread_write(struct prog *p, const unsigned char *dead, const unsigned char *over, size_t i)
{
    if (!dead[i] && (size_t)p->pops[i].ia < p->ngv && over[p->pops[i].ia])
        gv_write(p, p->tlo, p->thi, p->tst, &p->pops[i], 1);
}

/*
 * The globals' values as threads see them (tlo, thi, tst): main's straight-line start, up
 * to its first op that may start a thread (a create, a call of the program's, a call
 * through a pointer) or leave that line (a label, goto, return, exit), surely runs before
 * any thread; a literal it stores there outside ifs, loops and switches overwrites the
 * initializer and its earlier stores (g = 4; pthread_create(...): threads see 4, not 0).
 * Every other store counts as for glo, ghi. 0 or -ENOMEM.
 */
static int thread_values(struct prog *p)
{
    int main_fn = weft__pg_fn_lookup(p, weft__strtab_find(&p->S, "c:@F@main"));
    unsigned char *dead = calloc(p->npops + 1, 1), *over = calloc(p->ngv + 1, 1);
    p->tlo = calloc(p->ngv + 1, sizeof(*p->tlo));
    p->thi = calloc(p->ngv + 1, sizeof(*p->thi));
    p->tst = calloc(p->ngv + 1, 1);
    if (!dead || !over || !p->tlo || !p->thi || !p->tst) {
        free(dead);
        free(over);
        return -ENOMEM;
    }
    memcpy(p->tlo, p->glo, (p->ngv + 1) * sizeof(*p->tlo));
    memcpy(p->thi, p->ghi, (p->ngv + 1) * sizeof(*p->thi));
    memcpy(p->tst, p->gst, p->ngv + 1);
    size_t m0 = 0, m1 = 0; /* main's straight-line start: pops m0 to m1 */
    /* (a constructor may have started threads before main) */
    int ctors = 0;
    for (size_t i = 0; i < p->nbinds; i++)
        ctors |= p->binds[i].f->kind == WEFT__FACT_CTOR;
    if (main_fn >= 0 && !p->main_called && !p->fns[main_fn].f->irregular && p->fns[main_fn].ops && !ctors) {
        const struct pfn *m = &p->fns[main_fn];
        m0 = m1 = (size_t)(m->ops - p->pops);
        int depth = 0;
        for (size_t j = 0; j < m->f->nops; j++, m1++) {
            const struct pop *o = &m->ops[j];
            char k = o->f->kind;
            /* (a library call handed a function may run it: pthread_once, qsort) */
            if (k == WEFT__OP_CREATE || k == WEFT__OP_ICALL || k == WEFT__OP_LABEL || k == WEFT__OP_GOTO ||
                k == WEFT__OP_RETURN || k == WEFT__OP_HALT || k == WEFT__OP_WAIT || k == WEFT__OP_JOIN ||
                (k == WEFT__OP_CALL && (weft__pg_fn_lookup(p, o->ia) >= 0 || (o->cflags & WEFT__CALL_EXIT) ||
                                        o->f->u.call.passes_fn)))
                break;
            depth += k == WEFT__OP_IF || k == WEFT__OP_LOOP || k == WEFT__OP_SWITCH;
            depth -= (k == WEFT__OP_ENDIF || k == WEFT__OP_ENDLOOP) && depth > 0;
            const struct weft__access *a = &o->f->u.access;
            /* (not a global whose address is taken, *p = 5 after g = 4 stores to it unnamed; nor
             * one with a second name, gs.v = 4 through an asm label; nor a thread-local one,
             * each thread's own copy starting from the initializer) */
            if (k != WEFT__OP_ACCESS || a->mode == WEFT__READ || depth || (size_t)o->ia >= p->ngv ||
                p->gst[o->ia] != 1 || a->value.op != WEFT__VAL_SET || a->atomic || a->tls ||
                weft__pg_addr_taken(p, weft__pg_str(p, o->ia)) || second_name(p, weft__pg_str(p, o->ia)))
                continue;
            /* (this store overwrites the earlier ones of the line and the initializer) */
            for (size_t i = m0; i < m0 + j; i++)
                dead[i] |= p->pops[i].f->kind == WEFT__OP_ACCESS && p->pops[i].ia == o->ia &&
                           p->pops[i].f->u.access.mode != WEFT__READ;
            over[o->ia] = 1;
        }
    }
    /* Overwritten globals: the values of the stores left. */
    for (size_t id = 0; id < p->ngv; id++)
        if (over[id])
            p->tst[id] = 0;
    /* (main's start first, then every other store, as glo's: an increment widens what the
     * stores before it gave) */
    for (size_t i = m0; i < m1; i++)
        thread_write(p, dead, over, i);
    for (size_t i = 0; i < p->npops; i++)
        if (i < m0 || i >= m1)
            thread_write(p, dead, over, i);
    free(dead);
    free(over);
    return 0;
}

/*
 * The values each global integer may hold in the whole run: its first value (INIT facts)
 * and what every write gives it (the access's value): a literal, a step that keeps it at
 * most / at least a bound (if (g < 10) g++), an increment or decrement with no bound; any
 * other write, or its address taken, and nothing is known of it.
 */
static int global_values(struct prog *p)
{
    p->ngv = p->S.n;
    p->glo = calloc(p->ngv + 1, sizeof(*p->glo));
    p->ghi = calloc(p->ngv + 1, sizeof(*p->ghi));
    p->gst = calloc(p->ngv + 1, 1);
    if (!p->glo || !p->ghi || !p->gst)
        return -ENOMEM;
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *b = p->binds[i].f;
        if (b->kind != WEFT__FACT_INIT)
            continue;
        int id = weft__pg_intern(p, b->target);
        if ((size_t)id >= p->ngv)
            continue;
        if (b->known && !weft__pg_addr_taken(p, b->target))
            gv_add(p, id, b->value, b->value);
        else
            p->gst[id] = 2;
    }
    for (size_t i = 0; i < p->npops; i++)
        gv_write(p, p->glo, p->ghi, p->gst, &p->pops[i], 0);
    return thread_values(p);
}

/* What an if on a global integer (args: operator, literal, global) always does: 1 the then
 * branch, 0 the else branch, -1 either. */
int weft__pg_bcond(const struct prog *p, const struct pop *op, int thread)
{
    int id = op->args[3];
    const unsigned char *st = thread && p->tst ? p->tst : p->gst;
    if (id < 0 || (size_t)id >= p->ngv || st[id] != 1)
        return -1;
    return weft__pg_cmp_range(op->args[1], op->args[2], thread && p->tst ? p->tlo[id] : p->glo[id],
                              thread && p->tst ? p->thi[id] : p->ghi[id]);
}

/* Global to is named in global from's initializer: to's memory is from's root's. */
static void root_join(struct prog *p, int from, int to)
{
    int ca = weft__pg_root_canon(p, from), cx = weft__pg_root_canon(p, to);
    if (ca == cx)
        return;
    if (p->rparent[to])
        p->roots_linked = 1; /* under two roots */
    else
        p->rparent[to] = ca + 1;
}


/* A function whose body runs atomically: an --atomic-fn pattern or a built-in model. */
static int matches_atomic(const struct weft_check_config *cfg, const char *name)
{
    if (weft__model_atomic_section(name))
        return 1;
    for (size_t i = 0; cfg && i < cfg->natomic_fns; i++)
        if (!fnmatch(cfg->atomic_fns[i], name, 0))
            return 1;
    return 0;
}


/* Functions by USR, the first definition winning (a header's static inline is the same
 * everywhere), and every TU's bindings. 0 or -ENOMEM. */
int weft__pg_link_fns(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        for (size_t i = 0; i < facts[t]->nfns; i++) {
            struct weft__fn *f = &facts[t]->fns[i];
            int id = weft__pg_intern(p, f->usr);
            if ((size_t)id >= p->nfn_of) {
                size_t nn = p->S.n + 1024;
                int *a = realloc(p->fn_of, nn * sizeof(*a));
                if (!a)
                    return -ENOMEM;
                memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
                p->fn_of = a;
                p->nfn_of = nn;
            }
            if (p->fn_of[id])
                continue;
            struct pfn *pf = WEFT__PUSH(p->fns, p->nfns, p->capfns);
            if (!pf)
                return -ENOMEM;
            memset(pf, 0, sizeof(*pf));
            pf->f = f;
            pf->atomic = matches_atomic(p->cfg, f->name);
            p->fn_of[id] = (int)p->nfns;
        }
        for (size_t i = 0; i < facts[t]->nbinds; i++) {
            const struct weft__fact *f = &facts[t]->binds[i];
            struct pbind *b = WEFT__PUSH(p->binds, p->nbinds, p->capbinds);
            if (!b)
                return -ENOMEM;
            b->f = f;
            b->slot = b->target = -1;
            /* Interned now what linking looks up by id; a copy's source slot, a root's and an
             * initial value's global are interned when they are used. */
            if (f->kind == WEFT__FACT_FN || f->kind == WEFT__FACT_COPY)
                b->slot = weft__pg_intern(p, f->slot);
            if (f->kind == WEFT__FACT_FN || f->kind == WEFT__FACT_ADDR || f->kind == WEFT__FACT_SELF ||
                f->kind == WEFT__FACT_TID || f->kind == WEFT__FACT_LOCK_ESCAPE || f->kind == WEFT__FACT_TLS)
                b->target = weft__pg_intern(p, f->target);
        }
    }
    return p->oom ? -ENOMEM : 0;
}

/* Global roots: a global named in another's initializer is memory of that one's root;
 * a global named under two roots links them. 0 or -ENOMEM. */
int weft__pg_link_roots(struct prog *p)
{
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            p->nrparent = p->S.n + 1;
            p->rparent = calloc(p->nrparent, sizeof(*p->rparent));
            if (!p->rparent)
                return -ENOMEM;
        }
        for (size_t i = 0; i < p->nbinds; i++) {
            const struct weft__fact *b = p->binds[i].f;
            p->roots_linked |= b->kind == WEFT__FACT_ROOTS;
            p->recursive_mutexes |= b->kind == WEFT__FACT_RECURSIVE;
            if (b->kind != WEFT__FACT_ROOT)
                continue;
            int from = weft__pg_intern(p, b->slot), to = weft__pg_intern(p, b->target);
            if (pass)
                root_join(p, from, to);
        }
    }
    return 0;
}

/* Global pointers their initializer gives &X that nothing stores to and whose address is
 * never taken hold X all along: "*g:gp.a" is X's a. 0 or -ENOMEM. */
static int link_points(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (f->kind != WEFT__FACT_POINTS)
            continue;
        struct gpoint *g = NULL;
        for (size_t j = 0; j < p->ngpoints && !g; j++)
            g = !strcmp(p->gpoints[j].slot, f->slot) ? &p->gpoints[j] : NULL;
        if (g) {
            if (g->target && strcmp(g->target, f->target))
                g->target = NULL; /* two initializers (two TUs' tentative definitions): not one */
            continue;
        }
        g = WEFT__PUSH(p->gpoints, p->ngpoints, p->capgpoints);
        if (!g)
            return -ENOMEM;
        *g = (struct gpoint){f->slot, f->target, ""};
        if (strlen(f->target) > p->max_gtarget)
            p->max_gtarget = strlen(f->target);
    }
    for (size_t i = 0; i < p->nbinds && p->ngpoints; i++) {
        const struct weft__fact *f = p->binds[i].f;
        for (size_t j = 0; j < p->ngpoints; j++) {
            struct gpoint *g = &p->gpoints[j];
            if (f->kind == WEFT__FACT_POINTS_TYPE && !strcmp(f->slot, g->slot))
                g->tloc = f->target;
            else if (f->kind == WEFT__FACT_ADDR && !strcmp(f->target, g->slot))
                g->target = NULL;
            else if (f->kind == WEFT__FACT_SYMBOL && (!strcmp(f->target, g->slot + 2) || !strcmp(f->slot, g->slot + 2)))
                g->target = NULL; /* (another name of it, an asm label in another file: its stores are not seen) */
        }
    }
    /* (a store to the pointer, anywhere: it may point elsewhere from then on) */
    for (size_t t = 0; t < n && p->ngpoints; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            for (size_t k = 0; k < facts[t]->fns[i].nops; k++) {
                const struct weft__op *op = &facts[t]->fns[i].ops[k];
                if (op->kind != WEFT__OP_ACCESS || op->u.access.mode == WEFT__READ)
                    continue;
                for (size_t j = 0; j < p->ngpoints; j++) {
                    struct gpoint *g = &p->gpoints[j];
                    size_t l = strlen(g->slot);
                    if (g->target && !strncmp(op->u.access.loc, g->slot, l) && strchr("~.[", op->u.access.loc[l]))
                        g->target = NULL;
                }
            }
    return 0;
}

/* What "*g:gp..." of a global pointer link_points keeps is: X's key, X's part ("g:s" and
 * ".a": "g:s.a"; a union member's: the union's one location, "g:u.*"), into buf; and X's
 * memory by type when that is the union's (*tloc), else NULL. 0 none, 2 some part of X
 * (a pointer of another type, "g:s~": whatever element it reaches), 3 X itself (*gp, gp[i]),
 * 1 a member of it (gp->a, gp->c[3]); -1 when buf (cap bytes) is too small for it. */
int weft__pg_point_target(const struct prog *p, const char *loc, char *buf, size_t cap, const char **tloc)
{
    if (loc[0] != '*' || loc[1] != 'g' || loc[2] != ':')
        return 0;
    for (size_t j = 0; j < p->ngpoints; j++) {
        const struct gpoint *g = &p->gpoints[j];
        size_t l = strlen(g->slot);
        if (!g->target || strncmp(loc + 1, g->slot, l) || (loc[1 + l] && loc[1 + l] != '.'))
            continue;
        int in_union = weft__key_union_cut(g->target) > 0, part = weft__key_part(g->target);
        const char *rest = in_union || part ? "" : loc + 1 + l;
        size_t tl = strlen(g->target), rl = strlen(rest);
        if (tl + rl >= cap)
            return -1; /* (buf untouched: too small) */
        memmove(buf + tl, rest, rl + 1); /* (rest may be in buf) */
        memcpy(buf, g->target, tl);
        *tloc = in_union ? g->tloc : NULL;
        return part ? 2 : loc[1 + l] ? 1 : 3;
    }
    return 0;
}

/* Whether function fn stores through its parameter q itself by another type than a field's
 * (*(pthread_t *)h = t2, h a struct holder *). */
static int stores_punned_through(struct prog *p, int fn, int q)
{
    char want[8];
    snprintf(want, sizeof(want), "*@p%d", q);
    const struct weft__fn *f = p->fns[fn].f;
    for (size_t k = 0; k < f->nops; k++) {
        const struct weft__op *a = &f->ops[k];
        const char *l = a->kind == WEFT__OP_ACCESS ? a->u.access.loc : "";
        if (a->kind == WEFT__OP_ACCESS && a->u.access.mode != WEFT__READ && !strncmp(l, want, 4) &&
            (!l[4] || !strcmp(l + 4, "~")) && weft__key_is(a->u.access.tloc, "t:"))
            return 1;
    }
    return 0;
}

/* Whether call argument key k names the object whose key is obj[0..n) (l:X or g:X): &X
 * itself ("l:", "q:" or "g:" X), or a global pointer that holds &X ("*g:gp", gp = &X). */
static int names_object(const struct prog *p, const char *k, const char *obj, size_t n)
{
    if (!k || n < 3)
        return 0;
    if ((weft__key_is(k, "q:") || weft__key_is(k, "l:") || weft__key_is(k, "g:")) && !strncmp(k + 2, obj + 2, n - 2) &&
        !k[n] && (k[0] != 'g' || obj[0] == 'g'))
        return 1;
    for (size_t j = 0; weft__key_is(k, "*g:") && j < p->ngpoints; j++)
        if (p->gpoints[j].target && !strcmp(k + 1, p->gpoints[j].slot) && !strncmp(p->gpoints[j].target, obj, n) &&
            !p->gpoints[j].target[n])
            return 1;
    return 0;
}

/* Whether a pointer to the record whose field htloc ("f:struct thread.id") is is converted to
 * a pointer to another type anywhere in the program but for a deallocator (WEFT__FACT_PUN). */
static int record_punned(const struct prog *p, const char *htloc)
{
    const char *dot = strrchr(htloc, '.');
    if (!weft__key_is(htloc, "f:") || !dot)
        return 1;
    size_t n = (size_t)(dot - htloc) - 2;
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (f->kind == WEFT__FACT_PUN && weft__key_is(f->slot, "t:") && strlen(f->slot + 2) == n &&
            !strncmp(f->slot + 2, htloc + 2, n))
            return 1;
    }
    return 0;
}

/* Whether every function slot may hold is a library function of hook kind (1: an allocator
 * but realloc, 2: free), each given by name: none unknown, none of the program's, none copied
 * from another slot (whose values stored through pointers, by memcpy or in compound literals
 * are not all facts). */
static int slot_only_library(const struct prog *p, const char *slot, int kind)
{
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (strcmp(f->slot, slot))
            continue;
        /* (a value the analysis did not follow, or one copied from another slot, whose values
         * stored through pointers, memcpy or compound literals are not all facts) */
        if (f->kind == WEFT__FACT_FN_UNKNOWN || f->kind == WEFT__FACT_COPY)
            return 0;
        if (f->kind != WEFT__FACT_FN)
            continue;
        const char *name = strrchr(f->target, '@');
        name = name && !strncmp(f->target, "c:@F@", 5) ? name + 1 : NULL; /* (an external function's USR) */
        if (!name || weft__pg_fn_lookup((struct prog *)p, weft__strtab_find(&p->S, f->target)) >= 0)
            return 0;
        if (kind == 1 ? !weft__model_allocates(name) || !strcmp(name, "realloc") : strcmp(name, "free"))
            return 0;
    }
    return 1;
}

/* Allocator and free hooks (ex_alloc.c), some of them given a parameter (yarn_mem(lease,
 * vacate)): the extraction took calls through them as allocations (fresh memory) and frees.
 * That holds when every function the program passes for each such parameter is a library
 * allocator (free), and the function taking it is only called directly; else the result
 * says it is not proved. The allocator hooks that hold: p->alloc_hooks (their calls need no
 * target: weft__pg_on_icall). 0 or -ENOMEM. */
static int link_hooks(struct prog *p)
{
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *h = p->binds[i].f;
        if (h->kind != WEFT__FACT_HOOK || *h->target)
            continue;
        int ok = 1;
        for (size_t k = 0; k < p->nbinds && ok; k++) {
            const struct weft__fact *q = p->binds[k].f;
            if (q->kind != WEFT__FACT_HOOK || !*q->target || strcmp(q->slot, h->slot))
                continue;
            const char *hash = strrchr(q->target, '#');
            ok = weft__key_is(q->target, "p:") && hash != NULL;
            size_t un = ok ? (size_t)(hash - q->target) - 2 : 0;
            for (size_t j = 0; j < p->nbinds && ok; j++) { /* (the setter's address taken: called with anything) */
                const struct weft__fact *f = p->binds[j].f;
                ok = f->kind != WEFT__FACT_FN || strlen(f->target) != un || strncmp(f->target, q->target + 2, un);
            }
            ok = ok && slot_only_library(p, q->target, (int)h->value);
        }
        if (!ok) {
            const char *var = strrchr(h->slot, '@');
            weft__pg_reason(p, "'%s' is taken to hold %s, but the program may store another function in it",
                            var ? var + 1 : h->slot, h->value == 1 ? "an allocator returning fresh memory" : "a deallocator", 0);
        } else if (h->value == 1) {
            int id = weft__pg_intern(p, h->slot);
            if (id < 0)
                return -ENOMEM;
            weft__pg_int_set_add(p, &p->alloc_hooks, &p->nalloc_hooks, &p->capalloc_hooks, id);
        }
    }
    return p->oom ? -ENOMEM : 0;
}

/* Handle fields (a create's handle in a struct field: &w->t, &a.t) that may come to hold
 * another thread than the one created into them: a store to such a field anywhere that is
 * not a create's (a.t = t2, p->t = t2 through any pointer, memset, memcpy; not free), or,
 * for a create wrapper's returned object (@r.id), another create into such a field (a
 * restart through a pointer, or a store by type through a pointer of the handle's size or
 * a byte pointer anywhere: *(pthread_t *)w = t2): the creates' hdirty. */
static void link_handle_fields(struct prog *p)
{
    for (size_t i = 0; i < p->npops; i++) {
        struct pop *co = &p->pops[i];
        const struct weft__op *c = co->f;
        if (c->kind != WEFT__OP_CREATE || !weft__key_is(c->u.create.htloc, "f:"))
            continue;
        int ret = c->u.create.handle[0] == '@' && c->u.create.handle[1] == 'r', defined = 0;
        /* (a store by type reaches a wrapper's object only through a pointer to its type
         * converted to another: one noted anywhere, WEFT__FACT_PUN) */
        int punned_type = ret && record_punned(p, c->u.create.htloc);
        /* (the handle's object handed, converted to another pointer type, to a function with a
         * body: retarget(&a, t2) storing *(pthread_t *)obj = t2) */
        const char *h = c->u.create.handle, *hdot = strrchr(h, '.');
        size_t hl = hdot ? (size_t)(hdot - h) : 0;
        for (size_t j = 0; j < p->npops && hl > 2 && !co->hdirty; j++) {
            const struct weft__op *a = p->pops[j].f;
            int fn = a->kind == WEFT__OP_CALL ? weft__pg_fn_lookup(p, p->pops[j].ia) : -1;
            if (fn < 0)
                continue;
            /* (or given as itself to a function that stores through it by another type:
             * swap_in(gp, t2) { *(pthread_t *)h = t2; }) */
            for (int q = 0; q < a->u.call.nargs && q < WEFT__MAX_ARGS && !co->hdirty; q++) {
                const char *k = a->u.call.arg[q].key, *sb = a->u.call.arg[q].sbase;
                if (names_object(p, k, h, hl) && ((sb && !strcmp(sb, "!")) || (q < 4 && stores_punned_through(p, fn, q))))
                    co->hdirty = 1;
            }
        }
        for (size_t j = 0; j < p->npops && !co->hdirty; j++) {
            const struct weft__op *a = p->pops[j].f;
            if (a->kind == WEFT__OP_CALL) /* (&x handed to a call: written only if it has no body) */
                defined = weft__pg_fn_lookup(p, p->pops[j].ia) >= 0;
            if (a->kind != WEFT__OP_ACCESS || a->u.access.mode == WEFT__READ || a->u.access.libc == 2 ||
                (a->u.access.mode == WEFT__EXT && defined) || (a->u.access.vol == 2 && !ret))
                continue;
            /* (into a create wrapper's object, a store by type through a pointer of the handle's
             * own size or a byte pointer: a cast, *(pthread_t *)w = t2, *(long *)w = t2, a byte
             * copy; glibc's pthread_t and thrd_t are unsigned long. Not for a plain field:
             * longs and bytes are written through pointers all over real code, and a field
             * matches no such store by type elsewhere either.) */
            static const char *const punned[] = {"t:unsigned long", "t:long", "t:unsigned long long", "t:long long",
                                                 "t:pthread_t", "t:char", "t:unsigned char", "t:signed char",
                                                 "t:void", NULL};
            int cast = 0, through = punned_type && (weft__key_is(a->u.access.loc, "t:") || a->u.access.loc[0] == '*');
            for (int q = 0; punned[q] && !cast && through; q++)
                cast = !strcmp(a->u.access.tloc, punned[q]);
            co->hdirty = cast || !strcmp(a->u.access.tloc, c->u.create.htloc);
        }
        /* (every create into a field of that type: the same field type, the same doubt) */
        for (size_t j = 0; co->hdirty && j < p->npops; j++)
            if (p->pops[j].f->kind == WEFT__OP_CREATE && !strcmp(p->pops[j].f->u.create.htloc, c->u.create.htloc))
                p->pops[j].hdirty = 1;
    }
}

/* The handle variable a detach's argument key names, into buf (an element: the array, as
 * its creates name it): 1, or 0 when it names none (pthread_self()'s value, a parameter). */
int weft__pg_detach_handle(const char *k, char *buf, size_t cap)
{
    if (!weft__key_is(k, "l:") && !weft__key_is(k, "g:") && !weft__key_is(k, "o:"))
        return 0;
    snprintf(buf, cap, "%s", k);
    buf[strcspn(buf, "[")] = '\0';
    return 1;
}

/* Which threads may be detached (then a join of them fails at once and orders nothing):
 * pthread_detach(t) of handles, a detached attribute, or a detach of what is no handle
 * (pthread_detach(pthread_self()): any thread). 0 or -ENOMEM. */
static int link_detaches(struct prog *p)
{
    const struct pop *m0 = NULL, *m1 = NULL; /* main's ops */
    for (size_t f = 0; f < p->nfns && !m0; f++)
        if (!strcmp(p->fns[f].f->usr, "c:@F@main") && p->fns[f].ops)
            m0 = p->fns[f].ops, m1 = m0 + p->fns[f].f->nops;
    for (size_t i = 0; i < p->npops; i++) {
        const struct weft__op *op = p->pops[i].f;
        if (op->kind != WEFT__OP_CALL || !op->u.call.nargs)
            continue;
        /* (main's detaches of handles are followed as it runs: weft__pg_on_detach) */
        int in_main = m0 && &p->pops[i] >= m0 && &p->pops[i] < m1;
        const char *n = op->u.call.name, *k = op->u.call.arg[0].key;
        if (!strcmp(n, "pthread_attr_setdetachstate") && op->u.call.nargs >= 2 && strcmp(op->u.call.arg[1].key, "*0"))
            p->detach_state = 1;
        if (strcmp(n, "pthread_detach") && strcmp(n, "thrd_detach"))
            continue;
        /* (a handle no create fills, c = t; pthread_detach(c), a wrapper's parameter, a copy of
         * pthread_self(): which thread, not known) */
        char buf[600];
        int created = 0, named = weft__pg_detach_handle(k, buf, sizeof(buf));
        for (size_t j = 0; j < p->npops && !created && named; j++)
            created = p->pops[j].f->kind == WEFT__OP_CREATE && !strcmp(p->pops[j].f->u.create.handle, buf);
        if (!created) {
            p->detach_unknown = 1;
            continue;
        }
        if (in_main)
            continue;
        int *h = WEFT__PUSH(p->detached_h, p->ndetached_h, p->capdetached_h);
        if (!h)
            return -ENOMEM;
        *h = weft__pg_intern(p, buf);
    }
    return 0;
}

/* Prepares every operation of every TU (prepare.c), so interpreting compares integers,
 * and gives each linked function its prepared ops; then the values of global integers,
 * when some if tests one. 0 or -ENOMEM. */
int weft__pg_link_ops(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    size_t total = 0;
    p->ntus = n;
    if (link_points(p, facts, n))
        return -ENOMEM;
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            total += facts[t]->fns[i].nops;
    p->pops = calloc(total + 1, sizeof(*p->pops));
    if (!p->pops)
        return -ENOMEM;
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++) {
            struct weft__fn *f = &facts[t]->fns[i];
            struct pop *base = p->pops + p->npops;
            for (size_t j = 0; j < f->nops; j++)
                if (weft__pg_prepare(p, &p->pops[p->npops++], &f->ops[j]))
                    return -ENOMEM;
            /* A function defined in several TUs runs its first definition (link_fns). */
            int fn = weft__pg_fn_lookup(p, weft__strtab_find(&p->S, f->usr));
            if (fn >= 0 && p->fns[fn].f == f)
                p->fns[fn].ops = base;
        }
    if (link_detaches(p))
        return -ENOMEM;
    link_handle_fields(p);
    if (link_hooks(p))
        return -ENOMEM;
    /* Ids interned since are looked up as functions too: fn_of covers them. */
    size_t nn = p->S.n + 1024;
    int *a = realloc(p->fn_of, nn * sizeof(*a));
    if (!a)
        return -ENOMEM;
    memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
    p->fn_of = a;
    p->nfn_of = nn;
    return 0;
}

/* Whether some interned string names USR u, as a whole name ("g:c:@h.f" names "c:@h"). */
static int usr_named(const struct prog *p, const char *u)
{
    size_t n = strlen(u);
    for (size_t i = 0; i < p->S.n; i++)
        for (const char *s = strstr(p->S.strs[i], u); s; s = strstr(s + 1, u))
            if (!isalnum((unsigned char)s[n]) && s[n] != '_' && s[n] != '@')
                return 1;
    return 0;
}

/* Second names of a symbol (alias, asm label) that other TUs use: their uses are not linked
 * to it (a TU maps only its own uses), so the result is incomplete. */
static void link_symbols(struct prog *p)
{
    for (size_t i = 0; i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (f->kind == WEFT__FACT_SYMBOL && usr_named(p, f->slot))
            weft__pg_reason(p, "'%s' is a second name of '%s' (alias or asm label) that other translation units use: "
                               "their uses are not linked to it", f->slot, f->target, 0);
    }
}

/* The globals the program stores to by parts (holder.p = ...) interned by name, so that
 * gparts can say so of the global itself (before naddr is fixed). */
static void intern_stored_bases(struct prog *p)
{
    for (size_t i = 0; i < p->npops; i++) {
        const struct weft__op *f = p->pops[i].f;
        const char *at = f->kind == WEFT__OP_ACCESS && f->u.access.mode != WEFT__READ && !strncmp(f->u.access.loc, "g:", 2)
                             ? strrchr(f->u.access.loc, '@') : NULL;
        char buf[512];
        size_t n = at ? (size_t)(at - f->u.access.loc) + strcspn(at, ".[~") : 0;
        if (at && at[strcspn(at, ".[~")] && n < sizeof(buf)) {
            memcpy(buf, f->u.access.loc, n);
            buf[n] = '\0';
            weft__pg_intern(p, buf);
        }
    }
}

/* How many stores to each global itself (not a field or an element of it) the program
 * makes (gstores): 1 its one value, an initializer or one store made once (in main, outside
 * loops and gotos, main called by no function of the program), 2 more; and which globals
 * are stored to by parts (gparts). */
static void count_global_stores(struct prog *p)
{
    int main_fn = weft__pg_fn_lookup(p, weft__strtab_find(&p->S, "c:@F@main"));
    for (size_t i = 0; i < p->npops && !p->main_called; i++)
        p->main_called = p->pops[i].f->kind == WEFT__OP_CALL && p->pops[i].f->u.call.usr &&
                         !strcmp(p->pops[i].f->u.call.usr, "c:@F@main");
    /* (or may call it through a pointer: int (*again)(void) = main) */
    for (size_t i = 0; i < p->nbinds && !p->main_called; i++)
        p->main_called = p->binds[i].f->kind == WEFT__FACT_FN && p->binds[i].f->target &&
                         !strcmp(p->binds[i].f->target, "c:@F@main");
    if (p->main_called && main_fn >= 0)
        weft__pg_reason(p, "main is called by the program%s%s: the threads a second run of it starts are not followed",
                        "", "", 0);
    for (size_t i = 0; i < p->nfns; i++) {
        const struct weft__fn *fn = p->fns[i].f;
        int depth = 0, once = (int)i == main_fn && !p->main_called;
        for (size_t j = 0; j < fn->nops; j++)
            once &= fn->ops[j].kind != WEFT__OP_GOTO && fn->ops[j].kind != WEFT__OP_LABEL;
        for (size_t j = 0; j < fn->nops; j++) {
            const struct weft__op *f = &fn->ops[j];
            depth += f->kind == WEFT__OP_LOOP ? 1 : f->kind == WEFT__OP_ENDLOOP ? -1 : 0;
            if (f->kind != WEFT__OP_ACCESS || f->u.access.mode == WEFT__READ || strncmp(f->u.access.loc, "g:", 2))
                continue;
            int id = global_of(p, f->u.access.loc, ".[~");
            const char *at = strrchr(f->u.access.loc, '@');
            if (id >= 0 && at && !at[strcspn(at, ".[~")]) /* (gp++ moves it to another object) */
                p->gstores[id] = p->gstores[id] || !once || depth > 0 || f->u.access.mode == WEFT__UPDATE ? 2 : 1;
            else if (id >= 0)
                p->gparts[id] = 1;
        }
    }
    /* An initializer that points it somewhere (T *gp = &c1;, objs + 1) is a first store. */
    for (size_t i = 0; i < p->nbinds; i++)
        if (p->binds[i].f->kind == WEFT__FACT_PTR_INIT) {
            int id = global_of(p, p->binds[i].f->slot, ".[~");
            if (id >= 0)
                p->gstores[id] = p->gstores[id] ? 2 : 1;
        }
}

/* What the globals' facts say: whose address is taken, whether regions are linked, which
 * hold main's own thread id; then which accesses may alias memory by type. 0 or -ENOMEM. */
int weft__pg_link_globals(struct prog *p)
{
    /* Globals whose address is taken: pointer accesses by type may reach them. So may a
     * global that is not static (g:c:@...: its USR names no file): code that is not
     * analyzed can name it and hand out pointers to it (an external getS() returning &s). */
    link_symbols(p);
    intern_stored_bases(p);
    p->naddr = p->S.n;
    p->addr_taken = calloc(p->naddr + 1, sizeof(*p->addr_taken));
    p->lock_escaped = calloc(p->naddr + 1, sizeof(*p->lock_escaped));
    p->tls_taken = calloc(p->naddr + 1, sizeof(*p->tls_taken));
    p->gstores = calloc(p->naddr + 1, sizeof(*p->gstores));
    p->gparts = calloc(p->naddr + 1, sizeof(*p->gparts));
    if (!p->addr_taken || !p->lock_escaped || !p->tls_taken || !p->gstores || !p->gparts)
        return -ENOMEM;
    count_global_stores(p);
    for (size_t i = 0; i < p->nbinds; i++) {
        if (p->binds[i].f->kind == WEFT__FACT_ADDR)
            p->addr_taken[p->binds[i].target] = 1;
        if (p->binds[i].f->kind == WEFT__FACT_LOCK_ESCAPE)
            p->lock_escaped[p->binds[i].target] = 1;
        if (p->binds[i].f->kind == WEFT__FACT_TLS)
            p->tls_taken[p->binds[i].target] = 1;
        if (p->binds[i].f->kind == WEFT__FACT_REGIONS)
            p->regions_linked = 1;
    }
    /* Main's own thread id: stored from pthread_self() in main, never otherwise, never a
     * handle pthread_create fills. */
    p->main_end = weft__pg_intern(p, "<main ended>");
    p->relfence = weft__pg_intern(p, "<release fence>");
    /* The flags loops wait for (the first MAXFLAG: a loop on another orders nothing). */
    for (size_t i = 0; i < p->npops; i++) {
        const struct pop *o = &p->pops[i];
        if (o->f->kind != WEFT__OP_LOCK || o->f->u.lock.shared != WEFT__LOCK_SEEN || !*o->f->u.lock.key)
            continue; /* (a fence has no key) */
        if (p->ntus > 1 && strpbrk(o->f->u.lock.via, "ts"))
            continue; /* another TU may define it with a value (-fcommon), or post the semaphore */
        int k = 0;
        while (k < p->nflags && p->flags[k].id != o->ia)
            k++;
        if (k == p->nflags && k < MAXFLAG) {
            char buf[600];
            snprintf(buf, sizeof(buf), "<seen %s>", weft__pg_str(p, o->ia));
            p->flags[k] = (struct flag){.id = o->ia, .seen = weft__pg_intern(p, buf), .writer = FLAG_NONE, .tloc = -1};
            snprintf(buf, sizeof(buf), "<seen relaxed %s>", weft__pg_str(p, o->ia));
            p->flags[k].rseen = weft__pg_intern(p, buf);
            p->nflags++;
        }
        if (k < p->nflags) {
            p->flags[k].sem = strchr(o->f->u.lock.via, 's') != NULL;
            p->flags[k].plain |= strchr(o->f->u.lock.via, 'l') != NULL;
            p->flags[k].acquire |= strchr(o->f->u.lock.via, 'l') == NULL; /* an atomic load, relaxed too */
        }
    }
    for (size_t i = 0; i < p->nbinds; i++) {
        if (p->binds[i].f->kind != WEFT__FACT_SELF)
            continue;
        int k = p->binds[i].target, other = 0;
        for (size_t j = 0; j < p->nbinds && !other; j++)
            other = p->binds[j].target == k && p->binds[j].f->kind == WEFT__FACT_TID;
        for (size_t f = 0; f < p->nfns && !other; f++)
            for (size_t j = 0; j < p->fns[f].f->nops && !other; j++)
                other = p->fns[f].ops[j].f->kind == WEFT__OP_CREATE && p->fns[f].ops[j].ia == k;
        int *slot = other ? NULL : WEFT__PUSH(p->main_tid, p->nmain_tid, p->capmain_tid);
        if (slot)
            *slot = k;
        else if (!other)
            return -ENOMEM;
    }
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++) {
            struct pop *op = &p->fns[i].ops[j];
            const char *loc = op->pointed ? weft__pg_str(p, op->ia) : op->f->u.access.loc;
            if (op->f->kind == WEFT__OP_ACCESS)
                op->alias = op->typed || weft__key_is(loc, "*g:") || weft__key_is(loc, "o:") ||
                            weft__pg_addr_taken(p, loc) || weft__key_is(loc, "g:c:@");
        }
    /* (after the addresses taken: a global whose address is taken holds what any pointer
     * stores; its symbols linked, global_of knows it) */
    if (p->has_bconds && global_values(p))
        return -ENOMEM;
    return 0;
}
