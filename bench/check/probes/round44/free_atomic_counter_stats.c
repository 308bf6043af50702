/* TRUTH: free — statistics counters are _Atomic and updated with atomic_fetch_add; main reads them (atomically) after join */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_long bytes_in, packets;
static atomic_int errors;
static void *rx(void *arg) {
    int sz = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        atomic_fetch_add(&packets, 1);
        atomic_fetch_add_explicit(&bytes_in, sz, memory_order_relaxed);
        if (i % 97 == 0) errors++;
    }
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, rx, (void *)(64 * (i + 1)));
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld %ld %d\n", (long)packets, (long)bytes_in, (int)errors);
    return 0;
}
