/* TRUTH: racy — ticket lock whose unlock is a plain serving++ (non-atomic write); waiters concurrently read serving with __atomic_load_n, and nothing orders a waiter's atomic load against the holder's plain write. */
#include <pthread.h>
#include <stdio.h>
static unsigned next_ticket;
static unsigned serving;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        unsigned my = __atomic_fetch_add(&next_ticket, 1, __ATOMIC_RELAXED);
        while (__atomic_load_n(&serving, __ATOMIC_ACQUIRE) != my)
            ;
        counter++;
        serving++;                  /* plain unlock */
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
