/* TRUTH: racy — both workers are started with MODE_ST (0) by mistake: neither takes stats_mu (the lock is taken only when mode == MODE_MT, i.e. 1), yet both run st_requests++ (line 16) under if (mode == 0), unsynchronized. */
#include <pthread.h>
#include <stdio.h>

#define MODE_ST 0
#define MODE_MT 1

static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;
static long st_requests;

static void *worker(void *arg) {
    int mode = (int)(long)arg;
    if (mode == MODE_MT)
        pthread_mutex_lock(&stats_mu);
    if (mode == 0)
        st_requests++; // @A
    if (mode == MODE_MT)
        pthread_mutex_unlock(&stats_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)MODE_ST);
    pthread_create(&b, NULL, worker, (void *)MODE_ST);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", st_requests);
    return 0;
}
