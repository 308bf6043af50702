/* TRUTH: racy - user drops its reference before reading the object; the last put (memset+free) in another thread may run concurrently with the reads */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOBJ 4
#define NT 3

struct obj {
    atomic_int refs;
    int id;
    char name[16];
    double weight;
};

struct ctx {
    int tid;
    struct obj *objs[NOBJ];
    double score;
};

static struct obj *obj_new(int id)
{
    struct obj *o = malloc(sizeof *o);
    if (!o)
        abort();
    atomic_init(&o->refs, 1);
    o->id = id;
    snprintf(o->name, sizeof o->name, "obj-%d", id);
    o->weight = 1.5 * id;
    return o;
}

static struct obj *obj_get(struct obj *o)
{
    atomic_fetch_add_explicit(&o->refs, 1, memory_order_relaxed);
    return o;
}

static void obj_put(struct obj *o)
{
    if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1) {
        memset(o->name, 0, sizeof o->name);
        free(o);
    }
}

static void *user(void *arg)
{
    struct ctx *c = arg;
    double s = 0;
    for (int k = 0; k < NOBJ; k++) {
        struct obj *o = c->objs[k];
        obj_put(o);
        s += o->weight * (double)(strlen(o->name) + c->tid);
    }
    c->score = s;
    return NULL;
}

int main(void)
{
    struct obj *objs[NOBJ];
    struct ctx ctxs[NT];
    pthread_t t[NT];
    for (int k = 0; k < NOBJ; k++)
        objs[k] = obj_new(k);
    for (int i = 0; i < NT; i++) {
        ctxs[i].tid = i;
        for (int k = 0; k < NOBJ; k++)
            ctxs[i].objs[k] = obj_get(objs[k]);
    }
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, user, &ctxs[i]);
    for (int k = 0; k < NOBJ; k++)
        obj_put(objs[k]);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    double total = 0;
    for (int i = 0; i < NT; i++)
        total += ctxs[i].score;
    printf("total %f\n", total);
    return 0;
}
