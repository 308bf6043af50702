/* TRUTH: free — Boost-style refcount: each owner reads o->data plainly, then does a RELEASE __atomic_fetch_sub on o->refs; the owner that sees 1 issues an acquire fence before plainly reading/writing o->data and plainly writing o->refs; the acquire fence synchronizes with every earlier release decrement (RMWs continue release sequences), so all pairs are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int refs; int data; };
static int sum;
static void put(struct obj *o) {
    if (__atomic_fetch_sub(&o->refs, 1, __ATOMIC_RELEASE) == 1) {
        atomic_thread_fence(memory_order_acquire);
        __atomic_fetch_add(&sum, o->data, __ATOMIC_RELAXED);
        o->data = -1;
        o->refs = 0;
        free(o);
    }
}
static void *user(void *arg) {
    struct obj *o = arg;
    __atomic_fetch_add(&sum, o->data, __ATOMIC_RELAXED);
    put(o);
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    o->refs = 3;
    o->data = 5;
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, user, o);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", sum);
    return 0;
}
