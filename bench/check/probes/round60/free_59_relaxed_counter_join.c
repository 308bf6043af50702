/* TRUTH: free — threads do RELAXED __atomic_fetch_add on a plain long; main initialises it before pthread_create and reads/writes it plainly only after pthread_join of all threads; create/join provide the ordering. */
#include <pthread.h>
#include <stdio.h>
static long events;
static void *worker(void *arg) {
    for (int i = 0; i < 1000; i++) __atomic_fetch_add(&events, 1, __ATOMIC_RELAXED);
    return arg;
}
int main(void) {
    pthread_t t[4];
    events = 0;
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld\n", events);
    events = -1;
    return 0;
}
