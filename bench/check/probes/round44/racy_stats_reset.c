/* TRUTH: racy — hits is a plain long: workers use __atomic_fetch_add but the main thread resets it with a plain store concurrently */
#include <pthread.h>
#include <unistd.h>
static long hits;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 100000; i++) __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    usleep(10);
    hits = 0;                     /* plain write, concurrent with the atomic RMWs */
    pthread_join(t, NULL);
    return (int)(hits & 1);
}
