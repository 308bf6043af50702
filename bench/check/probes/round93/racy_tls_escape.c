// A worker publishes the address of its __thread stats through a global; a
// second worker increments through that pointer while the owner keeps writing.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static __thread int stats;
static _Atomic(int *) shared_stats;
static atomic_int stop;
static void *owner(void *arg) {
    (void)arg;
    atomic_store(&shared_stats, &stats);
    while (!atomic_load(&stop))
        stats++;
    return NULL;
}
static void *helper(void *arg) {
    (void)arg;
    int *p;
    while (!(p = atomic_load(&shared_stats))) ;
    for (int i = 0; i < 1000; i++) (*p)++;
    atomic_store(&stop, 1);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, helper, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    return 0;
}
