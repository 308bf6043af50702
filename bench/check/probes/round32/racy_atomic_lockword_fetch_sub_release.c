/* TRUTH: racy. The spin lock l is released by atomic_fetch_sub; log_count++ after the release runs unlocked in both threads. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int l;
int counter;
int log_count;
static void *worker(void *arg) {
    (void)arg;
    while (atomic_exchange(&l, 1))
        ;
    counter++;
    atomic_fetch_sub(&l, 1);
    log_count++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
