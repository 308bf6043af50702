/* TRUTH: free — STAT_INC_LOCKED wraps the nested ADD macro in stats_mu lock/unlock, so both workers' writes of requests (line 14) hold stats_mu. */
#include <pthread.h>
#include <stdio.h>

#define ADD(x, n) ((x) += (n))
#define STAT_INC(x) ADD(x, 1)
#define STAT_INC_LOCKED(x) do { pthread_mutex_lock(&stats_mu); STAT_INC(x); pthread_mutex_unlock(&stats_mu); } while (0)

static long requests;
static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    (void)arg;
    STAT_INC_LOCKED(requests); // @A
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
