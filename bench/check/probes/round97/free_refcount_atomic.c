/* FREE: reference count manipulated with C11 atomics; payload is read-only after
   publication; last owner frees. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int payload; };
static void obj_put(struct obj *o) {
    if (atomic_fetch_sub(&o->refs, 1) == 1) free(o);
}
static void *user(void *a) {
    struct obj *o = a;
    int v = o->payload;
    (void)v;
    obj_put(o);
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    atomic_init(&o->refs, 3);
    o->payload = 7;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, user, o);
    pthread_create(&t2, NULL, user, o);
    obj_put(o);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
