/* TRUTH: racy — STAT_INC(requests) expands through ADD to ((requests) += (1)): both workers write requests (line 12) with no lock. */
#include <pthread.h>
#include <stdio.h>

#define ADD(x, n) ((x) += (n))
#define STAT_INC(x) ADD(x, 1)

static long requests;

static void *worker(void *arg) {
    (void)arg;
    STAT_INC(requests); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", requests);
    return 0;
}
