// CAS counter on a plain long via __atomic builtins, but the initial read
// is a plain load: it races with other threads' atomic CAS writes.
#include <pthread.h>
#include <stdio.h>
static long counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        long old = counter;
        while (!__atomic_compare_exchange_n(&counter, &old, old + 1, 1,
                   __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            ;
    }
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
