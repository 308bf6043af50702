/* TRUTH: free — same #ifdef'd STAT_INC, but both workers call it holding stats_mu (line 17). */
#include <pthread.h>
#include <stdio.h>

#ifdef NO_STATS
#define STAT_INC(x) ((void)0)
#else
#define STAT_INC(x) ((x)++)
#endif

static long requests;
static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&stats_mu);
    STAT_INC(requests); // @A
    pthread_mutex_unlock(&stats_mu);
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
