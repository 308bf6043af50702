/* The interpreter's calls: arguments handed to callees, callbacks, once objects and barriers. */
#include "keys.h"
#include "models.h"
#include "program_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Records that lock id names a once object (pthread_once_t, once_flag). */
static void once_mark(struct prog *p, int id)
{
    weft__pg_int_set_add(p, &p->once, &p->nonce, &p->caponce, id);
}

static struct barrier *barrier_get(struct prog *p, int id)
{
    for (size_t i = 0; i < p->nbars; i++)
        if (p->bars[i].id == id)
            return &p->bars[i];
    struct barrier *b = WEFT__PUSH(p->bars, p->nbars, p->capbars);
    if (!b) {
        p->oom = 1;
        return NULL;
    }
    memset(b, 0, sizeof(*b));
    b->id = id;
    return b;
}

/* pthread_barrier_init records the count; pthread_barrier_wait counts a wait of this
 * thread, which has then surely (acq) and maybe (bmay) passed the barrier. */
static void barrier_op(struct prog *p, const struct pop *op, const struct ci *ci, struct st *cur)
{
    int id = op->args[0] < -1 ? ci->args[-(op->args[0] + 2)] : op->args[0];
    if (id < 0)
        return;
    struct barrier *b = barrier_get(p, id);
    if (!b)
        return;
    p->thread_ops++; /* never memoized: every wait must be counted */
    weft__pg_synced(p, ci->ctx, cur, WEFT__SYNC_BARRIER);
    if (weft__model_barrier(op->f->u.call.name) == WEFT__BARRIER_INIT) {
        long v = op->f->u.call.count;
        b->count = b->count == 0 && v > 0 ? v : -1;
        return;
    }
    int k = 0;
    while (k < b->nw && b->w[k].ctx != ci->ctx)
        k++;
    if (k == b->nw) {
        if (b->nw == 16) {
            b->overflow = 1;
            return;
        }
        b->w[b->nw++] = (struct bwait){ci->ctx, 0};
    }
    b->w[k].waits += ci->loop > 0 ? WAITS_MANY : 1;
    ls_add(&cur->acq, id, 1);
    if (cur->bmay.n == MAXL && ls_mode(&cur->bmay, id) < 0)
        p->cut = 1; /* more barriers than the set holds: which were waited on is lost */
    ls_add(&cur->bmay, id, 1);
}

/* Interprets callee called by op (NULL: a callback, given no arguments) from state s. */
#define MAX_PATH_NODES 4000000 /* beyond, a call keeps its caller's path (it is then shorter) */

/* The path node of a call of fn at site from the path parent, made once. */
int weft__pg_path_node(struct prog *p, int parent, int fn, const struct weft__op *site)
{
    if (p->npnodes * 2 >= p->phcap) {
        if (p->npnodes >= MAX_PATH_NODES)
            return parent;
        size_t cap = p->phcap ? p->phcap * 2 : 4096;
        int *h = calloc(cap, sizeof(*h));
        if (!h)
            return parent;
        for (size_t i = 0; i < p->npnodes; i++) {
            const struct pnode *n = &p->pnodes[i];
            size_t k = ((size_t)n->parent * 31 + (size_t)n->fn * 1000003u + (size_t)(uintptr_t)n->site) & (cap - 1);
            while (h[k])
                k = (k + 1) & (cap - 1);
            h[k] = (int)i + 1;
        }
        free(p->phash);
        p->phash = h;
        p->phcap = cap;
    }
    size_t k = ((size_t)parent * 31 + (size_t)fn * 1000003u + (size_t)(uintptr_t)site) & (p->phcap - 1);
    for (; p->phash[k]; k = (k + 1) & (p->phcap - 1)) {
        const struct pnode *n = &p->pnodes[p->phash[k] - 1];
        if (n->parent == parent && n->fn == fn && n->site == site)
            return p->phash[k];
    }
    struct pnode *n = WEFT__PUSH(p->pnodes, p->npnodes, p->cappnodes);
    if (!n)
        return parent;
    *n = (struct pnode){parent, fn, site};
    p->phash[k] = (int)p->npnodes;
    return (int)p->npnodes;
}

/* A call's run took the lock argument i points at (a lock wrapper: spin_lock(&p->m)): for
 * the caller, the lock of what p points at, as if it had taken &p->m itself (p a parameter
 * never assigned, or a local that keeps its one value: see weft__pg_on_lock); the caller's
 * own parameter passed on (lock(m) in a wrapper of a wrapper): taken through it. id: the
 * lock's id as the callee held it. */
static void took_through_arg(struct prog *p, struct st *s, const struct pop *op, int i, int id)
{
    int v = op->args[i];
    if (v < -1) {
        s->pacq |= 1 << -(v + 2);
        return;
    }
    if (id < 0 || ls_mode(&s->ls, id) <= 0)
        return;
    const char *lk = v >= 0 ? weft__pg_str(p, v) : "", *sb = op->f->u.call.arg[i].sbase;
    char buf[600];
    if (sb && *sb)
        snprintf(buf, sizeof(buf), "self:%s:%d", sb, id);
    else if (weft__key_through_param(lk) >= 0 && lk[4] == '.' && !strpbrk(lk + 4, "[~*"))
        snprintf(buf, sizeof(buf), "self:%s:%d", lk, id);
    else
        return;
    ls_add(&s->self, weft__pg_intern(p, buf), 1);
}

/* What the caller names the object argument i points at by in st.self: "*@pK" (its
 * parameter K passed on), "*@pK.m" (&p->m, p its parameter K), a local that keeps its one
 * value ("L" and 8 digits), or &p->m of one ("L...", ".m"); NULL none. */
static const char *arg_base(struct prog *p, const struct pop *op, int i, char *buf, size_t n)
{
    int v = op->args[i];
    /* (a call through a pointer: whether its arguments are converted on the way is not kept) */
    if (op->kind != WEFT__OP_CALL || i >= op->f->u.call.nargs ||
        (op->f->u.call.arg[i].sbase && !strcmp(op->f->u.call.arg[i].sbase, "!")))
        return NULL; /* (converted to another pointer type on the way) */
    if (v < -1) {
        snprintf(buf, n, "*@p%d", -(v + 2));
        return buf;
    }
    const char *k = v >= 0 ? weft__pg_str(p, v) : "";
    if (weft__key_through_param(k) >= 0 && k[4] == '.' && !strpbrk(k + 4, "[~*"))
        return k;
    const char *sb = op->kind == WEFT__OP_CALL && i < op->f->u.call.nargs ? op->f->u.call.arg[i].sbase : NULL;
    return sb && strlen(sb) >= 9 && sb[0] == 'L' ? sb : NULL;
}

/* The locks of objects a call's arguments point at, across the call (st.self): in (before
 * the run), the caller's entries for what it passes, renamed to the callee's parameters
 * (p->seed_in: a helper called with d->lock held holds its parameter's object's lock); out
 * (after it), the callee's entries at its end, renamed back (lock_dev(d) took d->lock),
 * while the lock stays held. */
static void seed_self(struct prog *p, struct st *s, const struct pop *op, int in)
{
    p->seed_in.n = 0;
    if (!op || (op->kind != WEFT__OP_CALL && op->kind != WEFT__OP_ICALL))
        return;
    struct lockset from = in ? s->self : p->seed_out, *to = in ? &p->seed_in : &s->self;
    for (int i = 0; i < 4; i++) {
        char bb[16], cb[16], buf[700];
        const char *base = arg_base(p, op, i, bb, sizeof(bb));
        if (!base)
            continue;
        snprintf(cb, sizeof(cb), "*@p%d", i);
        const char *want = in ? base : cb, *give = in ? cb : base;
        size_t bl = strlen(want);
        for (int j = 0; j < from.n; j++) {
            const char *k;
            int n, id = weft__pg_self_entry(p, from.l[j], &k, &n);
            if ((size_t)n <= bl || strncmp(k, want, bl) || k[bl] != '.' || ls_mode(&s->ls, id) < 0)
                continue;
            snprintf(buf, sizeof(buf), "self:%s%.*s:%d", give, n - (int)bl, k + bl, id);
            ls_add(to, weft__pg_intern(p, buf), from.l[j] & 1);
        }
    }
}

/* site: the call (op, or the call through a pointer or to a function given a callback). */
static void do_call(struct prog *p, int callee, struct st *s, const struct ci *ci, const struct pop *op,
                    const struct weft__op *site)
{
    struct ci c = *ci;
    c.depth++;
    c.rt = p->rt_req; /* (the caller's own test is its own: none unless asked, weft__pg_on_call) */
    c.rtcmp = p->rt_cmp;
    c.rtval = p->rt_val;
    p->rt_req = 0;
    c.path = weft__pg_path_node(p, ci->path, callee, site);
    c.dargs = 0;
    c.ret = op && op->kind == WEFT__OP_CALL && op->ic >= 0 ? op->ic + 1 : 0;
    int af = op && op->kind == WEFT__OP_CALL ? op->f->u.call.args_fixed : 0;
    /* (3: an argument read shared memory, or the caller's own such parameter passed on: an
     * exit on it is an assumption, a wait, as if (!ready) exit(1) is, no error path) */
    /* (not in an atomic section: there assume_abort_if_not(m == 0); m = 1; takes a lock) */
    int atomic = ci->atomic > 0 || (p->atomic_lock >= 0 && ls_mode(&s->ls, p->atomic_lock) >= 0);
    c.fixargs = (af == 3 || (af == 2 && ci->fixargs == 3)) && !atomic ? 3
                : af == 1 || (af == 2 && ((ci->ctx >= 0 && ci->depth == 0) || (ci->fixargs && ci->fixargs != 3)));
    for (int i = 0; op && op->kind == WEFT__OP_CALL && i < op->f->u.call.nargs && i < 4; i++)
        c.dargs |= op->f->u.call.arg[i].distinct << i;
    /* Lock arguments: the caller's own parameters stand for what its caller passed. */
    for (int i = 0; i < 4; i++) {
        int v = op ? op->args[i] : -1;
        c.args[i] = v < -1 ? ci->args[-(v + 2)] : v;
        /* A constant the caller was given, converted on the way to a narrower integer
         * ((unsigned char)(long)arg of 256): not that constant any more. */
        long cv = v < -1 && op->abits[i] && op->abits[i] < 63 ? weft__pg_arg_const(p, ci, -(v + 2)) : -1;
        if (cv >= 0 && cv >= 1L << op->abits[i])
            c.args[i] = -1;
        /* "*@pK": what the caller's parameter K points at (a local copy of it passed on). */
        int k = v >= 0 ? weft__key_through_param(weft__pg_str(p, v)) : -1;
        const char *sfx = k >= 0 ? weft__pg_str(p, v) + 4 : "";
        if (k >= 0 && !*sfx)
            c.args[i] = ci->args[k];
        /* "*@pK.f": that field of what the caller's parameter K points at (acquire(&a->lock)
         * in a thread given &acct: acct.lock) */
        /* (a named object, or the one fresh object every instance is handed: not one each) */
        const char *ak = k >= 0 && ci->args[k] >= 0 ? weft__pg_str(p, ci->args[k]) : "";
        int named = !strncmp(ak, "g:", 2) || (!strncmp(ak, "h:", 2) && !(ci->own >> k & 1));
        /* (an element of it by a constant, p->buf[0] for p->buf: not by the caller's own
         * parameter, "[@pN]", which names another frame's) */
        int id = named && sfx[0] == '.' && !strstr(sfx, "[@") ? weft__pg_param_key(p, weft__pg_str(p, v), ci, 1) : -1;
        if (id >= 0)
            c.args[i] = id;
    }
    /* A local of the caller's frame ("o:", &key), or what the caller's own such parameter
     * points at, passed on: a local of a frame this thread's call stack holds. */
    c.ownf = 0;
    for (int i = 0; i < 4; i++) {
        int v = op ? op->args[i] : -1;
        if ((v >= 0 && !strncmp(weft__pg_str(p, v), "o:", 2)) || (v < -1 && (ci->ownf >> -(v + 2) & 1)))
            c.ownf |= 1 << i;
    }
    /* An argument that is the caller's own-element parameter (passed on as it is, or as
     * "*@pK", what a local copy of it points at) is the callee's own element too. */
    c.own = 0;
    for (int i = 0; i < 4; i++) {
        int v = op ? op->args[i] : -1;
        int k = v < -1 ? -(v + 2) : v >= 0 && weft__pg_str(p, v)[0] == '*' ? weft__key_param(weft__pg_str(p, v) + 1) : -1;
        if (k >= 0 && (ci->own >> k & 1))
            c.own |= 1 << i;
    }
    /* Ownership and region guards of what the arguments point at, the caller's own
     * parameters standing for what its caller passed. */
    c.owned = 0;
    const struct opreg *rg = op && op->reg >= 0 ? &p->regs[op->reg] : NULL;
    for (int i = 0; i < 4; i++) {
        int co = rg ? rg->co[i] : 0, g = rg ? rg->cg[i] : 0;
        if (co == 1 || (co >= 2 && (ci->owned >> (co - 2) & 1)))
            c.owned |= 1 << i;
        c.guard[i] = g < 0 ? ci->guard[-g - 1] : g;
        c.gstar[i] = g < 0 ? ci->gstar[-g - 1] : rg ? rg->cs[i] : -1;
    }
    /* The callee's branches are its own: after it returns, the caller is as sure as before. */
    char unsure = s->unsure;
    int pacq = s->pacq;
    s->pacq = 0;
    seed_self(p, s, op, 1);
    weft__pg_interp(p, callee, s, &c);
    seed_self(p, s, op, 0);
    s->unsure = unsure || s->maybe_exit; /* (but for an exit on the callee's inputs: maybe_exit) */
    int took = s->pacq;
    s->pacq = pacq;
    for (int i = 0; took && op && op->kind == WEFT__OP_CALL && i < op->f->u.call.nargs && i < 4; i++)
        if (took >> i & 1)
            took_through_arg(p, s, op, i, c.args[i]);
}


/* A call of a lock wrapper u (acquire or release): the lock its first argument names. */
static void call_user_lock(struct icx *x, const struct pop *op, const char *u, int acquire)
{
    const char *k = op->f->u.call.nargs ? op->f->u.call.arg[0].key : "";
    char cs[256];
    if (!*k || !strcmp(k, "*")) {
        /* An argument-less pair guards one critical section named after it. */
        snprintf(cs, sizeof(cs), "cs:%s", u);
        k = cs;
    }
    int builtin;
    /* SV-COMP's begin/end section excludes every other atomic section, __VERIFIER_atomic_
     * functions' too: one lock. */
    int id = weft__model_builtin_lock(u, &builtin) ? x->p->atomic_lock
                                                    : weft__pg_lock_id(x->p, k, &x->ci, k == cs ? u : NULL);
    if (acquire) {
        ls_add(&x->cur.ls, id, 1);
        weft__pg_note_lock(x->p, weft__pg_info(x->p, x->ci.ctx), id);
    }
    else
        ls_del(&x->cur.ls, id);
}

int weft__pg_passed_fn(struct prog *p, const struct slotres *r, int key, const char *site)
{
    return weft__pg_passed_fn_named(p, r, key >= 0 ? weft__pg_str(p, key) : NULL, site);
}

int weft__pg_passed_fn_named(struct prog *p, const struct slotres *r, const char *k, const char *site)
{
    if (!r || !k || k[0] != '*')
        return -1;
    k += 1 + (k[1] == '&');
    for (const char *c = k; *c; c++)
        if (!(*c == '_' || (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
            return -1;
    int one = -1, here = -1, nhere = 0, many = 0;
    for (size_t j = 0; *k && j < r->n; j++)
        if (!strcmp(p->fns[r->fns[j]].f->name, k)) {
            many |= one >= 0;
            one = r->fns[j];
            if (site && !strcmp(p->fns[r->fns[j]].f->file, site))
                here = r->fns[j], nhere++;
        }
    /* Two functions of that name (static ones of two files, pixz's tar_read in read.c and
     * write.c): the one defined in the file that names it, if one is. */
    return !many ? one : nhere == 1 ? here : -1;
}

/* The state a callback that runs later (at the thread's exit, or at any time: a signal
 * handler) starts from: past every flag store and semaphore post of its thread (prog.flags,
 * fst), and holding none of the locks its caller holds now. */
static void run_later(const struct prog *p, struct st *s)
{
    for (int k = 0; k < p->nflags; k++)
        ls_add(&s->fst, p->flags[k].id, 1);
    s->ls.n = s->star.n = 0;
}

void weft__pg_call_back(struct icx *x, int fn, const struct weft__op *site, int once, int later)
{
    struct st *cur = &x->cur;
    struct st t = *cur;
    struct lockset fst = cur->fst, held = cur->ls, star = cur->star;
    t.unsure = 1; /* whether and when it is called back is not known */
    if (later)
        run_later(x->p, &t);
    if (once >= 0)
        ls_add(&t.ls, once, 1);
    /* ... nor how often (bsearch compares twice): as in a loop, for its waits and starts */
    struct ci cb = x->ci;
    cb.loop += once < 0;
    cb.cbloop += once < 0;
    do_call(x->p, fn, &t, &cb, NULL, site);
    /* After the call: as if it called it back or not. Threads it started run on, flags
     * it stored stay stored, barriers it waited may have been waited; a lock it took
     * or released, a join it made, is on some paths only; and if it may end the thread
     * (exit), what follows is not reached on every run. */
    int unsure = cur->unsure || t.dead;
    if (once >= 0)
        ls_del(&t.ls, once);
    if (t.dead)
        t.dead = 0;
    st_merge(cur, &t);
    cur->unsure = (char)unsure;
    /* At the thread's exit, it comes after all the caller does next: the caller's own
     * accesses keep their place among its stores. */
    if (later == WEFT__RUNS_AT_EXIT)
        cur->fst = fst;
    if (later)
        cur->ls = held, cur->star = star; /* (it does not run now: the caller's locks are as they were) */
}

/* A call of a function without a body: the functions handed to it may be called by it. */
static void call_callbacks(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    struct st *cur = &x->cur;
    for (int k = 0; k < 6 && !cur->dead; k++) {
        if (op->pslot[k] < 0)
            continue;
        struct slotres *r = weft__pg_resolve(p, op->pslot[k]);
        size_t nt = r ? r->n : 0;
        /* The function this call hands it (pthread_once(&o, init)), when named: that one. */
        int a = k < 4 ? (op->args[k] < -1 ? x->ci.args[-(op->args[k] + 2)] : op->args[k]) : -1;
        /* (a name this call spells itself is its file's; one passed down from a caller, which
         * file named it is not kept) */
        int one = weft__pg_passed_fn(p, r, a, k < 4 && op->args[k] >= 0 ? op->f->file : NULL);
        /* pthread_once/call_once run their callback under the once object, as under a lock. */
        int once = weft__model_once(op->f->u.call.name) && op->args[0] >= 0;
        /* ... one once object: a named global (a local flag is a new one per call) */
        const char *ok = once ? weft__pg_str(p, op->args[0]) : "";
        once = once && !strncmp(ok, "g:", 2) && !strpbrk(ok, "[*~");
        for (size_t j = 0; j < nt; j++)
            if (one < 0 || p->slots[op->pslot[k]].fns[j] == one)
                weft__pg_call_back(x, p->slots[op->pslot[k]].fns[j], op->f, once ? op->args[0] : -1,
                                   weft__model_runs_later(op->f->u.call.name));
        /* Whichever thread ran the callback, it has finished when pthread_once returns:
         * what follows comes after every access the callback made. */
        if (once) {
            ls_add(&cur->acq, op->args[0], 1);
            once_mark(p, op->args[0]);
        }
    }
}

void weft__pg_on_call(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    struct st *cur = &x->cur;
    const struct weft__call *fc = &op->f->u.call;
    if (x->ci.ctx >= 0 && !cur->dead && (op->cflags & WEFT__CALL_EXIT) && weft__pg_fn_lookup(p, op->ia) < 0)
        p->thread_exit = 1; /* (the destructors then run in that thread: program.c) */
    if (!*fc->usr && (op->cflags & WEFT__CALL_BARRIER)) {
        if (!cur->dead)
            barrier_op(p, op, &x->ci, cur);
        return;
    }
    if (!strcmp(fc->name, "pthread_detach") || !strcmp(fc->name, "thrd_detach"))
        weft__pg_on_detach(x, op);
    const char *u = op->ulock; /* (weft__pg_user_lock, at prepare) */
    p->last_call_defined = u != NULL; /* a lock wrapper does not write its argument */
    if (u) {
        call_user_lock(x, op, u, op->uacq);
        return;
    }
    int callee = weft__pg_fn_lookup(p, op->ia);
    p->last_call_defined = callee >= 0;
    if (callee < 0 && (op->cflags & WEFT__CALL_LONGJMP)) {
        weft__pg_synced(p, x->ci.ctx, cur, WEFT__SYNC_JUMP);
        if (!cur->dead)
            weft__pg_jmp_record(p, op, &x->ci, cur);
        if (!cur->dead)
            x->jumped = 1;
        cur->dead = 1;
        return;
    }
    if (callee >= 0 && !cur->dead) {
        weft__pg_cf_forget_st(&x->corr, -1, &x->cur); /* it may take or release locks */
        /* if (probe(&d) == 0) right after (past the accesses it makes through its arguments):
         * the run keeps its returns apart by that test */
        long at = weft__pg_result_if(x, fc->usr);
        p->rt_req = at >= 0;
        p->rt_cmp = at >= 0 ? x->pf->ops[at].f->u.cond.rcmp : 0;
        p->rt_val = at >= 0 ? x->pf->ops[at].f->u.cond.rval : 0;
        p->rs_ok = 0;
        do_call(p, callee, cur, &x->ci, op, op->f);
        if (p->rs_ok && !cur->dead) {
            x->rs_pc = at;
            x->rs_then = p->rs_then;
            x->rs_else = p->rs_else;
        }
        p->rs_ok = 0;
        if (cur->dead == 2) /* it never returns */
            weft__pg_halted(x);
        /* The callee's own calls set it too: what follows this call (its &x arguments) is
         * about this callee, which has a body. */
        p->last_call_defined = 1;
    }
    /* what localtime, ctime... returned, a pointer into their static buffer, kept past the call:
     * reads through it (after a later call by another thread rewrote it) are not followed */
    if (callee < 0 && !cur->dead && op->f->u.call.state_kept)
        weft__pg_reason(p, "what '%s' returned at %s:%u, its static buffer, is kept past the call: reads through it "
                           "are not followed",
                        fc->name, op->f->file, op->f->line);
    /* readv(fd, iov, n), recvmsg(fd, &msg, 0): the library writes through the pointers an
     * iovec holds, which the analysis does not follow: no proof past them */
    if (callee < 0 && !cur->dead && (op->cflags & WEFT__CALL_IOVEC))
        weft__pg_reason(p, "'%s' at %s:%u writes through the pointers of its iovecs, which are not followed",
                        fc->name, op->f->file, op->f->line);
    /* An event library's call: its callbacks run where a loop runs, not here (interp_events.c). */
    if (callee < 0 && weft__pg_on_event_call(x, op))
        return;
    if (callee < 0 && fc->passes_fn && !weft__model_calls_back_in_caller(fc->name))
        weft__pg_reason(p, "functions handed to '%s' at %s:%u, which is not analyzed, may run in other threads",
                        fc->name, op->f->file, op->f->line);
    if (callee < 0)
        call_callbacks(x, op);
}

/* A call through a function pointer: every function it may hold, their states met. */
void weft__pg_on_icall(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    if (x->cur.dead)
        return;
    struct slotres *r = *op->f->u.icall.slot ? weft__pg_resolve(p, op->ia) : NULL;
    /* (an allocator hook that holds only library allocators: fresh memory, nothing else) */
    for (size_t i = 0; (!r || !r->n) && i < p->nalloc_hooks; i++)
        if (p->alloc_hooks[i] == op->ia)
            return;
    if (!r || !r->n) {
        weft__pg_reason(p, "call through '%s' at %s:%u: target not resolved", op->f->u.icall.text, op->f->file,
                        op->f->line);
        weft__pg_synced(p, x->ci.ctx, &x->cur, WEFT__SYNC_IMPRECISE);
        return;
    }
    struct st out = {.dead = 1};
    size_t n = r->n;
    /* glibc's pthread_cleanup_push calls its routine through the local __cancel_routine when
     * the thread unwinds (pthread_exit, a cancel): at its exit, after all it does next.
     * (pthread_cleanup_pop(1) calls it there and then.) */
    const char *slot = op->f->u.icall.slot, *hash = strrchr(slot, '#');
    int at_exit = hash && !strcmp(hash, "#__cancel_routine") && !strncmp(op->f->u.icall.text, "pthread_cleanup_push", 20);
    struct lockset fst = x->cur.fst, held = x->cur.ls, star = x->cur.star;
    if (at_exit)
        run_later(p, &x->cur);
    /* A trampoline's call of its thread's routine: that one (interp_threads.c). */
    const struct entry *E = x->ci.ctx >= 0 ? &p->entries[x->ci.ctx] : NULL;
    int real = E && E->real >= 0 && E->rslot == op->ia ? E->real : -1;
    if (real >= 0) {
        n = 1;
        weft__pg_unmodeled(x, "a start trampoline, taken to call the routine its start names");
    }
    weft__pg_cf_forget_st(&x->corr, -1, &x->cur);
    /* (a global function pointer: the functions stored in it, each given the arguments) */
    int named = !strncmp(weft__pg_str(p, op->ia), "g:", 2), some_end = 0;
    for (size_t j = 0; j < n; j++) {
        struct st t = x->cur;
        t.unsure |= n > 1; /* which one it calls is not known */
        /* Its arguments when it calls one known function; a call matched to many by the
         * pointer's type (any object's field) passes what it does not know. */
        do_call(p, real >= 0 ? real : p->slots[op->ia].fns[j], &t, &x->ci, n == 1 || named ? op : NULL, op->f);
        some_end |= t.dead != 0;
        st_merge(&out, &t);
    }
    /* One of them never returns (leave = leave_if before the thread calls leave(1)): which
     * one the pointer holds then is not followed, so what follows may never run. */
    if (n > 1 && some_end && !out.dead)
        out.maybe_exit = 1;
    if (at_exit) {
        x->cur.fst = fst, out.fst = fst;
        x->cur.ls = out.ls = held, x->cur.star = out.star = star;
    }
    if (!out.dead) {
        out.unsure = x->cur.unsure || out.maybe_exit; /* (as do_call's: an exit on its inputs) */
        x->cur = out;
    } else {
        x->cur.dead = 2; /* no function it may call returns */
        weft__pg_halted(x);
        x->cur.mexit = x->ci.ctx < 0 && x->cur.mread;
    }
}

/* A synchronization the pass does not model (semaphores, condition variables, fences):
 * it is noted for the thread, whose races are then only possible. */
void weft__pg_on_sync(struct icx *x, const struct pop *op)
{
    if (x->cur.dead)
        return;
    weft__pg_unmodeled(x, weft__model_unmodeled_sync(op->f->u.sync));
    if (!strcmp(op->f->u.sync, "asm?"))
        weft__pg_reason(x->p, "inline assembly at %s%s:%u: its template is not read whole (a macro's piece or argument, "
                              "or too long), so the globals it names are not known",
                        op->f->file, "", op->f->line);
}
