/* TRUTH: racy — the spin loop is inverted: while (!atomic_exchange(&L, 1)) keeps spinning while the lock was FREE and exits once it sees it already taken; once L is 1, every thread passes at once (L only returns to 0 via the unlock store), so the counter++ of the two threads can overlap. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (!atomic_exchange(&L, 1))
            ;
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
