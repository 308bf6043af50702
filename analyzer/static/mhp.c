/* May-happen-in-parallel: which threads run at once, the critical sections they run inside, and the orders that keep two accesses apart. */
#include "keys.h"
#include "program_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The one thread that started e, or -1 (main, several starters, or unknown). */
static int par(struct prog *p, int e)
{
    const struct entry *E = &p->entries[e];
    return E->parent >= 0 && !E->main_created ? E->parent : -1;
}

/* e's starter, when e's whole life lies within it (started and joined by it), else -1. */
static int up(struct prog *p, int e)
{
    return p->entries[e].escapes ? -1 : par(p, e);
}

/* e is started by main alone. */
int weft__pg_main_root(struct prog *p, int e)
{
    return p->entries[e].main_created && p->entries[e].parent == -1;
}

/* e's chain of lifetimes: e, the thread it lives within, ... up to MAXC; returns the length. */
#define MAXC 64
static int lifetimes(struct prog *p, int e, int *chain)
{
    int n = 0;
    for (; e >= 0 && n < MAXC; e = up(p, e))
        chain[n++] = e;
    return n;
}

/* The thread main started whose descendant e is (through single starters), or -1. */
int weft__pg_started_by_main(struct prog *p, int e)
{
    for (int steps = 0; e >= 0 && steps < MAXC; steps++) {
        if (weft__pg_main_root(p, e))
            return e;
        e = par(p, e);
    }
    return -1;
}

/* Main, at its access m, had started thread e, or one that may start it (one of its
 * starters, theirs, ...): e may run at m. Started by several threads: whichever came first. */
static int started_at(struct prog *p, int e, const struct acc *m, int depth)
{
    const struct entry *E = &p->entries[e];
    if (e >= MAXE || depth >= 8 || E->starters_lost || (!E->main_created && !any(E->starters)))
        return any(m->started); /* (who starts it is not known) */
    if (E->main_created && bit(m->started, e))
        return 1;
    for (int s = 0; s < (int)p->nentries && s < MAXE; s++)
        if (s != e && bit(E->starters, s) && started_at(p, s, m, depth + 1))
            return 1;
    return 0;
}

/* Thread e is started only by main, in loops whose every pass ends with it joined, never
 * while one may run (create; join; in each pass): its instances follow one another. */
static int one_at_a_time(struct prog *p, int e)
{
    const struct entry *E = &p->entries[e];
    /* (a thread started with an attribute that may say detached is never joined: the join fails
     * at once) */
    return e < MAXE && E->in_loop && !E->overlap && E->main_created && !E->nonmain && !bit(E->co, e) &&
           !(E->parent >= 0 && p->entries[E->parent].multi) && !p->detach_state;
}

static int concurrent(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 && b->ctx < 0)
        return 0;
    if (a->ctx < 0 || b->ctx < 0) {
        const struct acc *m = a->ctx < 0 ? a : b, *t = a->ctx < 0 ? b : a;
        int chain[MAXC], n = lifetimes(p, t->ctx, chain);
        /* A thread living within one main started runs while that one may. */
        if (weft__pg_main_root(p, chain[n - 1]))
            return bit(m->live, chain[n - 1]);
        /* A thread that may outlive its starter: from when main started its ancestor on. */
        int r = weft__pg_started_by_main(p, t->ctx);
        return r >= 0 ? bit(m->started, r) : started_at(p, t->ctx, m, 0);
    }
    /* Two instances started by one loop, each given its own element, touching it through
     * that argument: different elements. */
    if (a->ctx == b->ctx)
        return p->entries[a->ctx].multi && !one_at_a_time(p, a->ctx) &&
               !(a->own && b->own && p->entries[a->ctx].dop);
    /* Two trampoline threads (entry.real) started by one create that hands each run a fresh
     * allocation, touching it through that argument: different objects. */
    const struct entry *ea = &p->entries[a->ctx], *eb = &p->entries[b->ctx];
    if (a->own && b->own && ea->real >= 0 && eb->real >= 0 && ea->dop && ea->dop == eb->dop &&
        ea->dop->f->u.create.distinct == 2)
        return 0;
    /* One thread started (through its children) the other: its accesses made while the
     * child on the way could not run are ordered with the descendant's. */
    for (int pass = 0; pass < 2; pass++) {
        const struct acc *x = pass ? b : a, *y = pass ? a : b;
        int c = y->ctx, q, steps = 0;
        for (; (q = par(p, c)) >= 0 && steps < MAXC; c = q, steps++)
            if (q == x->ctx)
                return p->entries[q].multi || bit(x->live, c);
    }
    /* Else as the two children of their lowest common ancestor that contain them. */
    int ca[MAXC], cb[MAXC];
    int na = lifetimes(p, a->ctx, ca), nb = lifetimes(p, b->ctx, cb);
    for (int i = 1; i < na; i++)
        for (int j = 1; j < nb; j++)
            if (ca[i] == cb[j])
                return p->entries[ca[i]].multi || bit(p->entries[ca[i - 1]].co, cb[j - 1]);
    if (weft__pg_main_root(p, ca[na - 1]) && weft__pg_main_root(p, cb[nb - 1]))
        return bit(p->entries[ca[na - 1]].co, cb[nb - 1]);
    return 1;
}

#define MAXS 32

/* Lock l (an id) may be released by a thread that does not hold it, or with a relaxed
 * store: a section on it orders nothing (a gate main closes and a thread opens). */
static int lock_void(const struct prog *p, uint32_t l)
{
    for (size_t v = 0; v < p->nvoid_locks; v++)
        if (p->void_locks[v] == (int)(l >> 1))
            return 1;
    return 0;
}

/*
 * The critical sections ctx's thread runs inside, as (lock, holder) pairs, holder -1 for
 * main: those its starters held from starting it (or the thread it lives within) until
 * joining it, and those main held from starting its ancestor until joining it.
 */
static int sections(struct prog *p, int ctx, uint32_t *locks, int *holders)
{
    int chain[MAXC], n = lifetimes(p, ctx, chain), ns = 0;
    for (int i = 0; i < n; i++) {
        const struct entry *E = &p->entries[chain[i]];
        int h = weft__pg_main_root(p, chain[i]) ? -1 : par(p, chain[i]);
        for (int k = 0; k < E->jl.n && ns < MAXS; k++)
            if (!lock_void(p, E->jl.l[k]))
                locks[ns] = E->jl.l[k], holders[ns++] = -1;
        if (h == -1 && !weft__pg_main_root(p, chain[i]))
            break; /* started by several threads: whose section is unknown */
        for (int k = 0; k < E->prot.n && ns < MAXS; k++)
            if (!lock_void(p, E->prot.l[k]))
                locks[ns] = E->prot.l[k], holders[ns++] = h;
    }
    return ns;
}

/* ctx's thread runs inside a section on lock l held by someone other than holder[0]:
 * holder[1] gets who. */
static int in_section(struct prog *p, int ctx, uint32_t l, int *holder)
{
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, ctx, locks, holders);
    for (int i = 0; i < n; i++)
        if (locks[i] >> 1 == l >> 1 && holders[i] != holder[0]) {
            holder[1] = holders[i];
            return 1;
        }
    return 0;
}

/* a's thread (or a thread it lives within) runs inside a critical section on some lock
 * that b holds itself, or that b's thread runs inside another thread's section on. */
static int prot_protects(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx)
        return 0;
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, a->ctx, locks, holders);
    for (int k = 0; k < n; k++) {
        uint32_t l = locks[k];
        int h = holders[k], hold[2] = {h, 0};
        /* Both inside the same thread's critical section exclude nothing. */
        int same = 0;
        for (int j = 0; j < b->ls.n && !same; j++)
            if (b->ls.l[j] >> 1 == l >> 1) {
                int other[2] = {-3, 0};
                same = in_section(p, b->ctx, l, other) && other[1] == h;
            }
        for (int j = 0; j < b->ls.n && !same; j++)
            if (b->ls.l[j] >> 1 == l >> 1 && b->ctx != h)
                return 1;
        /* Inside two different threads' sections on one lock: they exclude each other. */
        if (in_section(p, b->ctx, l, hold))
            return 1;
    }
    return 0;
}

/* Main's access m, made holding a lock it has held since starting t's thread, comes before
 * t's accesses made after that thread first took the lock. */
static int created_locked(struct prog *p, const struct acc *m, const struct acc *t)
{
    if (m->ctx >= 0 || t->ctx < 0)
        return 0;
    /* A descendant's lock acquisitions (its own, or its starters' before starting it) all
     * come after main started the thread it descends from. */
    int r = weft__pg_started_by_main(p, t->ctx);
    if (r < 0 || !bit(m->before, r))
        return 0;
    for (int i = 0; i < m->ls.n; i++)
        if (!lock_void(p, m->ls.l[i])) {
            struct lockset one = {1, {m->ls.l[i]}};
            if (ls_protects(&one, &t->acq))
                return 1;
        }
    return 0;
}

/* a's thread lives inside main's critical section on L; b's thread was started while main
 * held L and b comes after its thread took L: so after main released L, after a's thread ended. */
static int after_section(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx)
        return 0;
    /* b's thread descends from one main started while holding L; L's acquisitions there all
     * fall between main's sections on L, and a's thread lives within one such section. */
    int r = weft__pg_started_by_main(p, b->ctx);
    if (r < 0)
        return 0;
    const struct entry *E = &p->entries[r];
    uint32_t locks[MAXS];
    int holders[MAXS], n = sections(p, a->ctx, locks, holders);
    for (int i = 0; i < n; i++) {
        struct lockset one = {1, {locks[i]}};
        if (holders[i] == -1 && ls_protects(&one, &E->cl) && ls_protects(&one, &b->acq))
            return 1;
    }
    return 0;
}

/* A type key of a once object or of its member: "t:pthread_once_t", "f:__once_flag.__data". */
static int once_type(const char *t)
{
    if (strncmp(t, "t:", 2) && strncmp(t, "f:", 2))
        return 0;
    t += 2;
    size_t n = strcspn(t, ".");
    return (n == 14 && !strncmp(t, "pthread_once_t", 14)) || (n >= 9 && !strncmp(t + n - 9, "once_flag", 9));
}

/* Once object i is one object that only its once calls use: a named global (not a local
 * of a call, nor what a pointer reaches) that no store resets (flag = ONCE_FLAG_INIT). */
static int once_single(struct prog *p, size_t i)
{
    if (!p->once_single) {
        p->once_single = calloc(p->nonce + 1, 1);
        if (!p->once_single)
            return 0;
        for (size_t o = 0; o < p->nonce; o++) {
            const char *k = weft__pg_str(p, p->once[o]);
            size_t n = strlen(k);
            /* ... and whose address goes only to once calls (not to an int * that may reset it) */
            int one = !strncmp(k, "g:", 2) && !strpbrk(k, "[*~") && !weft__pg_lock_maybe_pointed(p, k);
            for (size_t j = 0; j < p->naccs && one; j++) {
                const struct acc *w = &p->accs[j];
                const char *l = weft__pg_str(p, w->loc);
                if (w->mode == 'r' || w->atomic == 2)
                    continue;
                if (!strncmp(l, k, n) && (!l[n] || l[n] == '.' || l[n] == '['))
                    one = 0; /* reset: flag = ONCE_FLAG_INIT */
                else if ((w->typed || w->part || l[0] == '*') && once_type(weft__pg_str(p, w->tloc)))
                    one = 0; /* maybe reset through a pointer of a once type (*op = fresh); a
                              * pthread_once_t is an int: an int * store is not told apart */
            }
            p->once_single[o] = (signed char)one;
        }
    }
    return p->once_single[i] == 1;
}

/* a runs in a once callback and b's thread passed a call of the same once object first:
 * that call returned only after the callback had finished. */
static int once_before(struct prog *p, const struct acc *a, const struct acc *b)
{
    for (size_t i = 0; i < p->nonce; i++) {
        struct lockset one = {1, {(uint32_t)p->once[i] << 1 | 1u}};
        if (!once_single(p, i))
            continue;
        if (ls_protects(&one, &a->ls) && ls_protects(&one, &b->acq) && !ls_protects(&one, &b->ls))
            return 1;
    }
    return 0;
}

/* How many instances of thread ctx run (main: 1), WAITS_MANY when unbounded. */
long weft__pg_instances(struct prog *p, int ctx)
{
    if (ctx < 0)
        return 1;
    const struct entry *E = &p->entries[ctx];
    if (E->in_loop || E->parent == -2 || (E->parent >= 0 && p->entries[E->parent].multi))
        return WAITS_MANY;
    return E->creates < WAITS_MANY ? E->creates : WAITS_MANY;
}

/* How many instances of thread ctx may start at most: as weft__pg_instances, but a thread
 * started by a counting loop of known bounds (for (i = 0; i < N; i++) create(&t[i]...))
 * counts its iterations. */
static long instances_max(struct prog *p, int ctx)
{
    if (ctx < 0)
        return 1;
    const struct entry *E = &p->entries[ctx];
    if (!E->in_loop || E->parent == -2 || (E->parent >= 0 && p->entries[E->parent].multi))
        return weft__pg_instances(p, ctx);
    return E->nmax > 0 && E->nmax < WAITS_MANY ? E->nmax : WAITS_MANY;
}

/*
 * b's thread surely passed a barrier whose count is at least every wait that can ever
 * happen on it: then one generation alone can complete, and only once all those waits
 * happened. a's thread is one of the waiters and a comes before its own wait (it may
 * not have waited yet), so a comes before b.
 */
static int barrier_before(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (p->cut || p->nreasons)
        return 0; /* a wait may have gone uncounted */
    for (size_t i = 0; i < p->nbars; i++) {
        const struct barrier *B = &p->bars[i];
        struct lockset one = {1, {(uint32_t)B->id << 1 | 1u}};
        if (B->count <= 0 || B->overflow || !ls_protects(&one, &b->acq) || ls_protects(&one, &a->bmay))
            continue;
        long total = 0;
        int waiter = 0;
        for (int k = 0; k < B->nw && total <= B->count; k++) {
            long n = instances_max(p, B->w[k].ctx);
            total += n >= WAITS_MANY || B->w[k].waits >= WAITS_MANY ? WAITS_MANY : n * B->w[k].waits;
            waiter |= B->w[k].ctx == a->ctx && B->w[k].waits > 0;
        }
        if (waiter && total <= B->count)
            return 1;
    }
    return 0;
}

/* Flag F may be stored through a pointer: some write reaches memory by type, through a
 * pointer or a cast (of any type: (int *)&flag stores it too). */
static int flag_typed(struct prog *p, struct flag *F)
{
    if (!F->typed) {
        F->typed = 1;
        for (size_t i = 0; i < p->naccs && F->typed == 1; i++) {
            const struct acc *w = &p->accs[i];
            const char *k = weft__pg_str(p, w->loc);
            if (w->mode != 'r' && w->loc != F->id &&
                (w->typed || w->part || k[0] == '*' || !strncmp(k, "t:", 2) || !strncmp(k, "f:", 2)))
                F->typed = 2;
        }
    }
    return F->typed == 2;
}

/*
 * A flag hand-off: b's thread waited until a load saw flag F set (ex_flag_wait.c: an acquire
 * load, a relaxed one and an acquire fence, or a read under a mutex) and a's thread, running
 * once, is the only one that stores F, each store a release (a release store, a relaxed one
 * after a release fence, or one under that mutex), and had not stored it yet at a. F starts
 * at 0, so the value b's thread saw was one of those stores, which came after a: a happens
 * before b.
 */
static int flag_before(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx == b->ctx || p->cut)
        return 0; /* (a call not followed may have stored the flag) */
    for (int k = 0; k < p->nflags; k++) {
        struct flag *F = &p->flags[k];
        struct lockset seen = {1, {(uint32_t)F->seen << 1 | 1u}}, one = {1, {(uint32_t)F->id << 1 | 1u}};
        if (F->bad || F->writer != a->ctx || !ls_protects(&seen, &b->acq) || ls_protects(&one, &a->fst) ||
            a->fst.n >= MAXL || /* (full: a flag stored may have been left out) */
            weft__pg_instances(p, a->ctx) != 1 || (!F->sem && flag_typed(p, F)))
            continue;
        /* Read under a mutex: one named global mutex every read and every store held. */
        int common = !F->plain;
        for (int i = 0; i < F->guard.n && !common && F->ginit && F->sinit; i++) {
            int id = (int)(F->guard.l[i] >> 1);
            common = ls_mode(&F->sguard, id) == 1 && !strncmp(weft__pg_str(p, id), "g:", 2) &&
                     !weft__key_part(weft__pg_str(p, id)) && !strpbrk(weft__pg_str(p, id), "[*");
        }
        if (common)
            return 1;
    }
    return 0;
}

/* Thread b's access comes after it joined a's thread, whose one instance main started. */
static int after_thread(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx || !b->acq.n || !p->entries[a->ctx].ended)
        return 0;
    struct lockset one = {1, {(uint32_t)(p->entries[a->ctx].ended - 1) << 1 | 1u}};
    return ls_protects(&one, &b->acq);
}

/* a is main's and b's thread had joined main (so main had ended) before b. */
static int after_main(struct prog *p, const struct acc *a, const struct acc *b)
{
    struct lockset one = {1, {(uint32_t)p->main_end << 1 | 1u}};
    return a->ctx < 0 && b->ctx >= 0 && ls_protects(&one, &b->acq);
}

/* A common lock protects only if it is one lock: a lock named by type ("f:struct s.m",
 * reached through pointers whose targets are not known), or the mutex a pointer field
 * points at ("*f:struct c.lock", "**@p0.lock": c1.lock = &m1, c2.lock = &m2), may be two
 * different ones. */
/* An element's own lock ("obj:g:a[3].m": the lock in the element &a[3] a function was
 * given) guards that element's memory, and nothing else. */
static int own_lock_guards(struct prog *p, const char *k, const struct acc *x)
{
    /* The object: up to the lock's own field, after the USR's last '@' (a static's USR holds
     * its file's name, dots included). */
    const char *obj = k + 4, *at = strrchr(obj, '@'), *dot = strrchr(at ? at : obj, '.');
    size_t n = dot ? (size_t)(dot - obj) : strlen(obj);
    const char *loc = weft__pg_str(p, x->loc);
    /* The lock of element N (obj:g:a[3].m): that element's memory only. The lock of an
     * element not known (&a[i]) guards nothing by itself: the access may be through another
     * pointer (lock(&from->m); to->n++); where one pointer reaches both, the access holds its
     * own object's lock (acc.slock). */
    const char *open = memchr(obj, '[', n);
    size_t b = open ? (size_t)(open - obj) : 0;
    return open && x->idx >= 0 && x->idx == atol(open + 1) && !strncmp(loc, obj, b) && (loc[b] == '\0' || loc[b] == '.');
}

/* Access x is to the object of heap lock key k ("h:F#p.lock": "h:F#p"). */
static int in_object(struct prog *p, const char *k, const struct acc *x)
{
    const char *h = strchr(k, '#'); /* (a static function's USR holds its file's name: "c:t.c@F@run") */
    size_t n = h ? (size_t)(h - k) + strcspn(h, ".[") : strcspn(k, ".[");
    const char *loc = weft__pg_str(p, x->loc);
    return !strncmp(loc, k, n) && (loc[n] == '\0' || loc[n] == '.' || loc[n] == '[');
}

static int named_protects(struct prog *p, const struct lockset *a, const struct lockset *b, const struct acc *x,
                          const struct acc *y)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->l[i] >> 1 == b->l[j] >> 1 && ((a->l[i] | b->l[j]) & 1)) {
                const char *k = weft__pg_str(p, (int)(a->l[i] >> 1));
                if (k[0] == '*' && k[1] == '*')
                    continue; /* a mutex pointer read through a pointer: c->lock of any c */
                if (weft__key_part(k))
                    continue; /* a mutex reached by pointer arithmetic: which one is not known */
                if (!strncmp(k, "l:", 2) || ((!strncmp(k, "o:", 2) || !strncmp(k, "q:", 2)) && !weft__key_of_main(k)))
                    continue; /* a local mutex (a caller's, passed to a wrapper: "q:"): each call
                               * (each thread's) has its own; main's runs once */
                if (k[0] == '*' && strncmp(k, "*g:", 3))
                    continue; /* through a local pointer given several mutexes, a call's result
                               * (lock(m) with m = c ? &a : &b; lock(lock_for(id))), or a thread's
                               * argument the analysis cannot name ("*@p0.lock": each thread
                               * may have been given its own object): per thread */
                if (!strncmp(k, "obj:", 4) && !(own_lock_guards(p, k, x) && own_lock_guards(p, k, y)))
                    continue;
                if (!strncmp(k, "h:", 2) && !weft__key_of_main(k) && !(in_object(p, k, x) && in_object(p, k, y)))
                    continue; /* what a function other than main allocated: one per call, each
                               * thread's may be its own; it guards no memory outside its
                               * object (within: one key for all the calls' objects, as for
                               * every lock and its data reached through one pointer) */
                int ordered = 1;
                for (size_t v = 0; v < p->nvoid_locks && ordered; v++)
                    ordered = p->void_locks[v] != (int)(a->l[i] >> 1);
                if (!ordered)
                    continue;
                while (*k == '*')
                    k++;
                if (k[0] != 't' && k[0] != 'f')
                    return 1;
            }
    return 0;
}

/* The bits "#OFF+SIZE" at the end of a union path spans: 1 with them, else 0. */
static int union_bits(const char *s, long long *off, long long *size)
{
    const char *h = strchr(s, '#');
    return h && sscanf(h, "#%lld+%lld", off, size) == 2;
}

int weft__pg_union_overlap(struct prog *p, int pa, int pb)
{
    if (pa == pb)
        return 1;
    long long ao, as, bo, bs;
    if (pa < 0 || pb < 0 || !union_bits(weft__pg_str(p, pa), &ao, &as) || !union_bits(weft__pg_str(p, pb), &bo, &bs))
        return -1;
    return ao < bo + bs && bo < ao + as;
}

int weft__pg_union_disjoint(struct prog *p, int pa, int pb)
{
    if (pa < 0 || pb < 0 || pa == pb)
        return 0;
    int ov = weft__pg_union_overlap(p, pa, pb);
    if (ov >= 0)
        return !ov; /* the bits each spans: pkt.hdr.len and pkt.body.crc do not meet */
    const char *x = weft__pg_str(p, pa), *y = weft__pg_str(p, pb);
    size_t m = strcspn(x, ".#");
    if (strncmp(x, y, m) || x[m] != '.' || y[m] != '.')
        return 0; /* other members of the union (they overlap), or one holds the other */
    size_t i = 0;
    while (x[i] && x[i] != '#' && x[i] == y[i])
        i++;
    /* They part ways inside a field name, or where one path ends: "s.a" / "s.ab", "s" / "s.a". */
    int xe = x[i] == '\0' || x[i] == '#', ye = y[i] == '\0' || y[i] == '#';
    return !((xe && y[i] == '.') || (ye && x[i] == '.') || (xe && ye));
}

/* A thread's own element (a->own) is the one of its create loop's index: the loop did not
 * hand it a number K * i + B instead. */
static int aligned(struct prog *p, const struct acc *a)
{
    const struct pop *d = a->ctx >= 0 ? p->entries[a->ctx].dop : NULL;
    return d && d->f->u.create.distinct != 3;
}

/* a, after the join of its handle's index, is an element a[i], or reaches what A[i] points
 * at, A the array b's create stored each thread's argument into (jobs[i] = j). */
static int slot_linked(struct prog *p, const struct acc *a, const struct acc *b)
{
    const struct pop *d = b->ctx >= 0 ? p->entries[b->ctx].dop : NULL;
    return a->pbase < 0 || (d && d->pbase == a->pbase);
}

/* Instance k of b's thread, started into element k right after the join of a's instance k
 * there (entry succ), runs beside a's instances after k only: one exact element am*V + c
 * of each, the same am and c, is two elements. */
static int successors_apart(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->aff != 2 || b->aff != 2 || a->ctx < 0 || b->ctx < 0 || a->ctx == b->ctx || a->ctx >= MAXE || b->ctx >= MAXE)
        return 0;
    const struct entry *ea = &p->entries[a->ctx], *eb = &p->entries[b->ctx];
    int ordered = bit(eb->succ, a->ctx) || bit(ea->succ, b->ctx);
    return ordered && ea->rall && eb->rall && ea->dop && eb->dop && a->av == 1 && b->av == 1 && a->am == b->am &&
           a->am && !a->amod && !b->amod && a->alo == a->ahi && b->alo == b->ahi && a->alo == b->alo;
}

/* The elements two accesses of one location reach (ex_affine.c) are apart: two ranges that
 * do not meet, or two instances of one thread each within its span am*V + [alo, ahi] of the
 * value V it alone was given, the values ast apart and the spans narrower than |am * ast|
 * (chunks, strides). */
static int aff_apart(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->crng && b->crng && (a->chi < b->clo || b->chi < a->clo))
        return 1;
    /* One residue modulo T each (a stride from a constant, or one element): two residues. */
    if ((a->aff == 3 || b->aff == 3) && (a->aff == 3 || (a->aff == 1 && a->alo == a->ahi)) &&
        (b->aff == 3 || (b->aff == 1 && b->alo == b->ahi))) {
        long t = a->aff == 3 ? a->amod : b->amod;
        if (a->aff == 3 && b->aff == 3 && a->amod != b->amod)
            return 0;
        return ((a->alo % t + t) % t) != ((b->alo % t + t) % t);
    }
    if (successors_apart(p, a, b))
        return 1;
    if (a->aff != 2 || b->aff != 2 || a->ctx != b->ctx || a->ctx < 0 || a->av != b->av || a->am != b->am ||
        a->ast != b->ast || !p->entries[a->ctx].dop)
        return 0;
    if (a->amod || b->amod) {
        /* Strides from V by T (or one exact V + c): V1 + c1 + T*j1 = V2 + c2 + T*j2 needs
         * V1 - V2 = c2 - c1 (mod T), impossible for two values less than T apart when
         * c1 = c2 (mod T). */
        long t = a->amod ? a->amod : b->amod;
        if ((a->amod && b->amod && a->amod != b->amod) || (a->am != 1 && a->am != -1) || a->alo != a->ahi ||
            b->alo != b->ahi || a->vspan < 0 || a->vspan >= t || (b->alo - a->alo) % t)
            return 0;
        return 1;
    }
    /* am*V1 + x = am*V2 + y needs y - x = am*(V1 - V2), a nonzero multiple of am*ast: none
     * in the range y - x spans (v[2*id] and v[2*id + 1]: 1, never a multiple of 2). */
    long m = (a->am < 0 ? -a->am : a->am) * a->ast, lo = b->alo - a->ahi, hi = b->ahi - a->alo;
    if (m <= 0 || m >= 1L << 40 || lo < -(1L << 40) || hi > 1L << 40)
        return 0;
    long q = lo >= 0 ? (lo + m - 1) / m * m : -(-lo / m * m); /* the first multiple of m from lo up */
    if (q == 0)
        q = m;
    return q > hi;
}

int weft__pg_races(struct prog *p, const struct acc *a, const struct acc *b)
{
    /* Same location, or memory reached by type that may be the other's. */
    if (a->loc != b->loc && !((a->typed && b->alias) || (b->typed && a->alias)))
        return 0;
    if (a->loc == b->loc && a->idx >= 0 && b->idx >= 0 && a->idx != b->idx)
        return 0; /* g[3] and g[4] */
    if (a->loc == b->loc && aff_apart(p, a, b))
        return 0; /* data[id * CH + i] of two threads, mat[0][j] and mat[1][j] */
    if (a->part == 2 && b->part == 2)
        return 0; /* two casts' copies: their race is the one of their own location R~ */
    if (a->loc == b->loc && a->ukey >= 0 && a->ukey == b->ukey &&
        !(p->stored && (size_t)a->ukey < p->nstored && p->stored[a->ukey]))
        return 0; /* g[id], each id a value one fetch from that counter returned (never reset) */
    if (a->mode == 'r' && b->mode == 'r')
        return 0;
    /* The element of this iteration (a[i] before a create hands out &a[i]) is none of the
     * earlier iterations' threads' own elements. */
    if ((a->lcopy == 1 && a->iter && b->own && aligned(p, b)) || (b->lcopy == 1 && b->iter && a->own && aligned(p, a)))
        return 0;
    /* a[i] after pthread_join(t[i]) in a join loop: none of the later threads' own elements;
     * nor is jobs[i]->f, jobs[i] what thread i was handed (its create's sarr). */
    if ((a->lcopy == 3 && b->ctx >= 0 && b->own && aligned(p, b) && slot_linked(p, a, b)) ||
        (b->lcopy == 3 && a->ctx >= 0 && a->own && aligned(p, a) && slot_linked(p, b, a)))
        return 0;
    if (a->loc == b->loc && a->ownframe && b->ownframe && !strncmp(weft__pg_str(p, a->loc), "o:", 2))
        return 0; /* each a local of a frame its own thread made: two threads' are two objects */
    if (a->loc == b->loc && weft__pg_union_disjoint(p, a->upath, b->upath))
        return 0; /* u.s.a and u.s.b: two fields of one member of a union */
    if (a->root && b->root && a->root != b->root && !p->roots_linked)
        return 0; /* memory of two global roots that no store links */
    if (a->atomic && b->atomic)
        return 0;
    /* A lock call's use of its mutex and an access of another type, one of them of some part
     * of an object reached by arithmetic (container_of): a field beside the mutex (the
     * mutex's own bytes only by punning it) */
    if ((a->part || b->part) && (a->atomic == 2 || b->atomic == 2) && a->vtype >= 0 && b->vtype >= 0 &&
        a->vtype != b->vtype)
        return 0;
    if (a->sup || b->sup)
        return 0;
    if (a->slock && a->slock == b->slock && (a->slockw || b->slockw) && !lock_void(p, (uint32_t)a->slockid << 1) &&
        !lock_void(p, (uint32_t)b->slockid << 1))
        return 0; /* each holds the mutex in the object it reaches: one object, one mutex */
    if (named_protects(p, &a->ls, &b->ls, a, b))
        return 0;
    if (prot_protects(p, a, b) || prot_protects(p, b, a))
        return 0;
    if (created_locked(p, a, b) || created_locked(p, b, a))
        return 0;
    if (after_section(p, a, b) || after_section(p, b, a))
        return 0;
    if (once_before(p, a, b) || once_before(p, b, a))
        return 0;
    if (barrier_before(p, a, b) || barrier_before(p, b, a))
        return 0;
    if (flag_before(p, a, b) || flag_before(p, b, a))
        return 0;
    if (after_main(p, a, b) || after_main(p, b, a))
        return 0;
    if (after_thread(p, a, b) || after_thread(p, b, a))
        return 0;
    return concurrent(p, a, b);
}

