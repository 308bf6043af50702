/* TRUTH: racy — HIGH_WATER(max_depth, d) reads max_depth and, when d is larger, writes it (line 11); the two workers pass depths 5 and 9 (both > 0), so the first writes and both read/write max_depth with no lock. */
#include <pthread.h>
#include <stdio.h>

#define HIGH_WATER(m, v) do { if ((v) > (m)) (m) = (v); } while (0)

static int max_depth;

static void *worker(void *arg) {
    int depth = (int)(long)arg;
    HIGH_WATER(max_depth, depth); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5);
    pthread_create(&b, NULL, worker, (void *)9);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", max_depth);
    return 0;
}
