/* The interpreter's locks: which lock an operation names, lock wrappers, and what an unlock releases. */
#include "keys.h"
#include "models.h"
#include "program_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int weft__pg_lock_id(struct prog *p, const char *key, const struct ci *ci, const char *text)
{
    (void)ci;
    return weft__pg_lock_text_id(p, weft__pg_intern(p, key), key, text);
}

/* The lock a lock/unlock operation names, with a parameter replaced by what the caller passed. */
static int op_lock(struct prog *p, const struct pop *op, const struct ci *ci)
{
    if (op->pidx >= 0 && op->pidx < 4 && ci->args[op->pidx] >= 0)
        return ci->args[op->pidx];
    const char *key = op->f->u.lock.key, *text = op->f->u.lock.text;
    if (weft__key_through_param(key) >= 0) {
        /* A lock inside what the caller passed (&e->lock): the caller's object's lock. */
        /* Through an array element (&a[i], &a[3]) the lock is that element's own: locks
         * and data are then both taken per array, as data always is (per-object locking). */
        int id = weft__pg_param_key(p, key, ci, 1);
        /* (an index of the caller's argument: &a[3], not the lock's own m[0] inside it) */
        int pn = weft__key_through_param(key), an = pn >= 0 && pn < 4 ? ci->args[pn] : -1;
        const char *open = id >= 0 && an >= 0 && strchr(weft__pg_str(p, an), '[') ? strchr(weft__pg_str(p, id), '[') : NULL;
        if (open) {
            /* "the lock of the element passed", never a named element's; of element N
             * (&a[3]) when the caller named one: it guards only that element's memory. */
            char buf[1100];
            size_t digits = strspn(open + 1, "0123456789");
            if (digits && open[1 + digits] == ']' && !strchr(open + 1, '['))
                snprintf(buf, sizeof(buf), "obj:%s", weft__pg_str(p, id));
            else
                snprintf(buf, sizeof(buf), "obj:%s", weft__pg_str(p, weft__pg_param_key(p, key, ci, 0)));
            id = weft__pg_intern(p, buf);
        }
        if (id >= 0)
            return weft__pg_lock_text_id(p, id, weft__pg_str(p, id), text);
    }
    return weft__pg_lock_text_id(p, op->ia, key, text);
}

/* The lock m[@pN] names in this call: m[3] when the caller passed 3, else -1. */
static int element_id(struct prog *p, const struct pop *op, const struct ci *ci)
{
    const char *key = op->f->u.lock.key, *at = strstr(key, "[@p");
    long v = at ? weft__pg_arg_const(p, ci, at[3] - '0') : -1;
    if (v < 0)
        return -1;
    char buf[600];
    snprintf(buf, sizeof(buf), "%.*s[%ld]%s", (int)(at - key), key, v, strchr(at, ']') + 1);
    return weft__pg_lock_text_id(p, weft__pg_intern(p, buf), buf, NULL);
}

/* If name is a configured (--lock-fn) or built-in lock wrapper, returns its acquire function's name. */
const char *weft__pg_user_lock(struct prog *p, const char *name, int *acquire)
{
    size_t n = p->cfg ? p->cfg->nlock_fns : 0;
    for (size_t i = 0; i < n; i++) {
        const struct weft_check_lockfn *l = &p->cfg->lock_fns[i];
        if (l->acquire && !strcmp(name, l->acquire)) {
            *acquire = 1;
            return l->acquire;
        }
        if (l->release && !strcmp(name, l->release)) {
            *acquire = 0;
            return l->acquire;
        }
    }
    return weft__model_builtin_lock(name, acquire);
}

/* Releases lock id (fully: every re-acquisition too), and what depends on it: path facts,
 * main's joins under it, the sections of threads this thread started under it. */
static void unlock_one(struct prog *p, int id, int fully, const struct ci *ci, struct st *cur, struct corr *corr)
{
    weft__pg_cf_forget_st(corr, id, cur);
    if (fully) {
        while (rec_release(&cur->rec, id))
            ;
        ls_del(&cur->ls, id);
    } else if (!rec_release(&cur->rec, id)) {
        ls_del(&cur->ls, id);
    }
    if (cur->dead)
        return;
    if (ci->ctx < 0)
        weft__pg_main_unlock(p, id, cur);
    /* Threads this thread started under this lock and has not joined leave its protection. */
    for (size_t e = 0; e < p->nentries && e < MAXE; e++)
        if (bit(cur->live, (int)e)) {
            ls_del(&p->entries[e].prot, id);
            ls_del(&p->entries[e].since, id);
        }
}

/* Keeps in g the write locks held (ls) at every one of its points so far. */
void weft__pg_flag_guard(struct lockset *g, char *init, const struct lockset *ls)
{
    struct lockset w = {0};
    for (int i = 0; i < ls->n; i++)
        if (ls->l[i] & 1)
            w.l[w.n++] = ls->l[i];
    if (*init)
        ls_meet(g, &w);
    else
        *g = w, *init = 1;
}

/* A thread-local lock is no lock: each thread takes its own copy. Where its address goes
 * elsewhere than to lock calls, another thread may take this one's through a pointer: the
 * thread's races are not sure then. */
static int tls_lock(struct icx *x, const struct pop *op)
{
    if (!op->f->u.lock.tls)
        return 0;
    if (weft__pg_lock_maybe_pointed(x->p, op->f->u.lock.key))
        weft__pg_unmodeled(x, "a thread-local lock whose address is handed on");
    return 1;
}

/* A thread-local lock reached through a pointer (lk(&tls_m), mp = &tls_m): this thread's
 * own or another's, which is not known: no lock, and the thread's races not sure. */
static int through_tls(struct icx *x, int id)
{
    if (!weft__pg_tls_global(x->p, weft__pg_str(x->p, id)))
        return 0;
    weft__pg_unmodeled(x, "a thread-local lock reached through a pointer");
    return 1;
}

void weft__pg_on_lock(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    const struct ci *ci = &x->ci;
    struct st *cur = &x->cur;
    if (tls_lock(x, op))
        return;
    if (op->f->u.lock.shared == WEFT__LOCK_SEEN) {
        /* A flag seen set by an acquire load (or read under the mutexes noted): no lock,
         * what its storer did comes before. */
        const char *via = op->f->u.lock.via;
        if (!*op->f->u.lock.key && !cur->dead) { /* a fence */
            weft__pg_synced(p, ci->ctx, cur, WEFT__SYNC_ATOMIC); /* (with relaxed atomics: an order) */
            if (strchr(via, 'R')) { /* what follows is after a release: after any flag's store */
                ls_add(&cur->acq, p->relfence, 1);
                for (int k = 0; k < p->nflags; k++)
                    ls_add(&cur->fst, p->flags[k].id, 1);
            }
            for (int k = 0; k < p->nflags && strchr(via, 'A'); k++) {
                struct lockset one = {1, {(uint32_t)p->flags[k].rseen << 1 | 1u}};
                if (ls_protects(&one, &cur->acq)) /* a relaxed load saw it: now ordered */
                    ls_add(&cur->acq, p->flags[k].seen, 1);
            }
            if (strchr(via, 'A'))
                p->thread_ops++; /* its effect depends on the acquired set, not in a memo's key */
            return;
        }
        for (int k = 0; k < p->nflags && !cur->dead; k++) {
            struct flag *F = &p->flags[k];
            if (F->id != op->ia)
                continue;
            ls_add(&cur->acq, strchr(via, 'x') ? F->rseen : F->seen, 1);
            if (strchr(via, 'l'))
                weft__pg_flag_guard(&F->guard, &F->ginit, &cur->ls);
        }
        return;
    }
    struct ctxinfo *info = weft__pg_info(p, ci->ctx);
    int rd = op->f->u.lock.shared == 1; /* a read lock (0: a write lock, WEFT__LOCK_TICKET one too) */
    if (op->f->u.lock.shared == WEFT__LOCK_TICKET && op->ic >= 0)
        weft__pg_note_ticket(p, op->ia, op->ic);
    /* m[i]: some lock of an array we cannot tell apart, so it protects nothing; it
     * is noted as an element lock held, which the guards of regions need. */
    if (op->typed && op->gstar >= 0 && (op->typed == 1 || element_id(p, op, ci) < 0)) {
        ls_add(&cur->star, op->gstar, !rd);
        info->used_over = 1; /* a lock we cannot name: it may be any */
    }
    /* A lock in what the thread's argument points at when each instance is handed its own
     * object (a mutex malloc'ed per iteration of the create loop): every instance holds
     * another lock, so it keeps nothing from the other instances. */
    const char *lk = op->f->u.lock.key;
    int pk = weft__key_param(lk) >= 0 ? weft__key_param(lk) : weft__key_through_param(lk);
    /* (not when that object is one for the whole program, a global or one allocation of
     * main's: every thread handed it shares the one lock) */
    const char *ak = pk >= 0 && pk < 4 && ci->args[pk] >= 0 ? weft__pg_str(p, ci->args[pk]) : "";
    if (!op->typed && pk >= 0 && (ci->own >> pk & 1) && ci->ctx >= 0 && !weft__pg_one_heap(p, ak) &&
        !(weft__key_is(ak, "g:") && !strpbrk(ak, "["))) {
        info->used_over = 1;
        return;
    }
    if (!op->typed || (op->typed == 2 && element_id(p, op, ci) >= 0)) {
        int id = op->typed ? element_id(p, op, ci) : op_lock(p, op, ci);
        if (id >= 0 && through_tls(x, id))
            return;
        if (!op->typed && id >= 0 && (strstr(weft__pg_str(p, id), "[*]") || strstr(weft__pg_str(p, id), "[@p"))) {
            /* the caller passed &m[i] to a lock wrapper: some element, as lock(&m[i]) is
             * (by its own parameter i too: which constant its callers gave is not known here) */
            int g = weft__pg_star_of(p, weft__pg_str(p, id));
            if (g >= 0)
                ls_add(&cur->star, g, !rd);
            info->used_over = 1;
            return;
        }
        weft__pg_cf_forget_st(&x->corr, id, cur);
        if (strchr(op->f->u.lock.via, 'v')) /* from a void *: maybe another's first member, under two names */
            weft__pg_int_set_add(p, &p->cast_locks, &p->ncast_locks, &p->capcast_locks, id);
        /* Locked again while held: a recursive mutex counts it (a plain one would deadlock),
         * an error-checking one fails and the next unlock frees it. Only a program that makes
         * recursive mutexes counts, and then an error-checking one must not be among them. */
        struct lockset one = {1, {(uint32_t)id << 1 | 1u}};
        if (p->recursive_mutexes && ls_subset(&one, &cur->ls) && cur->rec.n < MAXR)
            cur->rec.id[cur->rec.n++] = id;
        else if (ls_subset(&one, &cur->ls))
            cur->unsure = 1; /* a plain mutex deadlocks here: what follows may never run (step: nd_taint) */
        ls_add(&cur->ls, id, !rd);
        ls_add(&cur->acq, id, !rd);
        weft__pg_note_lock(p, info, id);
        /* &p->m, p a parameter the function never assigns: the lock of p's object, which
         * its accesses p->f reach while it is held (whatever p points at). */
        if (!op->typed && weft__key_through_param(lk) >= 0 && lk[4] == '.' && !strpbrk(lk + 4, "[~*")) {
            char buf[600];
            snprintf(buf, sizeof(buf), "self:%s:%d", lk, id);
            ls_add(&cur->self, weft__pg_intern(p, buf), !rd);
        }
        /* lock(m), m this function's parameter N: the caller's argument's lock (do_call) */
        int pn = weft__key_param(lk);
        if (!rd && pn >= 0 && pn < 4 && !lk[3])
            cur->pacq |= 1 << pn;
        /* &p->m, p a local that keeps its one value: likewise for p's accesses p->f. */
        if (!op->typed && id >= 0 && *op->f->u.lock.sbase) {
            char buf[600];
            snprintf(buf, sizeof(buf), "self:%s:%d", op->f->u.lock.sbase, id);
            ls_add(&cur->self, weft__pg_intern(p, buf), !rd);
        }
    }
}

/* A ticket lock on serving word s takes its tickets from counter n (both string ids). */
void weft__pg_note_ticket(struct prog *p, int s, int n)
{
    for (size_t i = 0; i < p->ntickets; i++)
        if (p->tickets[i].s == s && p->tickets[i].n == n)
            return;
    struct ticket *t = WEFT__PUSH(p->tickets, p->ntickets, p->captickets);
    if (t)
        *t = (struct ticket){s, n};
    else
        p->oom = 1;
}

int weft__pg_self_entry(struct prog *p, uint32_t e, const char **key, int *len)
{
    const char *k = weft__pg_str(p, (int)(e >> 1)) + 5, *c = strrchr(k, ':');
    *key = k;
    *len = (int)(c - k);
    return atoi(c + 1);
}

/* Notes that a thread (info) takes lock id: two threads using one lock may hand data over through it. */
void weft__pg_note_lock(struct prog *p, struct ctxinfo *info, int id)
{
    const char *k = weft__pg_str(p, id);
    if (info->used.n == MAXL || k[0] == '*' || k[0] == 't' || k[0] == 'f' || k[0] == '@')
        info->used_over = 1; /* too many, or a lock reached through a pointer we cannot name */
    else
        ls_add(&info->used, id, 1);
}

/* Releases lock id as an unlock op names it: a relaxed release, or one by a thread that does
 * not hold a lock built from an assumption, is recorded as ordering nothing. */
static void release_named(struct icx *x, const struct pop *op, int id)
{
    struct prog *p = x->p;
    struct st *cur = &x->cur;
    int held = 0, live = x->ci.ctx >= 0;
    for (int i = 0; i < cur->ls.n; i++)
        held |= (int)(cur->ls.l[i] >> 1) == id;
    for (int i = 0; i < MAXE / 64; i++)
        live |= cur->live[i] != 0;
    /* (main's joined children may have started threads that still run) */
    for (size_t e = 0; !live && e < p->nentries && e < MAXE; e++)
        live = bit(cur->started, (int)e) && p->fns[p->entries[e].fn].has_start;
    /* A release a thread makes of a lock built from an assumption it does not hold (it
     * stores the free value while another may hold it), threads running: it orders nothing. */
    int foreign = op->f->u.lock.shared == 3 && !held && live;
    for (size_t i = 0; i < p->ntickets && foreign; i++)
        foreign = p->tickets[i].s != id; /* a ticket word's writes are judged apart (findings.c) */
    /* A semaphore's post without its wait raises the count, threads running or not (sem_init
     * to 1, then a post in main: two threads get in). */
    foreign |= op->f->u.lock.shared == 4 && !held;
    /* assume(g == 1); g = 0 by a thread not holding g: it waited for another's store */
    if (foreign && op->f->u.lock.shared == 3 && strchr(op->f->u.lock.via, 'a') && !cur->dead)
        weft__pg_wait(x);
    if ((op->f->u.lock.shared == 2 || foreign) && !cur->dead) {
        /* A relaxed release: the next holder's section is not ordered after this one. */
        int *v = WEFT__PUSH(p->void_locks, p->nvoid_locks, p->capvoid_locks);
        if (v)
            *v = id;
        else
            p->oom = 1;
    }
    unlock_one(p, id, 0, &x->ci, cur, &x->corr);
}

/* Held lock ls may be the field path f (".stats.mutex") of an object no caller named: a lock
 * with that field path, or one whose object is not a named variable. */
static int field_may_be(const char *ls, const char *f)
{
    size_t n = f ? strlen(f) : 0, m = strlen(ls);
    if (!f || (m >= n && !strcmp(ls + m - n, f)))
        return 1;
    return strncmp(ls, "g:", 2) && strncmp(ls, "o:", 2) && strncmp(ls, "l:", 2);
}

void weft__pg_ticket_write(struct icx *x, int loc, int ordered)
{
    struct prog *p = x->p;
    struct st *cur = &x->cur;
    if (cur->dead || ls_mode(&cur->ls, loc) < 0)
        return;
    for (size_t i = 0; i < p->ntickets; i++)
        if (p->tickets[i].s == loc) {
            if (!ordered) /* a relaxed or acquire-only one orders nothing: the lock protects nothing */
                weft__pg_int_set_add(p, &p->void_locks, &p->nvoid_locks, &p->capvoid_locks, loc);
            unlock_one(p, loc, 0, &x->ci, cur, &x->corr);
            return;
        }
}

/* "*@pN.m" of the caller's argument N an element (&a[i]): the star of that element's member
 * ("a[*].m"), else -1. */
static int param_member_star(struct prog *p, const struct ci *ci, const char *key)
{
    int tp = weft__key_through_param(key);
    if (tp < 0 || tp > 3 || ci->args[tp] < 0)
        return -1;
    char buf[1100];
    snprintf(buf, sizeof(buf), "%s%s", weft__pg_str(p, ci->args[tp]), key + 4);
    return weft__pg_star_of(p, buf);
}

void weft__pg_on_unlock(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    const struct ci *ci = &x->ci;
    struct st *cur = &x->cur;
    if (tls_lock(x, op))
        return;
    if (op->f->u.lock.shared == WEFT__LOCK_TICKET) {
        weft__pg_ticket_write(x, op->ia, !strchr(op->f->u.lock.via, 'r'));
        return;
    }
    cur->self.n = 0; /* it may release any of them (two parameters may point at one object) */
    cur->unlk = 1;
    /* The lock named: through a parameter ("*@pN"), what the caller passed, as for the lock
     * call; an element by the caller's constant; else the op's own key. */
    const char *key = op->f->u.lock.key;
    int elem = op->typed == 2 ? element_id(p, op, ci) : -1;
    int id = elem >= 0 ? elem : !op->typed ? op_lock(p, op, ci) : -1;
    if (id >= 0 && weft__pg_tls_global(p, weft__pg_str(p, id)))
        return; /* (not taken either: through_tls) */
    const char *named = id >= 0 ? weft__pg_str(p, id) : key;
    /* Through a pointer: what a global pointer (or a global's field) points at ("*g:") is the
     * lock of that name, or a lock whose address some store put there (any lock whose address
     * goes elsewhere than sync calls); through any other pointer we cannot follow
     * (uninitialized, returned by code not seen), any lock. */
    /* A parameter's lock ("@pN", "*@pN.m") no caller named (a call through a pointer): any. */
    int unnamed = (named[0] == '@' || !strncmp(named, "*@p", 3)) &&
                  (op->pidx < 0 || op->pidx > 3 || ci->args[op->pidx] < 0);
    /* A mutex known by its type only (&p->m, p given several values): any held lock of that
     * member may be it (f:T.m), any lock at all (t:), that name's own too. */
    int bytype = !strncmp(named, "f:", 2) || !strncmp(named, "t:", 2);
    int bheld = bytype && id >= 0 && ls_mode(&cur->ls, id) >= 0; /* (taken under that name too) */
    int through = (named[0] == '*' && strncmp(named, "*@p", 3)) || unnamed || bytype;
    int global = through && !strncmp(named, "*g:", 3);
    if (cur->star.n) {
        int st = op->pidx >= 0 && op->pidx < 4 && ci->args[op->pidx] >= 0
                     ? weft__pg_star_of(p, weft__pg_str(p, ci->args[op->pidx]))
                     : op->gstar;
        /* (through a parameter, the caller's element and the member: &s->lock given &a[i]) */
        int sn = param_member_star(p, ci, key);
        if (through && !global) {
            cur->star.n = 0;
        } else {
            if (st >= 0)
                ls_del(&cur->star, st);
            if (sn >= 0)
                ls_del(&cur->star, sn);
        }
    }
    if (id >= 0 && (!through || global)) {
        int had = ls_mode(&cur->ls, id) >= 0; /* (held under this name: its own release, a recursive one's level) */
        release_named(x, op, id);
        /* One mutex under its two names: "obj:g:a[0].m" (a helper's lock of the element it
         * was given) and "g:a[0].m" (the caller's own lock call): releasing one releases both. */
        const char *nm = weft__pg_str(p, id);
        char twin[1100];
        snprintf(twin, sizeof(twin), strncmp(nm, "obj:", 4) ? "obj:%s" : "%s", strncmp(nm, "obj:", 4) ? nm : nm + 4);
        int tw = weft__pg_intern(p, twin);
        if (!had && tw >= 0 && tw != id && ls_mode(&cur->ls, tw) >= 0)
            unlock_one(p, tw, 0, ci, cur, &x->corr);
    }
    /* "obj:g:a.m", the lock of an element the caller passed by an index (&a[i], &a[@pN]):
     * whichever element's lock of a the caller holds under its own name may be this one. */
    int tp = weft__key_through_param(key);
    const char *ob = tp >= 0 && tp < 4 && ci->args[tp] >= 0 ? strchr(weft__pg_str(p, ci->args[tp]), '[') : NULL;
    if (id >= 0 && !strncmp(named, "obj:", 4) && ob && !isdigit((unsigned char)ob[1])) { /* (&a[3]: its own, above) */
        int sa = param_member_star(p, ci, key);
        struct lockset held = cur->ls;
        for (int k = 0; k < held.n && sa >= 0; k++) {
            int l = (int)(held.l[k] >> 1);
            if (l != id && weft__pg_star_of(p, weft__pg_str(p, l)) == sa) {
                unlock_one(p, l, 1, ci, cur, &x->corr);
                cur->lockdrop = 1;
            }
        }
    }
    if (id >= 0 && !through)
        return;
    if (bheld)
        release_named(x, op, id); /* (and any other it may be, below) */
    /* Any other lock the pointer may name, or any element of an array (m[i]): every lock it
     * may be is released. Which locks are still held is then not known for sure. */
    size_t plen = op->typed ? (size_t)(strchr(key, '[') - key) + 1 : 0;
    struct lockset held = cur->ls;
    for (int k = 0; k < held.n; k++) {
        int l = (int)(held.l[k] >> 1);
        const char *ls = weft__pg_str(p, l);
        /* A global lock whose address only ever goes straight to sync calls is never what
         * a pointer given a value names (one never given any may name it: "*?"). */
        int may = !through ? !strncmp(ls, key, plen)
                  : global ? l != id && !strncmp(ls, "g:", 2) && weft__pg_lock_maybe_pointed(p, ls)
                  : bytype ? field_may_be(ls, named[0] == 'f' ? strchr(named + 2, '.') : NULL) || !strncmp(ls, "obj:", 4)
                  : strncmp(named, "*?", 2) && !weft__pg_lock_maybe_pointed(p, ls) ? 0
                  : unnamed && named[0] == '*' ? field_may_be(ls, strchr(named + 1, '.'))
                           : 1;
        if (may) {
            unlock_one(p, l, 1, ci, cur, &x->corr);
            cur->lockdrop = 1;
        }
    }
}
