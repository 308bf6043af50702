/* How sure a race is: definite when every part of it is certain (one object, two threads surely running at once, no lock or synchronization on either path), else possible with the first reason it may not be. */
/* Why a lock both threads take is no reason on its own: without a loop that repeats on a
 * condition (a spin-wait, which makes the race possible anyway) neither thread can wait for
 * the other's flag, so the order of their critical sections is free; and an access under a
 * branch on such a flag is unsure already. */
#include "keys.h"
#include "program_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* A reason with a thread's name (and, where fmt has a %u, an access's line), kept in p's string table. */
static const char *say(struct prog *p, const char *fmt, int ctx, unsigned line)
{
    char buf[400];
    snprintf(buf, sizeof(buf), fmt, weft__pg_thread_name(p, ctx), line);
    return weft__pg_str(p, weft__pg_intern(p, buf));
}

/* The one element an access of a named array reaches, by its index's value (ex_affine.c: a
 * constant, or a parameter given the same constant by every call), else -1. */
static long exact_element(const struct acc *a)
{
    return a->aff == 1 && a->alo == a->ahi && !a->amod && a->alo >= 0 ? a->alo : -1;
}

/* Access d reaches every element of its range on each run of its loop (ex_dense.c), and
 * each element o reaches lies in that range, or o too reaches all of its own, which meets
 * d's: the two reach one element surely. */
static int covers(const struct acc *d, const struct acc *o)
{
    if (d->iter != 2 || d->aff != 1 || d->amod || d->alo > d->ahi || o->aff != 1 || o->amod || o->alo > o->ahi)
        return 0;
    if (o->iter == 2)
        return o->alo <= d->ahi && d->alo <= o->ahi;
    return d->alo <= o->alo && o->ahi <= d->ahi;
}

/* Main's access m reaches an element some instance k of w's thread writes or reads while
 * surely running: w's element is V + c for the value V it alone was handed (k, its
 * handle's index: struct entry rok), and m reaches k + c for some k of the instances
 * [rlo, rhi) no join may have ended at m (every element of its range, or that one). */
static int instance_element(const struct acc *m, const struct acc *w)
{
    if (m->ctx >= 0 || w->ctx < 0 || m->rent != w->ctx || m->rlo >= m->rhi || w->aff != 2 || w->av != 1 ||
        w->am != 1 || w->alo != w->ahi || w->amod || m->aff != 1 || m->amod || m->alo > m->ahi)
        return 0;
    long lo = m->rlo + w->alo, hi = m->rhi - 1 + w->alo; /* the elements of the running instances */
    if (m->iter == 2)
        return m->alo <= hi && lo <= m->ahi;
    return m->alo == m->ahi && lo <= m->alo && m->alo <= hi;
}

/* Two instances of one thread, started by main's sure counting loop, each handed its own
 * value V (its handle's index k: struct entry rall) and surely running at once, reach one
 * element: a at am*V1 + [alo] and b at am*V2 + [blo] (or exact remainders (V + c) % T of
 * values never negative) for two of the values V1 != V2 (a[id] and a[id + 1]; data[id % 2]
 * of three instances). */
static int instance_pair(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 || a->ctx != b->ctx || (size_t)a->ctx >= p->nentries || a->ctx >= MAXE || a->aff != 2 ||
        b->aff != 2 || a->av != b->av || a->am != b->am || !a->am || a->ast != 1 || b->ast != 1 ||
        a->alo != a->ahi || b->alo != b->ahi || a->amod != b->amod || a->arem != b->arem ||
        (a->amod && (!a->arem || a->am != 1)))
        return 0;
    const struct entry *E = &p->entries[a->ctx];
    long n = E->rhi0 - E->rlo0;
    if (!E->rall || n < 2 || n > (1L << 20) || !bit(E->mco, a->ctx))
        return 0;
    if (a->amod) { /* (V1 + ca) % T == (V2 + cb) % T, both never negative: V1 - V2 = cb - ca (mod T) */
        long t = a->amod, r = ((b->alo - a->alo) % t + t) % t;
        if (E->rlo0 + (a->alo < b->alo ? a->alo : b->alo) < 0)
            return 0;
        return (r && r <= n - 1) || (!r && t <= n - 1) || (r && t - r <= n - 1);
    }
    /* am * (V1 - V2) = blo - alo, V1 - V2 nonzero and at most n - 1 apart */
    long d = b->alo - a->alo;
    if (d % a->am)
        return 0;
    d /= a->am;
    return d && d <= n - 1 && d >= -(n - 1);
}

/* "*g:P...": pointer P a global that only main stores, before it starts any thread, its
 * address never taken: every thread reaches through it the one object main made it point
 * at (x = malloc(...); pthread_create(...); *x = 3 in two threads). */
static int pointer_fixed(struct prog *p, const char *k)
{
    int id = weft__pg_global_id(p, k + 1), stored = 0;
    if (id < 0 || weft__pg_addr_taken(p, k + 1))
        return 0;
    /* (asked for every pair of a finding: the answer per pointer, once) */
    if (!p->ptr_fixed && !(p->ptr_fixed = calloc(p->naddr + 1, 1)))
        return 0;
    if (p->ptr_fixed[id])
        return p->ptr_fixed[id] == 1;
    p->ptr_fixed[id] = 2;
    for (size_t i = 0; i < p->naccs; i++) {
        const struct acc *a = &p->accs[i];
        if (a->loc != id || a->mode == 'r')
            continue;
        /* (a pointer variable: "*g:s.p" may be what the field s.p points at, which s's own
         * stores do not tell) */
        const char *t = a->tloc >= 0 ? weft__pg_str(p, a->tloc) : "";
        if (a->ctx >= 0 || any(a->started) || a->typed || !*t || t[strlen(t) - 1] != '*')
            return 0;
        stored = 1;
    }
    p->ptr_fixed[id] = (unsigned char)(stored ? 1 : 2);
    return stored;
}

/* Heap key k ("h:c:@F@main#p.f") is of one object: main's local p given one allocation
 * outside loops and never addressed (ex_call.c, FACT_ONE_HEAP). */
int weft__pg_one_heap(struct prog *p, const char *k)
{
    const char *h = !strncmp(k, "h:", 2) && weft__key_of_main(k) ? strchr(k, '#') : NULL;
    if (!h)
        return 0;
    if (!p->none_heap) {
        size_t n = 0;
        for (size_t i = 0; i < p->nbinds; i++)
            n += p->binds[i].f->kind == WEFT__FACT_ONE_HEAP;
        p->one_heap = n ? malloc(n * sizeof(int)) : NULL;
        n = 0;
        for (size_t i = 0; p->one_heap && i < p->nbinds; i++)
            if (p->binds[i].f->kind == WEFT__FACT_ONE_HEAP)
                p->one_heap[n++] = weft__pg_intern(p, p->binds[i].f->slot);
        p->none_heap = (int)n + 1;
    }
    char base[600];
    size_t n = (size_t)(h - k) + strcspn(h, ".[");
    if (n >= sizeof(base))
        return 0;
    memcpy(base, k, n);
    base[n] = '\0';
    int id = weft__pg_intern(p, base);
    for (int i = 0; i + 1 < p->none_heap; i++)
        if (p->one_heap[i] == id)
            return 1;
    return 0;
}

/* Two calls of the C library on its own state (location k) may take a lock of the
 * library's (rand, tzset, setenv in glibc); the program's own access (tm->tm_hour through
 * what localtime returned; getenv, which reads environ unlocked) races with their writes
 * surely. NULL, else why not sure. */
static const char *library_locked(const char *k, const struct acc *a, const struct acc *b)
{
    if (!a->libc || !b->libc)
        return NULL;
    if (!strncmp(k, "g:libc@", 7))
        return "the hidden state of a C library function";
    int locked = !strcmp(k, "g:c:@tzname") || !strcmp(k, "g:c:@daylight") || !strcmp(k, "g:c:@timezone") ||
                 (!strcmp(k, "g:c:@environ") && a->mode != 'r' && b->mode != 'r');
    return locked ? "a variable two C library calls write (the library may lock it inside)" : NULL;
}

/* One named object both accesses reach: a global (or a field or constant element of one),
 * or a local of main whose address escapes (main runs once). NULL, else why not. */
static const char *one_object(struct prog *p, const struct acc *a, const struct acc *b)
{
    const char *k = weft__pg_str(p, a->loc);
    if (a->part || b->part)
        return "memory reached through a cast or pointer arithmetic: which part of the object it reaches is not known";
    /* What a global pointer points at is one identified root, but the pointer may change. */
    int fixed = a->loc == b->loc && ((!strncmp(k, "*g:", 3) && pointer_fixed(p, k)) || weft__pg_one_heap(p, k));
    if (a->loc == b->loc && !strncmp(k, "*g:", 3) && !fixed)
        return "memory reached through a pointer: the accesses may reach different objects";
    if (a->loc != b->loc || ((a->typed || b->typed) && !fixed))
        return "memory matched by type only: the accesses may reach different objects";
    if (a->upath != b->upath && weft__pg_union_overlap(p, a->upath, b->upath) != 1)
        return "members of a union: which bytes the two accesses share is not known";
    const char *lib = library_locked(k, a, b);
    if (lib)
        return lib;
    if (strncmp(k, "o:c:@F@main#", 12) && !strncmp(k, "o:", 2))
        return "a local variable of a function that may run more than once";
    if (strncmp(k, "g:", 2) && strncmp(k, "o:c:@F@main#", 12) && !fixed)
        return "memory reached through a pointer: the accesses may reach different objects";
    if (exact_element(a) >= 0 && exact_element(a) == exact_element(b))
        return NULL; /* slot[id] of two threads both given id 0 */
    if (covers(a, b) || covers(b, a))
        return NULL; /* a[i] over all of 0..9 in one, a[5] (or a[j] over 5..9) in the other */
    if (instance_element(a, b) || instance_element(b, a))
        return NULL; /* main reads out[0..3] while instance 3 (writing out[3]) surely runs */
    if (instance_pair(p, a, b))
        return NULL; /* a[id + 1] read by instance 0 while instance 1 writes a[id] */
    if (strncmp(k, "g:", 2) ? a->velem || b->velem : a->vidx || b->vidx)
        return "an array element by a variable index: the accesses may reach different elements";
    if (a->idx != b->idx)
        return "elements of an array, one of them not by a constant index";
    return NULL;
}

/* Lock id (taken through a void *) names an object some other lock of the program is a
 * member or element of ("g:q" and "g:q.mu"): the two may be one mutex. */
static int names_a_member(struct prog *p, int id)
{
    const char *k = weft__pg_str(p, id);
    size_t n = strlen(k);
    for (size_t j = 0; j < p->nlock_text; j++)
        if ((int)j != id && p->lock_text[j]) {
            const char *o = weft__pg_str(p, (int)j);
            if (!strncmp(o, k, n) && (o[n] == '.' || o[n] == '['))
                return 1;
        }
    return 0;
}

/* The access runs whenever its thread does, with no lock held on some paths only and
 * every lock it holds named. NULL, else why not. */
static const char *sure_path(struct prog *p, const struct acc *a)
{
    if (a->tcall)
        return say(p, "call matched by type only: thread '%s' reaches the access at line %u only through a "
                      "function pointer field with many targets (any object's field of that type)",
                   a->ctx, a->line);
    if (a->unsure)
        return say(p, "the access in thread '%s' at line %u runs only on some paths", a->ctx, a->line);
    if (a->lockdrop)
        return say(p, "a lock is held on some paths to the access in thread '%s' at line %u", a->ctx, a->line);
    for (int i = 0; i < a->ls.n; i++) {
        const char *k = weft__pg_str(p, (int)(a->ls.l[i] >> 1));
        for (size_t c = 0; c < p->ncast_locks; c++)
            if (p->cast_locks[c] == (int)(a->ls.l[i] >> 1) && names_a_member(p, p->cast_locks[c]))
                return say(p, "the access in thread '%s' at line %u holds a lock reached through a void * (maybe "
                              "the first member of an object another thread names by that member)", a->ctx, a->line);
        if (k[0] == '*' || k[0] == 't' || k[0] == 'f' || k[0] == '@')
            return say(p, "the access in thread '%s' at line %u holds a lock reached through a pointer", a->ctx,
                       a->line);
        if (weft__key_part(k))
            return say(p, "the access in thread '%s' at line %u holds a lock reached by pointer arithmetic or a "
                          "cast (container_of): which lock of the object, not known", a->ctx, a->line);
    }
    return NULL;
}

/* The two threads surely run at the same time (an instance of each, or two of one). */
static const char *at_once(struct prog *p, const struct acc *a, const struct acc *b)
{
    if (a->ctx < 0 && b->ctx < 0)
        return "both accesses are in main";
    if (p->thread_joins)
        return "a thread joins other threads: main or a thread may come after the one it joined";
    if (a->ctx < 0 || b->ctx < 0) {
        const struct acc *m = a->ctx < 0 ? a : b;
        int e = a->ctx < 0 ? b->ctx : a->ctx;
        if (e >= MAXE || !bit(m->mlive, e))
            return say(p, "thread '%s' may not be running at main's access at line %u (started under a condition or "
                          "in a loop, or maybe joined)", e, m->line);
        return NULL;
    }
    /* main's own waits between the starts, where part of it was not followed */
    if (weft__pg_info(p, -1)->sync & (WEFT__SYNC_IMPRECISE | WEFT__SYNC_JUMP))
        return "part of main was not followed (recursion, longjmp, a call through an unresolved pointer): it may "
               "wait for one thread before starting the other";
    if (a->ctx >= MAXE || b->ctx >= MAXE || !bit(p->entries[a->ctx].mco, b->ctx)) {
        if (a->ctx == b->ctx)
            return say(p, "two instances of thread '%s' may not run at once (started in a loop or under a "
                          "condition, joined in between, or main waited for one before starting the other)", a->ctx, 0);
        char buf[400];
        snprintf(buf, sizeof(buf), "threads '%s' and '%s' may not run at the same time (started under a condition, "
                 "joined, or main waited for one before starting the other)", weft__pg_thread_name(p, a->ctx), weft__pg_thread_name(p, b->ctx));
        return weft__pg_str(p, weft__pg_intern(p, buf));
    }
    return NULL;
}

/* A thread joined before access a (by a's thread, or by its starter before starting it)
 * that used synchronization the analysis does not model: its order with others is a's too. */
static int joined_unmodeled(struct prog *p, const struct acc *a)
{
    const uint64_t *jb = a->ctx < 0 ? NULL : a->ctx < MAXE ? p->entries[a->ctx].jb : NULL;
    for (size_t e = 0; e < p->nentries && e < MAXE; e++)
        if ((a->ctx < 0 ? bit(a->started, (int)e) && !bit(a->live, (int)e) : jb && bit(jb, (int)e)) &&
            weft__pg_info(p, (int)e)->sync)
            return (int)e;
    return -1;
}

/* What a thread did (or its starter before the start) on its way to access a that may
 * order it without the analysis seeing how: what it does only after a cannot. */
static const char *unmodeled(struct prog *p, const struct acc *a)
{
    int ctx = a->ctx;
    const struct ctxinfo *i = weft__pg_info(p, ctx);
    unsigned sync = a->syncd;
    int j = joined_unmodeled(p, a);
    if (j >= 0)
        return say(p, "thread '%s', joined before the access, used synchronization the analysis does not model", j, 0);
    if (sync & WEFT__SYNC_IMPRECISE)
        return say(p, "part of thread '%s' was not followed (a call through an unresolved pointer, recursion or the "
                      "analysis budget)", ctx, 0);
    if (sync & WEFT__SYNC_ATOMIC)
        return say(p, "thread '%s' uses atomic operations, which may order the accesses", ctx, 0);
    if (sync & WEFT__SYNC_UNMODELED) {
        char fmt[200];
        snprintf(fmt, sizeof(fmt), "thread '%%s' uses %s, which may order the accesses", i->what ? i->what : "(before its start, through its starter) synchronization the analysis does not model");
        return say(p, fmt, ctx, 0);
    }
    if (sync & WEFT__SYNC_BARRIER)
        return say(p, "thread '%s' waits on a barrier", ctx, 0);
    if (sync & WEFT__SYNC_THREADS)
        return say(p, "thread '%s' starts or joins threads itself", ctx, 0);
    if (sync & WEFT__SYNC_JUMP)
        return say(p, "thread '%s' uses longjmp", ctx, 0);
    if (sync & WEFT__SYNC_WAIT)
        return say(p, "thread '%s' waits for a condition (a loop that repeats on one, or an assume): it may wait "
                      "for a flag the other thread sets", ctx, 0);
    if (i->used_over)
        return say(p, "thread '%s' takes a lock that cannot be named", ctx, 0);
    return NULL;
}

/* A mutex both accesses hold whose object is a local of a function other than main that
 * escaped ("o:"), or one it allocated ("h:"): one per run of that function, and the two
 * threads may have been handed one run's (run() { pthread_mutex_t m; start workers(&m) }).
 * Its name, else NULL. */
static const char *per_call_lock(struct prog *p, const struct acc *a, const struct acc *b)
{
    for (int i = 0; i < a->ls.n; i++)
        for (int j = 0; j < b->ls.n; j++) {
            if (a->ls.l[i] >> 1 != b->ls.l[j] >> 1)
                continue;
            const char *k = weft__pg_str(p, (int)(a->ls.l[i] >> 1));
            if ((!strncmp(k, "o:", 2) || !strncmp(k, "h:", 2)) && !weft__key_of_main(k))
                return k;
        }
    return NULL;
}

/* What the program's LOCK operations take: 1 lock id l is taken by one, 2 by one outside
 * main (asked for pairs of findings: gathered once). */
static int lock_ops_on(struct prog *p, int l)
{
    if (!p->lock_ops) {
        p->nlock_ops = p->S.n + 1;
        if (!(p->lock_ops = calloc(p->nlock_ops, 1)))
            return 0;
        for (size_t f = 0; f < p->nfns; f++)
            for (size_t i = 0; p->fns[f].ops && i < p->fns[f].f->nops; i++) {
                const struct pop *o = &p->fns[f].ops[i];
                if (o->kind == WEFT__OP_LOCK && o->ia >= 0 && (size_t)o->ia < p->nlock_ops)
                    p->lock_ops[o->ia] |= (unsigned char)(strcmp(p->fns[f].f->name, "main") ? 3 : 1);
            }
    }
    return l >= 0 && (size_t)l < p->nlock_ops ? p->lock_ops[l] : 0;
}

/* Location loc is a word the program synchronizes on: a lock word some operation takes (a
 * spin lock from an exchange, a ticket lock's words) or a flag some loop waits for. (An
 * atomic store's "unlock if held" is no sign: only LOCK operations count.) */
static int sync_word(struct prog *p, int loc)
{
    for (int k = 0; k < p->nflags; k++)
        if (p->flags[k].id == loc)
            return 1;
    for (size_t k = 0; k < p->ntickets; k++)
        if (p->tickets[k].s == loc || p->tickets[k].n == loc)
            return 1;
    return lock_ops_on(p, loc) != 0;
}

/* In thread access t's own function, something before t takes lock l or calls anything
 * (it may pass a gate on the way); else it reaches t before any gate (x = jobs[0];
 * wait_for_start();). Accesses in callees: yes. */
static int may_take_before(struct prog *p, const struct acc *t, int l)
{
    if (t->ctx >= (int)p->nentries || t->fn != p->entries[t->ctx].fn || !p->fns[t->fn].ops)
        return 1;
    const struct pfn *F = &p->fns[t->fn];
    for (size_t k = 0; k < F->f->nops; k++) {
        const struct pop *o = &F->ops[k];
        if (o->kind == WEFT__OP_ACCESS && o->f->line == t->line && o->f->col == t->col)
            return 0;
        if ((o->kind == WEFT__OP_LOCK && o->ia == l) || o->kind == WEFT__OP_CALL || o->kind == WEFT__OP_ICALL)
            return 1;
    }
    return 0;
}

/* Main's access m holds a lock main also held when it started t's thread, and code other
 * than main takes that lock: t's thread may take it before its access (a gate: lock(g);
 * unlock(g); under a branch, in a loop), and so wait for main's release. Its name, or NULL. */
static const char *gate_lock(struct prog *p, const struct acc *m, const struct acc *t)
{
    if (m->ctx >= 0 || t->ctx < 0)
        return NULL;
    int r = weft__pg_started_by_main(p, t->ctx);
    /* (main held it without a break since it started the thread: before) */
    if (r < 0 || r >= MAXE || !bit(m->before, r))
        return NULL;
    const struct entry *E = &p->entries[r];
    for (int i = 0; i < m->ls.n; i++) {
        int l = (int)(m->ls.l[i] >> 1);
        if (ls_mode(&E->cl, l) >= 0 && lock_ops_on(p, l) == 3 && may_take_before(p, t, l))
            return weft__pg_str(p, l);
    }
    return NULL;
}

int weft__pg_definite(struct prog *p, const struct acc *a, const struct acc *b, const char **why)
{
    const char *w = p->no_main ? "no main function: which functions run as threads is assumed" : NULL;
    if (!w)
        w = one_object(p, a, b);
    if (!w && (a->atomic == 1 || b->atomic == 1) && sync_word(p, a->loc))
        w = "an atomic access and a plain one of a word the program synchronizes on (a lock word or a flag "
            "it waits for): its own protocol may order them";
    if (!w && (gate_lock(p, a, b) || gate_lock(p, b, a)))
        w = "main holds a lock it also held when it started the thread, which the thread takes too: the thread "
            "may wait for main to release it before its access";
    if (!w && per_call_lock(p, a, b))
        w = "both threads hold a mutex made by a function other than main (its local, or what it allocated): "
            "one per call, but the threads may have been handed the same one";
    if (!w && (a->freed || b->freed))
        w = "one access frees the object: tools differ on whether freeing races with an access";
    if (!w && (a->tls || b->tls))
        w = "a thread-local variable whose address is taken: each thread has its own copy, and only the one "
            "handed over is shared";
    if (!w && (a->vol == 2 || b->vol == 2))
        w = "the thread id pthread_create stores in its handle: analyses differ on whether that store races";
    if (!w && (a->vol || b->vol))
        w = "a volatile object: some code and tools treat its accesses as synchronization";
    if (!w && (a->ext || b->ext))
        w = "the object is passed by address to a function that is not analyzed: whether it writes it is not known";
    if (!w)
        w = sure_path(p, a);
    if (!w)
        w = sure_path(p, b);
    if (!w)
        w = at_once(p, a, b);
    if (!w)
        w = unmodeled(p, a);
    if (!w)
        w = unmodeled(p, b);
    *why = w;
    return !w;
}
