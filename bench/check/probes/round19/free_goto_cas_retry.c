/* TRUTH: race-free. All accesses to c are atomic (CAS retry via goto). */
#include <pthread.h>
#include <stdatomic.h>
atomic_int c;
void *f(void *a) {
    int old;
retry:
    old = atomic_load(&c);
    if (!atomic_compare_exchange_weak(&c, &old, old + 1))
        goto retry;
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    int v = atomic_load(&c);
    (void)v;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
