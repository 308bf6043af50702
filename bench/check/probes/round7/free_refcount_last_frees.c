/* TRUTH: free. each user reads obj->payload then drops its reference with acq_rel fetch_sub; only the thread that drops the last reference frees, after all reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int payload; };
static int seen[2];

static void put(struct obj *o)
{
    if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1)
        free(o);
}

static void *user(void *p)
{
    struct obj *o = p;
    int v = o->payload;
    put(o);
    return (void *)(long)v;
}

int main(void)
{
    pthread_t t[2];
    struct obj *o = malloc(sizeof *o);
    if (!o)
        return 1;
    o->payload = 77;
    atomic_init(&o->refs, 2);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, user, o);
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(t[i], &r);
        seen[i] = (int)(long)r;
    }
    printf("%d %d\n", seen[0], seen[1]);
    return 0;
}
