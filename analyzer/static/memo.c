/* Memoized runs of a function by entry state, and the join logs replayed when a run of main is reused. */
#include "program_internal.h"

#include <string.h>

/* The key a run of fn from s under ci is memoized by: all its result depends on but the
 * acquired set (never 0). */
uint64_t weft__pg_memo_key(int fn, const struct st *s, const struct ci *ci)
{
    int flags = (ci->loop > 0) | (ci->atomic > 0) << 1 | ci->own << 2 | ci->ownf << 6 | (ci->rerun > 0) << 10 | (ci->fixargs > 0) << 11 | s->syncd << 12 | (ci->fixargs == 3) << 20;
    uint64_t k[3] = {(uint64_t)(uint32_t)fn << 32 | (uint32_t)ci->ctx, (uint64_t)flags,
                     (uint64_t)(uint32_t)ci->args[0] << 32 | (uint32_t)ci->args[1]};
    k[1] |= (uint64_t)(uint32_t)ci->args[2] << 32;
    k[0] ^= (uint64_t)(uint32_t)ci->rgn * 0x9e3779b97f4a7c15ull; /* no run reused across regions */
    uint64_t h = mix(WEFT__FNV_INIT, k, 3);
    h = mix(h, &(uint64_t){(uint32_t)ci->args[3] | (uint64_t)(uint32_t)ci->ret << 32}, 1);
    if (ci->owned || ci->guard[0] || ci->guard[1] || ci->guard[2] || ci->guard[3] || s->star.n) {
        uint64_t g[3] = {(uint64_t)(uint32_t)ci->owned << 32 | (uint32_t)ci->guard[0],
                         (uint64_t)(uint32_t)ci->guard[1] << 32 | (uint32_t)ci->guard[2],
                         (uint64_t)(uint32_t)ci->guard[3]};
        h = mix_ls(mix(h, g, 3), &s->star);
    }
    h = mix_ls(h, &s->ls);
    if (s->self.n) /* the locks of its parameters' objects it holds from its caller */
        h = mix_ls(h, &s->self);
    /* A run before a barrier wait is not one after it: its accesses come after the wait then. */
    if (s->bmay.n)
        h = mix_ls(h, &s->bmay);
    if (s->fst.n) /* likewise before and after a flag's store */
        h = mix_ls(h, &s->fst);
    for (int i = 0; i < s->ngf; i++) {
        uint64_t g[4] = {(uint64_t)(uint32_t)s->gf[i].id | (uint64_t)(uint32_t)s->gf[i].ent << 32, (uint64_t)s->gf[i].lo,
                         (uint64_t)s->gf[i].hi, (uint64_t)s->gf[i].stored};
        h = mix(h, g, 4);
    }
    for (int i = 0; i < s->rec.n; i++)
        h = mix(h, &(uint64_t){(uint32_t)s->rec.id[i]}, 1);
    h = mix(h, s->live, MAXE / 64);
    if (ci->ctx < 0 && s->mj.n) /* what main's joins record depends on the handles it joined before */
        h = mix_ls(h, &s->mj);
    if (ci->ctx < 0) /* main's threads surely running: what its joins leave of them */
        h = mix(h, s->mlive, MAXE / 64);
    return h | 1;
}

/* Replays a memoized run's joins by main: the handles it surely joined, and each join's
 * record of the threads running then (also kept for the runs on the stack, to memoize them). */
void weft__pg_jlog_replay(struct prog *p, int log, struct st *s)
{
    const struct jlog *L = &p->logs[log - 1];
    s->mj = L->mj;
    p->joins++;
    for (size_t i = 0; i < L->nev; i++) {
        struct jev *ev = WEFT__PUSH(p->jscr, p->njscr, p->capjscr);
        if (!ev) {
            p->oom = 1;
            return;
        }
        *ev = p->jev[L->ev0 + i];
        weft__pg_main_join_live(p, ev->handle, &ev->ls, ev->live);
    }
}

/* Main's joins made since ev0, each once (a join replayed with the same locks and running
 * threads records nothing new); returns how many. */
size_t weft__pg_jscr_dedup(struct prog *p, size_t ev0)
{
    size_t out = ev0;
    for (size_t i = ev0; i < p->njscr; i++) {
        size_t j = ev0;
        while (j < out && memcmp(&p->jscr[j], &p->jscr[i], sizeof(p->jscr[i])))
            j++;
        if (j == out)
            p->jscr[out++] = p->jscr[i];
    }
    p->njscr = out;
    return out - ev0;
}

/* Keeps the join log of a memoized run of main: the handles it surely joined after it (mj)
 * and its joins since ev0. Returns 1 + its index, or 0 when out of memory. */
static int jlog_keep(struct prog *p, const struct lockset *mj, size_t ev0, size_t nev)
{
    if (weft__grow((void **)&p->jev, &p->capjev, p->njev + nev, sizeof(*p->jev))) {
        p->oom = 1;
        return 0;
    }
    struct jlog *L = WEFT__PUSH(p->logs, p->nlogs, p->caplogs);
    if (!L) {
        p->oom = 1;
        return 0;
    }
    L->mj = *mj;
    L->ev0 = p->njev;
    L->nev = nev;
    if (nev) /* (no events: jev may still be NULL, which memcpy must not be given) */
        memcpy(p->jev + p->njev, p->jscr + ev0, nev * sizeof(*p->jev));
    p->njev += nev;
    return (int)p->nlogs;
}


/* A memoized run reused: s becomes the state it left with, plus what it surely acquired
 * and the joins it made in main. */
void weft__pg_memo_reuse(struct prog *p, const struct memo *m, struct st *s)
{
    s->ls = m->ls;
    s->self.n = m->nself; /* (the locks of its parameters' objects held at its end) */
    memcpy(s->self.l, m->self, m->nself * sizeof(m->self[0]));
    s->star.n = m->nstar;
    memcpy(s->star.l, m->star, m->nstar * sizeof(m->star[0]));
    s->rec = m->rec;
    memcpy(s->live, m->live, sizeof(s->live));
    memcpy(s->mlive, m->mlive, sizeof(s->mlive));
    s->lockdrop |= m->lockdrop;
    s->maybe_exit |= m->maybe_exit;
    s->ndhang |= m->ndhang;
    s->syncd = m->syncd;
    s->dead = m->dead;
    s->pacq = m->pacq;
    s->unlk |= m->unlk;
    s->ngf = m->ngf;
    memcpy(s->gf, m->gf, sizeof(s->gf));
    for (int k = 0; k < p->nflags; k++)
        if (m->fbits >> k & 1)
            ls_add(&s->fst, p->flags[k].id, 1);
    for (int i = 0; i < m->gain.n; i++)
        ls_add(&s->acq, (int)(m->gain.l[i] >> 1), m->gain.l[i] & 1);
    if (m->log)
        weft__pg_jlog_replay(p, m->log, s);
}

/* Keeps in m the run that started with acquired set in_acq and returned ret; joined: it is
 * a run of main that joined threads, whose joins since ev0 (nev of them) are logged. */
void weft__pg_memo_keep(struct prog *p, struct memo *m, uint64_t key, const struct st *ret,
                        const struct lockset *in_acq, int joined, size_t ev0, size_t nev)
{
    m->log = joined ? jlog_keep(p, &ret->mj, ev0, nev) : 0;
    if (p->oom)
        return;
    m->key = key;
    m->nstar = (unsigned char)ret->star.n;
    memcpy(m->star, ret->star.l, (size_t)ret->star.n * sizeof(m->star[0]));
    m->gain.n = 0;
    for (int i = 0; i < ret->acq.n; i++) {
        struct lockset one = {1, {ret->acq.l[i]}};
        if (!ls_subset(&one, in_acq))
            m->gain.l[m->gain.n++] = ret->acq.l[i];
    }
    m->ls = ret->ls;
    m->rec = ret->rec;
    memcpy(m->live, ret->live, sizeof(m->live));
    memcpy(m->mlive, ret->mlive, sizeof(m->mlive));
    m->lockdrop = ret->lockdrop || ret->ldk1; /* (a drop its own key explained: a drop to its caller) */
    m->maybe_exit = ret->maybe_exit;
    m->ndhang = ret->ndhang;
    m->syncd = ret->syncd;
    m->dead = ret->dead;
    m->pacq = ret->pacq;
    m->unlk = ret->unlk;
    m->nself = (unsigned char)(ret->self.n < 4 ? ret->self.n : 4); /* (sorted: dropping some is safe) */
    memcpy(m->self, ret->self.l, m->nself * sizeof(m->self[0]));
    m->ngf = ret->ngf;
    memcpy(m->gf, ret->gf, sizeof(m->gf));
    m->fbits = 0;
    for (int k = 0; k < p->nflags; k++) {
        struct lockset one = {1, {(uint32_t)p->flags[k].id << 1 | 1u}};
        if (ls_subset(&one, &ret->fst))
            m->fbits |= (unsigned char)(1u << k);
    }
    m->used = 1;
}
