/* The interpreter's path facts on global integers: a branch an if on a global took holds until the thread could see another thread's store. */
#include "models.h"
#include "program_internal.h"

#include <limits.h>

/*
 * A thread that tested a global integer g (if (mode == READ)) and tests it again later
 * (if (mode != IDLE)) reads the same value both times unless, in between, it stores to g
 * itself or it could see a store another thread made after the first read. In an execution
 * where g does not race, another thread's store is seen only through an acquire in between
 * (a lock, a join, an atomic operation that is not relaxed, a wait, code not analyzed that
 * may synchronize); if g races, that race is reported on g itself. So until such an
 * operation the second test's outcome is the first's, and the branch no value can take is
 * not followed: code behind a mode flag runs only in the threads that pass it (redis's IO
 * threads never run commands). Only globals whose address is never taken are followed: no
 * pointer can store to them.
 */

/* What a comparison of a value within [lo, hi] with v always does: 1 true, 0 false, -1 either. */
int weft__pg_cmp_range(int cmp, long v, long lo, long hi)
{
    switch (cmp) {
    case WEFT__CMP_LT: return hi < v ? 1 : lo >= v ? 0 : -1;
    case WEFT__CMP_LE: return hi <= v ? 1 : lo > v ? 0 : -1;
    case WEFT__CMP_GT: return lo > v ? 1 : hi <= v ? 0 : -1;
    case WEFT__CMP_GE: return lo >= v ? 1 : hi < v ? 0 : -1;
    case WEFT__CMP_EQ: return lo == v && hi == v ? 1 : v < lo || v > hi ? 0 : -1;
    case WEFT__CMP_NE: return lo == v && hi == v ? 0 : v < lo || v > hi ? 1 : -1;
    }
    return -1;
}

/* The comparison that holds where cmp does not (an else branch's). */
static int negated(int cmp)
{
    return cmp == WEFT__CMP_LT ? WEFT__CMP_GE : cmp == WEFT__CMP_LE ? WEFT__CMP_GT
           : cmp == WEFT__CMP_GT ? WEFT__CMP_LE : cmp == WEFT__CMP_GE ? WEFT__CMP_LT
           : cmp == WEFT__CMP_EQ ? WEFT__CMP_NE : WEFT__CMP_EQ;
}

/* [lo, hi] narrowed to the values where `value cmp v` holds; NE only at an end (0 when v lies
 * strictly inside: the caller says what that leaves). */
static int narrow(long *lo, long *hi, int cmp, long v)
{
    switch (cmp) {
    case WEFT__CMP_LT: *hi = *hi < v - 1 ? *hi : v - 1; break;
    case WEFT__CMP_LE: *hi = *hi < v ? *hi : v; break;
    case WEFT__CMP_GT: *lo = *lo > v + 1 ? *lo : v + 1; break;
    case WEFT__CMP_GE: *lo = *lo > v ? *lo : v; break;
    case WEFT__CMP_EQ: *lo = *hi = v; break;
    case WEFT__CMP_NE:
        if (v != *lo && v != *hi && v > *lo && v < *hi)
            return 0;
        *lo += *lo == v;
        *hi -= *hi == v;
        break;
    }
    return 1;
}

int weft__pg_gf_fixed(const struct st *s, const struct pop *op)
{
    const struct gfact *g = gf_find(s, op->args[3], -1);
    return g ? weft__pg_cmp_range(op->args[1], op->args[2], g->lo, g->hi) : -1;
}

/* Whether global id is one whose values the path follows: the program defines it (an
 * initializer seen, p->gst set: not getopt's optind, which calls not analyzed change), and no
 * pointer can store to it. */
static int followed(struct prog *p, int id)
{
    return id >= 0 && (size_t)id < p->ngv && p->gst && p->gst[id] && !weft__pg_addr_taken(p, weft__pg_str(p, id));
}

/* Entry e does not run on s's paths: a fact for where it runs says nothing more. */
static void not_running(struct st *s, int e)
{
    if (e >= MAXE)
        return;
    uint64_t m = ~(1ULL << (e % 64));
    s->live[e / 64] &= m;
    s->mlive[e / 64] &= m;
    s->mclean[e / 64] &= m;
}

void weft__pg_gf_narrow(struct prog *p, struct st *s, const struct pop *op, int then)
{
    int id = op->args[3];
    /* Only a global the program defines (an initializer seen, p->gst set): one a library
     * defines (getopt's optind, tzset's daylight) changes in calls that are not analyzed. */
    if (s->dead || op->f->u.cond.negated || !followed(p, id))
        return;
    int cmp = then ? op->args[1] : negated(op->args[1]); /* (else: the negated comparison) */
    /* A fact for where a thread runs that no value passing the test satisfies: it does not
     * run here. */
    for (int i = 0; i < s->ngf;) {
        struct gfact *c = &s->gf[i];
        if (c->id != id || c->ent < 0) {
            i++;
            continue;
        }
        if (weft__pg_cmp_range(cmp, op->args[2], c->lo, c->hi) == 0) {
            not_running(s, c->ent);
            s->gf[i] = s->gf[--s->ngf];
            continue;
        }
        narrow(&c->lo, &c->hi, cmp, op->args[2]);
        i++;
    }
    struct gfact *g = (struct gfact *)gf_find(s, id, -1); /* (s is ours to change) */
    if (!g) {
        if (s->ngf == MAXG)
            return;
        g = &s->gf[s->ngf++];
        g->id = id;
        g->ent = -1;
        g->stored = 0;
        int known = p->gst[id] == 1;
        g->lo = known ? p->glo[id] : LONG_MIN;
        g->hi = known ? p->ghi[id] : LONG_MAX;
    }
    narrow(&g->lo, &g->hi, cmp, op->args[2]); /* (v != 5 inside the range: no narrower range) */
    if (g->lo > g->hi)
        s->dead = 1; /* no value left: this branch is not taken */
}

static void forget_id(struct st *s, int id)
{
    for (int i = 0; i < s->ngf;)
        if (s->gf[i].id == id)
            s->gf[i] = s->gf[--s->ngf];
        else
            i++;
}

/* Whether a call may acquire: a sync API, a lock wrapper, or code not analyzed that is
 * handed functions (it may run them, and synchronize, anywhere). */
static int call_acquires(struct prog *p, const struct pop *op)
{
    if (op->ulock)
        return 1;
    if (weft__pg_fn_lookup(p, op->ia) >= 0)
        return 0; /* its body's operations say */
    for (int k = 0; k < 6; k++)
        if (op->pslot[k] >= 0)
            return 1;
    return op->lib_acquires; /* (weft__pg_prepare: a sync API, an unmodeled sync, a barrier, a join, a once, an atomic) */
}

int weft__pg_op_acquires(struct icx *x, const struct pop *op)
{
    switch (op->kind) {
    case WEFT__OP_LOCK: /* (a fence, a flag seen, a lock: another thread's store may be seen) */
    case WEFT__OP_SYNC:
    case WEFT__OP_JOIN: return 1;
    case WEFT__OP_ACCESS: {
        const struct weft__access *a = &op->f->u.access;
        return a->atomic == 2 || (a->atomic == 1 && a->relaxed != 1);
    }
    case WEFT__OP_CALL: return call_acquires(x->p, op);
    case WEFT__OP_ICALL: {
        struct slotres *r = *op->f->u.icall.slot ? weft__pg_resolve(x->p, op->ia) : NULL;
        return !r || !r->n; /* code not known */
    }
    default: return 0;
    }
}

void weft__pg_gf_step(struct icx *x, const struct pop *op, int acquires)
{
    struct st *s = &x->cur;
    int all = acquires;
    if (op->kind == WEFT__OP_LABEL)
        all = !op->args[2] || x->gover; /* a goto may come from before the test */
    else if (op->kind == WEFT__OP_ACCESS && !acquires && op->f->u.access.mode != WEFT__READ) {
        forget_id(s, op->ia);
        /* (a literal it stores itself while a thread it started may run: what its next read
         * sees, as a test's outcome; what it says of where that thread runs is what counts) */
        const struct weft__access *a = &op->f->u.access;
        if (a->value.op == WEFT__VAL_SET && !a->atomic && !s->dead && s->ngf < MAXG && any(s->live) &&
            followed(x->p, op->ia))
            s->gf[s->ngf++] = (struct gfact){op->ia, a->value.value, a->value.value, -1, 1};
    }
    if (all)
        s->ngf = 0;
}

/*
 * A verifier's nondeterministic local (weft__cond LOCAL with cmp -1: tested against zero
 * only; NONDET with a key: against literals) holds one value per call, any value of its type
 * on some run. So the path's tests of it narrow what it may hold (st.nd): a later test whose
 * outcome the narrowed set decides takes that branch only, and one it does not decide may go
 * either way on some run, as long as the set is exact (every value in it is some run's).
 */

/* What the test `v cmp k` does on what the path says of v (f; NULL: nothing, v any value of
 * its type, unsigned un): 1 always, 0 never, -1 either. */
int weft__pg_nd_outcome(const struct ndfact *f, int un, int cmp, long k)
{
    long lo = f ? f->lo : un ? 0 : LONG_MIN, hi = f ? f->hi : LONG_MAX;
    if (f && f->hasex && f->ex == k && (cmp == WEFT__CMP_EQ || cmp == WEFT__CMP_NE))
        return cmp == WEFT__CMP_NE;
    return weft__pg_cmp_range(cmp, k, lo, hi);
}

/* The branch of `v cmp k` taken (then, else the other) narrows the path's fact on v. */
void weft__pg_nd_narrow(struct st *s, int key, int un, int cmp, long k, int then)
{
    if (s->dead)
        return;
    struct ndfact *f = NULL;
    for (int i = 0; i < s->nnd && !f; i++)
        if (s->nd[i].key == key)
            f = &s->nd[i];
    if (!f) {
        if (s->nnd == MAXND) {
            s->ndlost = 1;
            return;
        }
        f = &s->nd[s->nnd++];
        *f = (struct ndfact){key, 0, 1, 0, un ? 0 : LONG_MIN, LONG_MAX, 0};
    }
    if (f->opaque)
        return;
    if (!then)
        cmp = negated(cmp);
    if (!narrow(&f->lo, &f->hi, cmp, k)) { /* v != k, k strictly inside */
        if (!f->hasex || f->ex == k)
            f->hasex = 1, f->ex = k;
        else
            f->opaque = 1; /* (a second value left out) */
    }
    if (f->hasex && (f->ex <= f->lo || f->ex >= f->hi)) {
        f->lo += f->ex == f->lo;
        f->hi -= f->ex == f->hi;
        f->hasex = 0;
    }
}
