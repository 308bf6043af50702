/* free: each worker only reads the immutable payload (written before create),
   and drops an atomic (seq_cst) reference; the last dropper frees it. The
   fetch_sub chain orders the other thread's read before free. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct obj { atomic_int ref; int data; };
static int sink[2];
static void put(struct obj *o) { if (atomic_fetch_sub(&o->ref, 1) == 1) free(o); }
static void *worker(void *arg) {
    struct obj *o = arg;
    int v = o->data;
    put(o);
    return (void *)(long)v;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    atomic_init(&o->ref, 2);
    o->data = 7;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, o);
    pthread_create(&b, NULL, worker, o);
    void *r1, *r2;
    pthread_join(a, &r1);
    pthread_join(b, &r2);
    sink[0] = (int)(long)r1; sink[1] = (int)(long)r2;
    return 0;
}
