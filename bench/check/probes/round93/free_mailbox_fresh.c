// The producer allocates a fresh message each iteration, fills it, then publishes
// it with a release store; messages are never rewritten (leaked) -> race-free.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
struct msg { int val; };
static _Atomic(struct msg *) box;
static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        struct msg *m = malloc(sizeof *m);
        m->val = i;
        atomic_store_explicit(&box, m, memory_order_release);
    }
    return NULL;
}
static void *consumer(void *arg) {
    long s = 0;
    for (int k = 0; k < 100; k++) {
        struct msg *p;
        while (!(p = atomic_load_explicit(&box, memory_order_acquire))) ;
        s += p->val;
    }
    *(long *)arg = s;
    return NULL;
}
int main(void) {
    long s;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &s);
    pthread_join(p, NULL); pthread_join(c, NULL);
    printf("%ld\n", s);
    return 0;
}
