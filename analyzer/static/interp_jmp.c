/* setjmp/longjmp: the states longjmp reaches each setjmp with, per jump buffer and thread. */
#include "program_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>


static struct jmpst *jmp_find(struct prog *p, int env, int ctx)
{
    for (size_t i = 0; i < p->njmps; i++)
        if (p->jmps[i].env == env && p->jmps[i].ctx == ctx)
            return &p->jmps[i];
    return NULL;
}

/* Entering if (!setjmp(env)): the states longjmp(env) reaches it with are collected anew. */
void weft__pg_jmp_arm(struct prog *p, int env, int ctx)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    if (!j && !(j = WEFT__PUSH(p->jmps, p->njmps, p->capjmps))) {
        p->oom = 1;
        return;
    }
    j->env = env;
    j->ctx = ctx;
    j->armed = 1;
    memset(&j->s, 0, sizeof(j->s));
    j->s.dead = 1;
    j->nv = 0;
}

/* Whether value v is one of a switch's case values (a label that is not a literal may be any). */
int weft__pg_case_listed(const struct weft__switch *sw, int v)
{
    for (int i = 0; sw && i < sw->ncases; i++)
        if (!sw->known[i] || (int)sw->cases[i] == v)
            return 1;
    return 0;
}

/* The states switch (setjmp(env))'s case label reaches by longjmp: those with value v
 * (INT_MIN: any), or for default those with a value no label lists; NULL when the jump
 * buffer was not armed. Marks it taken, as jmp_take does. */
struct st weft__pg_jmp_case(struct prog *p, int env, int ctx, int v, int dflt, const struct weft__switch *sw)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    struct st s = {.dead = 1};
    if (!j)
        return s;
    for (int i = 0; i < j->nv; i++)
        if (j->val[i] == INT_MIN || v == INT_MIN || (dflt ? !weft__pg_case_listed(sw, j->val[i]) : j->val[i] == v))
            st_merge(&s, &j->vs[i]);
    j->armed = 2;
    return s;
}

/* The states longjmp(env) was called with since the setjmp: setjmp's second return. */
struct st weft__pg_jmp_take(struct prog *p, int env, int ctx)
{
    struct jmpst *j = jmp_find(p, env, ctx);
    struct st s = {.dead = 1};
    if (j) {
        s = j->s;
        j->armed = 2; /* a longjmp from now on goes back: not followed */
    }
    return s;
}

void weft__pg_jmp_record(struct prog *p, const struct pop *op, const struct ci *ci, struct st *cur)
{
    int env = op->args[0] < -1 ? ci->args[-(op->args[0] + 2)] : op->args[0];
    struct jmpst *j = env >= 0 ? jmp_find(p, env, ci->ctx) : NULL;
    p->thread_ops++; /* never memoized: the jump must be recorded every time */
    if (j && j->armed == 1) {
        st_merge(&j->s, cur);
        const char *vk = op->args[1] >= 0 ? weft__pg_str(p, op->args[1]) : "";
        int v = vk[0] == '=' ? atoi(vk + 1) : INT_MIN, i = 0;
        while (i < j->nv && j->val[i] != v)
            i++;
        if (i == j->nv && j->nv == 4)
            v = INT_MIN, i = 3; /* too many values: the last slot stands for any */
        if (i == j->nv) {
            j->val[j->nv++] = v;
            j->vs[i] = *cur;
        } else {
            j->val[i] = v;
            st_merge(&j->vs[i], cur);
        }
        return;
    }
    weft__pg_reason(p, "longjmp at %s%s:%u: its setjmp was not followed", op->f->file, "", op->f->line);
}

