/* The interpreter's accesses: where an access lands, the locks and guards it holds, and the table of accesses seen. */
#include "keys.h"
#include "program_internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t acc_hash(const struct acc *a)
{
    uint64_t k[4] = {(uint64_t)(uint32_t)a->loc << 32 | (uint32_t)a->file, (uint64_t)(uint32_t)a->ctx << 32 | a->line,
                     (uint64_t)a->col << 16 | (uint64_t)(unsigned char)a->mode << 8 | (unsigned char)a->atomic |
                         (uint64_t)a->syncd << 56,
                     (uint64_t)(uint32_t)a->idx << 1 | (unsigned char)a->own | (uint64_t)(uint32_t)a->rgn << 32};
    uint64_t h = mix(WEFT__FNV_INIT, k, 4);
    h = mix_ls(h, &a->ls);
    h = mix_ls(h, &a->acq);
    h = mix(h, a->live, MAXE / 64);
    h = mix(h, a->before, MAXE / 64);
    h = mix(h, a->started, MAXE / 64);
    h = mix_ls(h, &a->bmay);
    h = mix_ls(h, &a->fst);
    return h;
}

static int acc_eq(const struct acc *a, const struct acc *b)
{
    return a->loc == b->loc && a->idx == b->idx && a->own == b->own && a->file == b->file && a->ctx == b->ctx && a->line == b->line &&
           a->rgn == b->rgn && a->syncd == b->syncd && /* (a path's sync and sureness stay together) */
           a->col == b->col &&
           a->mode == b->mode && a->atomic == b->atomic && a->ls.n == b->ls.n &&
           !memcmp(a->ls.l, b->ls.l, sizeof(a->ls.l[0]) * (size_t)a->ls.n) && !memcmp(a->live, b->live, sizeof(a->live)) &&
           a->acq.n == b->acq.n && !memcmp(a->acq.l, b->acq.l, sizeof(a->acq.l[0]) * (size_t)a->acq.n) &&
           !memcmp(a->before, b->before, sizeof(a->before)) && !memcmp(a->started, b->started, sizeof(a->started)) &&
           a->bmay.n == b->bmay.n && !memcmp(a->bmay.l, b->bmay.l, sizeof(a->bmay.l[0]) * (size_t)a->bmay.n) &&
           ls_equal(&a->fst, &b->fst);
}

void weft__pg_acc_add(struct prog *p, const struct acc *a)
{
    if ((p->naccs + 1) * 2 > p->nacc_slots) {
        size_t ns = p->nacc_slots ? p->nacc_slots * 2 : 4096;
        uint64_t *s = calloc(ns, sizeof(*s));
        if (!s) {
            p->oom = 1;
            return;
        }
        free(p->acc_slots);
        p->acc_slots = s;
        p->nacc_slots = ns;
        for (size_t i = 0; i < p->naccs; i++) {
            uint64_t h = acc_hash(&p->accs[i]);
            size_t j = h & (ns - 1);
            while (s[j])
                j = (j + 1) & (ns - 1);
            s[j] = (h & 0xffffffff00000000ULL) | (uint32_t)(i + 1);
        }
    }
    /* The hash's high half kept in the slot spares reading the accesses it does not match. */
    uint64_t h = acc_hash(a), tag = h & 0xffffffff00000000ULL;
    size_t j = h & (p->nacc_slots - 1);
    while (p->acc_slots[j]) {
        uint64_t v = p->acc_slots[j];
        if ((v & 0xffffffff00000000ULL) == tag && acc_eq(&p->accs[(uint32_t)v - 1], a)) {
            /* The same access by another path: keep the surer path's account of it. */
            struct acc *d = &p->accs[(uint32_t)v - 1];
            if (d->unsure + d->lockdrop > a->unsure + a->lockdrop) {
                d->unsure = a->unsure;
                d->lockdrop = a->lockdrop;
                memcpy(d->mlive, a->mlive, sizeof(d->mlive));
                d->rent = a->rent, d->rlo = a->rlo, d->rhi = a->rhi;
            }
            return;
        }
        j = (j + 1) & (p->nacc_slots - 1);
    }
    struct acc *d = WEFT__PUSH(p->accs, p->naccs, p->capaccs);
    if (!d) {
        p->oom = 1;
        return;
    }
    *d = *a;
    p->acc_slots[j] = tag | (uint32_t)p->naccs;
}


/*
 * The caller's location for "*@pN<suffix>" (what it passed as argument N, then the
 * suffix): its id, -1 when unknown, -2 when the caller passed a private local. Array
 * indices are kept for locks (m[3] is not m[4]) and dropped for data (arrays are one location).
 */
int weft__pg_param_key(struct prog *p, const char *key, const struct ci *ci, int keep_index)
{
    int n = key[3] - '0';
    int arg = n >= 0 && n < 4 ? ci->args[n] : -1;
    const char *ak = arg >= 0 ? weft__pg_str(p, arg) : "";
    const char *suffix = key + 4;
    /* Some part of an object, its field: some part of it still (s~, not s~.v). */
    if (!keep_index && weft__key_part(ak))
        suffix = "";
    if (!strncmp(ak, "l:", 2))
        return -2;
    if (!strncmp(ak, "q:", 2))
        return -3; /* the caller's private local, which this callee keeps nothing of */
    if (strncmp(ak, "g:", 2) && strncmp(ak, "*g:", 3) && strncmp(ak, "t:", 2) && strncmp(ak, "f:", 2) &&
        strncmp(ak, "o:", 2) && strncmp(ak, "h:", 2))
        return -1;
    char buf[1024];
    size_t o = 0;
    if (!strncmp(ak, "t:", 2) && *suffix) {
        memcpy(buf, "f:", 2);
        o = 2;
        ak += 2;
    }
    for (int depth = 0; *ak && o < sizeof(buf) - 1; ak++) {
        depth += *ak == '[';
        if (keep_index || !depth)
            buf[o++] = *ak;
        depth -= *ak == ']' && depth;
    }
    snprintf(buf + o, sizeof(buf) - o, "%s", suffix);
    weft__key_cut_union(buf);
    return weft__pg_intern(p, buf);
}

/* Argument key k names an element of an array variable ("g:...@a[2]", "o:...#buf") or the
 * variable: not of a member array ("g:...@s.a[0]": s[0].a and s[1].a are one location). */
static int plain_array(const char *k)
{
    const char *name = weft__key_var_name(k);
    size_t n = strcspn(name, "[");
    return !memchr(name, '.', n);
}

/* An access through a pointer parameter: the caller's location, else memory by type.
 * Returns 0, or 1 when there is no access (the caller passed a null pointer). */
static int param_access(struct prog *p, const struct pop *op, const struct ci *ci, struct acc *a)
{
    int n = op->pidx;
    if (n >= 0 && n < 4 && ci->args[n] >= 0 && !strcmp(weft__pg_str(p, ci->args[n]), "n:"))
        return 1; /* a null pointer: the access cannot happen (the code tests it first) */
    int id = weft__pg_param_key(p, op->f->u.access.loc, ci, 0);
    if (id == -3)
        return 1;
    /* A read of the string literal the caller passed (put("abc")): nobody writes it. */
    if (n >= 0 && n < 4 && ci->args[n] >= 0 && !strncmp(weft__pg_str(p, ci->args[n]), "*\"", 2) &&
        op->f->u.access.mode == WEFT__READ)
        return 1;
    /* A private local of the caller (through a function pointer the extractor could not
     * follow: "l:", not "q:") that this function keeps nothing of: nobody else's either. */
    if (id == -2 && op->f->u.access.owner == WEFT__OWNER_CALLER)
        return 1;
    /* A caller's local may still be published by the callee (passed on to a thread): by type. */
    if (id < 0) {
        a->loc = a->tloc; /* unknown: memory by type */
        a->typed = a->alias = 1;
        return 0;
    }
    const char *k = weft__pg_str(p, id);
    a->loc = id;
    /* The caller passed some part of an object (c + 1, a cast): so is what this reaches. So
     * is a member reached in a union's member the caller passed (p->lo of &v.h: the union's
     * location, which of its bytes not kept). */
    const char *given = weft__pg_str(p, ci->args[n]);
    if (weft__key_part(k) || (strstr(given, ".*") && op->f->u.access.loc[4]))
        a->part = 1, a->idx = -1;
    /* The caller passed an element of an array (&a[i]), or the callee goes past what it was
     * given (p[1], p + 1): which element is not known here. An element by a constant
     * (&a[1], a + 1) is that element, as a[1] is (location a, index 1). */
    const char *ak = weft__pg_str(p, ci->args[n]);
    int pk = op->f->u.access.index_kind == WEFT__INDEX_CONST && op->f->u.access.index < INT_MAX; /* p[K] */
    const char *open = strchr(ak, '['), *close = open ? strchr(open, ']') : NULL;
    char *end = NULL;
    long ix = open && close && open[1] >= '0' && open[1] <= '9' ? strtol(open + 1, &end, 10) : -1;
    /* (p[K]: element K from the one passed, K from 0 for a whole object, of an array variable
     * (not a member array, s[0].a and s[1].a one location) accessed by name as p's type: a
     * char or long view of an int array reaches other elements, or parts of them) */
    long k0 = pk ? op->f->u.access.index : 0;
    int same = weft__pg_elem_type(p, id, op->ic), plain = plain_array(ak);
    int named = !strncmp(ak, "g:", 2) || !strncmp(ak, "o:", 2);
    if (ix >= 0 && ix < INT_MAX - k0 && end == close && !strchr(close + 1, '[') && !a->part && named && plain &&
        (op->f->u.access.own_target ? !k0 && same != 0 : pk && same == 1)) {
        a->idx = (int)(ix + k0); /* (the location is the array's: weft__pg_param_key leaves the index out) */
    } else if (pk && !open && !a->part && named && plain && same == 1) {
        a->idx = (int)k0; /* p[K] of the whole object the caller passed: its element K */
    } else {
        a->vidx |= strchr(ak, '[') != NULL || !op->f->u.access.own_target || pk;
        a->velem |= strchr(ak, '[') != NULL || pk;
    }
    /* What a global pointer points at ("*g:") may be any object of its type. */
    a->typed = k[0] == 't' || k[0] == 'f' || !strncmp(k, "*g:", 3);
    /* (a field by type the caller passed, f:T.buf for m->buf, that the callee reads as
     * scalars of its own type, p[i] of a char *: paired as that field is; not a member the
     * callee reaches in it, w->pending, paired as f:struct work_struct.pending) */
    const char *tk = a->tloc >= 0 ? weft__pg_str(p, a->tloc) : "";
    /* (so is a whole struct by type, t:struct S, read as bytes: views_into_members) */
    int whole = !strncmp(k, "t:struct ", 9) || !strncmp(k, "t:union ", 8);
    if ((k[0] == 'f' || whole) && !strncmp(tk, "t:", 2) && strncmp(tk, "t:struct ", 9) && strncmp(tk, "t:union ", 8))
        a->tloc = id;
    /* A starter's local ("o:") or fresh allocation ("h:") given to a thread: the starter's
     * own accesses to it are by type. */
    a->alias = a->typed || !strncmp(k, "*g:", 3) || !strncmp(k, "o:", 2) || !strncmp(k, "h:", 2) ||
               weft__pg_addr_taken(p, k) || !strncmp(k, "g:c:@", 5);
    return 0;
}

/* The number the caller passed as argument n, spelled mark then digits ("*3", "~0"), else -1. */
static long arg_number(struct prog *p, const struct ci *ci, int n, char mark)
{
    if (n < 0 || n > 3 || ci->args[n] < 0)
        return -1;
    const char *k = weft__pg_str(p, ci->args[n]);
    if (mark == '*' && !strcmp(k, "n:"))
        return 0; /* (void *)0 given as a number */
    if (k[0] != mark || k[1] < '0' || k[1] > '9')
        return -1;
    char *end;
    long v = strtol(k + 1, &end, 0);
    return *end ? -1 : v;
}

/* The integer constant the caller passed as argument n ("*3"), else -1. */
long weft__pg_arg_const(struct prog *p, const struct ci *ci, int n)
{
    return arg_number(p, ci, n, '*');
}

/* The value the caller's argument n holds on every run where the thread API's calls
 * succeed ("~0" for must(pthread_mutex_lock(&m))), else -1. */
long weft__pg_arg_assumed(struct prog *p, const struct ci *ci, int n)
{
    return arg_number(p, ci, n, '~');
}

/* A key's rest after the pointer (".f", ".s.a[3].f") as the path of members it takes, the
 * elements' indexes left out (".s.a.f"), into buf: 1, or 0 when it is not only members and
 * elements (a union's "*", a part's "~"). For a lock (elems 0), members only. */
static int member_path(const char *r, int elems, char *buf, size_t n)
{
    size_t o = 0;
    if (*r != '.')
        return 0;
    for (int depth = 0; *r; r++) {
        if (*r == '[' && !elems)
            return 0;
        depth += *r == '[';
        if (!depth && (*r == '*' || *r == '~'))
            return 0;
        if (!depth && o + 1 < n)
            buf[o++] = *r;
        depth -= *r == ']' && depth;
    }
    buf[o] = '\0';
    return o + 1 < n;
}

/* The lock of the object an access reaches, "TLOC|PATH#LOCKPATH" (id + 1), 0 none: an access
 * p->PATH while this run holds p->LOCKPATH taken through that same p (p a parameter never
 * assigned, or a local that keeps its initializer's value), or G->PATH holding G->LOCKPATH
 * (G a global, "g:", or what a global pointer points at, "*g:", as those keys name one object
 * for every access and lock). Two accesses with the same such lock hold one mutex if they
 * reach one object; the path tells p->s.n under p->lock from q->n under q->lock (q = &p->s). */
/* The name of that lock: the type of the object the access is in and the lock's path in it
 * ("struct dev#.lock"), else the memory's type and the path to it ("f:struct sub.n|.s.n#.lock"). */
static void object_lock(char *buf, size_t n, const struct weft__access *fa, const char *path, const char *lpath, int ln)
{
    if (*fa->sbtype)
        snprintf(buf, n, "%s#%.*s", fa->sbtype, ln, lpath);
    else
        snprintf(buf, n, "%s|%s#%.*s", fa->tloc, path, ln, lpath);
}

static int self_lock(struct prog *p, const struct weft__access *fa, const struct st *cur, char *w, int *lid)
{
    char path[300], lpath[300], buf[1000];
    if (!*fa->tloc)
        return 0;
    /* (not an element of a global array: element_lock) */
    int elem = fa->index_kind != WEFT__INDEX_NONE || fa->varying || fa->aff.kind != WEFT__AFF_NONE;
    const char *gk = (!strncmp(fa->loc, "*g:", 3) || !strncmp(fa->loc, "g:", 2)) && !elem ? fa->loc : NULL;
    const char *at = gk ? strrchr(gk, '@') : NULL, *dot = at ? strchr(at, '.') : NULL;
    if (dot && member_path(dot, 1, path, sizeof(path))) {
        size_t n = (size_t)(dot - gk);
        for (int i = 0; i < cur->ls.n; i++) {
            const char *k = weft__pg_str(p, (int)(cur->ls.l[i] >> 1));
            if (strncmp(k, gk, n) || !member_path(k + n, 0, lpath, sizeof(lpath)))
                continue;
            object_lock(buf, sizeof(buf), fa, path, lpath, (int)strlen(lpath));
            *w = (char)(cur->ls.l[i] & 1);
            *lid = (int)(cur->ls.l[i] >> 1);
            return weft__pg_intern(p, buf) + 1;
        }
        return 0;
    }
    /* (through a local, sbase "L", 8 digits and PATH; through a parameter, "*@pN.PATH", a
     * local copy of one too) */
    for (int via = 0; via < 2 && cur->self.n; via++) {
        const char *who = via ? fa->loc : fa->sbase;
        size_t b = via ? 4 : 9;
        if (strlen(who) <= b || !member_path(who + b, 1, path, sizeof(path)) ||
            (via && (!fa->own_target || weft__key_through_param(fa->loc) < 0)))
            continue;
        for (int i = 0; i < cur->self.n; i++) {
            const char *k;
            int n, id = weft__pg_self_entry(p, cur->self.l[i], &k, &n);
            if ((size_t)n <= b || strncmp(k, who, b) || k[b] != '.' || ls_mode(&cur->ls, id) < 0)
                continue; /* another pointer's object, or released */
            object_lock(buf, sizeof(buf), fa, path, k + b, n - (int)b);
            /* (the side this object's lock was taken on: another object's lock of the same
             * name, held for writing, says nothing of this one) */
            *w = (char)(cur->self.l[i] & 1);
            *lid = id;
            return weft__pg_intern(p, buf) + 1;
        }
    }
    return 0;
}

/* Whether code takes the address of thread-local key k's variable ("g:USR", as the address
 * facts name it for &tl and &tl.calls alike), for an access to it or to a part (tl.calls). */
static int tls_address_taken(struct prog *p, const char *k)
{
    const char *at = strrchr(k, '@');
    size_t n = (size_t)(at ? at - k : 0) + strcspn(at ? at : k, ".[");
    char buf[1024];
    if (n >= sizeof(buf))
        return 1;
    memcpy(buf, k, n);
    buf[n] = '\0';
    int id = weft__strtab_find(&p->S, buf);
    return id >= 0 && (size_t)id < p->naddr && p->addr_taken[id];
}

/* The elements an access reaches (ex_affine.c), its V resolved: a constant the caller
 * passed, or a value no other instance of this thread was given (its argument, or the
 * counter its create loop stored where the argument points). aff 1: elements alo to ahi;
 * 2: am*V + [alo, ahi] (+ a multiple of amod); 3: the elements alo + a multiple of amod. */
static void affine(struct prog *p, const struct ci *ci, const struct pop *op, struct acc *a)
{
    const struct weft__affix *f = &op->f->u.access.aff;
    a->aff = a->crng = a->arem = 0;
    if (f->kind == WEFT__AFF_NONE)
        return;
    a->am = f->m;
    a->alo = f->lo;
    a->ahi = f->hi;
    a->amod = f->mod;
    a->arem = (char)f->rem;
    a->vspan = -1;
    const struct entry *E = ci->ctx >= 0 ? &p->entries[ci->ctx] : NULL;
    if (f->kind == WEFT__AFF_PARAM) {
        long c = weft__pg_arg_const(p, ci, f->param);
        if (c >= 0 && f->vbits > 0 && f->vbits < 63 && c >= 1L << f->vbits)
            return; /* the constant does not fit the parameter's type */
        if (c >= 0 && c < (1L << 30) && f->m > -(1L << 30) && f->m < (1L << 30)) {
            a->alo += f->m * c;
            a->ahi += f->m * c;
            a->am = 0;
        } else if (E && (ci->own >> f->param & 1) && E->dop) {
            a->aff = 2;
            a->av = 1;
        } else {
            return;
        }
    } else if (f->kind == WEFT__AFF_PARAM_VAL) {
        if (!(f->param == 0 && ci->depth == 0 && E && (ci->own & 1) && E->vop && E->dop == E->vop &&
              !strcmp(E->vop->f->u.create.dval, f->field)))
            return;
        a->aff = 2;
        a->av = 2 + weft__pg_intern(p, f->field);
    }
    if (a->aff != 2) {
        if (a->amod) { /* a stride from a constant: one residue modulo amod */
            if (a->alo == a->ahi)
                a->aff = 3, a->alo = a->ahi = (a->alo % a->amod + a->amod) % a->amod;
            return;
        }
        a->aff = a->crng = 1;
        a->clo = a->alo;
        a->chi = a->ahi;
        return;
    }
    /* The values the create loop handed the instances: how far apart, and their range. They
     * must survive the integers V went through (a long value read as (int)(long)arg). */
    const struct weft__create *cr = &E->dop->f->u.create;
    long lim = 1L << 30;
    int values = cr->vstride > 0 && cr->vlo <= cr->vhi, known = values && cr->vlo > -lim && cr->vhi < lim;
    if (f->vbits > 0 && f->vbits < 63 && !(values && cr->vlo >= 0 && cr->vhi < 1L << f->vbits) &&
        !(cr->vsrc > 0 && cr->vsrc <= f->vbits)) {
        a->aff = 0;
        return;
    }
    a->ast = cr->vstride > 0 ? cr->vstride : 1;
    if (known)
        a->vspan = cr->vhi - cr->vlo;
    if (known && !a->amod && a->am > -lim && a->am < lim) {
        long x0 = a->am * cr->vlo, x1 = a->am * cr->vhi;
        a->crng = 1;
        a->clo = (x0 < x1 ? x0 : x1) + a->alo;
        a->chi = (x0 < x1 ? x1 : x0) + a->ahi;
    }
}

/*
 * Element N of a global array accessed holding the lock of that same element (g[3].n
 * under g[3].m) holds "the lock of the element it accesses", which is what an access
 * through a pointer to that element holds with its lock ("obj:g[3].m"; "obj:g.m" for &g[i]).
 */
static void element_lock(struct prog *p, const struct weft__access *fa, struct acc *a)
{
    const char *k = weft__pg_str(p, a->loc), *at = strrchr(k, '@');
    const char *dot = strchr(at ? at : k, '.');
    size_t base = dot ? (size_t)(dot - k) : strlen(k);
    char want[32];
    int wn = snprintf(want, sizeof(want), "[%d]", a->idx);
    struct lockset add = {0};
    for (int i = 0; i < a->ls.n; i++) {
        const char *l = weft__pg_str(p, (int)(a->ls.l[i] >> 1));
        if (strncmp(l, k, base) || strncmp(l + base, want, (size_t)wn))
            continue;
        char buf[600];
        snprintf(buf, sizeof(buf), "obj:%s", l); /* the lock of element N, as &a[N] passes it */
        ls_add(&add, weft__pg_intern(p, buf), a->ls.l[i] & 1);
        /* and the lock of the object it reaches, as p->f under p->m holds it */
        const char *t = weft__pg_str(p, a->tloc);
        char path[300], lpath[300];
        if (!a->slock && !strncmp(t, "f:", 2) && member_path(k + base, 1, path, sizeof(path)) &&
            member_path(l + base + wn, 0, lpath, sizeof(lpath))) {
            char sk[1000];
            object_lock(sk, sizeof(sk), fa, path, lpath, (int)strlen(lpath));
            a->slock = weft__pg_intern(p, sk) + 1;
            a->slockw = (char)(a->ls.l[i] & 1);
            a->slockid = (int)(a->ls.l[i] >> 1);
        }
    }
    for (int i = 0; i < add.n; i++)
        ls_add(&a->ls, (int)(add.l[i] >> 1), add.l[i] & 1);
}

/*
 * Memory of a region (the element a[v] of a global array and what is reached from it)
 * accessed while m[v] is held: the access holds the region's guard, as every access to
 * that array's elements under their own lock does. The guard comes from the access, from
 * the caller (through a parameter), or, for memory the caller owned that the callee stores
 * only into what parameter Q points at, from Q's.
 */
static void region_guard(struct prog *p, const struct pop *op, const struct ci *ci, const struct st *cur,
                         int owned, struct acc *a)
{
    int g = op->guard, gs = op->gstar;
    if (p->regions_linked && !(op->gself && g > 0))
        return;
    if (owned && op->ocls == 1)
        g = ci->guard[op->oq], gs = ci->gstar[op->oq];
    else if (g < 0)
        gs = ci->gstar[-g - 1], g = ci->guard[-g - 1];
    int mode = g > 0 && gs >= 0 ? ls_mode(&cur->star, gs) : -1;
    if (mode >= 0)
        ls_add(&a->ls, g - 1, mode);
}


/* A store to a flag some loop waits for (prog.flags): from here on this thread may have
 * stored it; one thread storing it keeps it a hand-off if every store is a release (or
 * relaxed after a release fence) for atomic waits, and holds the waits' mutex for plain ones. */
static void flag_store(struct icx *x, const struct pop *op, int loc)
{
    struct prog *p = x->p;
    const struct weft__access *fa = &op->f->u.access;
    if (fa->mode == WEFT__READ || x->cur.dead)
        return;
    for (int k = 0; k < p->nflags; k++) {
        struct flag *F = &p->flags[k];
        if (F->id != loc) /* (through a parameter: the caller's argument's location) */
            continue;
        ls_add(&x->cur.fst, F->id, 1);
        F->writer = F->writer == FLAG_NONE || F->writer == x->ci.ctx ? x->ci.ctx : FLAG_MANY;
        /* An acquire load pairs with a release store; a read under a mutex with a store
         * under that mutex (the locks every store holds, sguard). */
        struct lockset rf = {1, {(uint32_t)p->relfence << 1 | 1u}};
        if (F->acquire && fa->atomic == 1 && fa->relaxed)
            p->thread_ops++; /* decided by a fence the caller passed (acq): never memoized */
        F->bad |= fa->mode == WEFT__EXT ||
                  (F->acquire && (fa->atomic != 1 || (fa->relaxed && !ls_protects(&rf, &x->cur.acq))));
        if (F->plain)
            weft__pg_flag_guard(&F->sguard, &F->sinit, &x->cur.ls);
        F->tloc = *fa->tloc ? op->ic : -1;
    }
}

/* A store to global pointer P (cursor = cursor->next) while holding a lock taken through it
 * (lock(&cursor->mutex), "*g:cursor.mutex"): that name now names another object's lock, and
 * the lock held is no longer known by a name, so it is dropped (it may still order nothing
 * the analysis relies on). */
static void moved_lock_ptr(struct prog *p, struct st *cur, const struct weft__access *fa)
{
    if (fa->mode == WEFT__READ || !cur->ls.n || !weft__key_is(fa->loc, "g:") || !*fa->tloc ||
        fa->tloc[strlen(fa->tloc) - 1] != '*')
        return;
    size_t n = strlen(fa->loc);
    for (int i = cur->ls.n - 1; i >= 0; i--) {
        const char *k = weft__pg_str(p, (int)(cur->ls.l[i] >> 1));
        if (k[0] == '*' && !strncmp(k + 1, fa->loc, n) && (!k[n + 1] || k[n + 1] == '.' || k[n + 1] == '['))
            ls_del(&cur->ls, (int)(cur->ls.l[i] >> 1));
    }
}

/* An access: recorded with the locks held, the threads that may run, and what orders it. */
void weft__pg_on_access(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    const struct ci *ci = &x->ci;
    const struct st *cur = &x->cur;
    if (cur->dead)
        return;
    const struct weft__access *fa = &op->f->u.access;
    moved_lock_ptr(p, &x->cur, fa);
    struct acc a;
    memset(&a, 0, sizeof(a));
    /* (what a function of the program does with its argument is in its body; not what its
     * va_list does in the C library's v*scanf, libc 3) */
    if (fa->mode == WEFT__EXT && p->last_call_defined && fa->libc != 3)
        return;
    /* A thread-local variable's own copy is shared only if some code takes its address (of
     * the variable, or of a part: &tl, &tl.calls, for tl.calls). */
    if (fa->tls && !tls_address_taken(p, fa->loc))
        return;
    a.loc = op->ia;
    a.tloc = *fa->tloc ? op->ic : a.loc;
    a.part = (char)weft__key_part(op->pointed ? weft__pg_str(p, op->ia) : fa->loc);
    a.file = op->ifile;
    a.path = ci->path;
    a.text = op->ib;
    a.ctx = ci->ctx;
    a.rgn = ci->rgn;
    a.line = op->f->line;
    a.col = op->f->col;
    a.mode = fa->mode == WEFT__EXT ? WEFT__WRITE : fa->mode;
    a.typed = op->typed;
    a.alias = op->alias;
    a.root = op->root;
    a.vtype = op->vtype;
    a.ukey = op->ukey;
    a.upath = op->upath;
    a.ixv = op->ixv;
    a.pbase = op->pbase;
    a.iter = (char)fa->iter;
    /* A local of the function's own frame, or one a caller on this thread's stack passed. */
    a.ownframe = (char)(!strncmp(fa->loc, "o:", 2) ||
                        (op->pidx >= 0 && op->pidx < 4 && (ci->ownf >> op->pidx & 1)));
    a.idx = op->pidx >= 0 || a.part ? -1 : op->args[0] < -1 ? weft__pg_arg_const(p, ci, -(op->args[0] + 2)) : op->args[0];
    /* What the caller owns and the callee lets nobody reach: no access. */
    int owned = op->pidx >= 0 && op->pidx < 4 && (ci->owned >> op->pidx & 1);
    if (owned && op->ocls == 0)
        return;
    if (op->pidx >= 0 && param_access(p, op, ci, &a))
        return; /* the caller's own private local */
    if (ci->ctx < 0 && fa->mode != WEFT__WRITE)
        x->cur.mread = 1;
    a.atomic = (char)fa->atomic;
    a.syncd = cur->syncd; /* (before an atomic access's own) */
    /* atomics the program uses itself, not a lock's or a semaphore's own; a relaxed one
     * orders nothing (with a fence it may: the fence counts, interp_locks.c) */
    if (fa->atomic == 1 && fa->relaxed != 1)
        weft__pg_synced(p, ci->ctx, &x->cur, WEFT__SYNC_ATOMIC);
    a.sup = (char)fa->suppressed;
    a.sbt = fa->sbtype && *fa->sbtype ? weft__pg_intern(p, fa->sbtype) : -1;
    a.unsure = cur->unsure;
    a.fn = ci->fn;
    a.lockdrop = cur->lockdrop || cur->ldk1 || cur->star.n;
    a.vidx |= (char)fa->varying;
    a.velem |= (char)fa->varying;
    a.vol = (char)fa->vol;
    a.libc = (char)(fa->libc == 1);
    a.freed = (char)(fa->libc == 2);
    /* (through a parameter too: accumulate(&scratch) writes what the caller's copy is) */
    a.tls = (char)(fa->tls || (op->pidx >= 0 && a.loc >= 0 && weft__pg_tls_global(p, weft__pg_str(p, a.loc))));
    a.ext = fa->mode == WEFT__EXT;
    a.rent = -1;
    if (ci->ctx < 0) {
        memcpy(a.mlive, cur->mlive, sizeof(a.mlive));
        for (size_t e = 0; e < p->nentries && e < MAXE && a.rent < 0; e++)
            if (p->entries[e].rok && bit(cur->mlive, (int)e))
                a.rent = (int)e, a.rlo = p->entries[e].rlo, a.rhi = p->entries[e].rhi;
    }
    a.own = op->pidx >= 0 && op->pidx < 4 && fa->own_target && (ci->own >> op->pidx & 1);
    /* g[k] by parameter k, which holds a value no other instance of the thread was given
     * (a loop counter, a fresh allocation's address): that instance's own element. */
    if (op->pidx < 0 && op->args[0] < -1 && -(op->args[0] + 2) < 4 && (ci->own >> -(op->args[0] + 2) & 1))
        a.own = 1;
    /* g[*(int *)arg] in a thread's own function, its create loop having stored each
     * iteration's counter there: a value no other instance read, that instance's element. */
    if (fa->index_kind == WEFT__INDEX_PARAM_VAL && fa->index == 0 && ci->depth == 0 && ci->ctx >= 0 &&
        (ci->own & 1) && p->entries[ci->ctx].vop && p->entries[ci->ctx].dop == p->entries[ci->ctx].vop &&
        !strcmp(p->entries[ci->ctx].vop->f->u.create.dval, fa->ixfield))
        a.own = 1;
    affine(p, ci, op, &a);
    a.ls = cur->ls;
    a.slock = self_lock(p, fa, cur, &a.slockw, &a.slockid);
    if (op->pidx >= 0 && !fa->own_target) {
        /* p[1], p + 1: a neighbour of the element passed, which that element's lock does not guard. */
        struct lockset keep = {0};
        for (int i = 0; i < a.ls.n; i++)
            if (strncmp(weft__pg_str(p, (int)(a.ls.l[i] >> 1)), "obj:", 4))
                keep.l[keep.n++] = a.ls.l[i];
        /* (p[1] under lock(&p[1].m) holds it: which lock, not followed, so no definite race) */
        a.lockdrop |= keep.n < a.ls.n;
        a.ls = keep;
    }
    region_guard(p, op, ci, cur, owned, &a);
    if (a.idx >= 0)
        element_lock(p, fa, &a);
    /* What the thread surely acquired before the access: in a callee, only what this call
     * acquired itself (a memoized run is reused from other callers, which had acquired
     * other things; what it acquired itself it acquires for every caller). */
    if (ci->depth == 0)
        a.acq = cur->acq;
    else
        for (int i = 0; i < cur->acq.n; i++)
            if (ls_mode(&x->in_acq, (int)(cur->acq.l[i] >> 1)) < 0)
                a.acq.l[a.acq.n++] = cur->acq.l[i];
    if (ci->atomic) {
        ls_add(&a.ls, p->atomic_lock, 1);
        weft__pg_note_lock(p, weft__pg_info(p, ci->ctx), p->atomic_lock);
    }
    memcpy(a.live, cur->live, sizeof(a.live)); /* the threads this one started that may run */
    memcpy(a.started, cur->started, sizeof(a.started));
    a.bmay = cur->bmay;
    a.fst = cur->fst;
    if (ci->ctx < 0) {
        for (size_t e = 0; e < p->nentries && e < MAXE; e++)
            if (bit(cur->live, (int)e) && ls_protects(&cur->ls, &p->entries[e].since))
                setbit(a.before, (int)e);
    }
    weft__pg_acc_add(p, &a);
    flag_store(x, op, a.loc);
    if (fa->mode != WEFT__READ && p->ntickets) /* (through a pointer too: release(&serving)) */
        weft__pg_ticket_write(x, a.loc, fa->atomic == 1 && !fa->relaxed);
}
