/* Links per-TU facts into one program: interned strings, functions, function-pointer slots, thread entries, global roots and values. */
#include "program_internal.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int weft__pg_intern(struct prog *p, const char *s)
{
    int id = weft__strtab_intern(&p->S, s ? s : "");
    if (id < 0) {
        p->oom = 1;
        return 0;
    }
    return id;
}

void weft__pg_reason(struct prog *p, const char *fmt, const char *a, const char *b, unsigned line)
{
    char buf[512];
    snprintf(buf, sizeof(buf), fmt, a, b, line);
    for (size_t i = 0; i < p->nreasons; i++)
        if (!strcmp(p->reasons[i], buf))
            return;
    const char **slot = WEFT__PUSH(p->reasons, p->nreasons, p->capreasons);
    if (!slot || !(*slot = weft__pg_str(p, weft__pg_intern(p, buf))))
        p->oom = 1;
}


static struct slotres *slot_get(struct prog *p, int id)
{
    if ((size_t)id >= p->nslots) {
        size_t n = p->S.n + 16;
        struct slotres *s = realloc(p->slots, n * sizeof(*s));
        if (!s) {
            p->oom = 1;
            return NULL;
        }
        memset(s + p->nslots, 0, (n - p->nslots) * sizeof(*s));
        p->slots = s;
        p->nslots = n;
    }
    return &p->slots[id];
}

/* Adds x to the small set v[0..*n) unless it is there; sets p->oom when it cannot grow. */
void weft__pg_int_set_add(struct prog *p, int **v, size_t *n, size_t *cap, int x)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i] == x)
            return;
    int *slot = WEFT__PUSH(*v, *n, *cap);
    if (slot)
        *slot = x;
    else
        p->oom = 1;
}

static void slot_add(struct prog *p, struct slotres *r, int fn)
{
    weft__pg_int_set_add(p, &r->fns, &r->n, &r->cap, fn);
}

/* The functions a function-pointer slot may hold (fields also get "any field" bindings). */
struct slotres *weft__pg_resolve(struct prog *p, int slot)
{
    struct slotres *r = slot_get(p, slot);
    if (!r || r->state)
        return r;
    r->state = 1;
    for (size_t i = 0; i < p->nbinds; i++) {
        if (p->bind_slot[i] != slot)
            continue;
        const char *u = weft__pg_str(p, p->bind_usr[i]);
        if (u[0] == '=') {
            int from = weft__pg_intern(p, u + 1);
            struct slotres *o = weft__pg_resolve(p, from);
            r = slot_get(p, slot);
            if (o && r)
                for (size_t j = 0; j < o->n; j++)
                    slot_add(p, r, o->fns[j]);
        } else {
            int f = weft__pg_fn_lookup(p, p->bind_usr[i]);
            if (f >= 0 && r)
                slot_add(p, r, f);
        }
    }
    const char *s = weft__pg_str(p, slot);
    const char *dot = strrchr(s, '.');
    if (!strncmp(s, "f:", 2) && dot && strcmp(dot, ".*")) {
        char buf[512];
        snprintf(buf, sizeof(buf), "%.*s.*", (int)(dot - s), s);
        int any_id = weft__pg_intern(p, buf);
        struct slotres *o = weft__pg_resolve(p, any_id);
        r = slot_get(p, slot);
        if (o && r)
            for (size_t j = 0; j < o->n; j++)
                slot_add(p, r, o->fns[j]);
    }
    r = slot_get(p, slot);
    if (r)
        r->state = 2;
    return r;
}

#define MAXARGS 8 /* thread entries told apart by argument, per function */

/* The thread entry running fn with argument arg (a location id, -1 unknown), started
 * under condition cond (key * 2 + value of the innermost if on a one-value local, -1
 * none); a function started in more than MAXARGS ways shares one entry for the rest. */
int weft__pg_entry_get(struct prog *p, int fn, int arg, int cond)
{
    int n = 0;
    for (int e = p->entry_of[fn] - 1; e >= 0; e = p->entries[e].next, n++)
        if (p->entries[e].arg == arg && p->entries[e].cond == cond)
            return e;
    if (n >= MAXARGS && (arg != -1 || cond != -1))
        return weft__pg_entry_get(p, fn, -1, -1);
    struct entry *e = WEFT__PUSH(p->entries, p->nentries, p->capentries);
    int *w = e ? WEFT__PUSH(p->work, p->nwork, p->capwork) : NULL;
    if (!w) {
        p->oom = 1;
        return 0;
    }
    memset(e, 0, sizeof(*e));
    e->fn = fn;
    e->arg = arg;
    e->cond = cond;
    e->parent = -1;
    e->next = p->entry_of[fn] - 1;
    e->ckey = -1;
    *w = (int)p->nentries - 1;
    p->entry_of[fn] = (int)p->nentries;
    return (int)p->nentries - 1;
}

uint64_t *weft__pg_handle_bits(struct prog *p, int handle, int create)
{
    for (size_t i = 0; i < p->nhandles; i++)
        if (p->handle_ids[i] == handle)
            return &p->handle_bits[i * (MAXE / 64)];
    if (!create)
        return NULL;
    if (weft__grow((void **)&p->handle_bits, &p->caphb, (p->nhandles + 1) * (MAXE / 64), sizeof(uint64_t))) {
        p->oom = 1;
        return NULL;
    }
    int *slot = WEFT__PUSH(p->handle_ids, p->nhandles, p->caphandles);
    if (!slot) {
        p->oom = 1;
        return NULL;
    }
    *slot = handle;
    uint64_t *b = &p->handle_bits[(p->nhandles - 1) * (MAXE / 64)];
    memset(b, 0, sizeof(uint64_t) * (MAXE / 64));
    return b;
}

/* Whether the global a key starts from ("g:USR" or "g:USR.f...") has its address taken. */
int weft__pg_addr_taken(struct prog *p, const char *key)
{
    if (strncmp(key, "g:", 2))
        return 0;
    char buf[512];
    snprintf(buf, sizeof(buf), "%s", key);
    char *dot = strchr(strrchr(buf, '@') ? strrchr(buf, '@') : buf, '.');
    if (dot)
        *dot = '\0';
    int id = weft__strtab_find(&p->S, buf);
    return id >= 0 && (size_t)id < p->naddr && p->addr_taken[id];
}

/* A parameter reference "@pN" (N < 4): N, else -1. */
int weft__pg_param_ref(const char *k)
{
    return k[0] == '@' && k[1] == 'p' && k[2] >= '0' && k[2] <= '3' && !k[3] ? k[2] - '0' : -1;
}

int weft__pg_lock_text_id(struct prog *p, int id, const char *key, const char *text)
{
    if ((size_t)id >= p->nlock_text) {
        size_t n = p->S.n + 64;
        const char **t = realloc(p->lock_text, n * sizeof(*t));
        if (!t) {
            p->oom = 1;
            return id;
        }
        memset(t + p->nlock_text, 0, (n - p->nlock_text) * sizeof(*t));
        p->lock_text = t;
        p->nlock_text = n;
    }
    if (!p->lock_text[id] && text && *text && key[0] != '@')
        p->lock_text[id] = weft__pg_str(p, weft__pg_intern(p, text));
    return id;
}

/* "m[*]", the element lock of key "m[...]", or -1 when key names no element. */
int weft__pg_star_of(struct prog *p, const char *key)
{
    const char *b = strrchr(key, '[');
    char buf[600];
    if (!b)
        return -1;
    snprintf(buf, sizeof(buf), "%.*s[*]", (int)(b - key), key);
    return weft__pg_intern(p, buf);
}

/* A guard token of n bytes (extract.c's guard_of): "G<lock array>~<array>" sets *g to the
 * id + 1 of the guard and *gs to the element lock it needs; "P<N>" sets *g to -(N + 1). */
static void guard_parse(struct prog *p, const char *t, size_t n, int *g, int *gs)
{
    *g = 0;
    *gs = -1;
    if (n >= 2 && t[0] == 'P' && t[1] >= '0' && t[1] <= '3') {
        *g = -(t[1] - '0') - 1;
        return;
    }
    const char *tilde = NULL;
    for (size_t i = 1; i < n; i++)
        if (t[i] == '~')
            tilde = t + i;
    if (t[0] != 'G' || !tilde)
        return;
    char buf[1100];
    snprintf(buf, sizeof(buf), "sym:%.*s", (int)(n - 1), t + 1);
    *g = weft__pg_lock_text_id(p, weft__pg_intern(p, buf), buf, "the lock of its element") + 1;
    snprintf(buf, sizeof(buf), "%.*s[*]", (int)(tilde - t - 1), t + 1);
    *gs = weft__pg_intern(p, buf);
}

/* The root a global's memory belongs to: the global whose initializer names it, transitively. */
static int root_canon(const struct prog *p, int id)
{
    for (size_t n = 0; (size_t)id < p->nrparent && p->rparent[id] && n < p->nrparent; n++)
        id = p->rparent[id] - 1;
    return id;
}

/* Value v (or a bound) joins what global integer id may hold. */
static void gv_add(struct prog *p, int id, long lo, long hi)
{
    if ((size_t)id >= p->ngv || p->gst[id] == 2)
        return;
    if (p->gst[id] == 0) {
        p->gst[id] = 1;
        p->glo[id] = lo;
        p->ghi[id] = hi;
        return;
    }
    p->glo[id] = lo < p->glo[id] ? lo : p->glo[id];
    p->ghi[id] = hi > p->ghi[id] ? hi : p->ghi[id];
}

/*
 * The values each global integer may hold in the whole run: its first value ("iv" facts)
 * and what every write gives it, by the write's tag: "=c" a literal, "+K" / "-K" a step
 * that keeps it at most / at least K (if (g < 10) g++), "+" / "-" an increment or decrement
 * with no bound; any other write, or its address taken, and nothing is known of it.
 */
static int global_values(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    p->ngv = p->S.n;
    p->glo = calloc(p->ngv + 1, sizeof(*p->glo));
    p->ghi = calloc(p->ngv + 1, sizeof(*p->ghi));
    p->gst = calloc(p->ngv + 1, 1);
    if (!p->glo || !p->ghi || !p->gst)
        return -ENOMEM;
    for (size_t i = 0; i < p->nbinds; i++) {
        const char *u = weft__pg_str(p, p->bind_usr[i]), *sep = strchr(u, '\x1d');
        if (strcmp(weft__pg_str(p, p->bind_slot[i]), "iv") || !sep)
            continue;
        char buf[512];
        snprintf(buf, sizeof(buf), "%.*s", (int)(sep - u), u);
        int id = weft__pg_intern(p, buf);
        if ((size_t)id >= p->ngv)
            continue;
        if (sep[1] == '=' && !weft__pg_addr_taken(p, buf))
            gv_add(p, id, atol(sep + 2), atol(sep + 2));
        else
            p->gst[id] = 2;
    }
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            for (size_t j = 0; j < facts[t]->fns[i].nops; j++) {
                const struct weft__op *op = &facts[t]->fns[i].ops[j];
                if (op->kind != WEFT__OP_ACCESS || op->mode == 'r' || (size_t)op->ia >= p->ngv || !p->gst[op->ia])
                    continue;
                const char *tag = op->d ? strchr(op->d, '\x1c') : NULL;
                long lo = p->glo[op->ia], hi = p->ghi[op->ia];
                if (!tag || op->atomic)
                    p->gst[op->ia] = 2;
                else if (tag[1] == '=')
                    gv_add(p, op->ia, atol(tag + 2), atol(tag + 2));
                else if (tag[1] == '+')
                    gv_add(p, op->ia, lo, tag[2] ? atol(tag + 2) : LONG_MAX);
                else if (tag[1] == '-')
                    gv_add(p, op->ia, tag[2] ? atol(tag + 2) : LONG_MIN, hi);
                else
                    p->gst[op->ia] = 2;
            }
    return 0;
}

/* What an if on a global integer (args: operator, literal, global) always does: 1 the then
 * branch, 0 the else branch, -1 either. */
int weft__pg_bcond(const struct prog *p, const struct weft__op *op)
{
    int id = op->args[3];
    if (id < 0 || (size_t)id >= p->ngv || p->gst[id] != 1)
        return -1;
    long lo = p->glo[id], hi = p->ghi[id], v = op->args[2];
    switch (op->args[1]) {
    case 0: return hi < v ? 1 : lo >= v ? 0 : -1;                      /* < */
    case 1: return hi <= v ? 1 : lo > v ? 0 : -1;                      /* <= */
    case 2: return lo > v ? 1 : hi <= v ? 0 : -1;                      /* > */
    case 3: return lo >= v ? 1 : hi < v ? 0 : -1;                      /* >= */
    case 4: return lo == v && hi == v ? 1 : v < lo || v > hi ? 0 : -1; /* == */
    case 5: return lo == v && hi == v ? 0 : v < lo || v > hi ? 1 : -1; /* != */
    }
    return -1;
}

/* Global to is named in global from's initializer: to's memory is from's root's. */
static void root_join(struct prog *p, int from, int to)
{
    int ca = root_canon(p, from), cx = root_canon(p, to);
    if (ca == cx)
        return;
    if (p->rparent[to])
        p->roots_linked = 1; /* under two roots */
    else
        p->rparent[to] = ca + 1;
}

static int prepare(struct prog *p, struct weft__op *op)
{
    op->ia = weft__pg_intern(p, op->a);
    op->ib = weft__pg_intern(p, op->b);
    op->ic = weft__pg_intern(p, op->c);
    op->ifile = weft__pg_intern(p, op->file ? op->file : "");
    op->pidx = -1;
    op->guard = 0;
    op->gstar = -1;
    op->ocls = op->oq = -1;
    op->reg = -1;
    op->root = 0;
    for (int i = 0; i < 4; i++)
        op->args[i] = -1;
    const char *d = op->d ? op->d : "";
    switch (op->kind) {
    case WEFT__OP_ACCESS: {
        const char *rt = strchr(d, '\x1d');
        if (rt)
            op->root = root_canon(p, weft__pg_intern(p, rt + 1)) + 1;
        if (*d) {
            const char *sep = strchr(d, '\x1b');
            guard_parse(p, d, sep ? (size_t)(sep - d) : strlen(d), &op->guard, &op->gstar);
            if (sep && sep[1] == '0') {
                op->ocls = 0;
            } else if (sep && sep[1] == '1' && sep[2] >= '0' && sep[2] <= '3') {
                op->ocls = 1;
                op->oq = (signed char)(sep[2] - '0');
            }
        }
        const char *ix = strchr(op->c, '\x1e'); /* "type key\x1eN": element N of a global array */
        if (ix) {
            /* "\x1e@pN": the index is parameter N, -(N + 2) until a call says its value. */
            op->args[0] = ix[1] == '@' ? -(atoi(ix + 3) + 2) : atoi(ix + 1);
            char buf[512];
            snprintf(buf, sizeof(buf), "%.*s", (int)(ix - op->c), op->c);
            op->ic = weft__pg_intern(p, buf); /* op->c stays: the facts outlive this pass's strings */
        }
        op->typed = op->a[0] == 't' || op->a[0] == 'f';
        if (!strncmp(op->a, "*@p", 3) && op->a[3] >= '0' && op->a[3] <= '3')
            op->pidx = (signed char)(op->a[3] - '0');
        break;
    }
    case WEFT__OP_CASE:
        op->args[1] = op->mode == 'd' || op->a[0] == '?' ? INT_MIN : atoi(op->a);
        break;
    case WEFT__OP_SWITCH:
    case WEFT__OP_IF:
        if (op->a[0] == 'b') { /* "b:" operator literal "\x1d" a global integer's key */
            const char *o = op->a + 2, *sep = strchr(o, '\x1d');
            size_t n = strspn(o, "<>=!");
            static const char *const ops[] = {"<", "<=", ">", ">=", "==", "!="};
            char *end;
            long v = strtol(o + n, &end, 10);
            for (int i = 0; i < 6 && sep && end == sep && v > INT_MIN && v < INT_MAX; i++)
                if (strlen(ops[i]) == n && !strncmp(o, ops[i], n)) {
                    op->args[1] = i;
                    op->args[2] = (int)v;
                    op->args[3] = weft__pg_intern(p, sep + 1);
                    p->has_bconds = 1;
                }
        }
        if (op->a[0] == 'j') { /* "j:" then the jmp_buf's key, maybe a parameter */
            int pr = weft__pg_param_ref(op->a + 2);
            op->args[0] = pr >= 0 ? -(pr + 2) : weft__pg_intern(p, op->a + 2);
        }
        break;
    case WEFT__OP_CREATE: {
        op->pidx = (signed char)weft__pg_param_ref(op->a);
        /* c is "entry text\x1fargument key": the text for messages, the key tells threads apart. */
        const char *sep = strchr(op->c, '\x1f');
        if (sep) {
            const char *k = sep + 1;
            int pr = weft__pg_param_ref(k);
            op->args[0] = pr >= 0 ? -(pr + 2)
                          : !strncmp(k, "g:", 2) || !strncmp(k, "*g:", 3) || !strncmp(k, "o:", 2) ||
                                    !strncmp(k, "h:", 2) || !strcmp(k, "n:")
                              ? weft__pg_intern(p, k)
                                                                                             : -1;
            char buf[512];
            snprintf(buf, sizeof(buf), "%.*s", (int)(sep - op->c), op->c);
            op->ic = weft__pg_intern(p, buf); /* op->c stays: the facts outlive this pass's strings */
        }
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        op->pidx = (signed char)weft__pg_param_ref(op->a);
        /* m[i]: 1, no lock we can name; m[@pN]: 2, the element the caller's constant names. */
        op->typed = strstr(op->a, "[*]") ? 1 : strstr(op->a, "[@p") ? 2 : 0;
        op->gstar = weft__pg_star_of(p, op->a);
        break;
    case WEFT__OP_CALL: {
        char buf[512];
        snprintf(buf, sizeof(buf), "%s", op->c);
        char *tok = buf;
        for (int i = 0; i < 4; i++) {
            char *sep = strchr(tok, '\x1f');
            if (sep)
                *sep = '\0';
            int pr = weft__pg_param_ref(tok);
            op->args[i] = pr >= 0 ? -(pr + 2) : *tok ? weft__pg_intern(p, tok) : -1;
            if (!sep)
                break;
            tok = sep + 1;
        }
        /* Per argument: owned, and the region guard of what it points at. */
        struct opreg *rg = NULL;
        if (*d) {
            rg = WEFT__PUSH(p->regs, p->nregs, p->capregs);
            if (!rg) {
                p->oom = 1;
                break;
            }
            op->reg = (int)(p->nregs - 1);
            for (int i = 0; i < 4; i++) {
                rg->cg[i] = rg->co[i] = 0;
                rg->cs[i] = -1;
            }
        }
        for (int i = 0; i < 4 && *d; i++) {
            const char *end = strchr(d, '\x1b');
            size_t n = end ? (size_t)(end - d) : strlen(d);
            if (n && d[0] == 'o') {
                rg->co[i] = 1;
                d++, n--;
            } else if (n >= 2 && d[0] == 'q' && d[1] >= '0' && d[1] <= '3') {
                rg->co[i] = (signed char)(2 + d[1] - '0');
                d += 2, n -= 2;
            }
            guard_parse(p, d, n, &rg->cg[i], &rg->cs[i]);
            if (!end)
                break;
            d = end + 1;
        }
        /* Slots of its parameters: functions handed to a function without a body may be called by it. */
        for (int i = 0; i < 4; i++) {
            char slot[600];
            snprintf(slot, sizeof(slot), "p:%s#%d", op->a, i);
            op->pslot[i] = weft__strtab_find(&p->S, slot);
        }
        break;
    }
    default:
        break;
    }
    return p->oom ? -ENOMEM : 0;
}

static int matches_atomic(const struct weft_check_config *cfg, const char *name)
{
    if (!strncmp(name, "__VERIFIER_atomic_", 18))
        return 1;
    for (size_t i = 0; cfg && i < cfg->natomic_fns; i++)
        if (!fnmatch(cfg->atomic_fns[i], name, 0))
            return 1;
    return 0;
}


/* Functions by USR, the first definition winning (a header's static inline is the same
 * everywhere), and every TU's bindings. 0 or -ENOMEM. */
int weft__pg_link_fns(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    for (size_t t = 0; t < n; t++) {
        for (size_t i = 0; i < facts[t]->nfns; i++) {
            struct weft__fn *f = &facts[t]->fns[i];
            int id = weft__pg_intern(p, f->usr);
            if ((size_t)id >= p->nfn_of) {
                size_t nn = p->S.n + 1024;
                int *a = realloc(p->fn_of, nn * sizeof(*a));
                if (!a)
                    return -ENOMEM;
                memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
                p->fn_of = a;
                p->nfn_of = nn;
            }
            if (p->fn_of[id])
                continue;
            struct pfn *pf = WEFT__PUSH(p->fns, p->nfns, p->capfns);
            if (!pf)
                return -ENOMEM;
            memset(pf, 0, sizeof(*pf));
            pf->f = f;
            pf->atomic = matches_atomic(p->cfg, f->name);
            p->fn_of[id] = (int)p->nfns;
        }
        for (size_t i = 0; i < facts[t]->nbinds; i++) {
            if (weft__grow((void **)&p->bind_slot, &p->capbs, p->nbinds + 1, sizeof(int)) ||
                weft__grow((void **)&p->bind_usr, &p->capbu, p->nbinds + 1, sizeof(int)))
                return -ENOMEM;
            p->bind_slot[p->nbinds] = weft__pg_intern(p, facts[t]->binds[i].slot);
            p->bind_usr[p->nbinds] = weft__pg_intern(p, facts[t]->binds[i].usr);
            p->nbinds++;
        }
    }
    return p->oom ? -ENOMEM : 0;
}

/* Global roots: a global named in another's initializer is memory of that one's root;
 * a global named under two roots links them. 0 or -ENOMEM. */
int weft__pg_link_roots(struct prog *p)
{
    for (int pass = 0; pass < 2; pass++) {
        if (pass) {
            p->nrparent = p->S.n + 1;
            p->rparent = calloc(p->nrparent, sizeof(*p->rparent));
            if (!p->rparent)
                return -ENOMEM;
        }
        for (size_t i = 0; i < p->nbinds; i++) {
            const char *s = weft__pg_str(p, p->bind_slot[i]), *u = weft__pg_str(p, p->bind_usr[i]);
            p->roots_linked |= !strcmp(s, "~g");
            const char *sep = strchr(u, '\x1d');
            if (strcmp(s, "^") || !sep)
                continue;
            char buf[1024];
            snprintf(buf, sizeof(buf), "%.*s", (int)(sep - u), u);
            int from = weft__pg_intern(p, buf), to = weft__pg_intern(p, sep + 1);
            if (pass)
                root_join(p, from, to);
        }
    }
    return 0;
}

/* Interns every operation's strings once, so interpreting compares integers; then the
 * values of global integers, when some if tests one. 0 or -ENOMEM. */
int weft__pg_link_ops(struct prog *p, struct weft__facts *const *facts, size_t n)
{
    for (size_t t = 0; t < n; t++)
        for (size_t i = 0; i < facts[t]->nfns; i++)
            for (size_t j = 0; j < facts[t]->fns[i].nops; j++)
                if (prepare(p, &facts[t]->fns[i].ops[j]))
                    return -ENOMEM;
    if (p->has_bconds && global_values(p, facts, n))
        return -ENOMEM;
    /* Ids interned since are looked up as functions too: fn_of covers them. */
    size_t nn = p->S.n + 1024;
    int *a = realloc(p->fn_of, nn * sizeof(*a));
    if (!a)
        return -ENOMEM;
    memset(a + p->nfn_of, 0, (nn - p->nfn_of) * sizeof(*a));
    p->fn_of = a;
    p->nfn_of = nn;
    return 0;
}

/* What the globals' bindings say: whose address is taken, whether regions are linked,
 * which hold main's own thread id; then which accesses may alias memory by type. 0 or -ENOMEM. */
int weft__pg_link_globals(struct prog *p)
{
    /* Globals whose address is taken: pointer accesses by type may reach them. */
    p->naddr = p->S.n;
    p->addr_taken = calloc(p->naddr + 1, sizeof(*p->addr_taken));
    if (!p->addr_taken)
        return -ENOMEM;
    for (size_t i = 0; i < p->nbinds; i++) {
        if (!strcmp(weft__pg_str(p, p->bind_slot[i]), "&"))
            p->addr_taken[p->bind_usr[i]] = 1;
        if (!strcmp(weft__pg_str(p, p->bind_slot[i]), "~"))
            p->regions_linked = 1;
    }
    /* Main's own thread id: stored from pthread_self() in main, never otherwise, never a
     * handle pthread_create fills. */
    p->main_end = weft__pg_intern(p, "<main ended>");
    for (size_t i = 0; i < p->nbinds; i++) {
        if (strcmp(weft__pg_str(p, p->bind_slot[i]), "self"))
            continue;
        int k = p->bind_usr[i], other = 0;
        for (size_t j = 0; j < p->nbinds && !other; j++)
            other = p->bind_usr[j] == k && !strcmp(weft__pg_str(p, p->bind_slot[j]), "tid");
        for (size_t f = 0; f < p->nfns && !other; f++)
            for (size_t j = 0; j < p->fns[f].f->nops && !other; j++)
                other = p->fns[f].f->ops[j].kind == WEFT__OP_CREATE && p->fns[f].f->ops[j].ia == k;
        int *slot = other ? NULL : WEFT__PUSH(p->main_tid, p->nmain_tid, p->capmain_tid);
        if (slot)
            *slot = k;
        else if (!other)
            return -ENOMEM;
    }
    for (size_t i = 0; i < p->nfns; i++)
        for (size_t j = 0; j < p->fns[i].f->nops; j++) {
            struct weft__op *op = &p->fns[i].f->ops[j];
            if (op->kind == WEFT__OP_ACCESS)
                op->alias = op->typed || !strncmp(op->a, "*g:", 3) || !strncmp(op->a, "o:", 2) ||
                            weft__pg_addr_taken(p, op->a);
        }
    return 0;
}
