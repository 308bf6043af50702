// CLH lock where the thread releases its node before its last write to
// total: the successor can enter and write total concurrently -> race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
struct clh { atomic_int locked; };
static _Atomic(struct clh *) tail;
static long total;
static void *worker(void *arg) {
    struct clh *my = malloc(sizeof *my);
    for (int i = 0; i < 100; i++) {
        atomic_store(&my->locked, 1);
        struct clh *pred = atomic_exchange(&tail, my);
        while (atomic_load(&pred->locked)) ;
        total += (long)arg;
        atomic_store(&my->locked, 0);
        total += 1;
        my = pred;
    }
    return NULL;
}
int main(void) {
    struct clh *dummy = malloc(sizeof *dummy);
    atomic_init(&dummy->locked, 0);
    atomic_init(&tail, dummy);
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
