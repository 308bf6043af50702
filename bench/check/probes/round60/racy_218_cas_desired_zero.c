/* TRUTH: racy — the CAS "lock" swaps 0 for 0 (desired value 0), so it succeeds whenever L==0 and leaves L at 0: both threads get in together and their counter++ race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int zero = 0;
        while (!atomic_compare_exchange_weak(&L, &zero, 0))
            zero = 0;
        counter++;
        atomic_store(&L, 0);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
