/* Calls matched by type: which functions each thread reaches only through a struct field's function pointer with many targets, so that its accesses there are attributed to it by type. */
#include "keys.h"
#include "program_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* More targets than this through a struct field's pointer ("f:struct list.free" holds what
 * any list's free was given: every list's free function): the call is matched by type. A
 * few (a thread pool's job kinds) are taken as the code the thread runs. */
#define TYPED_CALL_TARGETS 4

static void reach(size_t *stack, size_t *n, unsigned char *plain, int fn)
{
    if (fn >= 0 && !plain[fn]) {
        plain[fn] = 1;
        stack[(*n)++] = (size_t)fn;
    }
}

static void reach_slot(struct prog *p, size_t *stack, size_t *n, unsigned char *plain, int slot)
{
    struct slotres *r = slot >= 0 ? weft__pg_resolve(p, slot) : NULL;
    for (size_t j = 0; r && j < r->n; j++)
        reach(stack, n, plain, p->slots[slot].fns[j]);
}

struct reacher {
    size_t *stack, *n;
    unsigned char *plain;
};

static void reach_cb(int fn, void *arg)
{
    struct reacher *r = arg;
    reach(r->stack, r->n, r->plain, fn);
}

/* The functions reachable from fn and also (main: and from the constructors and destructors, which
 * run in its thread) by calls, callbacks and calls through pointers that are not matched
 * by type: plain[f] = 1. */
static void plain_from(struct prog *p, int fn, int also, unsigned char *plain, size_t *stack)
{
    size_t n = 0;
    memset(plain, 0, p->nfns);
    reach(stack, &n, plain, fn);
    reach(stack, &n, plain, also); /* (a trampoline's thread: its routine too; -1 none) */
    for (size_t i = 0; fn == p->main_fn && i < p->nbinds; i++) {
        const struct weft__fact *f = p->binds[i].f;
        if (f->kind == WEFT__FACT_CTOR || f->kind == WEFT__FACT_DTOR)
            reach(stack, &n, plain, weft__pg_fn_lookup(p, weft__strtab_find(&p->S, f->target)));
    }
    while (n) {
        const struct pfn *f = &p->fns[stack[--n]];
        for (size_t i = 0; i < f->f->nops; i++) {
            const struct pop *op = &f->ops[i];
            if (op->kind == WEFT__OP_CALL) {
                int callee = weft__pg_fn_lookup(p, op->ia);
                reach(stack, &n, plain, callee);
                for (int k = 0; callee < 0 && k < 6; k++)
                    reach_slot(p, stack, &n, plain, op->pslot[k]); /* what a library call calls back */
                struct reacher rr = {stack, &n, plain};
                if (callee < 0)
                    weft__pg_event_loop_each(p, op, reach_cb, &rr); /* what an event loop runs */
            } else if (op->kind == WEFT__OP_ICALL && *op->f->u.icall.slot) {
                struct slotres *r = weft__pg_resolve(p, op->ia);
                if (r && !(r->n > TYPED_CALL_TARGETS && weft__key_typed(op->f->u.icall.slot)))
                    reach_slot(p, stack, &n, plain, op->ia);
            }
        }
    }
}

int weft__pg_mark_tcall(struct prog *p)
{
    if (!p->nfns || !p->naccs)
        return 0;
    size_t nrows = p->nentries + 1; /* by ctx + 1 (main is -1) */
    unsigned char **rows = calloc(nrows, sizeof(*rows));
    size_t *stack = malloc(p->nfns * sizeof(*stack));
    int rc = rows && stack ? 0 : -ENOMEM;
    for (size_t i = 0; i < p->naccs && !rc; i++) {
        struct acc *a = &p->accs[i];
        a->tcall = 0;
        int root = a->ctx < 0 ? p->main_fn : (size_t)a->ctx < p->nentries ? p->entries[a->ctx].fn : -1;
        if (root < 0 || a->fn < 0 || (size_t)a->fn >= p->nfns || (size_t)(a->ctx + 1) >= nrows)
            continue;
        unsigned char **row = &rows[a->ctx + 1];
        if (!*row) {
            if (!(*row = malloc(p->nfns))) {
                rc = -ENOMEM;
                break;
            }
            plain_from(p, root, a->ctx >= 0 ? p->entries[a->ctx].real : -1, *row, stack);
        }
        a->tcall = !(*row)[a->fn];
    }
    for (size_t r = 0; rows && r < nrows; r++)
        free(rows[r]);
    free(rows);
    free(stack);
    return rc;
}
