/* TRUTH: free — each owner reads o->data plainly, then decrements o->refs with an acq_rel __atomic_fetch_sub; the owner whose decrement returns 1 read-from (via the RMW release sequence) every other decrement, so the other owners' plain reads and decrements happen-before its plain writes of o->refs and o->data and the free. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int refs; int data; };
static int sink[2];
static void put(struct obj *o) {
    if (__atomic_fetch_sub(&o->refs, 1, __ATOMIC_ACQ_REL) == 1) {
        o->refs = -1;          /* plain write to the refcount word */
        o->data = 0;           /* plain write to the payload */
        free(o);
    }
}
static void *user(void *arg) {
    struct obj *o = arg;
    static int idx;
    int me = __atomic_fetch_add(&idx, 1, __ATOMIC_RELAXED);
    sink[me & 1] = o->data;    /* plain read of payload */
    put(o);
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    o->refs = 2;
    o->data = 42;
    pthread_t a, b;
    pthread_create(&a, NULL, user, o);
    pthread_create(&b, NULL, user, o);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", sink[0], sink[1]);
    return 0;
}
