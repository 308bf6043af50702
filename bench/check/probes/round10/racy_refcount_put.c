/* racy: the refcount is atomic, but both workers write the payload
   o->data += 1 before dropping their reference, with no lock: the two
   payload writes are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct obj { atomic_int ref; int data; };
static void put(struct obj *o) { if (atomic_fetch_sub(&o->ref, 1) == 1) free(o); }
static void *worker(void *arg) {
    struct obj *o = arg;
    o->data += 1;
    put(o);
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    atomic_init(&o->ref, 2);
    o->data = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, o);
    pthread_create(&b, NULL, worker, o);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
