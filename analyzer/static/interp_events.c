/* Event loops: a callback handed to an event library (libevent, libuv) runs in the thread that runs a loop of its base, not in the call that registers it. */
#include "keys.h"
#include "models.h"
#include "program_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * event_set(&ev, fd, EV_READ, cb, arg) or uv_timer_start(&t, cb, ...) only records cb: the
 * library calls it later from event_base_loop or uv_run, in whichever thread calls that. So a
 * registration (weft__model_event_registers) calls nothing, and a loop call runs every callback registered anywhere in the
 * program on a base that loop may run (registrations made by callbacks included: they are
 * gathered once, from every call in the program). A worker's callbacks are then the worker's,
 * not the code of the thread that set them up.
 *
 * Bases are matched by their keys, as written: a named global's ("*g:main_base") matches
 * only itself, a field reached through a pointer ("me->base") only a field of that name; a
 * base not named either way (a local, a parameter, event_set's default base) matches every
 * loop. A global and a field, two globals or two fields, are taken to be different bases,
 * which the analysis does not prove (a field may have been given the global): the analysis
 * says so and is not complete.
 *
 * When no loop of the library is run anywhere in the program (it runs in code not analyzed),
 * its calls are taken as any call of a function without a body.
 */

struct evreg {
    int fam;
    const char *base; /* the base's key as written, "" none named */
    int fn;
};

/* The base event_base_set(base, ev) gives ev (key evk) anywhere, "" none or more than one. */
static const char *base_of_event(struct prog *p, const char *evk)
{
    const char *found = NULL;
    for (size_t i = 0; evk && *evk && i < p->npops; i++) {
        const struct pop *op = &p->pops[i];
        if (op->kind != WEFT__OP_CALL || strcmp(op->f->u.call.name, "event_base_set") ||
            op->f->u.call.nargs < 2 || strcmp(op->f->u.call.arg[1].key, evk))
            continue;
        const char *b = op->f->u.call.arg[0].key;
        if (found && strcmp(found, b))
            return "";
        found = b;
    }
    return found ? found : "";
}

/* The key of the base the call names (weft__model_event_base_arg), "" none. */
static const char *call_base(struct prog *p, const struct weft__call *c)
{
    int a = weft__model_event_base_arg(c->name);
    if (a == WEFT__EVENT_BASE_OF_EV)
        return c->nargs > 0 ? base_of_event(p, c->arg[0].key) : "";
    return a >= 0 && a < c->nargs ? c->arg[a].key : "";
}

static int add_reg(struct prog *p, int fam, const char *base, int fn)
{
    for (size_t i = 0; i < p->nevregs; i++)
        if (p->evregs[i].fam == fam && p->evregs[i].fn == fn && !strcmp(p->evregs[i].base, base))
            return 0;
    struct evreg *r = WEFT__PUSH(p->evregs, p->nevregs, p->capevregs);
    if (!r)
        return -1;
    *r = (struct evreg){fam, base, fn};
    return 0;
}

/* The functions a registration's argument k may hand over: the one it names; what the
 * enclosing function's own parameter holds when it passes that on (a helper given the
 * callback); else any function that parameter of the library's function is given. */
static struct slotres *handed(struct prog *p, const struct pfn *in, const struct pop *op, int k, int *one)
{
    const struct weft__call *c = &op->f->u.call;
    struct slotres *r = op->pslot[k] >= 0 ? weft__pg_resolve(p, op->pslot[k]) : NULL;
    const char *key = k < c->nargs ? c->arg[k].key : NULL;
    *one = weft__pg_passed_fn_named(p, r, key, op->f->file);
    int n = key ? weft__key_param(key) : -1;
    if (*one < 0 && n >= 0) {
        int id = weft__pg_param_slot(p, in->f->usr, n);
        struct slotres *own = id >= 0 ? weft__pg_resolve(p, id) : NULL;
        if (own && own->n)
            return own;
    }
    return r;
}

/* Gathers every callback registered with an event library, and which libraries' loops run. */
static void gather(struct prog *p)
{
    p->evscan = 1;
    for (size_t f = 0; f < p->nfns; f++)
        for (size_t i = 0; i < p->fns[f].f->nops; i++) {
            const struct pop *op = &p->fns[f].ops[i];
            if (op->kind != WEFT__OP_CALL || weft__pg_fn_lookup(p, op->ia) >= 0)
                continue;
            const struct weft__call *c = &op->f->u.call;
            int fam = op->evfam;
            if (!fam)
                continue;
            if (weft__model_event_loop(c->name)) {
                p->evloop[fam] = 1;
                continue;
            }
            if (!weft__model_event_registers(c->name))
                continue; /* (it may call back at once: taken as any library's call) */
            const char *base = NULL;
            for (int k = 0; k < 6; k++) {
                int one;
                struct slotres *r = handed(p, &p->fns[f], op, k, &one);
                if (!r || !r->n)
                    continue;
                if (!base)
                    base = call_base(p, c);
                for (size_t j = 0; j < r->n; j++)
                    if ((one < 0 || r->fns[j] == one) && add_reg(p, fam, base, r->fns[j])) {
                        p->evscan = -1;
                        return;
                    }
            }
        }
}

/* What a base key names: 'g' a named global's pointee or a path of constant fields from one
 * ("*g:USR", "*g:USR.base"; name the key), 'f' a field reached through a pointer (name the
 * field), 'u' neither. */
static char base_class(const char *k, const char **name)
{
    if (!k || !*k || !strcmp(k, "*"))
        return 'u';
    if (!strncmp(k, "*g:", 3) && !strpbrk(k, "[~") && !strstr(k, "->")) {
        *name = k;
        return 'g';
    }
    const char *dot = strrchr(k, '.');
    if (!dot || !dot[1] || strchr(dot, '[') || strchr(dot, '~'))
        return 'u';
    for (const char *c = dot + 1; *c; c++)
        if (!(*c == '_' || (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
            return 'u';
    *name = dot + 1;
    return 'f';
}

/* Whether a loop on base key l may run a callback registered on base key r. */
static int may_run(const char *r, const char *l)
{
    const char *rn = NULL, *ln = NULL;
    char rc = base_class(r, &rn), lc = base_class(l, &ln);
    return rc == 'u' || lc == 'u' || (rc == lc && !strcmp(rn, ln));
}

/* How a reason names the base key k: "'main_base'", "a 'base' field", "a base". */
static void base_text(const char *k, char *buf, size_t n)
{
    const char *name = NULL;
    char cl = base_class(k, &name);
    const char *at = cl == 'g' ? strrchr(name, '@') : NULL;
    if (cl == 'g')
        snprintf(buf, n, "'%s'", at ? at + 1 : name + 3);
    else if (cl == 'f')
        snprintf(buf, n, "a '%s' field", name);
    else
        snprintf(buf, n, "a base");
}

/* The family of the event library op calls, when its callbacks run in loops: 0 none. */
static int loop_family(struct prog *p, const struct pop *op)
{
    int fam = op->evfam;
    if (fam && !p->evscan)
        gather(p);
    return fam && p->evscan > 0 && p->evloop[fam] ? fam : 0;
}

void weft__pg_event_loop_each(struct prog *p, const struct pop *op, void (*f)(int fn, void *arg), void *arg)
{
    int fam = op->kind == WEFT__OP_CALL && weft__model_event_loop(op->f->u.call.name) ? loop_family(p, op) : 0;
    const char *l = fam ? call_base(p, &op->f->u.call) : "";
    for (size_t i = 0; fam && i < p->nevregs; i++)
        if (p->evregs[i].fam == fam && may_run(p->evregs[i].base, l))
            f(p->evregs[i].fn, arg);
}

int weft__pg_on_event_call(struct icx *x, const struct pop *op)
{
    struct prog *p = x->p;
    const struct weft__call *c = &op->f->u.call;
    int fam = loop_family(p, op);
    if (!fam)
        return 0;
    if (!weft__model_event_loop(c->name)) {
        if (weft__model_event_registers(c->name)) {
            /* a registration: nothing runs now; one handed functions the analysis cannot
             * name (from dlsym, a table) registers code that is not followed */
            int named = 0;
            for (int k = 0; k < 6 && !named; k++) {
                struct slotres *r = op->pslot[k] >= 0 ? weft__pg_resolve(p, op->pslot[k]) : NULL;
                named = r && r->n;
            }
            if (c->passes_fn && !named)
                weft__pg_reason(p, "functions handed to '%s' at %s:%u are not known: the code its loop runs is not followed",
                                c->name, op->f->file, op->f->line);
            return 1;
        }
        /* Another of the library's calls: only those known to run nothing of the program's
         * (event_add(&ev), uv_timer_init) are quiet; the rest are any library's calls
         * (event_base_foreach_event calls its function at once, uv_spawn keeps exit_cb). */
        return weft__model_event_quiet(c->name);
    }
    if (x->cur.dead)
        return 1;
    const char *l = call_base(p, c);
    /* Twice round: each callback runs again after the others (and itself) ran, seeing the
     * threads they started and the locks they left (a loop runs them in any order, often). */
    for (size_t i = 0; i < 2 * p->nevregs && !x->cur.dead; i++) {
        const struct evreg *r = &p->evregs[i % p->nevregs];
        if (r->fam != fam)
            continue;
        if (may_run(r->base, l))
            weft__pg_call_back(x, r->fn, op->f, -1, 0);
        else if (i < p->nevregs) {
            char rb[160], lb[160];
            base_text(r->base, rb, sizeof(rb));
            base_text(l, lb, sizeof(lb));
            weft__pg_reason(p, "event callbacks registered on %s are taken not to run in the loop on %s (line %u)", rb,
                            lb, op->f->line);
        }
    }
    return 1;
}
