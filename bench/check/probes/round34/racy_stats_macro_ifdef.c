/* TRUTH: racy — NO_STATS is not defined, so STAT_INC(x) is ((x)++): both workers increment requests (line 15) with no lock. */
#include <pthread.h>
#include <stdio.h>

#ifdef NO_STATS
#define STAT_INC(x) ((void)0)
#else
#define STAT_INC(x) ((x)++)
#endif

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
