/* The fact model's own operations: a blank op, comparing two ops field by field, freeing a TU's facts. */
#include "facts.h"

#include <stdlib.h>
#include <string.h>

void weft__op_init(struct weft__op *op, char kind)
{
    memset(op, 0, sizeof(*op));
    op->kind = kind;
    op->file = "";
    switch (kind) {
    case WEFT__OP_ACCESS:
        op->u.access.loc = op->u.access.text = op->u.access.tloc = op->u.access.root = op->u.access.vtype = "";
        op->u.access.guard.lock_array = op->u.access.guard.array = op->u.access.sbase = op->u.access.sbtype = "";
        op->u.access.pbase = "";
        op->u.access.owner = op->u.access.owner_param = -1;
        break;
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        op->u.lock.key = op->u.lock.text = op->u.lock.via = op->u.lock.sbase = "";
        break;
    case WEFT__OP_CALL:
        op->u.call.usr = op->u.call.name = op->u.call.ret = "";
        op->u.call.count = -1;
        break;
    case WEFT__OP_ICALL:
        op->u.icall.slot = op->u.icall.text = "";
        for (int i = 0; i < WEFT__MAX_ARGS; i++)
            op->u.icall.arg[i] = "";
        break;
    case WEFT__OP_CREATE:
        op->u.create.handle = op->u.create.entry = op->u.create.entry_text = op->u.create.arg = op->u.create.htloc = "";
        op->u.create.sarr = "";
        break;
    case WEFT__OP_JOIN:
        op->u.join.handle = "";
        break;
    case WEFT__OP_SYNC:
        op->u.sync = "";
        break;
    case WEFT__OP_IF:
        op->u.cond.key = op->u.cond.rkey = "";
        break;
    case WEFT__OP_SWITCH:
        op->u.sw.jmp = "";
        break;
    default:
        break;
    }
}

struct weft__arg *weft__args_new(struct weft__arena *A, int n)
{
    struct weft__arg *a = n > 0 ? weft__arena_alloc(A, (size_t)n * sizeof(*a)) : NULL;
    for (int i = 0; a && i < n; i++) {
        a[i].key = a[i].guard.lock_array = a[i].guard.array = "";
        a[i].param = -1;
        a[i].distinct = 0;
    }
    return a;
}

static int str_eq(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

static int guard_eq(const struct weft__guard *a, const struct weft__guard *b)
{
    return a->kind == b->kind && a->param == b->param && str_eq(a->lock_array, b->lock_array) &&
           str_eq(a->array, b->array);
}

static int hindex_eq(const struct weft__hindex *a, const struct weft__hindex *b)
{
    return a->kind == b->kind && a->lo == b->lo && a->hi == b->hi;
}

int weft__op_equal(const struct weft__op *a, const struct weft__op *b)
{
    if (a->kind != b->kind || a->line != b->line || a->col != b->col || !str_eq(a->file, b->file))
        return 0;
    switch (a->kind) {
    case WEFT__OP_ACCESS: {
        const struct weft__access *x = &a->u.access, *y = &b->u.access;
        return str_eq(x->loc, y->loc) && str_eq(x->text, y->text) && str_eq(x->tloc, y->tloc) &&
               str_eq(x->vtype, y->vtype) && x->mode == y->mode &&
               x->atomic == y->atomic && x->suppressed == y->suppressed && x->own_target == y->own_target &&
               x->varying == y->varying && x->vol == y->vol && x->tls == y->tls && x->libc == y->libc &&
               x->index_kind == y->index_kind && x->index == y->index && x->owner == y->owner &&
               x->owner_param == y->owner_param && guard_eq(&x->guard, &y->guard) && x->value.op == y->value.op &&
               x->value.bounded == y->value.bounded && x->value.value == y->value.value && str_eq(x->root, y->root) &&
               str_eq(x->ukey, y->ukey) && str_eq(x->upath, y->upath) && x->iter == y->iter && str_eq(x->ixfield, y->ixfield) && str_eq(x->sbase, y->sbase) && str_eq(x->sbtype, y->sbtype) && str_eq(x->pbase, y->pbase) &&
               x->aff.kind == y->aff.kind && (x->aff.kind == WEFT__AFF_NONE ||
                                              (x->aff.param == y->aff.param && str_eq(x->aff.field, y->aff.field) &&
                                               x->aff.m == y->aff.m && x->aff.lo == y->aff.lo && x->aff.hi == y->aff.hi &&
                                               x->aff.mod == y->aff.mod && x->aff.vbits == y->aff.vbits &&
                                               x->aff.rem == y->aff.rem));
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        return str_eq(a->u.lock.key, b->u.lock.key) && str_eq(a->u.lock.text, b->u.lock.text) &&
               a->u.lock.shared == b->u.lock.shared && str_eq(a->u.lock.via, b->u.lock.via) &&
               a->u.lock.tls == b->u.lock.tls && str_eq(a->u.lock.sbase, b->u.lock.sbase);
    case WEFT__OP_CALL: {
        const struct weft__call *x = &a->u.call, *y = &b->u.call;
        if (!str_eq(x->usr, y->usr) || !str_eq(x->name, y->name) || x->nargs != y->nargs || x->count != y->count ||
            x->passes_fn != y->passes_fn || x->args_fixed != y->args_fixed || x->state_kept != y->state_kept || !str_eq(x->ret, y->ret))
            return 0;
        for (int i = 0; i < x->nargs; i++)
            if (!str_eq(x->arg[i].key, y->arg[i].key) || x->arg[i].owner != y->arg[i].owner ||
                x->arg[i].param != y->arg[i].param || !guard_eq(&x->arg[i].guard, &y->arg[i].guard) ||
                x->arg[i].distinct != y->arg[i].distinct || !str_eq(x->arg[i].sbase, y->arg[i].sbase))
                return 0;
        return 1;
    }
    case WEFT__OP_ICALL:
        for (int i = 0; i < WEFT__MAX_ARGS; i++)
            if (!str_eq(a->u.icall.arg[i], b->u.icall.arg[i]))
                return 0;
        return str_eq(a->u.icall.slot, b->u.icall.slot) && str_eq(a->u.icall.text, b->u.icall.text);
    case WEFT__OP_CREATE: {
        const struct weft__create *x = &a->u.create, *y = &b->u.create;
        return str_eq(x->handle, y->handle) && hindex_eq(&x->ix, &y->ix) && str_eq(x->entry, y->entry) && str_eq(x->entry_text, y->entry_text) &&
               str_eq(x->arg, y->arg) && x->by_slot == y->by_slot && x->in_loop == y->in_loop && x->attr == y->attr && str_eq(x->htloc, y->htloc) &&
               x->distinct == y->distinct && str_eq(x->dval, y->dval) &&
               x->vstride == y->vstride && x->vlo == y->vlo && x->vhi == y->vhi && x->vsrc == y->vsrc && str_eq(x->sarr, y->sarr);
    }
    case WEFT__OP_JOIN:
        return str_eq(a->u.join.handle, b->u.join.handle) && hindex_eq(&a->u.join.ix, &b->u.join.ix);
    case WEFT__OP_SYNC:
        return str_eq(a->u.sync, b->u.sync);
    case WEFT__OP_RETURN:
        return a->u.ret.loop_runs == b->u.ret.loop_runs && a->u.ret.known == b->u.ret.known &&
               a->u.ret.value == b->u.ret.value;
    case WEFT__OP_LOOP:
    case WEFT__OP_HALT:
    case WEFT__OP_WAIT:
        return a->u.loop_runs == b->u.loop_runs;
    case WEFT__OP_IF: {
        const struct weft__cond *x = &a->u.cond, *y = &b->u.cond;
        return x->kind == y->kind && x->negated == y->negated && x->cmp == y->cmp && x->value == y->value &&
               str_eq(x->key, y->key) && str_eq(x->rkey, y->rkey) && x->rcmp == y->rcmp && x->rval == y->rval;
    }
    case WEFT__OP_SWITCH: {
        const struct weft__switch *x = &a->u.sw, *y = &b->u.sw;
        if (!str_eq(x->jmp, y->jmp) || x->ncases != y->ncases || x->param != y->param)
            return 0;
        for (int i = 0; i < x->ncases; i++)
            if (x->cases[i] != y->cases[i] || x->known[i] != y->known[i])
                return 0;
        return 1;
    }
    case WEFT__OP_CASE:
    case WEFT__OP_LABEL:
    case WEFT__OP_GOTO:
        return a->u.label.is_default == b->u.label.is_default && a->u.label.known == b->u.label.known &&
               a->u.label.value == b->u.label.value;
    default:
        return 1;
    }
}

void weft__facts_free(struct weft__facts *f)
{
    free(f->fns);
    free(f->binds);
    free(f->deps);
    free(f->errors);
    weft__arena_free(&f->arena);
    memset(f, 0, sizeof(*f));
}
