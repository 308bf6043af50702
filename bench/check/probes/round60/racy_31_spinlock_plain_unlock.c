/* TRUTH: racy — spin lock taken by a __sync_val_compare_and_swap loop but released with a plain store lockw=0; the holder's plain store races with the other thread's concurrent CAS on lockw (no happens-before between them). */
#include <pthread.h>
#include <stdio.h>
static int lockw;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (__sync_val_compare_and_swap(&lockw, 0, 1) != 0)
            ;
        counter++;
        lockw = 0;               /* plain unlock */
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
