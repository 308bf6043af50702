/* TRUTH: racy — for(;;){ if (atomic_exchange(&L,1)) break; } breaks out when the exchange returns 1, i.e. when the lock was ALREADY held; a thread can thus enter while another holds it, and both run counter++ concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        for (;;) {
            if (atomic_exchange(&L, 1))
                break;
        }
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
