/* TRUTH: free — STAT_RESET(c) is atomic_store(&(c), 0): main's reset (line 20) is an atomic store, the worker's atomic_fetch_add (line 13) is atomic; no plain access to req_count while the worker runs. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define STAT_RESET(c) atomic_store(&(c), 0)

static atomic_long req_count;

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++)
        atomic_fetch_add(&req_count, 1); // @A
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    STAT_RESET(req_count); // @B
    pthread_join(t, NULL);
    printf("%ld\n", (long)atomic_load(&req_count));
    return 0;
}
