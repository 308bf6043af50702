/* Prepares each op for the pass: interns its keys and derives what interpreting needs (parameters, regions, conditions) from its typed payload. */
#include "keys.h"
#include "models.h"
#include "program_internal.h"

#include <stdlib.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

/* A key the caller passes as argument: < -1 for its own parameter N (-(N + 2)), -1 none, else its id. */
static int arg_id(struct prog *p, const char *key)
{
    int pr = weft__key_param(key);
    return pr >= 0 ? -(pr + 2) : *key ? weft__pg_intern(p, key) : -1;
}

/* A region guard as ids: *g the guard's id + 1 (0 none, -(N + 1) the caller's guard of
 * parameter N) and *gs the element lock ("m[*]") it needs (-1 none). */
static void guard_ids(struct prog *p, const struct weft__guard *gd, int *g, int *gs)
{
    *g = 0;
    *gs = -1;
    if (gd->kind == WEFT__GUARD_PARAM && gd->param >= 0 && gd->param <= 3) {
        *g = -gd->param - 1;
        return;
    }
    if (gd->kind != WEFT__GUARD_ELEMENT && gd->kind != WEFT__GUARD_SELF)
        return;
    char buf[1100];
    snprintf(buf, sizeof(buf), "sym:%s~%s", gd->lock_array, gd->array);
    *g = weft__pg_lock_text_id(p, weft__pg_intern(p, buf), buf, "the lock of its element") + 1;
    /* (a mutex member of the elements, "g:a[].m": "g:a[*].m"; an array member of a struct,
     * "g:s.m": "g:s.m[*]") */
    const char *el = strstr(gd->lock_array, "[]");
    if (el)
        snprintf(buf, sizeof(buf), "%.*s[*]%s", (int)(el - gd->lock_array), gd->lock_array, el + 2);
    else
        snprintf(buf, sizeof(buf), "%s[*]", gd->lock_array);
    *gs = weft__pg_intern(p, buf);
}

/* Named location loc (an id) is accessed by name as type key t (an id): what elements of
 * it a pointer's p[K] of one type reaches (weft__pg_elem_type). */
static void note_elem_type(struct prog *p, int loc, int t)
{
    if (loc < 0 || t < 0)
        return;
    if ((size_t)loc >= p->netype) {
        size_t n = (size_t)loc * 2 + 64;
        int *e = realloc(p->etype, n * sizeof(int));
        if (!e) {
            p->oom = 1;
            return;
        }
        memset(e + p->netype, 0, (n - p->netype) * sizeof(int));
        p->etype = e;
        p->netype = n;
    }
    p->etype[loc] = !p->etype[loc] || p->etype[loc] == t + 1 ? t + 1 : -1;
}

int weft__pg_elem_type(const struct prog *p, int loc, int t)
{
    int e = loc >= 0 && (size_t)loc < p->netype ? p->etype[loc] : 0;
    return !e ? -1 : e == t + 1;
}

static void prepare_access(struct prog *p, struct pop *o, const struct weft__access *a)
{
    if (*a->root)
        o->root = weft__pg_root_canon(p, weft__pg_intern(p, a->root)) + 1;
    guard_ids(p, &a->guard, &o->guard, &o->gstar);
    o->gself = a->guard.kind == WEFT__GUARD_SELF;
    if (a->owner == WEFT__OWNER_CALLER) {
        o->ocls = 0;
    } else if (a->owner == WEFT__OWNER_PARAM && a->owner_param >= 0 && a->owner_param <= 3) {
        o->ocls = 1;
        o->oq = a->owner_param;
    }
    if (a->index_kind == WEFT__INDEX_CONST || a->index_kind == WEFT__INDEX_PARAM) {
        /* Element N of a global array; for a parameter's value, -(N + 2) until a call says it. */
        o->args[0] = a->index_kind == WEFT__INDEX_PARAM ? -(int)(a->index + 2) : (int)a->index;
        o->ic = weft__pg_intern(p, a->tloc);
    }
    /* What a global pointer points at ("*g:") may be any object of its type, a local whose
     * address was stored in it too. */
    const char *loc = o->pointed ? weft__pg_str(p, o->ia) : a->loc;
    o->typed = (char)(weft__key_typed(loc) || weft__key_is(loc, "*g:"));
    o->pidx = (signed char)weft__key_through_param(a->loc);
    if ((weft__key_is(a->loc, "g:") || weft__key_is(a->loc, "o:")) && !weft__key_part(a->loc) && *a->tloc)
        note_elem_type(p, o->ia, o->ic);
}

/* An if or switch: what the interpreter needs of its condition. */
static void prepare_cond(struct prog *p, struct pop *o, const struct weft__op *op)
{
    const char *jmp = op->kind == WEFT__OP_SWITCH ? op->u.sw.jmp
                      : op->u.cond.kind == WEFT__COND_SETJMP ? op->u.cond.key
                                                              : "";
    if (*jmp) {
        int pr = weft__key_param(jmp);
        o->args[0] = pr >= 0 ? -(pr + 2) : weft__pg_intern(p, jmp);
    }
    if (op->kind == WEFT__OP_IF && op->u.cond.kind == WEFT__COND_GLOBAL && op->u.cond.value > INT_MIN &&
        op->u.cond.value < INT_MAX) {
        o->args[1] = op->u.cond.cmp;
        o->args[2] = (int)op->u.cond.value;
        o->args[3] = weft__pg_intern(p, op->u.cond.key);
        p->has_bconds = 1;
    }
}

/* A call's arguments as ids, their regions and ownership (in p->regs when any), and its
 * parameters' function-pointer slots. */
static void prepare_call(struct prog *p, struct pop *o, const struct weft__call *c)
{
    for (int i = 0; i < c->nargs && i < 4; i++) {
        o->args[i] = arg_id(p, c->arg[i].key);
        o->abits[i] = c->arg[i].bits;
    }
    int any = 0;
    for (int i = 0; i < c->nargs && i < 4; i++)
        any |= c->arg[i].owner != WEFT__ARG_NOT_OWNED || c->arg[i].guard.kind != WEFT__GUARD_NONE;
    if (any) {
        struct opreg *rg = WEFT__PUSH(p->regs, p->nregs, p->capregs);
        if (!rg) {
            p->oom = 1;
            return;
        }
        o->reg = (int)(p->nregs - 1);
        for (int i = 0; i < 4; i++) {
            rg->cg[i] = rg->co[i] = 0;
            rg->cs[i] = -1;
        }
        for (int i = 0; i < c->nargs && i < 4; i++) {
            const struct weft__arg *a = &c->arg[i];
            if (a->owner == WEFT__ARG_OWNED)
                rg->co[i] = 1;
            else if (a->owner == WEFT__ARG_PARAM && a->param >= 0 && a->param <= 3)
                rg->co[i] = (signed char)(2 + a->param);
            guard_ids(p, &a->guard, &rg->cg[i], &rg->cs[i]);
        }
    }
    /* Slots of its parameters: functions handed to a function without a body may be called by it. */
    for (int i = 0; i < 6; i++)
        o->pslot[i] = weft__pg_param_slot(p, c->usr, i);
}

/* The create's argument object: threads given different objects are told apart. */
static int create_arg(struct prog *p, const char *k)
{
    int pr = weft__key_param(k);
    if (pr >= 0)
        return -(pr + 2);
    /* An integer constant ("*1": pthread_create(&t, NULL, f, (void *)1)) tells threads apart
     * too: an index the thread takes from it is that constant (weft__pg_arg_const). */
    char *end = NULL;
    int konst = k[0] == '*' && k[1] >= '0' && k[1] <= '9' && (strtol(k + 1, &end, 0), end && !*end);
    return weft__key_is(k, "g:") || weft__key_is(k, "*g:") || weft__key_is(k, "o:") || weft__key_is(k, "h:") ||
                   !strcmp(k, "n:") || konst
               ? weft__pg_intern(p, k)
               : -1;
}

/* Fills o for op: interned keys first (in the op's field order, so ids come in the order
 * the facts name things), then what is derived. 0 or -ENOMEM. */
int weft__pg_prepare(struct prog *p, struct pop *o, const struct weft__op *op)
{
    memset(o, 0, sizeof(*o));
    o->f = op;
    o->kind = op->kind;
    o->ia = o->ib = o->ic = o->vtype = o->ukey = o->upath = -1;
    o->pidx = -1;
    o->gstar = -1;
    o->ocls = o->oq = -1;
    o->reg = -1;
    o->ixv = -1;
    o->pbase = -1;
    for (int i = 0; i < 4; i++)
        o->args[i] = o->pslot[i] = -1;
    o->pslot[4] = o->pslot[5] = -1;
    switch (op->kind) {
    case WEFT__OP_ACCESS: {
        /* (room for the key and what a global pointer's target makes of it) */
        char sbuf[1024], *buf = sbuf;
        size_t cap = strlen(op->u.access.loc) + p->max_gtarget + 1;
        if (cap > sizeof(sbuf) && !(buf = malloc(cap))) {
            p->oom = 1;
            buf = sbuf;
        }
        if (buf == sbuf)
            cap = sizeof(sbuf);
        int fits = snprintf(buf, cap, "%s", op->u.access.loc) < (int)cap;
        /* through a global pointer that holds what its initializer gave it: that object */
        const char *ptloc = NULL;
        int pointed = fits ? weft__pg_point_target(p, op->u.access.loc, buf, cap, &ptloc) : 0;
        pointed = pointed < 0 ? 0 : pointed;
        /* (gp[1], gp + i: past the object; not gp->c[3], an element of a member array) */
        if (pointed == 3 && (op->u.access.index_kind != WEFT__INDEX_NONE || op->u.access.varying)) {
            pointed = 0;
            snprintf(buf, cap, "%s", op->u.access.loc);
        }
        if (fits)
            weft__key_cut_union(buf);
        o->ia = weft__pg_intern(p, fits ? buf : op->u.access.loc);
        if (buf != sbuf)
            free(buf);
        o->pointed = (char)pointed;
        o->ib = weft__pg_intern(p, op->u.access.text);
        if (op->u.access.index_kind == WEFT__INDEX_NONE || op->u.access.index_kind == WEFT__INDEX_PARAM_VAL)
            o->ic = weft__pg_intern(p, pointed && ptloc ? ptloc : op->u.access.tloc);
        if (*op->u.access.vtype)
            o->vtype = weft__pg_intern(p, op->u.access.vtype);
        if (op->u.access.ukey && *op->u.access.ukey)
            o->ukey = weft__pg_intern(p, op->u.access.ukey);
        if (op->u.access.upath && *op->u.access.upath)
            o->upath = weft__pg_intern(p, op->u.access.upath);
        if (op->u.access.ixvar && *op->u.access.ixvar)
            o->ixv = weft__pg_intern(p, op->u.access.ixvar);
        if (op->u.access.pbase && *op->u.access.pbase)
            o->pbase = weft__pg_intern(p, op->u.access.pbase);
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK: {
        /* lock(mp), a global pointer that only ever holds &m (its initializer's): m itself */
        char buf[1024];
        const char *ptloc = NULL;
        int pointed = weft__pg_point_target(p, op->u.lock.key, buf, sizeof(buf), &ptloc);
        o->ia = weft__pg_intern(p, pointed == 1 || pointed == 3 ? buf : op->u.lock.key);
        o->ib = weft__pg_intern(p, op->u.lock.text);
        o->ic = op->u.lock.via && *op->u.lock.via ? weft__pg_intern(p, op->u.lock.via) : -1;
        break;
    }
    case WEFT__OP_CALL:
        o->ia = weft__pg_intern(p, op->u.call.usr);
        o->ib = weft__pg_intern(p, op->u.call.name);
        o->ic = op->u.call.ret && *op->u.call.ret ? weft__pg_intern(p, op->u.call.ret) : -1;
        break;
    case WEFT__OP_ICALL:
        o->ia = weft__pg_intern(p, op->u.icall.slot);
        o->ib = weft__pg_intern(p, op->u.icall.text);
        for (int i = 0; i < WEFT__MAX_ARGS; i++)
            o->args[i] = arg_id(p, op->u.icall.arg[i]);
        break;
    case WEFT__OP_CREATE:
        o->ia = weft__pg_intern(p, op->u.create.handle);
        o->ib = weft__pg_intern(p, op->u.create.entry);
        if (op->u.create.sarr && *op->u.create.sarr)
            o->pbase = weft__pg_intern(p, op->u.create.sarr);
        break;
    case WEFT__OP_JOIN:
        o->ia = weft__pg_intern(p, op->u.join.handle);
        if (op->u.join.ixvar && *op->u.join.ixvar)
            o->ixv = weft__pg_intern(p, op->u.join.ixvar);
        break;
    case WEFT__OP_IF:
        if (op->u.cond.kind == WEFT__COND_LOCAL || (op->u.cond.kind == WEFT__COND_NONDET && *op->u.cond.key))
            o->ia = weft__pg_intern(p, op->u.cond.key);
        break;
    default:
        break;
    }
    o->ifile = weft__pg_intern(p, op->file ? op->file : "");
    switch (op->kind) {
    case WEFT__OP_ACCESS:
        prepare_access(p, o, &op->u.access);
        break;
    case WEFT__OP_CASE:
        o->args[1] = op->u.label.is_default || !op->u.label.known ? INT_MIN : (int)op->u.label.value;
        break;
    case WEFT__OP_LABEL: /* the name gotos give it, else -1; args[2]: only forward gotos reach it */
    case WEFT__OP_GOTO:  /* args[2]: 1 it jumps back, 2 forward into a loop's body */
        o->args[1] = op->u.label.value ? (int)(op->u.label.value & INT_MAX) : -1;
        o->args[2] = op->u.label.known;
        break;
    case WEFT__OP_SWITCH:
    case WEFT__OP_IF:
        prepare_cond(p, o, op);
        break;
    case WEFT__OP_CREATE:
        o->pidx = (signed char)weft__key_param(op->u.create.handle);
        o->args[0] = create_arg(p, op->u.create.arg);
        o->ic = weft__pg_intern(p, op->u.create.entry_text);
        break;
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        o->pidx = (signed char)weft__key_param(op->u.lock.key);
        /* m[i]: 1, no lock we can name; m[@pN]: 2, the element the caller's constant names. */
        o->typed = strstr(op->u.lock.key, "[*]") ? 1 : strstr(op->u.lock.key, "[@p") ? 2 : 0;
        o->gstar = weft__pg_star_of(p, op->u.lock.key);
        break;
    case WEFT__OP_CALL: {
        const char *n = op->u.call.name;
        prepare_call(p, o, &op->u.call);
        o->lib_acquires = (char)(weft__model_sync_api(n) || weft__model_unmodeled_sync(n) ||
                                 weft__model_barrier(n) != WEFT__BARRIER_NONE || weft__model_thread_join(n) ||
                                 weft__model_once(n) || weft__model_atomic(n));
        o->evfam = (char)weft__model_event_api(n);
        static const char *const iovec[] = {"readv", "preadv", "preadv2", "recvmsg", "recvmmsg", "process_vm_readv",
                                            NULL};
        static const char *const no_wait[] = {"pthread_detach", "pthread_self", "pthread_equal", "thrd_detach",
                                              "thrd_current", "pthread_setname_np", "pthread_getspecific",
                                              "pthread_setspecific", "pthread_key_create", NULL};
        int in_iovec = 0, in_no_wait = !strncmp(n, "pthread_attr_", 13) || !strncmp(n, "pthread_mutexattr_", 18);
        for (int i = 0; iovec[i]; i++)
            in_iovec |= !strcmp(n, iovec[i]);
        for (int i = 0; no_wait[i]; i++)
            in_no_wait |= !strcmp(n, no_wait[i]);
        o->cflags = (unsigned char)((!strcmp(n, "exit") ? WEFT__CALL_EXIT : 0) |
                                    (weft__model_barrier(n) != WEFT__BARRIER_NONE ? WEFT__CALL_BARRIER : 0) |
                                    (weft__model_longjmp(n) ? WEFT__CALL_LONGJMP : 0) | (in_iovec ? WEFT__CALL_IOVEC : 0) |
                                    (in_no_wait ? WEFT__CALL_NO_WAIT : 0));
        int acq = 0;
        o->ulock = weft__pg_user_lock(p, n, &acq);
        o->uacq = (char)acq;
        break;
    }
    default:
        break;
    }
    return p->oom ? -ENOMEM : 0;
}
