/* The interpreter's thread operations: creates, joins, and what main's joins record. */
#include "keys.h"
#include "program_internal.h"

#include <stdio.h>
#include <string.h>

/* Main joins handle: it is surely joined from now on, and the threads that may be running
 * are noted (the event is kept for the memoized runs that make it, to be replayed). */
static void main_join(struct prog *p, int handle, struct st *cur)
{
    ls_add(&cur->mj, handle, 1);
    struct jev *ev = WEFT__PUSH(p->jscr, p->njscr, p->capjscr);
    if (!ev) {
        p->oom = 1;
        return;
    }
    memset(ev, 0, sizeof(*ev));
    ev->handle = handle;
    ev->ls.n = cur->ls.n;
    memcpy(ev->ls.l, cur->ls.l, (size_t)cur->ls.n * sizeof(ev->ls.l[0]));
    memcpy(ev->live, cur->live, sizeof(ev->live));
    weft__pg_main_join_live(p, handle, &cur->ls, cur->live);
}

/* For each thread that may be running (live) when main joins handle holding ls: main joined
 * handle while holding what it held since starting that thread and still holds. */
void weft__pg_main_join_live(struct prog *p, int handle, const struct lockset *ls, const uint64_t *live)
{
    for (size_t r = 0; r < p->nentries && r < MAXE; r++) {
        if (!bit(live, (int)r))
            continue;
        struct lockset held = p->entries[r].since;
        ls_meet(&held, ls);
        struct mjoin *m = NULL;
        for (size_t i = 0; i < p->nmjoins && !m; i++)
            if (p->mjoins[i].handle == handle && p->mjoins[i].root == (int)r)
                m = &p->mjoins[i];
        if (m) {
            ls_meet(&m->held, &held);
        } else if ((m = WEFT__PUSH(p->mjoins, p->nmjoins, p->capmjoins))) {
            *m = (struct mjoin){handle, (int)r, held};
        } else {
            p->oom = 1;
            return;
        }
    }
}

/* Main releases lock (-1: any): joins of handles it may not have joined yet on this path
 * no longer happened inside that lock's section. */
void weft__pg_main_unlock(struct prog *p, int lock, const struct st *cur)
{
    for (size_t i = 0; i < p->nmjoins; i++) {
        struct lockset one = {1, {(uint32_t)p->mjoins[i].handle << 1 | 1u}};
        if (ls_protects(&one, &cur->mj))
            continue;
        if (lock < 0)
            p->mjoins[i].held.n = 0;
        else
            ls_del(&p->mjoins[i].held, lock);
    }
}


/* The functions a create starts (at most 64) into targets; returns how many. */
/* Entry slot "p:USR#i" of the function being run: what its caller passed as argument i. */
static int passed_arg(struct prog *p, const struct ci *ci, const char *slot)
{
    if (ci->fn < 0 || strncmp(slot, "p:", 2))
        return -1;
    const char *usr = p->fns[ci->fn].f->usr, *hash = strrchr(slot, '#');
    size_t n = strlen(usr);
    if (!hash || (size_t)(hash - slot - 2) != n || strncmp(slot + 2, usr, n) || hash[1] < '0' || hash[1] > '3' || hash[2])
        return -1;
    return ci->args[hash[1] - '0'];
}

static int create_targets(struct prog *p, const struct pop *op, const struct ci *ci, int *targets)
{
    int nt = 0;
    const struct weft__op *f = op->f;
    if (!f->u.create.by_slot) {
        int fn = weft__pg_fn_lookup(p, op->ib);
        if (fn >= 0)
            targets[nt++] = fn;
        else
            weft__pg_reason(p, "thread entry '%s' at %s:%u: no definition", weft__pg_str(p, op->ic), f->file, f->line);
    } else {
        struct slotres *r = *f->u.create.entry ? weft__pg_resolve(p, op->ib) : NULL;
        /* A wrapper's parameter: at this call, the one function its caller named, if the
         * parameter may hold it (one such by that name). */
        int one = f->u.create.by_slot == 2 ? weft__pg_passed_fn(p, r, passed_arg(p, ci, f->u.create.entry), NULL) : -1;
        if (one >= 0)
            targets[nt++] = one;
        for (size_t j = 0; r && j < r->n && nt < 64 && one < 0; j++)
            targets[nt++] = r->fns[j];
        if (!nt)
            weft__pg_reason(p, "thread entry '%s' at %s:%u: function pointer not resolved", weft__pg_str(p, op->ic),
                            f->file, f->line);
    }
    return nt;
}

/* The handle a create stores its thread in: its key's id; a wrapper's handle parameter's
 * (@pN), the caller's argument; a field of the object the wrapper returns (@r.id), that
 * field of what the caller's variable for it points at ("*g:w.id"); -1 not known. */
/* A handle field of what a wrapper's parameter points at ("*@p0.t": join(struct w *w) {
 * pthread_join(w->t, 0); }, or start(struct w *w) { pthread_create(&w->t, ...); }): that field
 * of the caller's argument's object, a named one ("l:w", "o:w" for &w) or what a named pointer
 * points at ("*g:w", a create wrapper's thread object: "*g:w.id"); -1 not known. *obj: the
 * latter. */
static int param_field_handle(struct prog *p, const struct ci *ci, const char *hk, int *obj)
{
    int tp = weft__key_through_param(hk);
    *obj = 0;
    if (tp < 0 || hk[4] != '.')
        return -1;
    const char *a = ci->args[tp] >= 0 ? weft__pg_str(p, ci->args[tp]) : "";
    int named = weft__key_is(a, "l:") || weft__key_is(a, "o:") || weft__key_is(a, "g:") || weft__key_is(a, "q:");
    *obj = weft__key_is(a, "*l:") || weft__key_is(a, "*g:") || weft__key_is(a, "h:");
    char buf[600];
    int n = (named || *obj) && !strpbrk(hk + 4, "[*~") && !strpbrk(a + 1, "[*~")
                ? snprintf(buf, sizeof(buf), "%s%s%s", weft__key_is(a, "q:") ? "l:" : "", a + (weft__key_is(a, "q:") ? 2 : 0), hk + 4)
                : -1;
    int hid = n > 0 && n < (int)sizeof(buf) ? weft__pg_intern(p, buf) : -1;
    *obj = *obj && hid >= 0;
    return hid;
}

static int create_handle(struct prog *p, const struct ci *ci, const struct pop *op)
{
    if (op->hdirty)
        return -1; /* (a handle field something else may store another thread in: link_handle_fields) */
    if (op->pidx >= 0)
        return ci->args[op->pidx] >= 0 ? ci->args[op->pidx] : -1;
    const char *hk = op->f->u.create.handle;
    /* start(&w) filling w.t, w a named object: as a join wrapper's (not what a pointer points
     * at: start(p) and start(p + 1) would be one) */
    int obj, hid = param_field_handle(p, ci, hk, &obj);
    if (hid >= 0 && !obj)
        return hid;
    if (hk[0] == '@' && hk[1] == 'r') {
        char buf[600];
        int n = ci->ret ? snprintf(buf, sizeof(buf), "%s%s", weft__pg_str(p, ci->ret - 1), hk + 2) : -1;
        return n > 0 && n < (int)sizeof(buf) ? weft__pg_intern(p, buf) : -1;
    }
    return op->ia;
}

/* This thread (x) starts entry e at op, under the innermost if on key ckey taking value cval. */
static void start_entry(struct icx *x, const struct pop *op, int e, int ckey, int cval)
{
    struct prog *p = x->p;
    const struct ci *ci = &x->ci;
    struct st *cur = &x->cur;
    struct entry *E = &p->entries[e];
    if (!E->creates)
        E->ckey = ckey, E->cval = (char)cval;
    else if (E->ckey != ckey || E->cval != cval)
        E->ckey = -2;
    setbit(x->corr.mine, e);
    E->syncd0 |= cur->syncd; /* what its starter did before comes before all it does */
    for (int w = 0; w < MAXE / 64; w++)
        E->jb[w] |= cur->started[w] & ~cur->live[w]; /* ... and so does what the threads it joined did */
    E->creates++;
    E->cseq = ++p->cseq;
    if (op->f->u.create.in_loop || ci->loop > 0)
        E->in_loop = 1;
    /* Each instance has its own element only if this one loop, run once (main's, or a
     * function's main calls on one path, no loop around), is all that starts the entry
     * (two loops over a[i] would share a[0]); a fresh allocation made for each run of the
     * create is its own however often it runs. A create wrapper (create_worker(fn,
     * &threads[i]) in such a loop) handing the thread the element its caller passed starts
     * it as a create in that loop would. */
    int fresh = op->f->u.create.distinct == 2;
    int direct = (op->f->u.create.distinct == 1 || op->f->u.create.distinct == 3) && ci->ctx < 0 && ci->loop <= 1;
    int pa = op->args[0] < -1 ? -(op->args[0] + 2) : -1;
    int wrapped = !fresh && !direct && pa >= 0 && pa < 4 && (ci->dargs >> pa & 1) && !op->f->u.create.in_loop &&
                  ci->ctx < 0 && ci->loop <= 1;
    int own = fresh || direct || wrapped;
    int same = !E->dop_init || (E->dop == op && (fresh || E->dpath == ci->path));
    /* Values stored per iteration (create.dval) differ only within one run of the loop. */
    int vsame = !E->dop_init || (E->vop == op && E->dpath == ci->path);
    if (!E->dop_init)
        E->dpath = ci->path;
    E->vop = vsame && op->f->u.create.distinct && ci->ctx < 0 && ci->loop <= 1 && *op->f->u.create.dval ? op : NULL;
    E->dop = same && own ? op : NULL;
    E->dop_init = 1;
    if (ci->ctx >= 0) {
        E->nonmain = 1;
        E->parent = E->main_created || (E->parent != -1 && E->parent != ci->ctx) ? -2 : ci->ctx;
        if (ci->ctx < MAXE)
            setbit(E->starters, ci->ctx);
        else
            E->starters_lost = 1;
        /* What its starter had surely acquired, the new thread comes after. */
        if (!E->inh_init)
            E->inh_acq = cur->acq;
        else
            ls_meet(&E->inh_acq, &cur->acq);
        E->inh_init = 1;
    } else {
        E->main_created = 1;
        if (E->nonmain)
            E->parent = -2;
    }
    struct lockset held = {0};
    for (int l = 0; l < cur->ls.n; l++)
        if (cur->ls.l[l] & 1)
            held.l[held.n++] = cur->ls.l[l];
    if (!E->prot_init) {
        E->prot = E->cl = held;
        E->prot_init = 1;
    } else {
        ls_meet(&E->prot, &held);
        ls_meet(&E->cl, &held);
    }
    /* An earlier instance that may still run may be past main's section by now (started
     * under another one): what main holds since this start does not order it. */
    if (bit(cur->live, e))
        ls_meet(&E->since, &held);
    else
        E->since = held;
    /* (and the threads a loop around it, in this function or a caller, joins one element per
     * pass: join(t[i]); spawn(...) starts this one while t[i + 1] still runs) */
    for (size_t b = 0; b < p->nentries && b < MAXE; b++)
        if (bit(p->pass_joined, (int)b)) {
            setbit(E->co, (int)b);
            setbit(p->entries[b].co, e);
        }
    for (size_t b = 0; b < p->nentries; b++)
        if (bit(cur->live, (int)b) && b < MAXE) {
            setbit(E->co, (int)b);
            setbit(p->entries[b].co, e);
        }
    uint64_t one[MAXE / 64] = {0};
    setbit(one, e);
    gf_started(cur, one);
    setbit(cur->live, e);
    setbit(cur->started, e);
    int handle = create_handle(p, ci, op);
    if (*op->f->u.create.handle && handle >= 0) {
        uint64_t *hb = weft__pg_handle_bits(p, handle, 1);
        if (hb)
            setbit(hb, e);
    }
}

static struct hstate *hstate(struct prog *p, int handle, int create)
{
    for (size_t i = 0; i < p->nhst; i++)
        if (p->hst[i].id == handle)
            return &p->hst[i];
    struct hstate *h = create ? WEFT__PUSH(p->hst, p->nhst, p->caphst) : NULL;
    if (h) {
        memset(h, 0, sizeof(*h));
        h->id = handle;
    } else if (create) {
        p->oom = 1;
    }
    return h;
}

/* A range bounded by a parameter's value (WEFT__HANDLE_PARAM + N): the caller's constant
 * in its place; 0 when the caller passed none (the range is not known). */
static int resolve_range(struct prog *p, const struct ci *ci, struct weft__hindex *ix)
{
    if (ix->kind != WEFT__HANDLE_RANGE || ix->hi < WEFT__HANDLE_PARAM || ix->hi >= WEFT__HANDLE_PARAM + 4)
        return 1;
    long c = weft__pg_arg_const(p, ci, (int)(ix->hi - WEFT__HANDLE_PARAM));
    if (c < 0 || c >= WEFT__HANDLE_SYM)
        return 0;
    ix->hi = c;
    return 1;
}

/* A create stores a thread in handle: a plain handle must be joined before it is reused; an
 * element may be created once. */
static void handle_created(struct prog *p, const struct ci *ci, const struct weft__create *c, int handle)
{
    struct hstate *h = handle >= 0 ? hstate(p, handle, 1) : NULL;
    if (!h)
        return;
    int in_loop = ci->loop > 0 || c->in_loop;
    struct weft__hindex ix = c->ix;
    if (!resolve_range(p, ci, &ix))
        ix.kind = WEFT__HANDLE_UNKNOWN; /* a bound the caller gave no constant for */
    /* Reused after a join of all it held (two rounds of threads in t[]): a new generation;
     * its joins end its own threads only (an earlier one not joined on some path runs on). */
    if ((ix.kind == WEFT__HANDLE_WHOLE && !h->pending) || (ix.kind == WEFT__HANDLE_RANGE && h->cset && h->done)) {
        h->cset = h->jset = h->jbroken = h->done = h->nr = h->rbad = 0;
        for (int w = 0; w < MAXE / 64; w++)
            h->old[w] |= h->gen[w], h->gen[w] = 0;
    }
    if (ix.kind == WEFT__HANDLE_WHOLE) {
        h->lost |= h->pending;
        h->pending = 1;
        if (in_loop)
            h->loopc = 1 + ci->loop;
    } else if (ix.kind == WEFT__HANDLE_RANGE) {
        if (h->cset && (ix.hi >= WEFT__HANDLE_SYM || h->chi >= WEFT__HANDLE_SYM)) {
            h->lost = 1; /* two creating loops, one bound by a local's value: no order known */
            return;
        }
        if (h->cset && ix.lo < h->chi && h->clo < ix.hi)
            h->lost = 1; /* an element created twice: the first thread's handle is gone */
        h->clo = h->cset && h->clo < ix.lo ? h->clo : ix.lo;
        h->chi = h->cset && h->chi > ix.hi ? h->chi : ix.hi;
        h->cset = 1;
    } else {
        h->cunk = 1;
    }
}

/* Whether this join surely joins every thread its handle holds (then they are no longer
 * running); else it may join some of them only (pthread_join(t[0]) of two, a loop that
 * stops short, a handle reused). unsure: on some paths only (2: in some passes of the loop
 * its index ranges over). */
static int handle_joined(struct prog *p, const struct ci *ci, const struct weft__join *j, int handle, int unsure)
{
    struct hstate *h = hstate(p, handle, 0);
    if (!h)
        return 1; /* it holds no thread we know */
    if (h->lost || h->cunk || j->ix.kind == WEFT__HANDLE_UNKNOWN)
        return 0;
    /* A join of part of the elements on some paths only (under an if): the ranges this state
     * adds up are every path's, so another path may not have joined these (if (c) join
     * t[0..2); join t[2..4): t[0] may run on) */
    if (unsure && j->ix.kind == WEFT__HANDLE_RANGE && h->cset &&
        (unsure == 2 || !(j->ix.lo <= h->clo && j->ix.hi >= h->chi))) {
        h->jbroken = 1;
        return 0;
    }
    if (j->ix.kind == WEFT__HANDLE_WHOLE) {
        if (h->cset || (h->loopc && 1 + ci->loop < h->loopc))
            return 0; /* created in a loop, joined outside it: only the last one */
        h->pending = 0;
        return 1;
    }
    if (h->pending)
        return 0;
    if (j->ix.hi >= WEFT__HANDLE_SYM || h->chi >= WEFT__HANDLE_SYM) {
        /* Bounds by a local's value compare only for equality: for (i = 0; i < n; i++) joins
         * what the same loop over n created, from the same start. */
        if (h->jset || j->ix.hi != h->chi || j->ix.lo > h->clo)
            h->jbroken = 1;
        h->jset = 1;
        h->jlo = j->ix.lo;
        h->jhi = j->ix.hi;
        h->done = h->cset && !h->jbroken;
        return h->done;
    }
    if (!h->jset) {
        h->jlo = j->ix.lo;
        h->jhi = j->ix.hi;
        h->jset = 1;
    } else if (j->ix.lo <= h->jhi && h->jlo <= j->ix.hi) {
        h->jlo = h->jlo < j->ix.lo ? h->jlo : j->ix.lo;
        h->jhi = h->jhi > j->ix.hi ? h->jhi : j->ix.hi;
    } else {
        h->jbroken = 1;
    }
    h->done = h->cset && !h->jbroken && h->jlo <= h->clo && h->jhi >= h->chi;
    return h->done;
}

/* Entry e created into elements of handle h by create c (its only target): the range, when
 * its bounds are constants. */
static void note_range(struct prog *p, const struct ci *ci, struct hstate *h, const struct weft__create *c, int e, int nt)
{
    struct weft__hindex ix = c->ix;
    if (nt != 1 || !resolve_range(p, ci, &ix) || ix.kind != WEFT__HANDLE_RANGE || ix.hi >= WEFT__HANDLE_SYM ||
        ix.lo >= ix.hi || h->nr == 4) {
        h->rbad = 1;
        return;
    }
    h->re[h->nr] = e, h->rlo[h->nr] = ix.lo, h->rhi[h->nr] = ix.hi;
    h->nr++;
}

/* The entries every element of whose threads in h this round a join of elements [jlo, jhi)
 * (all the joins of the round, with no gap) has ended, when not all of h's are: t[0..3) of
 * workers joined, t[3] a thread left running. */
static void ranges_joined(const struct hstate *h, uint64_t out[MAXE / 64])
{
    memset(out, 0, MAXE / 64 * sizeof(out[0]));
    if (!h || h->rbad || h->lost || h->cunk || h->pending || !h->jset || h->jbroken || h->jhi >= WEFT__HANDLE_SYM)
        return;
    for (int i = 0; i < h->nr; i++) {
        int all = 1;
        for (int j = 0; j < h->nr; j++)
            if (h->re[j] == h->re[i] && !(h->jlo <= h->rlo[j] && h->rhi[j] <= h->jhi))
                all = 0;
        if (all && h->re[i] < MAXE)
            setbit(out, h->re[i]);
    }
}

/* A join of the element of this pass (t[i]) in the innermost loop around it: that loop's
 * frame, which keeps what this pass joined, and the handle and elements its joins name when
 * every path makes them (-2 otherwise: frame.rjh); -1 outside loops. */
static int pass_join(struct icx *x, const struct weft__join *jn, int hid, int branch)
{
    int lf = -1;
    for (int f = x->sp - 1; f >= 0 && lf < 0; f--)
        lf = x->stack[f].kind == WEFT__OP_LOOP ? f : -1;
    if (lf < 0 || jn->ix.kind != WEFT__HANDLE_RANGE)
        return lf;
    struct frame *F = &x->stack[lf];
    if (branch || x->ci.ctx >= 0) /* (on some paths only: no order to build on) */
        F->rjh = -2;
    else if (F->rjh == -1)
        F->rjh = hid, F->rjlo = jn->ix.lo, F->rjhi = jn->ix.hi;
    else if (F->rjh != hid || F->rjlo != jn->ix.lo || F->rjhi != jn->ix.hi)
        F->rjh = -2;
    return lf;
}

/* Entry E started into the elements of handle by create fc: after the join of the same
 * elements of that handle in this pass of a loop around it, E comes after what those joins
 * ended, element by element (entry succ). */
static void note_successor(struct icx *x, struct entry *E, int handle, const struct weft__create *fc)
{
    if (fc->ix.kind != WEFT__HANDLE_RANGE)
        return;
    for (int f = 0; f < x->sp; f++) {
        const struct frame *F = &x->stack[f];
        if (F->kind != WEFT__OP_LOOP || F->rjh != handle || F->rjlo != fc->ix.lo || F->rjhi != fc->ix.hi)
            continue;
        for (int w = 0; w < MAXE / 64; w++)
            E->succ[w] |= F->rjoined[w];
    }
}

/* Main surely started entry e here (every run of main passes this create once): the
 * threads surely running now run alongside it, and it surely runs from now on. */
static void sure_start(struct prog *p, struct st *cur, int e, long n)
{
    if (e >= MAXE)
        return;
    struct entry *E = &p->entries[e];
    E->surely += (int)(n < 1000 ? n : 1000);
    if (n >= 2)
        E->pending_self = 1; /* two of its instances run at once, unless the loop joins them (on_endloop) */
    /* (not one main may have waited for since it started: what it did before main's acquire
     * may come before e's start) */
    for (size_t b = 0; b < p->nentries && b < MAXE; b++)
        if (bit(cur->mlive, (int)b) && bit(cur->mclean, (int)b)) {
            setbit(E->mco, (int)b);
            setbit(p->entries[b].mco, e);
        }
    setbit(cur->mlive, e);
    setbit(cur->mclean, e);
    cur->mread = 0;
}

/* A start of entry E by create fc: the instances a sure counting loop of main started, each
 * handed its handle's index k (t[k], (void *)k: the create's values are its range's), run
 * until a join may end them; any other start of E (h NULL: not sure, not such a loop) and
 * which instance is which is not known. */
static void note_instances(struct entry *E, const struct weft__create *fc, const struct hstate *h)
{
    int aligned = h && fc->in_loop && fc->ix.kind == WEFT__HANDLE_RANGE && fc->ix.lo < fc->ix.hi &&
                  fc->ix.hi < WEFT__HANDLE_SYM && fc->distinct == 1 && fc->vstride == 1 && fc->vlo == fc->ix.lo &&
                  fc->vhi == fc->ix.hi - 1 && !h->lost && !h->cunk && h->cset && h->clo <= fc->ix.lo &&
                  h->chi >= fc->ix.hi; /* (other elements may hold other threads: created twice, lost) */
    /* (whatever each instance is handed: the handles of the range hold one each) */
    int counted = h && fc->in_loop && fc->ix.kind == WEFT__HANDLE_RANGE && fc->ix.lo < fc->ix.hi &&
                  fc->ix.hi < WEFT__HANDLE_SYM && !h->lost && !h->cunk && h->cset && h->clo <= fc->ix.lo &&
                  h->chi >= fc->ix.hi;
    E->rstarts++;
    E->rok = E->rall = (char)(aligned && E->rstarts == 1);
    if (E->rok)
        E->rlo = E->rlo0 = fc->ix.lo, E->rhi = E->rhi0 = fc->ix.hi;
    E->sok = (char)(counted && E->rstarts == 1);
    if (E->sok)
        E->slo = E->slo0 = fc->ix.lo, E->shi = E->shi0 = fc->ix.hi;
}

/* Main joined some of what handle h holds, entry E the only one, not all: the instances of E
 * not joined yet on any path, when they are one range at an end of those created
 * (monotone: a later join only narrows it). 1 with E's range narrowed, 0 none known. */
static int range_left(const struct hstate *h, long lo0, long hi0, long *lo, long *hi)
{
    if (!h || h->lost || h->cunk || h->pending || !h->cset || !h->jset || h->jbroken || h->chi >= WEFT__HANDLE_SYM ||
        h->jhi >= WEFT__HANDLE_SYM || h->clo != lo0 || h->chi != hi0)
        return 0;
    long l = *lo, u = *hi;
    if (h->jlo <= l)
        l = h->jhi > l ? h->jhi : l;
    else if (h->jhi >= u)
        u = h->jlo < u ? h->jlo : u;
    else
        return 0; /* a hole in the middle: two ranges left */
    if (l >= u)
        return 0;
    *lo = l, *hi = u;
    return 1;
}

static int instances_left(struct entry *E, const struct hstate *h)
{
    return E->rok && range_left(h, E->rlo0, E->rhi0, &E->rlo, &E->rhi);
}

/* As instances_left, for the instances a sure counting loop of main started whatever it
 * handed them (E->sok): some of them surely run on. */
static int some_left(struct entry *E, const struct hstate *h)
{
    return E->sok && range_left(h, E->slo0, E->shi0, &E->slo, &E->shi);
}

/* Slot id is filled only from the creator's parameter K (want: "p:CREATOR#"), directly or
 * through slots filled only so ("esc:" copies only say its type): K, else -1. */
static int fed_by_param(struct prog *p, int id, const char *want, int n, int depth)
{
    int param = -1;
    for (size_t b = 0; b < p->nbinds; b++) {
        const struct pbind *pb = &p->binds[b];
        if (pb->slot != id || (pb->f->kind != WEFT__FACT_FN && pb->f->kind != WEFT__FACT_COPY))
            continue;
        const char *t = pb->f->target;
        int k = -1;
        if (pb->f->kind == WEFT__FACT_FN)
            return -1;
        if (!strncmp(t, "esc:", 4) || !strncmp(t, "esc-ret:", 8))
            continue;
        if (!strncmp(t, want, (size_t)n) && t[n] >= '0' && t[n] <= '3' && !t[n + 1])
            k = t[n] - '0';
        else if (depth < 3) {
            int from = weft__strtab_find(&p->S, t);
            k = from >= 0 && from != id ? fed_by_param(p, from, want, n, depth + 1) : -1;
        }
        if (k < 0 || (param >= 0 && param != k))
            return -1;
        param = k;
    }
    return param;
}

/*
 * A trampoline: entry function fn calls through a slot (a struct field: capsule->probe, or
 * a local copied from it) that only the starting function (creator) fills, from its own
 * parameter K (yarn's launch(probe, payload) hands ignition a fresh capsule {probe,
 * payload}, and ignition calls capsule->probe(capsule->payload)). The slot's id, K in *k;
 * -1 when fn is none.
 */
static int trampoline_slot(struct prog *p, int fn, int creator, int *k)
{
    if (creator < 0)
        return -1;
    char want[512];
    int n = snprintf(want, sizeof(want), "p:%s#", p->fns[creator].f->usr);
    if (n <= 0 || n >= (int)sizeof(want) - 2)
        return -1;
    const struct pfn *f = &p->fns[fn];
    int found = -1;
    for (size_t i = 0; i < f->f->nops; i++) {
        const struct pop *op = &f->ops[i];
        if (op->kind != WEFT__OP_ICALL || !*op->f->u.icall.slot || op->ia < 0)
            continue;
        int param = fed_by_param(p, op->ia, want, n, 0);
        if (param < 0)
            continue;
        if (found >= 0 && found != op->ia)
            return -1; /* two such calls: which runs the routine is not one */
        found = op->ia;
        *k = param;
    }
    return found;
}

void weft__pg_on_create(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    if (x->cur.dead)
        return;
    /* A run that starts threads is never memoized: its effects on the entries must repeat. */
    p->thread_ops++;
    int targets[64], nt = create_targets(p, op, &x->ci, targets);
    /* The argument: a global object, what a caller passed, or a null pointer. */
    int arg = op->args[0] < -1 ? x->ci.args[-(op->args[0] + 2)] : op->args[0];
    /* (what a global pointer holds, when it may hold another object at another create:
     * which one this thread got is not followed) */
    if (arg >= 0 && weft__pg_gptr_moves(p, weft__pg_str(p, arg)))
        arg = -1;
    /* The innermost if on a one-value local around this start, and its branch's value. */
    int ckey = -1, cval = 0;
    for (int f = x->sp - 1; f >= 0 && ckey < 0; f--)
        if (x->stack[f].kind == WEFT__OP_IF && x->stack[f].key >= 0)
            ckey = x->stack[f].key, cval = x->stack[f].val;
    /* Surely started: by main, on every path, a function known for sure; once per run, or
     * hi - lo times by the one counting loop for (i = lo; i < hi; i++) around it (its
     * handle t[i]: extraction gives the range only for such a loop). Started at all, so
     * many times at most (E->nmax). */
    const struct weft__create *fc = &op->f->u.create;
    long times = x->ci.loop == 0 && !fc->in_loop ? 1
                 : x->ci.loop == 1 && fc->in_loop && fc->ix.kind == WEFT__HANDLE_RANGE && fc->ix.hi < WEFT__HANDLE_SYM
                     ? fc->ix.hi - fc->ix.lo
                                                                                      : 0;
    int sure = x->ci.ctx < 0 && !x->cur.unsure && times > 0 && nt == 1;
    if (x->ci.ctx >= 0)
        weft__pg_synced(p, x->ci.ctx, &x->cur, WEFT__SYNC_THREADS);
    int handle = create_handle(p, &x->ci, op);
    if (*op->f->u.create.handle)
        handle_created(p, &x->ci, &op->f->u.create, handle);
    struct hstate *h = *op->f->u.create.handle && handle >= 0 ? hstate(p, handle, 0) : NULL;
    for (int j = 0; j < nt; j++) {
        /* A trampoline whose routine this call's caller named: a thread of that routine. */
        int k = -1, rslot = trampoline_slot(p, targets[j], x->ci.fn, &k), real = -1;
        if (rslot >= 0) {
            int sid = weft__pg_param_slot(p, p->fns[x->ci.fn].f->usr, k);
            real = sid >= 0 ? weft__pg_passed_fn(p, weft__pg_resolve(p, sid), x->ci.args[k], NULL) : -1;
        }
        int e = weft__pg_entry_get_real(p, targets[j], arg, ckey >= 0 ? ckey * 2 + cval : -1, real,
                                        real >= 0 ? rslot : -1);
        /* (which routine each capsule holds when the trampoline reads it is not proved: the
         * caller's parameter may be changed, the capsule rewritten or shared) */
        if (real >= 0)
            weft__pg_reason(p, "thread entry '%s' at %s:%u is a start trampoline: each thread is taken to run the routine "
                               "its start names, which is not proved",
                            p->fns[targets[j]].f->name, op->f->file, op->f->line);
        int running = e >= 0 && e < MAXE && bit(x->cur.live, e);
        if (e >= 0 && (running || x->ci.ctx >= 0 || x->ci.cbloop > 0 || x->lost))
            p->entries[e].overlap = 1; /* (x->lost: frames too deep to follow, their loop ends unseen) */
        start_entry(x, op, e, ckey, cval);
        /* (an attribute that may say detached, or a handle some code detaches) */
        int det = op->f->u.create.attr && p->detach_state;
        for (size_t d = 0; !det && handle >= 0 && d < p->ndetached_h; d++)
            det = p->detached_h[d] == handle;
        if (e >= 0 && det)
            p->entries[e].detached = 1;
        if (h && e >= 0 && e < MAXE) {
            /* (a thread of an earlier round still running on this path is the same entry: a
             * join of this round cannot tell them apart) */
            if (bit(h->old, e) && running)
                h->lost = 1;
            setbit(h->gen, e);
            note_range(p, &x->ci, h, fc, e, nt);
        }
        struct entry *E = &p->entries[e];
        E->nmax = times <= 0 || E->nmax < 0 ? -1 : E->nmax + times;
        if (sure)
            sure_start(p, &x->cur, e, times);
        if (e >= 0 && e < MAXE)
            note_instances(E, fc, sure && nt == 1 && x->ci.loop == 1 ? h : NULL);
        if (e >= 0 && e < MAXE && handle >= 0)
            note_successor(x, E, handle, fc);
    }
}

/* Main detaches a handle (pthread_detach(t)): the threads it holds now (its latest
 * generation) may be detached, and a later join of them waits for nothing. */
void weft__pg_on_detach(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    char buf[600];
    if (x->ci.ctx >= 0 || x->cur.dead || !op->f->u.call.nargs ||
        !weft__pg_detach_handle(op->f->u.call.arg[0].key, buf, sizeof(buf)))
        return; /* (others: link_detaches) */
    int hid = weft__pg_intern(p, buf);
    const uint64_t *hb = weft__pg_handle_bits(p, hid, 0);
    const struct hstate *hs = hb ? hstate(p, hid, 0) : NULL;
    for (size_t e = 0; hb && e < p->nentries && e < MAXE; e++)
        if (bit(hb, (int)e) && (!hs || bit(hs->gen, (int)e)))
            p->entries[e].detached = 1;
}

void weft__pg_on_join(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    struct st *cur = &x->cur;
    /* A join changes the state (the threads running, the handles main joined) and
     * main's joins record what was running: memoized with a log of those. */
    p->joins++;
    /* The handle: a parameter's (join(t) or join(*tp) in a wrapper) is the caller's argument's. */
    const char *hk = op->f->u.join.handle;
    int pn = weft__key_param(hk) >= 0 ? weft__key_param(hk) : weft__key_through_param(hk) >= 0 && !hk[4] ? hk[3] - '0' : -1;
    int hid = pn >= 0 ? x->ci.args[pn] : op->ia;
    if (pn >= 0 && hid >= 0 && !strncmp(weft__pg_str(p, hid), "q:", 2)) {
        /* &t (or an array t, as &t[0]) of the caller's local handle, passed to a callee that
         * keeps nothing of it */
        char buf[600];
        int n = snprintf(buf, sizeof(buf), "l:%s", weft__pg_str(p, hid) + 2);
        if (n > 5 && n < (int)sizeof(buf) && !strcmp(buf + n - 3, "[0]"))
            buf[n - 3] = '\0';
        hid = weft__pg_intern(p, buf);
    }
    /* A wrapper's join of a field of what its parameter points at (join(thread *t) {
     * pthread_join(t->id, 0); }): that field of the caller's argument's object, a named one
     * ("l:w", "o:w" for &w) or what a named pointer points at ("*g:w", a create wrapper's thread
     * object: "*g:w.id"); else not known. */
    int tp = weft__key_through_param(hk), objjoin = 0;
    if (pn < 0 && tp >= 0 && hk[4] == '.')
        hid = param_field_handle(p, &x->ci, hk, &objjoin);
    int known = *hk && hid >= 0;
    /* A thread that may be detached is not waited for: its join fails at once (POSIX leaves
     * it undefined) and orders nothing. */
    const uint64_t *hd = known ? weft__pg_handle_bits(p, hid, 0) : NULL;
    for (size_t e = 0; known && e < p->nentries && e < MAXE; e++)
        if (p->detach_unknown || (hd && bit(hd, (int)e) && p->entries[e].detached))
            known = 0;
    /* A wrapper's join of the element its caller passed, some element of an array ("t[*]")
     * which one not known (reap(&t[i - 1])), ends no particular thread: only a loop that hands
     * it a different element each pass (&t[i], dargs) is taken to join them in turn. */
    if (known && pn >= 0 && strstr(weft__pg_str(p, hid), "[*]") && !(x->ci.dargs >> pn & 1))
        known = 0;
    /* Joining main returns only once main ended (pthread_exit): after all of main.
     * What a thread has acquired is not in the memo's key: never memoized. */
    for (size_t k = 0; x->ci.ctx >= 0 && !cur->dead && k < p->nmain_tid; k++)
        if (p->main_tid[k] == hid && known) {
            ls_add(&cur->acq, p->main_end, 1);
            p->thread_ops++;
        }
    struct weft__join jn = op->f->u.join;
    if (!resolve_range(p, &x->ci, &jn.ix))
        jn.ix.kind = WEFT__HANDLE_UNKNOWN;
    /* (under any branch, a nondeterministic one too: the other path may not join these) */
    int branch = cur->unsure;
    for (int f = 0; f < x->sp && !branch; f++)
        branch = x->stack[f].kind != WEFT__OP_LOOP || !x->stack[f].runs;
    /* (a join of this pass's element t[i] under a branch inside the loop, if (i == 0) join:
     * some passes' only, whichever range the loop gives i) */
    for (int f = x->sp - 1; f >= 0 && x->stack[f].kind != WEFT__OP_LOOP; f--)
        if (jn.ix.kind == WEFT__HANDLE_RANGE && f > 0 && x->stack[f - 1].kind == WEFT__OP_LOOP)
            branch = 2;
    int all = !cur->dead && known && handle_joined(p, &x->ci, &jn, hid, branch);
    if (all)
        weft__pg_loop_join(x, op->ixv);
    if (x->ci.ctx < 0 && all)
        main_join(p, hid, cur);
    if (x->ci.ctx >= 0) {
        weft__pg_synced(p, x->ci.ctx, &x->cur, WEFT__SYNC_THREADS);
        p->thread_joins |= !cur->dead;
    }
    uint64_t *hb = known && !cur->dead ? weft__pg_handle_bits(p, hid, 0) : NULL;
    const struct hstate *hs = hb ? hstate(p, hid, 0) : NULL;
    /* A thread's join of a handle that holds one thread, which main alone starts once
     * (outside loops): what follows comes after all that thread did (mhp.c after_thread).
     * What a thread has acquired is not in the memo's key: never memoized. */
    if (x->ci.ctx >= 0 && all && hb) {
        int n = 0, one = -1;
        for (size_t e = 0; e < p->nentries && e < MAXE; e++)
            if (bit(hb, (int)e))
                n++, one = (int)e;
        const struct entry *J = one >= 0 ? &p->entries[one] : NULL;
        if (n == 1 && one != x->ci.ctx && J->creates == 1 && !J->in_loop && !J->multi && !J->nonmain &&
            !J->overlap && !J->detached && !p->main_called) {
            if (!p->entries[one].ended) {
                char buf[32];
                snprintf(buf, sizeof(buf), "<ended %d>", one);
                p->entries[one].ended = weft__pg_intern(p, buf) + 1;
            }
            ls_add(&cur->acq, p->entries[one].ended - 1, 1);
            p->thread_ops++;
        }
    }
    if (hb) {
        /* An entry another handle also holds (started twice: t1 and t2) runs on until that
         * handle is joined too (main: surely joined on this path). */
        uint64_t keep[MAXE / 64] = {0}, some[MAXE / 64];
        ranges_joined(all ? NULL : hs, some);
        int partial = 0;
        for (int w = 0; w < MAXE / 64; w++)
            partial |= some[w] != 0;
        for (size_t i = 0; (all || partial) && i < p->nhandles; i++) {
            if (p->handle_ids[i] == hid || (x->ci.ctx < 0 && ls_mode(&cur->mj, p->handle_ids[i]) >= 0))
                continue;
            for (int w = 0; w < MAXE / 64; w++)
                keep[w] |= p->handle_bits[i * (MAXE / 64) + w];
        }
        /* Main's join of a known range of some of one loop's instances (not by an index not
         * read, t[order[k]], which may be any): the others surely run on. */
        uint64_t gone[MAXE / 64];
        int n = 0, one = -1;
        for (size_t e = 0; e < p->nentries && e < MAXE; e++)
            if (bit(hb, (int)e))
                n++, one = (int)e;
        int left = x->ci.ctx < 0 && !all && n == 1 && jn.ix.kind == WEFT__HANDLE_RANGE &&
                           jn.ix.hi < WEFT__HANDLE_SYM &&
                           (instances_left(&p->entries[one], hs) | some_left(&p->entries[one], hs))
                       ? one
                       : -1;
        memcpy(gone, hb, sizeof(gone));
        if (left >= 0)
            gone[left / 64] &= ~(1ull << (left % 64));
        for (size_t e = 0; e < p->nentries && e < MAXE; e++)
            if (bit(gone, (int)e))
                p->entries[e].rok = p->entries[e].sok = 0;
        /* A join of a plain named handle (t, not t[i], *tp, p->th or a wrapper's parameter)
         * is the one that tells loop instances apart (one_at_a_time): one of another kind
         * may have joined another instance than the one it ends here. */
        /* (the name after the USR's last '#' or '@': a static's USR holds its file's name) */
        const char *tail = strrchr(hk, weft__key_is(hk, "l:") ? '#' : '@');
        int precise = pn < 0 && jn.ix.kind == WEFT__HANDLE_WHOLE && (weft__key_is(hk, "l:") || weft__key_is(hk, "g:")) &&
                      tail && !strpbrk(tail, "[*.~");
        /* (so is a create wrapper's thread object in a variable given nothing else) */
        precise |= objjoin && jn.ix.kind == WEFT__HANDLE_WHOLE;
        int lf = pass_join(x, &jn, hid, branch);
        for (int w = 0; w < MAXE / 64; w++) {
            uint64_t ended = all       ? hb[w] & ~keep[w] & (hs ? hs->gen[w] : ~0ull)
                             : partial ? hb[w] & some[w] & ~keep[w] & hs->gen[w]
                                       : 0;
            if (all || partial) /* (of its latest generation: hs->gen) */
                cur->live[w] &= ~ended;
            if (jn.ix.kind == WEFT__HANDLE_RANGE && lf >= 0 && ended) {
                x->stack[lf].rjoined[w] |= ended;
                p->pass_joined[w] |= ended;
            }
            cur->mlive[w] &= ~gone[w]; /* it may join any of them */
            for (int b = 0; !precise && b < 64; b++)
                if (ended >> b & 1 && (size_t)(w * 64 + b) < p->nentries)
                    p->entries[w * 64 + b].overlap = 1;
        }
    } else if (!cur->dead) {
        memset(cur->mlive, 0, sizeof(cur->mlive)); /* a handle we cannot follow: it may be any thread */
        for (size_t e = 0; e < p->nentries && e < MAXE; e++)
            p->entries[e].rok = p->entries[e].sok = 0;
    }
}
