/* Whole-program race pass: links the TUs' facts, interprets each thread's reachable code with lock sets and pairs conflicting accesses. */
#include "keys.h"
#include "program_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

static void prog_free(struct prog *p)
{
    for (size_t i = 0; i < p->nslots; i++)
        free(p->slots[i].fns);
    free(p->slots);
    free(p->fns);
    free(p->fn_of);
    free(p->pops);
    free(p->binds);
    free(p->gpoints);
    free(p->detached_h);
    free(p->hst);
    free(p->entries);
    free(p->entry_of);
    free(p->work);
    free(p->handle_ids);
    free(p->handle_bits);
    free(p->accs);
    free(p->acc_slots);
    free(p->regs);
    free(p->memo);
    free(p->addr_taken);
    free(p->gstores);
    free(p->gparts);
    free(p->etype);
    free(p->lock_escaped);
    free(p->tls_taken);
    free(p->ptr_fixed);
    free(p->one_heap);
    free(p->lock_ops);
    free(p->rparent);
    free(p->glo);
    free(p->ghi);
    free(p->gst);
    free(p->tlo);
    free(p->thi);
    free(p->tst);
    free(p->once);
    free(p->once_single);
    free(p->tickets);
    free(p->bars);
    free(p->evregs);
    free(p->rgn_loop);
    free(p->jmps);
    free(p->mjoins);
    free(p->pnodes);
    free(p->phash);
    free(p->jscr);
    free(p->jev);
    free(p->logs);
    free(p->main_tid);
    free(p->alloc_hooks);
    free(p->lock_text);
    free(p->void_locks);
    free(p->cast_locks);
    free(p->stored);
    free(p->reasons);
    weft__strtab_free(&p->S);
}

/* Whether op (a call) may run a function that starts threads (start), or that starts or
 * joins them. */
static int call_reaches(struct prog *p, const struct weft__op *op, int start)
{
    if (op->kind == WEFT__OP_CALL) {
        int c = weft__pg_fn_lookup(p, weft__strtab_find(&p->S, op->u.call.usr));
        return c >= 0 && (start ? p->fns[c].has_start : p->fns[c].has_create);
    }
    if (op->kind == WEFT__OP_ICALL && *op->u.icall.slot) {
        struct slotres *sr = weft__pg_resolve(p, weft__pg_intern(p, op->u.icall.slot));
        for (size_t k = 0; sr && k < sr->n; k++)
            if (start ? p->fns[sr->fns[k]].has_start : p->fns[sr->fns[k]].has_create)
                return 1;
    }
    return 0;
}

/* Whether the body of the loop whose LOOP op is ops[at] starts threads (cached in the op). */
int weft__pg_loop_starts(struct prog *p, struct pfn *pf, size_t at)
{
    struct pop *lo = &pf->ops[at];
    if (lo->bstarts >= 0)
        return lo->bstarts;
    int depth = 0, r = 0;
    for (size_t j = at + 1; j < pf->f->nops && !r; j++) {
        const struct weft__op *op = pf->ops[j].f;
        if (op->kind == WEFT__OP_LOOP)
            depth++;
        else if (op->kind == WEFT__OP_ENDLOOP && depth-- == 0)
            break;
        r = op->kind == WEFT__OP_CREATE || call_reaches(p, op, 1);
    }
    lo->bstarts = (signed char)r;
    return r;
}

/* Which functions start threads (start 1), or start or join them (0), directly or through
 * callees: has_start, has_create. */
static void mark_reaching(struct prog *p, int start)
{
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++) {
            enum weft__op_kind k = p->fns[i].ops[j].f->kind;
            if (k == WEFT__OP_CREATE || (!start && k == WEFT__OP_JOIN))
                *(start ? &p->fns[i].has_start : &p->fns[i].has_create) = 1;
        }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < p->nfns; i++) {
            int *mark = start ? &p->fns[i].has_start : &p->fns[i].has_create;
            for (size_t j = 0; j < p->fns[i].f->nops && !*mark; j++)
                if (call_reaches(p, p->fns[i].ops[j].f, start))
                    *mark = changed = 1;
        }
    }
}

/* Which functions create or join threads (not memoized), which start them (regions,
 * interp_flow.c); no loop's body looked at yet (bstarts). */
static void mark_creators(struct prog *p)
{
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++)
            p->fns[i].ops[j].bstarts = -1;
    mark_reaching(p, 1);
    mark_reaching(p, 0);
}

/* A library: any function nobody calls may run in any number of threads at once. 0 or -ENOMEM. */
static int library_entries(struct prog *p)
{
    weft__pg_reason(p, "no main function: %s%severy function that no other calls is taken as a thread entry", "", "", 0);
    char *called = calloc(p->nfns + 1, 1);
    if (!called)
        return -ENOMEM;
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++) {
            const struct weft__op *op = p->fns[i].ops[j].f;
            int c = op->kind == WEFT__OP_CALL ? weft__pg_fn_lookup(p, weft__strtab_find(&p->S, op->u.call.usr))
                    : op->kind == WEFT__OP_CREATE && !op->u.create.by_slot
                        ? weft__pg_fn_lookup(p, weft__strtab_find(&p->S, op->u.create.entry))
                        : -1;
            if (c >= 0)
                called[c] = 1;
        }
    for (size_t i = 0; i < p->nfns; i++)
        if (!called[i]) {
            int e = weft__pg_entry_get(p, (int)i, -1, -1);
            p->entries[e].nonmain = 1;
            p->entries[e].in_loop = 1;
            p->entries[e].parent = -2;
        }
    free(called);
    return 0;
}

/* Runs the constructor (kind WEFT__FACT_CTOR) or destructor functions in main's thread from
 * state s, in the order their priorities give (constructors low first, destructors high first). */
static void run_xtors(struct prog *p, char kind, struct st *s, const struct ci *ci)
{
    long last = kind == WEFT__FACT_CTOR ? LONG_MIN : LONG_MAX;
    for (;;) {
        const struct weft__fact *next = NULL;
        for (size_t i = 0; i < p->nbinds; i++) {
            const struct weft__fact *f = p->binds[i].f;
            int after = kind == WEFT__FACT_CTOR ? f->value > last : f->value < last;
            int before = !next || (kind == WEFT__FACT_CTOR ? f->value < next->value : f->value > next->value);
            if (f->kind == kind && after && before)
                next = f;
        }
        if (!next)
            return;
        last = next->value;
        for (size_t i = 0; i < p->nbinds; i++) {
            const struct weft__fact *f = p->binds[i].f;
            int fn = f->kind == kind && f->value == last ? weft__pg_fn_lookup(p, weft__strtab_find(&p->S, f->target)) : -1;
            if (fn >= 0)
                weft__pg_interp(p, fn, s, ci);
        }
    }
}

/* Interprets main, which starts the threads; without main, every uncalled function is a
 * thread entry instead. 0 or -ENOMEM. */
static int run_main(struct prog *p)
{
    p->entry_of = calloc(p->nfns + 1, sizeof(*p->entry_of));
    p->nmemo = 1 << 18;
    p->memo = calloc(p->nmemo, sizeof(*p->memo));
    if (!p->entry_of || !p->memo)
        return -ENOMEM;
    mark_creators(p);
    int main_fn = p->main_fn = weft__pg_fn_lookup(p, weft__strtab_find(&p->S, "c:@F@main"));
    if (main_fn < 0) {
        p->no_main = 1;
        return library_entries(p);
    }
    struct st s;
    memset(&s, 0, sizeof(s));
    struct ci ci = {.ctx = -1, .args = {-1, -1, -1, -1}};
    run_xtors(p, WEFT__FACT_CTOR, &s, &ci);
    weft__pg_interp(p, main_fn, &s, &ci);
    /* Destructors run when main returns or the program exits, while threads nobody joined
     * still run: from main's state at its end, reached even where every path exits. */
    if (s.dead)
        s.dead = 0, s.unsure = 1;
    run_xtors(p, WEFT__FACT_DTOR, &s, &ci);
    return 0;
}

/* Interprets each thread entry found so far (interpreting them finds more), each within
 * its share of the budget. */
static void run_threads(struct prog *p)
{
    for (size_t w = 0; w < p->nwork && !p->oom; w++) {
        int e = p->work[w];
        long total = p->budget;
        p->budget = total < CTX_BUDGET ? total : CTX_BUDGET;
        total -= p->budget;
        struct st s;
        memset(&s, 0, sizeof(s));
        if (p->entries[e].inh_init && p->entries[e].parent >= 0 && !p->entries[e].main_created)
            s.acq = p->entries[e].inh_acq;
        /* A fence passed and a flag seen by a relaxed load are its starter's program order,
         * no order the new thread inherits (what the starter saw with acquire it does). */
        ls_del(&s.acq, p->relfence);
        for (int k = 0; k < p->nflags; k++)
            ls_del(&s.acq, p->flags[k].rseen);
        s.syncd = p->entries[e].syncd0;
        struct ci ci = {.ctx = e, .args = {p->entries[e].arg, -1, -1, -1}, .own = p->entries[e].dop != NULL};
        weft__pg_interp(p, p->entries[e].fn, &s, &ci);
        /* Threads it started and may not have joined when it returns outlive it. */
        for (size_t c = 0; c < p->nentries && c < MAXE; c++)
            if (bit(s.live, (int)c))
                p->entries[c].escapes = 1;
        if (p->budget <= 0) {
            weft__pg_reason(p, "analysis budget exhausted in thread '%s'%s: some paths were not followed",
                            p->fns[p->entries[e].fn].f->name, "", 0);
            p->budget = 0;
        }
        p->budget += total;
    }
    if (p->budget <= 0)
        weft__pg_reason(p, "analysis budget exhausted%s%s: some paths were not followed", "", "", 0);
}

/* An entry runs more than once at a time if started in a loop, while already running,
 * more than once by other threads, or by a thread that itself runs more than once. */
static void mark_multi(struct prog *p)
{
    for (size_t e = 0; e < p->nentries; e++) {
        struct entry *E = &p->entries[e];
        E->multi = E->in_loop || bit(E->co, (int)e) || (E->nonmain && E->creates > 1) || e >= MAXE;
    }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t e = 0; e < p->nentries; e++) {
            struct entry *E = &p->entries[e];
            if (!E->multi && E->parent >= 0 && p->entries[E->parent].multi)
                E->multi = changed = 1;
        }
    }
}

/* A thread another thread started, that main joins through the one handle holding it,
 * lives within the section main held since starting its ancestor. */
static void joined_sections(struct prog *p)
{
    for (size_t i = 0; i < p->nmjoins; i++) {
        const struct mjoin *m = &p->mjoins[i];
        uint64_t *hb = weft__pg_handle_bits(p, m->handle, 0);
        int x = -1, n = 0;
        for (size_t e = 0; hb && e < p->nentries && e < MAXE; e++)
            if (bit(hb, (int)e))
                x = (int)e, n++;
        if (n != 1 || weft__pg_main_root(p, x) || weft__pg_started_by_main(p, x) != m->root || weft__pg_instances(p, x) != 1)
            continue;
        struct entry *X = &p->entries[x];
        if (!X->jl_init)
            X->jl = m->held;
        else
            ls_meet(&X->jl, &m->held);
        X->jl_init = 1;
    }
}

/* Locks taken through a global pointer ("*g:L") that is written while threads may run: which
 * mutex each such lock took is not known, so they protect nothing (void_locks) and the result
 * says why. */
static void changed_lock_ptrs(struct prog *p)
{
    for (size_t id = 0; id < p->nlock_text; id++) {
        const char *k = p->lock_text[id] ? weft__pg_str(p, (int)id) : "";
        int g = weft__key_is(k, "*g:") ? weft__strtab_find(&p->S, k + 1) : -1;
        for (size_t i = 0; g >= 0 && i < p->naccs; i++) {
            const struct acc *a = &p->accs[i];
            int live = a->ctx >= 0;
            for (int w = 0; w < MAXE / 64 && !live; w++)
                live = a->live[w] != 0;
            if (a->loc == g && a->mode != WEFT__READ && !a->atomic && live) {
                weft__pg_reason(p, "the lock pointer '%s' changes at %s:%u while threads run: which lock the locks "
                                   "through it take is not known", weft__pg_str(p, a->text),
                                weft__pg_str(p, a->file), a->line);
                weft__pg_int_set_add(p, &p->void_locks, &p->nvoid_locks, &p->capvoid_locks, (int)id);
                break;
            }
        }
    }
}

/* The findings, and why the result may be incomplete. 0 or -ENOMEM. */
static int result(struct prog *p, struct weft__arena *A, struct weft_check_result *r)
{
    changed_lock_ptrs(p);
    int rc = weft__pg_mark_tcall(p);
    if (!rc)
        rc = weft__pg_findings(p, A, r);
    if (rc)
        return rc;
    r->complete = p->nreasons == 0;
    r->incomplete = weft__arena_alloc(A, (p->nreasons + 1) * sizeof(*r->incomplete));
    if (!r->incomplete)
        return -ENOMEM;
    for (size_t i = 0; i < p->nreasons; i++)
        if (!(r->incomplete[i] = weft__arena_strdup(A, p->reasons[i])))
            return -ENOMEM;
    r->nincomplete = p->nreasons;
    return 0;
}

int weft__program_analyze(struct weft__facts *const *facts, size_t n, const struct weft_check_config *cfg,
                          struct weft__arena *A, struct weft_check_result *r)
{
    struct prog P;
    struct prog *p = &P;
    memset(p, 0, sizeof(*p));
    p->cfg = cfg;
    p->budget = BUDGET;
    p->atomic_lock = weft__pg_intern(p, "<atomic section>");
    int rc = weft__pg_link_fns(p, facts, n);
    if (!rc)
        rc = weft__pg_link_roots(p);
    if (!rc)
        rc = weft__pg_link_ops(p, facts, n);
    if (!rc)
        rc = weft__pg_link_globals(p);
    if (!rc)
        rc = run_main(p);
    if (!rc) {
        run_threads(p);
        /* exit() in another thread runs the destructors there, beside main: not followed. */
        for (size_t i = 0; p->thread_exit && i < p->nbinds; i++)
            if (p->binds[i].f->kind == WEFT__FACT_DTOR) {
                weft__pg_reason(p, "destructor functions run by exit() in a thread other than main%s%s are not followed",
                                "", "", 0);
                break;
            }
        mark_multi(p);
        joined_sections(p);
        rc = p->oom ? -ENOMEM : result(p, A, r);
    }
    prog_free(p);
    return rc;
}
