/* TRUTH: racy. The refcount is decremented with a plain non-atomic read-modify-write from two threads. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>

typedef struct object {
    int refs;
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
    o->refs = 1;
    o->kind = kind;
    for (int i = 0; i < 4; i++)
        o->payload[i] = kind * i;
    o->release = obj_free;
    return o;
}

static void obj_get(object_t *o)
{
    o->refs++;
}

static void obj_put(object_t *o)
{
    if (--o->refs == 0)
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
