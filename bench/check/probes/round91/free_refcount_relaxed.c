/* free (contrast twin for racy_refcount_relaxed): same relaxed fetch_sub, but an
   acquire fence before the last dropper's reads and release ordering on the decrement. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct obj { atomic_int refs; int part[2]; };

struct arg { struct obj *o; int slot; };

static void put(struct obj *o) {
    if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_release) == 1) {
        atomic_thread_fence(memory_order_acquire);
        printf("%d\n", o->part[0] + o->part[1]);
        free(o);
    }
}

static void *worker(void *p) {
    struct arg *a = p;
    a->o->part[a->slot] = a->slot + 10;
    put(a->o);
    return NULL;
}

int main(void) {
    struct obj *o = malloc(sizeof *o);
    if (!o) return 1;
    atomic_init(&o->refs, 2);
    o->part[0] = o->part[1] = 0;
    struct arg a0 = {o, 0}, a1 = {o, 1};
    pthread_t t0, t1;
    pthread_create(&t0, NULL, worker, &a0);
    pthread_create(&t1, NULL, worker, &a1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return 0;
}
