/* TRUTH: racy — STAT_RESET(c) is atomic_init(&(c), 0), a non-atomic store (C11 7.17.2.2: concurrent access to the object being initialized, even atomic, is a data race); main's reset (line 20) runs while the worker's atomic_fetch_add (line 13) may run. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define STAT_RESET(c) atomic_init(&(c), 0)

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
