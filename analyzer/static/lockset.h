/* The lock-set domain of the whole-program pass: lock sets, re-acquisitions, a thread's state and their meets, and bit sets of thread entries. */
#ifndef WEFT_STATIC_LOCKSET_H
#define WEFT_STATIC_LOCKSET_H

#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Everything here is on the interpreter's hot path (every access, lock and merge), so it
 * is static inline: a call into another file per operation costs what inlining saves. */

#define MAXL 16        /* locks held at once that we track */
#define MAXE 256       /* thread entries tracked precisely in bit sets */

struct lockset {
    int n;
    uint32_t l[MAXL]; /* lock id << 1 | write mode, sorted */
};

/* Locks taken again while held (recursive mutexes, read locks): one unlock each keeps
 * the lock held. A multiset of lock ids. */
#define MAXR 8
struct relock {
    int n;
    int id[MAXR];
};

/* What this thread's path says of a global integer's value (an if on it took a branch, or
 * the thread stored a literal): within [lo, hi], until the thread could see another thread's
 * store to it (see interp_values.c). ent -1: on every path here; else on the paths here where
 * entry ent may be running (started before and not joined: a flag set where a thread was
 * started, if (created) join): a test its range fails says ent does not run there. */
#define MAXG 6
struct gfact {
    int id;
    long lo, hi;
    int ent;
    int stored; /* it came from a store of the thread's own (started = 1), not a test */
};

/* What this path says of a verifier's nondeterministic local of the running call (an if's
 * condition of kind LOCAL with cmp -1, or NONDET with a key): its value is within [lo, hi],
 * but ex when hasex. exact: every such value is some run's on the paths here (else a hull of
 * the paths' sets, which decides only a test no value in it passes, or every one does);
 * opaque: tested, what it holds not kept. A local the path tested that is not listed may hold
 * any value here, unless ndlost (a fact that did not fit). */
#define MAXND 4
struct ndfact {
    int key;
    char hasex, exact, opaque;
    long lo, hi, ex;
};

/* A thread's abstract state at one point of its code. */
struct st {
    struct lockset ls;
    struct relock rec;
    struct lockset acq; /* locks this thread has surely acquired at least once so far */
    uint64_t live[MAXE / 64]; /* main thread: entries that may be running */
    uint64_t started[MAXE / 64]; /* entries this thread may have started so far */
    struct lockset bmay; /* barriers this thread may have waited on so far */
    struct lockset fst;  /* flags (prog.flags) this thread may have stored so far */
    struct lockset mj; /* main: handles it surely joined (ids, as a lock set) */
    struct lockset star; /* element locks held ("m[*]": some element of m, by a variable index) */
    /* locks this function's run took through a parameter it never assigns ("self:*@p0.m:ID",
     * ID the lock's id in ls): the lock of the object that parameter points at */
    struct lockset self;
    /* bit N: the run of the function being called took the lock its parameter N points at
     * (lock(m), m that parameter); read by the caller when the call returns (do_call) */
    int pacq;
    char unlk; /* the run of the function being called released a lock (its caller's st.self ends) */
    uint64_t mlive[MAXE / 64]; /* main thread: entries surely running (started on every path, joined on none) */
    uint64_t mclean[MAXE / 64]; /* main: of those, started since main's last acquire on every path */
    int macq;      /* main: its acquires so far (the most of any path): a loop's body acquired if it grew */
    char mread;    /* main: it read shared memory since it last started a thread (a branch on it may wait) */
    char mexit;    /* main, a path that ended the program after such a read: where it meets one that goes
                      on, main went on only past what the read saw (if (!ok) exit(1)): it waited there */
    int dead;      /* no run reaches this point: 1, or 2 when every run that would ended the thread or
                      the program first (exit, abort, pthread_exit...: error paths, not branches) */
    char unsure;   /* this point is not reached on every run of the thread (a branch, a loop body...) */
    char branch_end; /* dead 2 in a branch on the function's constants: no error path (end_if) */
    char maybe_exit; /* a path before ended the run on the function's constants: every point after
                        it, in callers too, is unsure */
    char lockdrop; /* a lock held on some paths to this point only (merges dropped it) */
    unsigned char syncd; /* WEFT__SYNC_* bits of what the thread (or its starter before the start)
                            may have done on the way here that orders without the pass seeing how */
    int ngf;
    struct gfact gf[MAXG];
    int nnd;
    char ndlost;
    char ndhang; /* the run of the function being called may have stopped for good (nd_taint) */
    struct ndfact nd[MAXND];
    int ldk1; /* a lock held on some paths only, on the value of this local key (+ 1) of the running
                 call: a top-level if on it took the lock in one branch (interp_flow.c cond_learn);
                 0 none */
};

/* A drop of locks that the value of one key explains, met: two keys, or one and a drop not
 * explained, are a drop. */
static inline void ldk_meet(struct st *a, const struct st *b)
{
    if (a->ldk1 == b->ldk1 || !b->ldk1)
        return;
    if (!a->ldk1)
        a->ldk1 = b->ldk1;
    else
        a->lockdrop = 1, a->ldk1 = 0;
}

static inline const struct ndfact *nd_at(const struct st *s, int key)
{
    for (int i = 0; i < s->nnd; i++)
        if (s->nd[i].key == key)
            return &s->nd[i];
    return NULL;
}

/* The union of two facts on one local (a's, met with b's): exact when the union of two exact
 * sets is again an interval less at most one value. */
static inline void nd_union(struct ndfact *a, const struct ndfact *b)
{
    if (a->opaque || b->opaque) {
        a->opaque = 1;
        return;
    }
    int touch = (a->lo > b->lo ? a->lo : b->lo) <= (a->hi < b->hi ? a->hi : b->hi) + 1 ||
                (a->hi < b->hi ? a->hi : b->hi) == LONG_MAX;
    /* a value one excludes is out of the union only if the other's set lacks it too */
    int xa = a->hasex && !(b->lo <= a->ex && a->ex <= b->hi && !(b->hasex && b->ex == a->ex));
    int xb = b->hasex && !(a->lo <= b->ex && b->ex <= a->hi && !(a->hasex && a->ex == b->ex));
    long ex = xa ? a->ex : b->ex;
    a->exact = (char)(a->exact && b->exact && touch && !(xa && xb && a->ex != b->ex));
    a->lo = a->lo < b->lo ? a->lo : b->lo;
    a->hi = a->hi > b->hi ? a->hi : b->hi;
    a->hasex = (char)(a->exact && (xa || xb));
    a->ex = ex;
}

/* The path may stop here for good (a loop that may not end, a wait, a deadlock): the values
 * its facts allow are not all some run's past this point once it meets another path. */
static inline void nd_taint(struct st *s)
{
    for (int i = 0; i < s->nnd; i++)
        s->nd[i].exact = 0;
    s->ndhang = 1;
}

static inline int nd_same(const struct ndfact *f, const struct ndfact *g)
{
    return g && f->lo == g->lo && f->hi == g->hi && f->hasex == g->hasex && (!f->hasex || f->ex == g->ex) &&
           f->exact == g->exact && f->opaque == g->opaque;
}

/* Two paths about to meet that a branch on something else than a nondeterministic value
 * parted (one of them may be taken on no run at all): what they say differently is a hull. */
static inline void nd_blind(struct st *a, struct st *b)
{
    if (a->dead || b->dead)
        return;
    for (int i = 0; i < a->nnd; i++)
        if (!nd_same(&a->nd[i], nd_at(b, a->nd[i].key)))
            a->nd[i].exact = 0;
    for (int j = 0; j < b->nnd; j++)
        if (!nd_at(a, b->nd[j].key))
            b->nd[j].exact = 0;
}

/* What two paths say, met: each local's union (a local one of them says nothing of may hold
 * any value). Two paths that differ on two locals or more leave no product of each local's
 * values (a != 0 with b == 0, or a == 0 with any b: a != 0 with b != 0 on neither), so those
 * locals' unions are hulls; so are unions with a path that may have stopped with a fact. */
static inline void nd_meet(struct st *a, const struct st *b)
{
    int diff = a->ndlost || b->ndlost ? 2 : 0;
    for (int i = 0; i < a->nnd; i++)
        diff += !nd_same(&a->nd[i], nd_at(b, a->nd[i].key));
    for (int j = 0; j < b->nnd; j++)
        diff += !nd_at(a, b->nd[j].key);
    int joint = diff < 2, k = 0;
    for (int i = 0; i < a->nnd; i++) {
        const struct ndfact *o = nd_at(b, a->nd[i].key);
        struct ndfact f = a->nd[i];
        if (!nd_same(&f, o)) {
            if (o)
                nd_union(&f, o);
            else if (f.exact && joint)
                continue; /* (met with any value: any value, as every run has it) */
            else
                f.opaque = 1;
            f.exact = (char)(f.exact && joint);
        }
        a->nd[k++] = f;
    }
    a->nnd = k;
    for (int j = 0; j < b->nnd; j++)
        if ((!b->nd[j].exact || !joint) && !nd_at(a, b->nd[j].key)) {
            if (a->nnd == MAXND)
                a->ndlost = 1;
            else
                a->nd[a->nnd] = b->nd[j], a->nd[a->nnd].opaque = 1, a->nd[a->nnd++].exact = 0;
        }
    a->ndlost |= b->ndlost;
    a->ndhang |= b->ndhang;
}

static inline int bit(const uint64_t *s, int e);

/* Whether what a says of globals implies all b says (each fact of b, within it in a): a path
 * from a may go where b's facts were assumed. */
static inline int gf_implies(const struct st *a, const struct st *b)
{
    for (int i = 0; i < b->ngf; i++) {
        int found = 0;
        for (int j = 0; j < a->ngf && !found; j++)
            found = a->gf[j].id == b->gf[i].id && a->gf[j].ent == b->gf[i].ent && a->gf[j].lo >= b->gf[i].lo &&
                    a->gf[j].hi <= b->gf[i].hi;
        if (!found)
            return 0;
    }
    return 1;
}

static inline const struct gfact *gf_find(const struct st *s, int id, int ent)
{
    for (int i = 0; i < s->ngf; i++)
        if (s->gf[i].id == id && s->gf[i].ent == ent)
            return &s->gf[i];
    return NULL;
}

/* What s says of global id on its paths where entry e runs (e -1: on all): 1 and [*lo, *hi],
 * 2 when e runs on none of them, 0 nothing. */
static inline int gf_range_at(const struct st *s, int id, int e, long *lo, long *hi)
{
    if (e >= 0 && !bit(s->live, e))
        return 2;
    const struct gfact *f = e >= 0 ? gf_find(s, id, e) : NULL;
    if (!f)
        f = gf_find(s, id, -1);
    if (f)
        *lo = f->lo, *hi = f->hi;
    return f != NULL;
}

/* The meet of one (id, e): both sides' ranges hulled, a side where e runs on no path adding
 * none; appended to out when known and narrower than what holds on every path (all). */
static inline void gf_meet_one(const struct st *a, const struct st *b, int id, int e, const struct gfact *all,
                               struct gfact *out, int *k)
{
    long la = 0, ha = 0, lb = 0, hb = 0;
    int ra = gf_range_at(a, id, e, &la, &ha), rb = gf_range_at(b, id, e, &lb, &hb);
    if (!ra || !rb || (ra == 2 && rb == 2) || *k == MAXG)
        return;
    struct gfact g = {id, ra == 1 ? la : lb, ra == 1 ? ha : hb, e, 0};
    for (int i = 0; i < a->ngf; i++)
        g.stored |= a->gf[i].id == id && a->gf[i].stored;
    for (int i = 0; i < b->ngf; i++)
        g.stored |= b->gf[i].id == id && b->gf[i].stored;
    if (ra == 1 && rb == 1) {
        g.lo = la < lb ? la : lb;
        g.hi = ha > hb ? ha : hb;
    }
    if (e >= 0 && all && all->lo == g.lo && all->hi == g.hi)
        return;
    out[(*k)++] = g;
}

/* Threads bits may be running here from now on (a start, a loop's next pass): what s said
 * of globals where they run was about the instances before. */
static inline void gf_started(struct st *s, const uint64_t *bits)
{
    for (int i = 0; i < s->ngf;)
        if (s->gf[i].ent >= 0 && bit(bits, s->gf[i].ent))
            s->gf[i] = s->gf[--s->ngf];
        else
            i++;
}

/* Facts both states keep, each the hull of the two ranges; and for a thread running on one
 * side's paths (live) only, what the other side says of a global where that thread runs: a
 * side where it runs on no path says nothing against it. */
static inline void gf_meet(struct st *a, const struct st *b)
{
    if (!a->ngf && !b->ngf)
        return;
    struct gfact out[MAXG];
    int k = 0;
    for (int i = 0; i < a->ngf; i++)
        if (a->gf[i].ent < 0)
            gf_meet_one(a, b, a->gf[i].id, -1, NULL, out, &k);
    int n0 = k;
    for (int side = 0; side < 2; side++) {
        const struct st *s = side ? b : a;
        for (int i = 0; i < s->ngf; i++) {
            int id = s->gf[i].id;
            const struct gfact *all = NULL;
            for (int j = 0; j < n0 && !all; j++)
                all = out[j].id == id ? &out[j] : NULL;
            for (int w = 0; w < MAXE / 64; w++)
                for (uint64_t m = a->live[w] | b->live[w]; m; m &= m - 1) {
                    int e = w * 64 + __builtin_ctzll(m), dup = 0;
                    for (int j = n0; j < k && !dup; j++)
                        dup = out[j].id == id && out[j].ent == e;
                    if (!dup)
                        gf_meet_one(a, b, id, e, all, out, &k);
                }
        }
    }
    memcpy(a->gf, out, (size_t)k * sizeof(out[0]));
    a->ngf = k;
}

static inline void ls_add(struct lockset *s, int id, int write)
{
    uint32_t v = (uint32_t)id << 1 | (write ? 1u : 0u);
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id) {
            s->l[i] = v;
            return;
        }
    if (s->n == MAXL)
        return;
    int i = s->n++;
    while (i > 0 && s->l[i - 1] > v) {
        s->l[i] = s->l[i - 1];
        i--;
    }
    s->l[i] = v;
}

static inline void ls_del(struct lockset *s, int id)
{
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id) {
            memmove(&s->l[i], &s->l[i + 1], (size_t)(s->n - i - 1) * sizeof(s->l[0]));
            s->n--;
            return;
        }
}

/* Locks held on both paths; a lock held in read mode on either is held in read mode. */
static inline void ls_meet(struct lockset *a, const struct lockset *b)
{
    /* In place: ids are unique in a set, so at most one entry of b matches, and the
     * entry written (n) is never one still to be read (i). */
    int n = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->l[i] >> 1 == b->l[j] >> 1) {
                a->l[n++] = a->l[i] & b->l[j];
                break;
            }
    a->n = n;
}

static inline int ls_subset(const struct lockset *a, const struct lockset *b)
{
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int j = 0; j < b->n && !found; j++)
            found = a->l[i] >> 1 == b->l[j] >> 1;
        if (!found)
            return 0;
    }
    return 1;
}

/* The mode bit of id in s (1 write), or -1 when s does not hold it. */
static inline int ls_mode(const struct lockset *s, int id)
{
    for (int i = 0; i < s->n; i++)
        if (s->l[i] >> 1 == (uint32_t)id)
            return (int)(s->l[i] & 1);
    return -1;
}

/* Lock sets are kept sorted: equal sets hold the same words. */
static inline int ls_equal(const struct lockset *a, const struct lockset *b)
{
    return a->n == b->n && !memcmp(a->l, b->l, (size_t)a->n * sizeof(a->l[0]));
}

static inline int ls_protects(const struct lockset *a, const struct lockset *b)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->l[i] >> 1 == b->l[j] >> 1 && ((a->l[i] | b->l[j]) & 1))
                return 1;
    return 0;
}

/* Taken again on both paths, as many times as on the one that took it fewer times. */
static inline void rec_meet(struct relock *a, const struct relock *b)
{
    if (!a->n)
        return;
    unsigned used = 0; /* entries of b matched so far (MAXR <= 32) */
    int n = 0;
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (!(used >> j & 1) && a->id[i] == b->id[j]) {
                used |= 1u << j;
                a->id[n++] = a->id[i];
                break;
            }
    a->n = n;
}

/* An unlock of id: one re-acquisition less if there is one (returns 1), else 0. */
static inline int rec_release(struct relock *r, int id)
{
    for (int i = 0; i < r->n; i++)
        if (r->id[i] == id) {
            r->id[i] = r->id[--r->n];
            return 1;
        }
    return 0;
}

/* Main went on past a point where another path ended the program: none of the threads it
 * started before is surely running beside one it starts next (it may have waited for them). */
static inline void st_main_waited(struct st *s)
{
    memset(s->mclean, 0, sizeof(s->mclean));
    s->macq += s->macq < INT_MAX;
}

static inline void st_merge(struct st *a, const struct st *b)
{
    /* (What a path that ended the run did before it ended stays noted in syncd: going on past
     * if (!f) { wait forever or exit } says f held, which may have been waited for.) */
    if (b->dead) {
        if (b->dead == 2 && b->mexit && !a->dead)
            st_main_waited(a);
        if (b->dead == 2)
            a->syncd |= b->syncd;
        return;
    }
    if (a->dead) {
        int waited = a->dead == 2 && a->mexit;
        unsigned char ended = a->dead == 2 ? a->syncd : 0;
        *a = *b;
        a->syncd |= ended;
        if (waited)
            st_main_waited(a);
        return;
    }
    a->lockdrop |= b->lockdrop || !ls_equal(&a->ls, &b->ls) || a->star.n != b->star.n;
    a->unsure |= b->unsure;
    a->maybe_exit |= b->maybe_exit;
    a->syncd |= b->syncd;
    gf_meet(a, b);
    nd_meet(a, b);
    ldk_meet(a, b);
    ls_meet(&a->ls, &b->ls);
    rec_meet(&a->rec, &b->rec);
    ls_meet(&a->acq, &b->acq);
    ls_meet(&a->mj, &b->mj);
    ls_meet(&a->star, &b->star);
    ls_meet(&a->self, &b->self);
    a->pacq &= b->pacq;
    a->unlk |= b->unlk;
    for (int i = 0; i < b->bmay.n; i++)
        ls_add(&a->bmay, (int)(b->bmay.l[i] >> 1), 1);
    for (int i = 0; i < b->fst.n; i++)
        ls_add(&a->fst, (int)(b->fst.l[i] >> 1), 1);
    for (int i = 0; i < MAXE / 64; i++) {
        a->live[i] |= b->live[i];
        a->started[i] |= b->started[i];
        a->mlive[i] &= b->mlive[i];
        a->mclean[i] &= b->mclean[i];
    }
    a->macq = a->macq > b->macq ? a->macq : b->macq;
    a->mread |= b->mread;
}

static inline int bit(const uint64_t *s, int e)
{
    return e >= MAXE || (s[e / 64] >> (e % 64) & 1);
}

static inline void setbit(uint64_t *s, int e)
{
    if (e < MAXE)
        s[e / 64] |= 1ULL << (e % 64);
}

static inline int any(const uint64_t *s)
{
    for (int i = 0; i < MAXE / 64; i++)
        if (s[i])
            return 1;
    return 0;
}

#endif
