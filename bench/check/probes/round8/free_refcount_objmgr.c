/* TRUTH: free. The refcount is an atomic with acq_rel decrements, so the thread that drops the last reference frees the object after every other user's accesses. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>

typedef struct object {
    atomic_int refs;
    int kind;
    long payload[4];
    void (*release)(struct object *);
} object_t;

static void obj_free(object_t *o)
{
    free(o);
}

static object_t *obj_new(int kind)
{
    object_t *o = malloc(sizeof *o);
    if (!o)
        return NULL;
    atomic_init(&o->refs, 1);
    o->kind = kind;
    for (int i = 0; i < 4; i++)
        o->payload[i] = kind * i;
    o->release = obj_free;
    return o;
}

static void obj_get(object_t *o)
{
    atomic_fetch_add_explicit(&o->refs, 1, memory_order_relaxed);
}

static void obj_put(object_t *o)
{
    if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1)
        o->release(o);
}

static long use(const object_t *o)
{
    long s = 0;
    for (int i = 0; i < 4; i++)
        s += o->payload[i];
    return s;
}

static void *user(void *arg)
{
    object_t *o = arg;
    long s = use(o);
    obj_put(o);
    return (void *)s;
}

int main(void)
{
    pthread_t t[2];
    object_t *o = obj_new(3);
    if (!o)
        return 1;
    obj_get(o);
    pthread_create(&t[0], NULL, user, o);
    pthread_create(&t[1], NULL, user, o);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return 0;
}
