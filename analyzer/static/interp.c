/* The interpreter: runs one function from a state, memoized by entry state, handing each operation to its handler. */
#include "models.h"
#include "program_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Main may wait at op for what a thread it started does (a join, a semaphore, a condition,
 * a flag, a lock another thread may release, code not known): taking a lock of the thread
 * API waits for no particular thread, nor does a call of the API that waits for nothing. */
static int main_may_wait(struct icx *x, const struct pop *op)
{
    if (op->kind == WEFT__OP_LOCK)
        return !strchr(op->f->u.lock.via, 'm');
    if (op->kind == WEFT__OP_ACCESS && op->f->u.access.atomic == 2)
        return 0; /* a sync object's own word: its call's op says */
    if (op->kind == WEFT__OP_CALL && (op->cflags & WEFT__CALL_NO_WAIT))
        return 0; /* pthread_self, pthread_attr_*, pthread_getspecific ... (weft__pg_prepare) */
    return weft__pg_op_acquires(x, op);
}

/* The operation may never return: it takes a lock (another thread may have ended holding
 * it), joins, waits or synchronizes, runs code not known, or replaces the process (exec). */
static int may_block(struct icx *x, const struct pop *op)
{
    /* (a library call but those that surely return: fgets may wait on an empty pipe forever) */
    static const char *const returns[] = {"malloc", "calloc", "realloc", "free", "memcpy", "memmove", "memset",
                                          "memcmp", "strlen", "strcmp", "strncmp", "strcpy", "strncpy", "strcat",
                                          "strdup", "abs", "labs", "printf", "fprintf", "puts", "putchar", "sprintf",
                                          "snprintf", "rand", "srand", "time", "__assert_fail", "pthread_create",
                                          "pthread_self", "pthread_equal", "pthread_mutex_init", "pthread_mutex_destroy",
                                          "pthread_cond_init", "pthread_cond_destroy", "pthread_mutexattr_init",
                                          "pthread_mutexattr_settype", "pthread_attr_init", "pthread_attr_destroy",
                                          "pthread_attr_setdetachstate", "pthread_key_create", "pthread_getspecific",
                                          "pthread_setspecific", NULL};
    if (op->kind == WEFT__OP_CALL && weft__pg_fn_lookup(x->p, op->ia) < 0 && !op->ulock &&
        strncmp(op->f->u.call.name, "__VERIFIER_", 11)) {
        int known = 0;
        for (const char *const *n = returns; *n && !known; n++)
            known = !strcmp(op->f->u.call.name, *n);
        if (!known)
            return 1;
    }
    return op->kind == WEFT__OP_LOCK || op->kind == WEFT__OP_JOIN || op->kind == WEFT__OP_SYNC ||
           (op->kind != WEFT__OP_ACCESS && weft__pg_op_acquires(x, op));
}

/* Hands op to its kind's handler. The handlers run in the order of the operations, so
 * the effects (on the state, the tables, the budget) come in the order they always did. */
static void step(struct icx *x, const struct pop *op)
{
    if (x->ci.ctx < 0 && main_may_wait(x, op))
        weft__pg_main_waited(&x->cur);
    if (x->cur.ngf || (op->kind == WEFT__OP_ACCESS && op->f->u.access.value.op == WEFT__VAL_SET && any(x->cur.live)))
        weft__pg_gf_step(x, op, weft__pg_op_acquires(x, op));
    if (!x->cur.dead && may_block(x, op))
        nd_taint(&x->cur); /* (what the path's tests said of nondeterministic locals: not every run's past it) */
    switch (op->kind) {
    case WEFT__OP_IF:
    case WEFT__OP_LOOP:
    case WEFT__OP_SWITCH: weft__pg_on_open(x, op); break;
    case WEFT__OP_CASE: weft__pg_on_case(x, op); break;
    case WEFT__OP_BREAK: weft__pg_on_break(x); break;
    case WEFT__OP_ELSE: weft__pg_on_else(x); break;
    case WEFT__OP_ENDIF: weft__pg_on_endif(x); break;
    case WEFT__OP_ENDLOOP: weft__pg_on_endloop(x); break;
    case WEFT__OP_RETURN: weft__pg_on_return(x, op); break;
    case WEFT__OP_ACCESS: weft__pg_on_access(x, op); break;
    case WEFT__OP_LOCK: weft__pg_on_lock(x, op); break;
    case WEFT__OP_UNLOCK: weft__pg_on_unlock(x, op); break;
    case WEFT__OP_CALL: weft__pg_on_call(x, op); break;
    case WEFT__OP_ICALL: weft__pg_on_icall(x, op); break;
    case WEFT__OP_CREATE:
        if (!x->ci.rerun) { /* a loop's body run again: its threads were started in the first pass */
            long at = weft__pg_result_if(x, WEFT__RESULT_CREATE);
            struct st before;
            if (at >= 0)
                before = x->cur;
            weft__pg_on_create(x, op);
            if (at >= 0 && !x->cur.dead)
                weft__pg_create_split(x, &before, at);
        }
        break;
    case WEFT__OP_JOIN:
        if (!x->ci.rerun)
            weft__pg_on_join(x, op);
        break;
    case WEFT__OP_NEXT: weft__pg_on_next(x); break;
    case WEFT__OP_CONT: weft__pg_on_cont(x); break;
    case WEFT__OP_BODYEND: weft__pg_on_bodyend(x); break;
    case WEFT__OP_SYNC: weft__pg_on_sync(x, op); break;
    case WEFT__OP_WAIT:
        if (!op->f->u.loop_runs || x->ci.depth == 0) /* (1: after a return branch: ends the thread there only) */
            weft__pg_wait(x);
        break;
    case WEFT__OP_HALT:
    {
        /* 2: fixed by the parameters, so per instance in a thread's entry (not in a helper,
         * whose callers pass what they have) */
        int m = op->f->u.loop_runs, mark = m >= 3; /* 3, 4: after a call; marks a path it ended */
        m -= mark ? 2 : 0;
        int be = m == 1 || (m == 2 && ((x->ci.ctx >= 0 && x->ci.depth == 0) || x->ci.fixargs));
        if (m == 2 && x->ci.fixargs == 3 && !(x->ci.ctx >= 0 && x->ci.depth == 0))
            be = 2; /* (on a value read from shared memory: an assumption, end_if's wait) */
        if (mark) {
            if (x->cur.dead == 2 && be)
                x->cur.branch_end = (char)be;
            break;
        }
        if (!x->cur.dead)
            weft__pg_halted(x);
        if (!x->cur.dead)
            x->cur.dead = 2, x->cur.mexit = x->ci.ctx < 0 && x->cur.mread, x->cur.branch_end = (char)be;
        break;
    }
    case WEFT__OP_GOTO:
        if (op->args[2] == 1) {
            weft__pg_on_goto_back(x, op);
        } else if (op->args[2] == 2 && !x->cur.dead) {
            struct st keep = x->cur; /* into a loop's body: the label meets it, the path goes on */
            weft__pg_on_goto(x, op);
            x->cur = keep;
        } else {
            weft__pg_on_goto(x, op);
        }
        break;
    case WEFT__OP_LABEL:
        /* What gotos above it left meets what falls through; if only they come here, that is all. */
        if (op->args[1] >= 0)
            weft__pg_on_label(x, op);
        if (op->args[2] && !x->gover)
            break;
        if (op->args[1] >= 0)
            weft__pg_mark_label(x, op); /* gotos below may jump back here */
        /* A goto may come here from any point of the call, past a return too: the point is
         * reached (unsure), holding no lock it cannot be sure of. */
        x->cur.dead = 0;
        x->cur.unsure = 1;
        if (x->cur.ls.n || x->cur.star.n)
            x->cur.lockdrop = 1;
        x->cur.ls.n = x->cur.star.n = 0;
        /* ... having surely acquired only what the call had at its start (a flag seen, a
         * barrier passed on the way down may not be on that path), and maybe stored any flag. */
        x->cur.acq = x->in_acq;
        for (int k = 0; k < x->p->nflags; k++)
            ls_add(&x->cur.fst, x->p->flags[k].id, 1);
        break;
    }
}

/* A loop that repeats on a condition, or an assumption about shared memory: the thread may
 * wait there for another one. Main while none of its threads may be running (before it
 * started any, after it joined them all) waits for nobody. (live, unlike started, is part
 * of a memoized run's key.) */
void weft__pg_main_waited(struct st *s)
{
    st_main_waited(s);
}

void weft__pg_synced(struct prog *p, int ctx, struct st *s, unsigned bits)
{
    weft__pg_info(p, ctx)->sync |= bits;
    if (s)
        s->syncd |= (unsigned char)bits;
}

void weft__pg_halted(struct icx *x)
{
    x->halted = 1;
    x->halt_unsided |= weft__pg_assumed_side(x) >= 0;
}

void weft__pg_unmodeled(struct icx *x, const char *what)
{
    struct ctxinfo *info = weft__pg_info(x->p, x->ci.ctx);
    weft__pg_synced(x->p, x->ci.ctx, &x->cur, WEFT__SYNC_UNMODELED);
    if (!info->what)
        info->what = what;
}

void weft__pg_wait(struct icx *x)
{
    if (x->cur.dead)
        return;
    nd_taint(&x->cur); /* (what it waits for may never come) */
    if (x->ci.ctx < 0)
        weft__pg_main_waited(&x->cur);
    if (x->ci.ctx < 0) {
        int any = 0;
        for (int i = 0; i < MAXE / 64; i++)
            any |= x->cur.live[i] != 0;
        if (!any)
            return;
    }
    weft__pg_synced(x->p, x->ci.ctx, &x->cur, WEFT__SYNC_WAIT);
}

/* A recursive call whose arguments are not those of the run on the stack reaches other
 * memory through its parameters than that run did (a walk down a list): it runs once more,
 * the arguments that differ unknown, so that what it reaches through them is memory by
 * type. Its own recursive calls are not followed. */
static int recurse_again(const struct pfn *pf, const struct ci *ci)
{
    if (pf->on_stack != 1)
        return 0;
    for (int i = 0; i < 4; i++)
        if (ci->args[i] != pf->stack_args[i])
            return 1;
    return 0;
}

static void interp_run(struct prog *p, int fn, struct st *s, const struct ci *ci0);

/* A run of fn: its own locks through parameters (st.self) start with those its call hands it
 * (p->seed_in) and end with it (left in p->seed_out); the caller's stay, those whose lock the
 * run released gone. */
void weft__pg_interp(struct prog *p, int fn, struct st *s, const struct ci *ci0)
{
    struct lockset self = s->self;
    s->self = p->seed_in;
    p->seed_in.n = 0;
    char unlk = s->unlk;
    s->unlk = 0;
    /* (the callee's locals are its own: the caller's path facts on its own come back after) */
    struct ndfact nd[MAXND];
    int nnd = s->nnd;
    char ndlost = s->ndlost, ndhang = s->ndhang;
    memcpy(nd, s->nd, sizeof(nd));
    s->nnd = s->ndlost = s->ndhang = 0;
    /* (the key of a drop explained is the caller's: in the callee, and past it, a drop) */
    s->lockdrop |= s->ldk1 != 0;
    s->ldk1 = 0;
    interp_run(p, fn, s, ci0);
    s->lockdrop |= s->ldk1 != 0;
    s->ldk1 = 0;
    s->nnd = nnd;
    s->ndlost = ndlost;
    memcpy(s->nd, nd, sizeof(nd));
    if (s->ndhang) /* (the callee may not return: the caller's facts too) */
        nd_taint(s);
    s->ndhang |= ndhang;
    p->seed_out = s->self;
    s->self.n = 0;
    if (s->unlk) /* it released a lock: which object's, and what it took again, not known */
        self.n = 0;
    s->unlk |= unlk;
    for (int i = 0; i < self.n; i++) {
        const char *k;
        int n;
        if (ls_mode(&s->ls, weft__pg_self_entry(p, self.l[i], &k, &n)) >= 0)
            s->self.l[s->self.n++] = self.l[i];
    }
}

static void interp_run(struct prog *p, int fn, struct st *s, const struct ci *ci0)
{
    struct pfn *pf = &p->fns[fn];
    struct ci general;
    if (recurse_again(pf, ci0) && ci0->depth <= MAXDEPTH && p->budget > 0 && !p->oom) {
        general = *ci0;
        general.ret = 0; /* (which variable a run's thread object goes to: any) */
        for (int i = 0; i < 4; i++)
            if (general.args[i] != pf->stack_args[i]) {
                general.args[i] = -1, general.guard[i] = 0, general.gstar[i] = -1;
                general.own &= ~(1 << i), general.owned &= ~(1 << i);
            }
        ci0 = &general;
    } else if (pf->on_stack || ci0->depth > MAXDEPTH || p->budget <= 0 || p->oom) {
        p->cut = 1;
        weft__pg_synced(p, ci0->ctx, s, WEFT__SYNC_IMPRECISE);
        return;
    }
    /* Memoized by entry state, unless the run started or joined threads: those effects must repeat. */
    uint64_t key = weft__pg_memo_key(fn, s, ci0);
    struct memo *m = &p->memo[key & (p->nmemo - 1)];
    /* The acquired set is not in the key (it would defeat memoization); only accesses of the
     * entry function itself record it, and a call adds what the callee surely acquired. */
    /* Whether the run came through a call matched by type is not in the key: a reused run keeps
     * the accesses it recorded as they were (matched by type or not), as it keeps their paths'
     * certainty; running each function again for it tripled the pass on redis. */
    if (m->used && m->key == key) {
        weft__pg_memo_reuse(p, m, s);
        if (ci0->ctx < 0) /* whether the run waited is not kept: maybe */
            weft__pg_main_waited(s);
        return;
    }
    struct lockset in_acq = s->acq;
    long thread_ops = p->thread_ops, joins = p->joins;
    size_t ev0 = p->njscr;
    /* Only the fields below are set: the frame stack is large, and read only where pushed. */
    struct icx x;
    x.p = p;
    x.ci = *ci0;
    x.ci.fn = fn;
    if (pf->atomic)
        x.ci.atomic++;
    int outer = pf->on_stack;
    pf->on_stack = outer + 1;
    if (!outer)
        memcpy(pf->stack_args, ci0->args, sizeof(pf->stack_args));
    x.sp = x.lost = 0;
    x.cur = *s;
    if (pf->f->irregular)
        x.cur.unsure = 1; /* gotos: no point of it is surely reached */
    x.jumped = x.halted = 0;
    x.gto = NULL;
    x.ngto = x.capgto = 0;
    x.lm = NULL;
    x.nlm = x.caplm = 0;
    x.pf = pf;
    x.start.label = -1;
    x.start.acc0 = p->naccs;
    x.start.nf = 0;
    x.start.cseq = p->cseq;
    memcpy(x.start.live, s->live, sizeof(x.start.live));
    memcpy(x.start.started, s->started, sizeof(x.start.started));
    x.gover = 0;
    x.in_acq = in_acq;
    memset(&x.corr, 0, sizeof(x.corr));
    memcpy(x.corr.in_live, s->live, sizeof(x.corr.in_live));
    x.ret.dead = 1;
    x.rt_then.dead = x.rt_else.dead = 1;
    x.rs_pc = -1;
    x.halt_unsided = x.ret_success = 0;
    x.again = 0;
    for (size_t i = 0; i < pf->f->nops && !p->oom;) {
        p->budget--;
        x.pc = i;
        x.jump = -1;
        step(&x, &pf->ops[i]);
        i = x.jump >= 0 ? (size_t)x.jump : i + 1;
    }
    free(x.gto);
    free(x.lm);
    struct st *ret = &x.ret;
    st_merge(ret, &x.cur);
    if (x.ci.rt) { /* (falling off its end: no value, either branch) */
        st_merge(&x.rt_then, &x.cur);
        st_merge(&x.rt_else, &x.cur);
    }
    /* A call given a value assumed (a thread API call's success) that may end the thread
     * other than on the failure side, and returns on no path known to be the success side
     * (if (rc != 0) return; pthread_exit(0);, 0 != rc, a goto, a flag computed from it, a
     * switch whose case 0 exits): the caller goes on only past a failure, which no run need
     * make: a wait. So for a constant, a value every run computes alike that decides no
     * branch here (a trylock's answer) or one read from shared memory. */
    int assumed = x.ci.fixargs != 0;
    for (int n = 0; n < 4 && !assumed; n++)
        assumed = weft__pg_arg_assumed(p, &x.ci, n) >= 0 || weft__pg_arg_const(p, &x.ci, n) >= 0;
    int split = x.ci.rt && !x.jumped && !ret->dead; /* (a run that went on otherwise: no split) */
    if (assumed && x.halt_unsided && !x.ret_success && !ret->dead) {
        x.cur = *ret;
        weft__pg_wait(&x);
        *ret = x.cur;
        split = 0;
    }
    /* Never returns for a reason the pass did not see end it: the caller goes on (an
     * over-approximation); but a function that always longjmps, or always ends in a call that
     * does not return (exit, abort, pthread_exit, an endless loop), leaves its caller's path
     * dead (the setjmp side goes on). */
    if (ret->dead && !x.jumped && !x.halted)
        *ret = x.cur, ret->dead = 0;
    else if (ret->dead)
        *ret = x.cur, ret->dead = x.halted && !x.jumped ? 2 : 1; /* every field set (ret had only .dead) */
    pf->on_stack = outer;
    *s = *ret;
    if (split) {
        p->rs_ok = 1;
        p->rs_then = x.rt_then;
        p->rs_else = x.rt_else;
    }
    size_t nev = weft__pg_jscr_dedup(p, ev0);
    if (p->budget > 0 && thread_ops == p->thread_ops && ret->star.n <= MEMO_STAR)
        weft__pg_memo_keep(p, m, key, ret, &in_acq, x.ci.ctx < 0 && joins != p->joins, ev0, nev);
}
