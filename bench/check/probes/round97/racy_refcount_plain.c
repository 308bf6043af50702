/* RACY: shared object's reference count is decremented by two threads without a
   lock or atomics. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int refs; int payload; };
static void obj_put(struct obj *o) {
    if (--o->refs == 0) free(o);
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
    o->refs = 3;
    o->payload = 7;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, user, o);
    pthread_create(&t2, NULL, user, o);
    obj_put(o);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return 0;
}
