/* TRUTH: racy — ticket "lock" whose wait is off by one: while (atomic_load(&serving) < my - 1) lets ticket my in as soon as ticket my-2 finished, so tickets 0 and 1 (one per thread) are inside at once and their plain counter++ race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int next_ticket, serving;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        int my = atomic_fetch_add(&next_ticket, 1);
        while (atomic_load(&serving) < my - 1)
            ;
        counter++;
        atomic_fetch_add(&serving, 1);
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
