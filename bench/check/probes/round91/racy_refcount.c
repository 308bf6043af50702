/* racy: a worker writes o->done AFTER dropping its reference, so the other worker
   (the last dropper) may concurrently read o->done and free the object. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct obj { atomic_int refs; int part[2]; int done; };

struct arg { struct obj *o; int slot; };

static void *worker(void *p) {
    struct arg *a = p;
    struct obj *o = a->o;
    o->part[a->slot] = a->slot + 10;
    int last = atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1;
    if (last) {
        printf("%d %d\n", o->part[0] + o->part[1], o->done);
        free(o);
    } else {
        o->done = 1;
    }
    return NULL;
}

int main(void) {
    struct obj *o = malloc(sizeof *o);
    if (!o) return 1;
    atomic_init(&o->refs, 2);
    o->part[0] = o->part[1] = 0;
    o->done = 0;
    struct arg a0 = {o, 0}, a1 = {o, 1};
    pthread_t t0, t1;
    pthread_create(&t0, NULL, worker, &a0);
    pthread_create(&t1, NULL, worker, &a1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return 0;
}
