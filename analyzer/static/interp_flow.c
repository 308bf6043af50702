/* The interpreter's control flow: ifs, loops, switches and returns, and the facts correlated ifs share. */
#include "program_internal.h"

#include <limits.h>
#include <string.h>

/* The innermost switch among the open frames, or -1. */
static int switch_frame(const struct frame *stack, int sp)
{
    int f = sp - 1;
    while (f >= 0 && stack[f].kind != WEFT__OP_SWITCH)
        f--;
    return f;
}

int weft__pg_cf_forget(struct corr *c, int lock)
{
    int n = 0;
    for (int i = 0; i < c->nf;)
        if (lock < 0 || (int)(c->f[i].l >> 1) == lock)
            c->f[i] = c->f[--c->nf], n++;
        else
            i++;
    return n;
}

void weft__pg_cf_forget_st(struct corr *c, int lock, struct st *s)
{
    if (weft__pg_cf_forget(c, lock) && s->ldk1) /* (what explained a drop is gone) */
        s->lockdrop = 1, s->ldk1 = 0;
}

/* Entering an if on key: each branch drops the threads started only under the other
 * value, and takes the locks held under its own value. */
static void cond_split(struct prog *p, const struct corr *c, int key, int val, struct st *then, struct st *els)
{
    for (size_t e = 0; e < p->nentries && e < MAXE; e++) {
        const struct entry *E = &p->entries[e];
        if (!bit(c->mine, (int)e) || bit(c->in_live, (int)e) || E->ckey != key)
            continue;
        uint64_t m = ~(1ULL << (e % 64));
        if (E->cval == val)
            els->live[e / 64] &= m;
        else
            then->live[e / 64] &= m;
    }
    for (int i = 0; i < c->nf; i++)
        if (c->f[i].key == key)
            ls_add(c->f[i].val == val ? &then->ls : &els->ls, (int)(c->f[i].l >> 1), c->f[i].l & 1);
    /* (each branch holds what key's value says: a drop that value explains is undone) */
    if (then->ldk1 == key + 1)
        then->ldk1 = 0;
    if (els->ldk1 == key + 1)
        els->ldk1 = 0;
}

/* Leaving a top-level if on key: a lock held in one branch only is held under that value.
 * 1 when every such lock was noted. */
static int cond_learn(struct corr *c, int key, int val, const struct st *then, const struct st *els)
{
    if (then->dead || els->dead)
        return 0;
    int all = 1;
    for (int side = 0; side < 2; side++) {
        const struct lockset *a = side ? &els->ls : &then->ls, *b = side ? &then->ls : &els->ls;
        for (int i = 0; i < a->n; i++) {
            struct lockset one = {1, {a->l[i]}};
            if (ls_subset(&one, b))
                continue;
            if (c->nf == MAXF) {
                all = 0;
                break;
            }
            weft__pg_cf_forget(c, (int)(a->l[i] >> 1));
            c->f[c->nf++] = (struct cfact){a->l[i], key, (char)(side ? !val : val)};
        }
    }
    return all;
}


static int cont_slot(const struct icx *x, int f);

/* s's threads as r has them: started, running, surely running and joined. */
static void threads_of(struct st *s, const struct st *r)
{
    memcpy(s->live, r->live, sizeof(s->live));
    memcpy(s->started, r->started, sizeof(s->started));
    memcpy(s->mlive, r->mlive, sizeof(s->mlive));
    memcpy(s->mclean, r->mclean, sizeof(s->mclean));
    s->mj = r->mj;
}

/* A branch on what a call returned starts from the caller's state after the call (s), with
 * the threads of the callee's returns that take it (r); none of them: it is not taken. */
static void rs_take(struct st *s, const struct st *r)
{
    if (r->dead)
        s->dead = 1;
    else
        threads_of(s, r);
}

long weft__pg_result_if(const struct icx *x, const char *key)
{
    size_t at = x->pc + 1;
    while (at < x->pf->f->nops && x->pf->ops[at].kind == WEFT__OP_ACCESS)
        at++;
    const struct pop *nx = at < x->pf->f->nops ? &x->pf->ops[at] : NULL;
    return nx && nx->kind == WEFT__OP_IF && !strcmp(nx->f->u.cond.rkey, key) ? (long)at : -1;
}

void weft__pg_create_split(struct icx *x, const struct st *before, long at)
{
    const struct weft__cond *c = &x->pf->ops[at].f->u.cond;
    struct st fail = x->cur;
    threads_of(&fail, before);
    /* (but what surely runs: a failed start is an error path, as a failed lock's; a race
     * is sure on the runs where the start succeeds) */
    memcpy(fail.mlive, x->cur.mlive, sizeof(fail.mlive));
    memcpy(fail.mclean, x->cur.mclean, sizeof(fail.mclean));
    int ok = weft__pg_cmp_range(c->rcmp, c->rval, 0, 0), bad = weft__pg_cmp_range(c->rcmp, c->rval, 1, INT_MAX);
    x->rs_then.dead = x->rs_else.dead = 1;
    if (ok != 0)
        st_merge(&x->rs_then, &x->cur);
    if (ok != 1)
        st_merge(&x->rs_else, &x->cur);
    if (bad != 0)
        st_merge(&x->rs_then, &fail);
    if (bad != 1)
        st_merge(&x->rs_else, &fail);
    x->rs_pc = at;
}

/* if, loop or switch: a frame opens, with the state before it (pre). */
/* The region number of the loop at op pc of function fn: one per loop, whichever run of
 * the function enters it (a run per entry left every call in the body unable to reuse any
 * run made before: memcached's command loop took 2.5 times as long). Its calls still reuse
 * no run made outside it; a run made in an earlier entry of the same loop was copied at that
 * entry's end with the threads that loop started, the same entries. */
static int loop_region(struct prog *p, int fn, size_t pc)
{
    uint64_t k = (uint64_t)(uint32_t)fn << 32 | (uint32_t)pc;
    size_t i = 0;
    while (i < p->nrgn_loop && p->rgn_loop[i] != k)
        i++;
    if (i == p->nrgn_loop) {
        uint64_t *slot = WEFT__PUSH(p->rgn_loop, p->nrgn_loop, p->caprgn_loop);
        if (!slot) {
            p->oom = 1;
            return ++p->nrgn;
        }
        *slot = k;
    }
    return -2 - (int)i; /* (negative: apart from the labels' numbers) */
}

/* A loop pass ends: the threads its per-element joins ended are no longer running beside
 * later instances of theirs for starts made from now on (prog.pass_joined). */
static void pass_ends(struct prog *p, struct frame *fr)
{
    for (int w = 0; w < MAXE / 64; w++)
        p->pass_joined[w] &= ~fr->rjoined[w];
    memset(fr->rjoined, 0, sizeof(fr->rjoined));
}

void weft__pg_on_open(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    struct frame *stack = x->stack;
    int sp = x->sp;
    if (sp == 64) {
        x->lost++;
        return;
    }
    const struct weft__op *f = op->f;
    const struct weft__cond *cond = f->kind == WEFT__OP_IF ? &f->u.cond : NULL;
    stack[sp].kind = f->kind;
    stack[sp].opc = (int)x->pc;
    stack[sp].runs = f->kind == WEFT__OP_LOOP && (f->u.loop_runs & 3);
    stack[sp].counted = (char)(f->kind == WEFT__OP_LOOP && (f->u.loop_runs & 4));
    stack[sp].endless = (char)(f->kind == WEFT__OP_LOOP && (f->u.loop_runs & 16));
    stack[sp].returned = 0;
    stack[sp].has_else = 0;
    stack[sp].key = cond && cond->kind == WEFT__COND_LOCAL ? op->ia : -1;
    stack[sp].sw = f->kind == WEFT__OP_SWITCH ? &f->u.sw : NULL;
    stack[sp].jacc = SIZE_MAX;
    stack[sp].jixv = -1;
    /* if (!setjmp(env)) and switch (setjmp(env)) collect the states longjmp(env) brings back. */
    int jmp = (cond && cond->kind == WEFT__COND_SETJMP && cond->negated) || (stack[sp].sw && *stack[sp].sw->jmp);
    stack[sp].jmp = jmp ? op->args[0] < -1 ? x->ci.args[-(op->args[0] + 2)] : op->args[0] : -1;
    if (stack[sp].jmp >= 0)
        weft__pg_jmp_arm(p, stack[sp].jmp, x->ci.ctx);
    stack[sp].val = !(stack[sp].key >= 0 && cond->negated);
    /* A loop's body run again: no path fact from before it holds for every pass. */
    if (f->kind == WEFT__OP_LOOP && x->again > 0)
        x->cur.ngf = 0;
    /* A loop whose body starts threads: what a store before it gave a global does not go in
     * (its body, made again for each of its threads, would run once more only for that). */
    else if (f->kind == WEFT__OP_LOOP && x->cur.ngf && x->pf->has_start && weft__pg_loop_starts(p, x->pf, x->pc)) {
        for (int i = 0; i < x->cur.ngf;) {
            if (x->cur.gf[i].stored)
                x->cur.gf[i] = x->cur.gf[--x->cur.ngf];
            else
                i++;
        }
    }
    stack[sp].pre = x->cur;
    /* if (probe(&d) == 0) right after the call: each branch has the callee's returns whose
     * value takes it (the threads they started and joined) */
    if (cond && *cond->rkey && x->rs_pc == (long)x->pc) {
        rs_take(&x->cur, &x->rs_then);
        rs_take(&stack[sp].pre, &x->rs_else);
    }
    x->rs_pc = -1;
    /* switch (rc) on a parameter given a value assumed (must(pthread_mutex_lock(&m))), or a
     * constant (stop(2)): the label it selects is the path every run takes (on_case) */
    stack[sp].sav = stack[sp].sw && stack[sp].sw->param > 0
                        ? weft__pg_arg_assumed(p, &x->ci, stack[sp].sw->param - 1) : -1;
    if (stack[sp].sw && stack[sp].sw->param > 0 && stack[sp].sav < 0)
        stack[sp].sav = weft__pg_arg_const(p, &x->ci, stack[sp].sw->param - 1);
    stack[sp].ssel = stack[sp].shalt = 0;
    /* if (__VERIFIER_nondet_int()): each branch is taken on some run, whatever came before */
    stack[sp].nondet = (char)(f->kind == WEFT__OP_IF && cond && cond->kind == WEFT__COND_NONDET);
    int gcond = cond && cond->kind == WEFT__COND_GLOBAL && op->args[3] >= 0;
    stack[sp].gcond = gcond ? op : NULL;
    stack[sp].fixed = (signed char)(gcond ? weft__pg_bcond(p, op, x->ci.ctx >= 0) : -1);
    if (gcond && stack[sp].fixed < 0)
        stack[sp].fixed = (signed char)weft__pg_gf_fixed(&x->cur, op); /* what this path read before */
    if (gcond && stack[sp].fixed < 0)
        weft__pg_gf_narrow(p, &x->cur, op, 1);
    /* A parameter as passed, tested: the caller's constant takes one branch. */
    long pv = cond && cond->kind == WEFT__COND_LOCAL && cond->cmp > 0 && cond->value != -2
                  ? weft__pg_arg_const(p, &x->ci, cond->cmp - 1) : -1; /* (-2: not a test against 0) */
    if (pv >= 0 && cond->value > 0 && cond->value < 63 && pv >= 1L << cond->value)
        pv = -1; /* it does not fit the parameter: what it becomes is not followed */
    if (pv >= 0)
        stack[sp].fixed = (signed char)(cond->negated ? pv == 0 : pv != 0);
    /* A parameter given a value assumed ("~0": a thread API call's success), tested: the
     * branch it selects, which decides nothing but which exit is an error path (end_if). */
    long av = cond && cond->kind == WEFT__COND_LOCAL && cond->cmp > 0 && cond->value != -2 && pv < 0
                  ? weft__pg_arg_assumed(p, &x->ci, cond->cmp - 1) : -1;
    if (av >= 0 && cond->value > 0 && cond->value < 63 && av >= 1L << cond->value)
        av = -1;
    stack[sp].asel = (char)(av < 0 ? -1 : cond->negated ? av == 0 : av != 0);
    /* The thread's own argument tested, its value not known here: each instance takes one
     * branch on every run (an exit there is no error path: end_if). */
    stack[sp].argtest = (char)(cond && cond->kind == WEFT__COND_LOCAL && cond->cmp > 0 && pv < 0 &&
                               x->ci.ctx >= 0 && x->ci.depth == 0);
    /* if (v < 3), v a verifier's nondeterministic local: a test the path's earlier tests of v
     * decide takes that branch; one they leave open goes either way on some run (when what
     * they say is exact), each branch narrowing it (interp_values.c) */
    stack[sp].ndl = -1;
    int ndloc = cond && f->kind == WEFT__OP_IF && cond->kind == WEFT__COND_LOCAL && cond->cmp == -1;
    if (cond && f->kind == WEFT__OP_IF && (ndloc || (cond->kind == WEFT__COND_NONDET && *cond->key))) {
        stack[sp].nondet = 0;
        int cmp = ndloc ? cond->negated ? WEFT__CMP_EQ : WEFT__CMP_NE : cond->cmp, un = !ndloc && cond->negated;
        long k = ndloc ? 0 : cond->value;
        const struct ndfact *nf = nd_at(&x->cur, op->ia);
        int r = op->ia < 0 || stack[sp].fixed >= 0 || (nf ? nf->opaque : x->cur.ndlost)
                    ? -2 : weft__pg_nd_outcome(nf, un, cmp, k);
        if (r >= 0)
            stack[sp].fixed = (signed char)r;
        else if (r == -1) {
            stack[sp].nondet = (char)(!nf || nf->exact);
            stack[sp].ndl = op->ia;
            stack[sp].ndcmp = (char)cmp, stack[sp].ndun = (char)un, stack[sp].ndk = k;
        }
    }
    if (stack[sp].fixed == 0)
        x->cur.dead = 1; /* no value the global takes enters the then branch */
    if (stack[sp].fixed != 1 && !(f->kind == WEFT__OP_LOOP && (f->u.loop_runs & 3)) && !stack[sp].nondet)
        x->cur.unsure = 1; /* a branch, or a loop body, may not run */
    /* (a counted loop waits for nobody; one whose body changes its counter may, past its
     * first pass: on_endloop) */
    stack[sp].rewaits = (char)(f->kind == WEFT__OP_LOOP && (f->u.loop_runs & 3) && (f->u.loop_runs & 8));
    if (f->kind == WEFT__OP_LOOP && (!f->u.loop_runs || (f->u.loop_runs & 8 && !stack[sp].rewaits))) {
        weft__pg_wait(x);
        stack[sp].pre.syncd |= x->cur.syncd; /* (its condition is read on the way past it too) */
    }
    if (stack[sp].ndl >= 0)
        weft__pg_nd_narrow(&x->cur, stack[sp].ndl, stack[sp].ndun, stack[sp].ndcmp, stack[sp].ndk, 1);
    if (stack[sp].key >= 0 && !x->cur.dead)
        cond_split(p, &x->corr, stack[sp].key, stack[sp].val, &x->cur, &stack[sp].pre);
    if (f->kind == WEFT__OP_SWITCH) {
        stack[sp].then = x->cur;
        stack[sp].then.dead = 1; /* what its breaks leave with */
        x->cur.dead = 1;         /* the body is entered at its labels only */
    }
    if (f->kind == WEFT__OP_LOOP) {
        stack[sp].then = x->cur;
        stack[sp].then.dead = 1; /* what its breaks and continues leave with */
        stack[sp].start = (int)x->pc;
        stack[sp].passes = (signed char)x->again;
        stack[sp].acc0 = p->naccs;
        if (!x->again)
            stack[sp].cseq0 = p->cseq; /* (a pass run again keeps its first pass's) */
        memset(stack[sp].rjoined, 0, sizeof(stack[sp].rjoined));
        stack[sp].rjh = -1;
        stack[sp].rjlo = stack[sp].rjhi = 0;
        int s = cont_slot(x, sp);
        if (s >= 0)
            x->cont[s].dead = 1;
        stack[sp].runs = (char)(f->u.loop_runs & 3);
        stack[sp].rgn0 = x->ci.rgn;
        if (x->pf->has_start && weft__pg_loop_starts(p, x->pf, x->pc))
            x->ci.rgn = loop_region(p, x->ci.fn, x->pc); /* its body's accesses are its own records (ENDLOOP copies them) */
        x->ci.rerun += x->again > 0;
        x->again = 0;
    }
    x->sp++;
    if (f->kind == WEFT__OP_LOOP)
        x->ci.loop++;
}

/*
 * A join loop ends every thread it joins only at its end: in iteration i, after
 * pthread_join(t[i]), the threads of the later iterations still run. So what the body did
 * after its first join also happened while the threads the loop joined ran; an element
 * a[i] by the joined handle's own index races with none of their own elements (their
 * argument's, their counter's: mhp.c), the joined thread's being done with.
 */
static void loop_joins(struct icx *x, const struct frame *fr)
{
    struct prog *p = x->p;
    uint64_t joined[MAXE / 64];
    int any = 0;
    for (int i = 0; i < MAXE / 64; i++)
        any |= (joined[i] = fr->pre.live[i] & ~x->cur.live[i]) != 0;
    for (size_t i = fr->jacc, n0 = p->naccs; any && fr->jacc != SIZE_MAX && i < n0 && !p->oom; i++) {
        if (p->accs[i].ctx != x->ci.ctx)
            continue;
        struct acc c = p->accs[i];
        for (int w = 0; w < MAXE / 64; w++)
            c.live[w] |= joined[w];
        c.lcopy = (char)(c.ixv >= 0 && c.ixv == fr->jixv ? 3 : 2);
        weft__pg_acc_add(p, &c);
    }
}

void weft__pg_loop_join(struct icx *x, int ixv)
{
    for (int f = x->sp - 1; f >= 0; f--)
        if (x->stack[f].kind == WEFT__OP_LOOP) {
            struct frame *fr = &x->stack[f];
            if (fr->jacc == SIZE_MAX) {
                fr->jacc = x->p->naccs;
                fr->jixv = ixv;
            } else if (fr->jixv != ixv) {
                fr->jixv = -1;
            }
            return;
        }
}

/* The innermost open loop frame's index, or -1. */
static int loop_frame(const struct icx *x)
{
    for (int f = x->sp - 1; f >= 0; f--)
        if (x->stack[f].kind == WEFT__OP_LOOP)
            return f;
    return -1;
}

/* Loop frames below f: f's slot among a call's continue states (x->cont), -1 past 8. */
static int cont_slot(const struct icx *x, int f)
{
    int n = 0;
    for (int i = 0; i < f; i++)
        n += x->stack[i].kind == WEFT__OP_LOOP;
    return n < 8 ? n : -1;
}

/* A continue: the path goes on at the body's end (a for's increment, the condition). */
void weft__pg_on_cont(struct icx *x)
{
    int f = x->lost ? -1 : loop_frame(x), s = f >= 0 ? cont_slot(x, f) : -1;
    if (f < 0)
        return;
    if (s < 0) {
        weft__pg_on_next(x); /* past the tracked depth: as a break (it also reaches the next iteration) */
        return;
    }
    st_merge(&x->cont[s], &x->cur);
    x->cur.dead = 1;
}

/* The end of a loop's body: the continues' states meet the path that reached it. */
void weft__pg_on_bodyend(struct icx *x)
{
    int f = x->lost ? -1 : loop_frame(x), s = f >= 0 ? cont_slot(x, f) : -1;
    if (s < 0)
        return;
    st_merge(&x->cur, &x->cont[s]);
    x->cont[s].dead = 1;
}

/* A break of the innermost loop: the path leaves the rest of the body. */
void weft__pg_on_next(struct icx *x)
{
    int f = x->lost ? -1 : loop_frame(x);
    if (f < 0)
        return;
    st_merge(&x->stack[f].then, &x->cur);
    x->cur.dead = 1;
}

/* A case label of the innermost switch: entered from its head (or by longjmp). */
void weft__pg_on_case(struct icx *x, const struct pop *op)
{
    struct frame *stack = x->stack;
    int f = switch_frame(stack, x->sp);
    if (f < 0 || x->lost)
        return;
    int v = op->args[1], dflt = op->f->u.label.is_default;
    if (stack[f].sav >= 0) {
        long sv = stack[f].sav;
        int sel = dflt ? !weft__pg_case_listed(stack[f].sw, (int)sv) : op->f->u.label.known && op->f->u.label.value == sv;
        stack[f].shalt |= stack[f].ssel && x->cur.dead == 2;
        stack[f].ssel = (char)(sel || (stack[f].ssel && !x->cur.dead)); /* (falling through: both) */
    }
    struct st e = stack[f].pre;
    e.unsure = 1;
    stack[f].has_else |= dflt;
    if (stack[f].jmp >= 0) {
        /* setjmp's first return is 0; the others come from longjmp. */
        int direct = dflt ? !weft__pg_case_listed(stack[f].sw, 0) : v == 0 || v == INT_MIN;
        struct st j = v || dflt ? weft__pg_jmp_case(x->p, stack[f].jmp, x->ci.ctx, v, dflt, stack[f].sw) : e;
        if (!direct)
            e = j;
        else
            st_merge(&e, &j);
    }
    st_merge(&x->cur, &e);
}

/* A break of the innermost switch: its state leaves the switch. */
void weft__pg_on_break(struct icx *x)
{
    int f = switch_frame(x->stack, x->sp);
    if (f < 0 || x->lost)
        return;
    st_merge(&x->stack[f].then, &x->cur);
    x->cur.dead = 1;
}

void weft__pg_on_else(struct icx *x)
{
    struct frame *stack = x->stack;
    int sp = x->sp;
    if (sp && stack[sp - 1].kind == WEFT__OP_IF && !x->lost) {
        stack[sp - 1].then = x->cur;
        stack[sp - 1].has_else = 1;
        x->cur = stack[sp - 1].jmp >= 0 ? weft__pg_jmp_take(x->p, stack[sp - 1].jmp, x->ci.ctx) : stack[sp - 1].pre;
        stack[sp - 1].val = !stack[sp - 1].val; /* now the value taking this branch */
        if (stack[sp - 1].fixed == 1)
            x->cur.dead = 1;
        if (stack[sp - 1].fixed != 0 && !stack[sp - 1].nondet)
            x->cur.unsure = 1;
        if (stack[sp - 1].ndl >= 0)
            weft__pg_nd_narrow(&x->cur, stack[sp - 1].ndl, stack[sp - 1].ndun, stack[sp - 1].ndcmp, stack[sp - 1].ndk, 0);
        if (stack[sp - 1].gcond && stack[sp - 1].fixed < 0)
            weft__pg_gf_narrow(x->p, &x->cur, stack[sp - 1].gcond, 0);
    }
}

/* The end of a switch (its frame already popped to sp): its breaks, and its head when no
 * label matched, meet the state falling out of it. */
static void end_switch(struct icx *x, int sp)
{
    struct prog *p = x->p;
    struct frame *stack = x->stack;
    /* The label a value assumed selects ended the run: past the switch, only a failure's
     * path goes on (as past if (rc == 0) pthread_exit(0);) */
    int shalt = stack[sp].sav >= 0 && (stack[sp].shalt || (stack[sp].ssel && x->cur.dead == 2));
    nd_blind(&x->cur, &stack[sp].then);
    st_merge(&x->cur, &stack[sp].then);
    if (!stack[sp].has_else) {
        /* No label matched: straight past the body. */
        struct st e = stack[sp].pre;
        if (stack[sp].jmp >= 0) {
            struct st j = weft__pg_jmp_case(p, stack[sp].jmp, x->ci.ctx, 0, 1, stack[sp].sw);
            if (weft__pg_case_listed(stack[sp].sw, 0))
                e = j;
            else
                st_merge(&e, &j);
        }
        nd_blind(&x->cur, &e);
        st_merge(&x->cur, &e);
    }
    if (stack[sp].jmp >= 0)
        weft__pg_jmp_case(p, stack[sp].jmp, x->ci.ctx, 0, 0, NULL); /* later longjmps are not followed */
    x->cur.unsure = 1; /* which labels' paths leave it is not followed */
    if (shalt && !x->cur.dead)
        x->cur.maybe_exit = 1;
}

/* The end of an if (its frame already popped to sp): the two branches meet. */
static void end_if(struct icx *x, int sp)
{
    struct frame *stack = x->stack;
    if (stack[sp].jmp >= 0 && !stack[sp].has_else)
        stack[sp].pre = weft__pg_jmp_take(x->p, stack[sp].jmp, x->ci.ctx);
    if (stack[sp].fixed == 1 && !stack[sp].has_else)
        stack[sp].pre.dead = 1;
    /* Without an else, the head's state is the path that skips the branch. */
    struct st skip = stack[sp].pre;
    if (stack[sp].fixed != 0 && !stack[sp].nondet)
        skip.unsure = 1;
    if (stack[sp].ndl >= 0)
        weft__pg_nd_narrow(&skip, stack[sp].ndl, stack[sp].ndun, stack[sp].ndcmp, stack[sp].ndk, 0);
    if (!stack[sp].has_else && stack[sp].gcond && stack[sp].fixed < 0) /* (as an else would) */
        weft__pg_gf_narrow(x->p, &skip, stack[sp].gcond, 0);
    const struct st *other = stack[sp].has_else ? &stack[sp].then : &skip;
    /* Past the if, a point is as sure as before it if both branches reach it, or one ends the
     * thread or the program (an error path: if (err) exit(1)). */
    /* ... unless that branch ended it on what every run of the instance computes alike */
    /* ... on a parameter given a value assumed (must(pthread_mutex_lock(&m))): an exit in
     * the branch that value selects ends every run alike, one in the other is an error path */
    const struct st *thenb = stack[sp].has_else ? &stack[sp].then : &x->cur;
    int err_then = stack[sp].asel == 0, err_else = stack[sp].asel == 1;
    int cur_err = thenb == &x->cur ? err_then : err_else, other_err = thenb == &x->cur ? err_else : err_then;
    int input_end = (x->cur.dead && x->cur.branch_end == 1 && !cur_err) ||
                    (other->dead && other->branch_end == 1 && !other_err) ||
                    (stack[sp].argtest && (x->cur.dead == 2 || other->dead == 2)) ||
                    (x->cur.dead == 2 && stack[sp].asel >= 0 && !cur_err) ||
                    (other->dead == 2 && stack[sp].asel >= 0 && !other_err);
    /* ... or on a value its caller read from shared memory (leave_if(cfg == NULL)): the
     * run goes on only once that held, as after if (cfg == NULL) exit(1): a wait */
    int assumed = (x->cur.dead && x->cur.branch_end == 2) || (other->dead && other->branch_end == 2);
    int both = x->cur.dead != 1 && other->dead != 1 && !(x->cur.dead && other->dead) && !input_end;
    /* Only at the top level: every later path of the call went through this if. A lock the
     * branches differ in, all noted so, is dropped where the key's value explains it (ldk1):
     * a later if on the key takes it back. */
    if (!stack[sp].nondet) /* (other: skip, a copy, or the frame's own) */
        nd_blind(&x->cur, stack[sp].has_else ? &stack[sp].then : &skip);
    int learnt = !sp && stack[sp].key >= 0 &&
                 cond_learn(&x->corr, stack[sp].key, stack[sp].has_else ? !stack[sp].val : stack[sp].val,
                            stack[sp].has_else ? other : &x->cur, stack[sp].has_else ? &x->cur : other);
    int explained = learnt && !ls_equal(&x->cur.ls, &other->ls) && !x->cur.lockdrop && !other->lockdrop &&
                    !x->cur.ldk1 && !other->ldk1 && !x->cur.star.n && !other->star.n;
    st_merge(&x->cur, other); /* (main going on past a branch that ended the program: st_merge) */
    if (explained) {
        x->cur.lockdrop = 0;
        x->cur.ldk1 = stack[sp].key + 1;
    }
    if (both)
        x->cur.unsure = stack[sp].pre.unsure;
    if (input_end && !x->cur.dead)
        x->cur.maybe_exit = 1;
    if (assumed && !input_end && !x->cur.dead)
        weft__pg_wait(x);
}

/* The end of an if or a switch (one operation closes both). */
void weft__pg_on_endif(struct icx *x)
{
    if (x->lost) {
        x->lost--;
        return;
    }
    if (x->sp && x->stack[x->sp - 1].kind == WEFT__OP_SWITCH)
        end_switch(x, --x->sp);
    else if (x->sp && x->stack[x->sp - 1].kind == WEFT__OP_IF)
        end_if(x, --x->sp);
}

void weft__pg_on_endloop(struct icx *x)
{
    if (x->lost) {
        x->lost--;
        return;
    }
    if (x->sp && x->stack[x->sp - 1].kind == WEFT__OP_LOOP) {
        int sp = --x->sp;
        x->ci.loop--;
        struct frame *fr = &x->stack[sp];
        pass_ends(x->p, fr);
        x->ci.rgn = fr->rgn0;
        x->ci.rerun -= fr->passes > 0;
        /* A loop may never end (a spin on a local; a counted one whose counter wraps:
         * unsigned char i < 256): what its body's end says of nondeterministic locals is not
         * every run's past it (its breaks' is). */
        nd_taint(&x->cur);
        /* The body's end, and where its breaks and continues left it. */
        st_merge(&x->cur, &fr->then);
        /* A thread the body started (since the loop's first pass) that may still run at its
         * end runs on into the next pass, which starts another: they overlap. (Before a pass
         * run again returns: that pass starts nothing, and its head holds the first's threads.) */
        for (size_t e = 0; !x->cur.dead && e < x->p->nentries && e < MAXE; e++)
            if (x->p->entries[e].cseq > fr->cseq0 && bit(x->cur.live, (int)e))
                x->p->entries[e].overlap = 1;
        /* A goto out of the body in a later iteration leaves with the threads this pass
         * started after it too: pending gotos may find them running. */
        for (size_t k = 0; k < x->ngto && !x->cur.dead; k++) {
            gf_started(&x->gto[k].s, x->cur.live);
            for (int w = 0; w < MAXE / 64; w++) {
                x->gto[k].s.live[w] |= x->cur.live[w];
                x->gto[k].s.started[w] |= x->cur.started[w];
            }
        }
        loop_joins(x, fr);
        /* The next iteration begins where this one ended: if that may hold fewer locks than
         * this pass assumed, the body runs again from there (twice at most; its thread starts
         * and joins are not repeated). (Threads the body started, running in the next
         * iteration, are not followed this way: see docs/check.md, Limits.) */
        if (!x->cur.dead && fr->passes < 2 && fr->runs != 2 && !x->lost) {
            struct st head = fr->pre;
            st_merge(&head, &x->cur);
            /* Path facts the body's end does not keep: the next pass keeps none (on_open). */
            /* (and after the flags the body stored: a break on the next pass comes after them) */
            if (!ls_equal(&head.ls, &fr->pre.ls) || !ls_equal(&head.star, &fr->pre.star) || !gf_implies(&head, &fr->pre) ||
                !ls_equal(&head.fst, &fr->pre.fst)) {
                x->cur = head;
                x->again = fr->passes + 1;
                x->jump = fr->start;
                return;
            }
        }
        if (fr->runs == 2)
            return; /* do { } while (0): the body ran once, its end is what follows */
        /* Threads the body started run on in the next iterations: what the body did (before
         * its starts too) happens again while they may run. */
        uint64_t started[MAXE / 64];
        int any = 0;
        for (int i = 0; i < MAXE / 64; i++)
            any |= (started[i] = x->cur.live[i] & ~fr->pre.live[i]) != 0;
        /* Threads the body started at all (joined again too): the next passes come after those
         * starts, and after what the threads they started may still do (mhp.c started_at). */
        int began = 0;
        for (int i = 0; i < MAXE / 64; i++)
            began |= (x->cur.started[i] & ~fr->pre.started[i]) != 0;
        any |= began;
        /* ... so the next pass's starts of them find one running */
        for (size_t e = 0; any && e < x->p->nentries && e < MAXE; e++)
            if (bit(started, (int)e))
                x->p->entries[e].overlap = 1;
        /* Flags the body stored: the next iterations come after those stores. */
        any |= !ls_subset(&x->cur.fst, &fr->pre.fst);
        for (size_t i = fr->acc0, n0 = x->p->naccs; any && !x->ci.rerun && i < n0 && !x->p->oom; i++) {
            if (x->p->accs[i].ctx != x->ci.ctx)
                continue;
            struct acc c = x->p->accs[i];
            /* An earlier instance may be past main's lock section here (created_locked). */
            for (int w = 0; w < MAXE / 64; w++) {
                c.live[w] |= started[w];
                c.before[w] &= ~started[w];
                c.started[w] |= x->cur.started[w];
            }
            for (int f = 0; f < x->cur.fst.n; f++)
                ls_add(&c.fst, (int)(x->cur.fst.l[f] >> 1), 1);
            c.lcopy = 1;
            weft__pg_acc_add(x->p, &c);
        }
        /* Joins inside a loop are taken as joining every thread of that handle. */
        const struct st *pre = &fr->pre;
        if (fr->rewaits)
            weft__pg_wait(x); /* (what follows, and its next passes, may come after a wait) */
        if (x->cur.dead && fr->runs == 1) {
            /* every pass of a loop that surely runs ended the run: nothing follows it */
        } else if (x->cur.dead) {
            int waited = x->cur.dead == 2 && x->cur.mexit; /* while (!d) die(); */
            x->cur = *pre;
            if (waited)
                st_main_waited(&x->cur);
            /* for (i = 0; i < n; i++) exit(0); goes past only when it does not run: on some
             * runs (a loop that repeats on a condition waits: pre's account says it) */
            if (fr->counted && !fr->runs)
                x->cur.unsure = x->cur.maybe_exit = 1; /* (a caller's account too) */
        } else {
            x->cur.lockdrop |= pre->lockdrop || !ls_equal(&x->cur.ls, &pre->ls);
            ldk_meet(&x->cur, pre);
            ls_meet(&x->cur.ls, &pre->ls);
            rec_meet(&x->cur.rec, &pre->rec);
            gf_meet(&x->cur, pre); /* the body may not run */
            if (!x->stack[sp].runs)
                nd_meet(&x->cur, pre);
            if (!x->stack[sp].runs) /* nor what it surely acquired (a fence, a flag, a lock) */
                ls_meet(&x->cur.acq, &pre->acq);
            /* Threads started in the body may not be (no iteration), unless the body surely
             * runs; the code after the loop runs whenever the code before it does. */
            for (int i = 0; i < MAXE / 64 && !x->stack[sp].runs; i++)
                x->cur.mlive[i] &= pre->mlive[i];
            /* Threads a counting loop started several times and did not join in it: two of
             * them surely run at once. */
            for (size_t e = 0; e < x->p->nentries && e < MAXE; e++)
                if (x->p->entries[e].pending_self) {
                    if (x->stack[sp].runs && bit(x->cur.mlive, (int)e) && x->cur.macq == pre->macq)
                        setbit(x->p->entries[e].mco, (int)e);
                    x->p->entries[e].pending_self = 0;
                }
            x->cur.unsure = pre->unsure || x->cur.maybe_exit; /* (unless a pass may have ended the run) */
            /* for (...) if (i == 3) return NULL;: what follows runs only if no pass returned */
            if (fr->returned)
                x->cur.unsure = 1;
            if (x->stack[sp].endless)
                x->cur.unsure = x->cur.maybe_exit = 1; /* it may never end: what follows may never run */
        }
    }
}

void weft__pg_on_return(struct icx *x, const struct pop *op)
{
    x->ret_success |= weft__pg_assumed_side(x) > 0 && !x->cur.dead;
    st_merge(&x->ret, &x->cur);
    /* The caller tests the value: the state goes to the branch (or both) the value takes. */
    if (x->ci.rt && !x->cur.dead) {
        const struct weft__ret *r = &op->f->u.ret;
        int t = r->known ? weft__pg_cmp_range(x->ci.rtcmp, x->ci.rtval, r->value, r->value) : -1;
        if (t != 0)
            st_merge(&x->rt_then, &x->cur);
        if (t != 1)
            st_merge(&x->rt_else, &x->cur);
    }
    /* A return from a branch of a thread's entry or of main ends the thread or the program:
     * an error path as exit's (if (!p) return NULL;), unless on a value every run computes
     * alike (HALT's loop_runs, one less) */
    int m = op->f->u.ret.loop_runs;
    if (m && x->ci.depth == 0 && !x->cur.dead) {
        x->cur.branch_end = (char)(m == 2 || (m == 3 && x->ci.ctx >= 0));
        x->cur.mexit = x->ci.ctx < 0 && x->cur.mread;
        x->cur.dead = 2;
        return;
    }
    /* (a return inside loops: what follows each of them may not run) */
    for (int i = 0; i < x->sp && !x->cur.dead; i++)
        if (x->stack[i].kind == WEFT__OP_LOOP)
            x->stack[i].returned = 1;
    x->cur.dead = 1;
}

int weft__pg_assumed_side(const struct icx *x)
{
    int side = 0;
    for (int i = 0; i < x->sp; i++) {
        const struct frame *f = &x->stack[i];
        if ((f->kind == WEFT__OP_IF && f->asel >= 0 && f->asel == (f->has_else ? 1 : 0)) ||
            (f->kind == WEFT__OP_SWITCH && f->sav >= 0 && !f->ssel))
            return -1;
        side |= (f->kind == WEFT__OP_IF && f->asel >= 0) || (f->kind == WEFT__OP_SWITCH && f->sav >= 0);
    }
    return side;
}

/* goto L, L further on (not inside a loop the goto is outside of): the path goes on at L,
 * with what it holds now. */
void weft__pg_on_goto(struct icx *x, const struct pop *op)
{
    if (x->cur.dead)
        return;
    struct gpend *g = x->gto;
    while (g < x->gto + x->ngto && g->label != op->args[1])
        g++;
    if (g == x->gto + x->ngto) {
        if (!(g = WEFT__PUSH(x->gto, x->ngto, x->capgto))) {
            x->p->oom = 1;
            x->gover = 1; /* no room: it goes on below as if not taken, and labels take anything */
            return;
        }
        g->label = op->args[1];
        g->s.dead = 1;
    }
    st_merge(&g->s, &x->cur);
    x->cur.dead = 1;
}

/* A label forward gotos name: the states they left meet the one falling through. */
void weft__pg_on_label(struct icx *x, const struct pop *op)
{
    for (size_t k = 0; k < x->ngto; k++)
        if (x->gto[k].label == op->args[1]) {
            st_merge(&x->cur, &x->gto[k].s);
            x->gto[k] = x->gto[--x->ngto];
            break;
        }
    if (!x->cur.dead)
        x->cur.unsure = 1;
}

/* A label gotos may jump back to: where the code they run again starts. */
void weft__pg_mark_label(struct icx *x, const struct pop *op)
{
    struct lmark *m = x->lm;
    while (m < x->lm + x->nlm && m->label != op->args[1])
        m++;
    if (m == x->lm + x->nlm && !(m = WEFT__PUSH(x->lm, x->nlm, x->caplm))) {
        x->p->oom = 1;
        return;
    }
    m->label = op->args[1];
    m->acc0 = x->p->naccs;
    /* What follows is recorded apart from what came before (and its calls reuse no run made
     * before it): in a function that starts threads, or in a program with flags, whose
     * stores a goto back may repeat. */
    if (x->pf->has_start || x->p->nflags)
        x->ci.rgn = ++x->p->nrgn;
    m->cseq = x->p->cseq;
    m->nf = x->sp <= 16 ? x->sp : -1;
    for (int f = 0; f < x->sp && f < 16; f++)
        m->fpc[f] = x->stack[f].opc;
    memcpy(m->live, x->cur.live, sizeof(m->live));
    memcpy(m->started, x->cur.started, sizeof(m->started));
}

/* Whether the frame that op number opc opened was open at the label marked m. */
static int around(const struct lmark *m, int opc)
{
    for (int f = 0; f < m->nf; f++)
        if (m->fpc[f] == opc)
            return 1;
    return 0;
}

/* Whether every frame open at the label is still open (else the label's loop, or its branch,
 * ended since: the code from the label reaches what came before it). */
static int still_inside(const struct icx *x, const struct lmark *m)
{
    if (m->nf < 0)
        return 0;
    for (int i = 0; i < m->nf; i++) {
        int f = 0;
        while (f < x->sp && x->stack[f].opc != m->fpc[i])
            f++;
        if (f == x->sp)
            return 0;
    }
    return 1;
}

static void st_add_threads(struct st *s, const uint64_t *bits, const struct lockset *fst)
{
    gf_started(s, bits);
    for (int w = 0; w < MAXE / 64; w++) {
        s->live[w] |= bits[w];
        s->started[w] |= bits[w];
    }
    for (int f = 0; f < fst->n; f++)
        ls_add(&s->fst, (int)(fst->l[f] >> 1), 1);
}

/*
 * goto L, L above (or a label not known: the call's start): a loop. As at a loop body's end
 * (on_endloop), the threads started since L and still running run on while the code from
 * L on runs again: what it did happens again alongside them (copies, lcopy 4), and so does
 * what is still to come from there: an else branch or a later case not taken on this pass,
 * what forward gotos, continues and returns left (their saved states get the threads). A
 * start there may start its thread again while the first runs (in_loop, and no element of
 * its own), alongside every thread the code from L started, and a handle still holding a
 * thread is overwritten (lost: one join after it does not join them all).
 */
void weft__pg_on_goto_back(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    if (x->cur.dead)
        return;
    weft__pg_wait(x); /* a loop that repeats on a condition: the thread may wait there */
    /* ... and every path that goes on past the loop went through its test: noted on the
     * states open frames, forward gotos and returns keep too */
    unsigned char w = x->cur.syncd;
    for (int f = 0; f < x->sp; f++) {
        x->stack[f].pre.syncd |= w;
        x->stack[f].then.syncd |= w;
    }
    for (int s = 0; s < (int)(sizeof(x->cont) / sizeof(x->cont[0])); s++)
        x->cont[s].syncd |= w;
    for (size_t k = 0; k < x->ngto; k++)
        x->gto[k].s.syncd |= w;
    x->ret.syncd |= w;
    if (x->ci.rerun)
        return;
    /* Its barrier waits may repeat (those before the label too: not told apart). */
    for (size_t i = 0; i < p->nbars; i++)
        for (int k = 0; k < p->bars[i].nw; k++)
            if (p->bars[i].w[k].ctx == x->ci.ctx && p->bars[i].w[k].waits > 0)
                p->bars[i].w[k].waits = WAITS_MANY;
    const struct lmark *m = x->lm;
    while (op->args[1] >= 0 && m < x->lm + x->nlm && m->label != op->args[1])
        m++;
    if (op->args[1] >= 0 && m == x->lm + x->nlm)
        return; /* into a loop's body from below it: that label is reached by this path later */
    /* A label in a loop's body (or a branch) that ended since: the loop's next passes run the
     * body above the label too (taken as what the function did from its start). */
    if (op->args[1] < 0 || !still_inside(x, m))
        m = &x->start;
    /* region: started since L, also those started before it too (a joined one's own threads
     * may run on); started: those running now */
    uint64_t started[MAXE / 64], region[MAXE / 64];
    int any = 0, running = 0;
    for (int i = 0; i < MAXE / 64; i++)
        region[i] = x->cur.started[i] & ~m->started[i];
    for (size_t e = 0; e < p->nentries && e < MAXE; e++)
        if (p->entries[e].cseq > m->cseq)
            setbit(region, (int)e);
    for (int i = 0; i < MAXE / 64; i++) {
        running |= (started[i] = (x->cur.live[i] & ~m->live[i]) | (x->cur.live[i] & region[i])) != 0;
        any |= region[i] != 0;
    }
    /* The code from L also runs again after the flags stored so far (prog.flags). */
    const struct lockset *fst = &x->cur.fst;
    if (!any && !fst->n)
        return;
    for (size_t i = m->acc0, n0 = p->naccs; i < n0 && !p->oom; i++) {
        if (p->accs[i].ctx != x->ci.ctx || (!any && ls_subset(fst, &p->accs[i].fst)))
            continue;
        struct acc c = p->accs[i];
        for (int w = 0; w < MAXE / 64; w++) {
            c.live[w] |= started[w];
            c.started[w] |= region[w];
            c.before[w] &= ~region[w]; /* as at a loop's end */
        }
        for (int f = 0; f < fst->n; f++)
            ls_add(&c.fst, (int)(fst->l[f] >> 1), 1);
        c.lcopy = 4;
        weft__pg_acc_add(p, &c);
    }
    for (int f = 0; f < x->sp; f++) {
        struct frame *fr = &x->stack[f];
        /* (Not before a frame around the label: the code from the label does not reach
         * there, and a loop's end takes the threads its body started from its pre.) */
        if (!around(m, fr->opc))
            st_add_threads(&fr->pre, started, fst);
        if (fr->kind != WEFT__OP_IF || fr->has_else)
            st_add_threads(&fr->then, started, fst);
        int s = fr->kind == WEFT__OP_LOOP ? cont_slot(x, f) : -1;
        if (s >= 0)
            st_add_threads(&x->cont[s], started, fst);
    }
    for (size_t k = 0; k < x->ngto; k++)
        st_add_threads(&x->gto[k].s, started, fst);
    st_add_threads(&x->ret, started, fst);
    if (!any)
        return;
    for (size_t e = 0; e < p->nentries && e < MAXE; e++) {
        if (!bit(started, (int)e))
            continue;
        struct entry *E = &p->entries[e];
        E->in_loop = 1;
        E->overlap = 1;
        E->nmax = -1;
        E->dop = NULL; /* started again, it shares the element the first one was handed */
        E->vop = NULL;
        for (size_t a = 0; a < p->nentries && a < MAXE; a++)
            if (bit(region, (int)a)) {
                setbit(E->co, (int)a);
                setbit(p->entries[a].co, (int)e);
            }
    }
    for (size_t i = 0; i < p->nhst && running; i++)
        if (p->hst[i].pending || p->hst[i].cset)
            p->hst[i].lost = 1;
}
